"""Templates render in every language, headers cannot be injected, the MIME structure is right."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import jinja2
import pytest

from bot.outbox.compose import (
    build_message,
    clean_address,
    clean_header,
    compose,
    longdate,
    message_id_for,
    parse_message_id,
    render,
)
from bot.settings import Organisation, Settings, Smtp, Templates

LANGS = ("fr", "nl", "de", "en")
# The intake purposes whose context keys this module documents (bot.handling adds its own).
PURPOSES = (
    "ack_complaint",
    "ack_appeal",
    "forward_appeal",
    "ack_information",
    "forward_information",
)
NUMBER = "PLT-2026-000901"
SETTINGS = Settings(
    organisation=Organisation(
        name={"fr": "SPF Exemple", "nl": "FOD Voorbeeld", "de": "FÖD Beispiel"},
        domain="plaintes.example.be",
        procedure_url="https://example.be/plaintes",
    ),
    smtp=Smtp(
        from_address="plaintes@example.be", from_name="Service des plaintes / Klachtendienst"
    ),
)


def context(**extra: object) -> dict:
    ctx = {
        "case_number": NUMBER,
        "received_at": datetime(2026, 3, 2, 8, 15),  # naive UTC -> 09:15 in Brussels
        "due_date": date(2026, 4, 1),
        "citizen_name": "",
        "category_label": {"fr": "Pensions", "nl": "Pensioenen", "de": "Pensionen"},
        "appeal_route": {
            "fr": "Recours au tribunal du travail dans les trois mois.",
            "nl": "Beroep bij de arbeidsrechtbank binnen drie maanden.",
            "de": "Klage beim Arbeitsgericht innerhalb von drei Monaten.",
            "en": "Appeal to the labour court within three months.",
        },
        "information_service": "info@example.be",
        "sender": "citizen@example.org",
        "subject": "Mon dossier",
        "citizen_text": "Bonjour,\nje conteste <b>la décision</b> & demande une révision.",
    }
    ctx.update(extra)
    return ctx


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_purpose_renders_in_every_language(purpose: str, lang: str) -> None:
    subject, text, html = render(purpose, languages=[lang], context=context(), settings=SETTINGS)
    assert subject.startswith(f"[{NUMBER}] ")
    assert "\n" not in subject
    assert NUMBER in text and NUMBER in html
    assert f'<div lang="{lang}">' in html
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize(
    ("lang", "greeting", "due", "no_suspend"),
    [
        ("fr", "Madame, Monsieur,", "1er avril 2026", "ne suspend pas les délais de recours"),
        ("nl", "Geachte heer, mevrouw,", "1 april 2026", "schorst de termijnen"),
        ("de", "Sehr geehrte Damen und Herren,", "1. April 2026", "setzt die Fristen"),
        ("en", "Dear Sir or Madam,", "1 April 2026", "does not suspend the deadlines"),
    ],
)
def test_ack_complaint_says_what_the_circular_requires(
    lang: str, greeting: str, due: str, no_suspend: str
) -> None:
    _, text, _ = render("ack_complaint", languages=[lang], context=context(), settings=SETTINGS)
    assert text.startswith(greeting + "\n\n")
    assert due in text  # the date by which the answer will come
    assert no_suspend in text  # a complaint does not suspend appeal deadlines
    assert "https://example.be/plaintes" in text  # procedure page
    assert text.count(NUMBER) >= 2  # the number, and how to quote it in replies
    assert "plaintes@example.be" in text  # contact address, from settings


def test_localised_values_are_picked_per_language() -> None:
    _, text, _ = render("ack_appeal", languages=["nl"], context=context(), settings=SETTINGS)
    assert "Beroep bij de arbeidsrechtbank binnen drie maanden." in text
    assert "(Pensioenen)" in text
    assert "FOD Voorbeeld" in text


def test_appeal_without_configured_route_points_to_the_decision() -> None:
    _, text, _ = render(
        "ack_appeal", languages=["fr"], context=context(appeal_route=""), settings=SETTINGS
    )
    assert "indiqués dans la décision que vous contestez" in text


def test_bilingual_fallback_joins_subjects_and_texts() -> None:
    subject, text, html = render(
        "ack_complaint", languages=["fr", "nl"], context=context(), settings=SETTINGS
    )
    assert subject == (
        f"[{NUMBER}] Accusé de réception de votre plainte / Ontvangstbevestiging van uw klacht"
    )
    fr, nl = text.split("-" * 64)
    assert fr.startswith("Madame, Monsieur,") and "Geachte heer, mevrouw," in nl
    assert html.index('<div lang="fr">') < html.index("<hr") < html.index('<div lang="nl">')


def test_missing_context_key_fails_loudly() -> None:
    ctx = context()
    del ctx["due_date"]
    with pytest.raises(jinja2.UndefinedError):
        render("ack_complaint", languages=["fr"], context=ctx, settings=SETTINGS)


def test_html_is_escaped_text_is_not() -> None:
    _, text, html = render("forward_appeal", languages=["fr"], context=context(), settings=SETTINGS)
    assert "<b>la décision</b> & demande" in text
    assert "&lt;b&gt;la décision&lt;/b&gt; &amp; demande" in html
    assert "<b>la" not in html


def test_override_dir_is_searched_first(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "ack_complaint.subject.j2").write_text(
        "[{{ case_number }}] Votre plainte (modèle local)", encoding="utf-8"
    )
    settings = SETTINGS.model_copy(update={"templates": Templates(override_dir=str(tmp_path))})
    subject, text, _ = render(
        "ack_complaint", languages=["fr"], context=context(), settings=settings
    )
    assert subject == f"[{NUMBER}] Votre plainte (modèle local)"
    assert text.startswith("Madame, Monsieur,")  # the other templates still come from the repo


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (date(2026, 3, 1), "fr", "1er mars 2026"),
        (date(2026, 3, 1), "nl", "1 maart 2026"),
        (date(2026, 3, 1), "de", "1. März 2026"),
        (date(2026, 12, 25), "en", "25 December 2026"),
        # 23:30 UTC on 31 December is already New Year's Day in Brussels (UTC+1).
        (datetime(2026, 12, 31, 23, 30), "fr", "1er janvier 2027"),
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "nl", "1 januari 2027"),
    ],
)
def test_longdate(value: date, lang: str, expected: str) -> None:
    assert longdate(value, lang) == expected


# ---------------------------------------------------------------------- message and headers


def build(**kw: object):  # type: ignore[no-untyped-def]
    args: dict = {
        "to_addr": "citizen@example.org",
        "subject": "[PLT-2026-000901] Accusé de réception",
        "text": "Bonjour",
        "html": "<p>Bonjour</p>",
        "message_id": message_id_for("ack_complaint", NUMBER, "abc123", "plaintes.example.be"),
        "in_reply_to": "<orig-1@example.org>",
        "references": ["<root@example.org>", "orig-1@example.org"],
        "date": datetime(2026, 3, 2, 8, 15, tzinfo=UTC),
    }
    args.update(kw)
    return build_message(SETTINGS, **args)


def reparse(msg):  # type: ignore[no-untyped-def]
    return message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)


def test_headers_rfc3834_and_threading() -> None:
    msg = reparse(build())
    assert msg["Message-ID"] == "<ack.plt-2026-000901.abc123@plaintes.example.be>"
    assert msg["In-Reply-To"] == "<orig-1@example.org>"
    assert msg["References"] == "<root@example.org> <orig-1@example.org>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Complaintbot-Loop"] == "plaintes.example.be"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["From"].addresses[0].addr_spec == "plaintes@example.be"
    assert msg["From"].addresses[0].display_name == "Service des plaintes / Klachtendienst"
    assert msg["Date"].datetime == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]


def test_malicious_subject_cannot_add_headers() -> None:
    raw = build(
        subject="x\r\nBcc: victim@example.com",
        to_name="Evil\r\nBcc: victim2@example.com\nX-Other: 1",
        in_reply_to="<a@b>\r\nBcc: victim3@example.com",
        references=["<r@x>\nBcc: victim4@example.com", "<ok@example.org>"],
    ).as_bytes(policy=policy.SMTP)
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Bcc"] is None and msg["X-Other"] is None
    assert b"\r\nBcc:" not in raw and b"\nBcc:" not in raw
    assert msg["Subject"] == "x Bcc: victim@example.com"
    assert [a.addr_spec for a in msg["To"].addresses] == ["citizen@example.org"]
    assert msg["In-Reply-To"] is None  # a malformed id is dropped, not repaired
    assert msg["References"] == "<ok@example.org>"


@pytest.mark.parametrize(
    "addr",
    ["citizen@example.org\r\nBcc: v@example.com", "a@b.be, c@d.be", "no-at-sign", "<x@y.be>", ""],
)
def test_bad_recipient_addresses_are_refused(addr: str) -> None:
    with pytest.raises(ValueError):
        clean_address(addr)


def test_clean_header_removes_every_line_break_kind() -> None:
    assert clean_header("a\rb\nc\x00d\u2028e\x85f\tg") == "a b c d e f g"


def test_idn_domain_becomes_punycode() -> None:
    assert clean_address("jan@müller.be") == "jan@xn--mller-kva.be"


def test_logo_is_an_inline_related_image(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    settings = SETTINGS.model_copy(update={"templates": Templates(logo=str(logo))})
    msg = reparse(
        compose(
            settings,
            "ack_complaint",
            languages=["fr"],
            context=context(),
            to_addr="citizen@example.org",
            message_id=message_id_for("ack_complaint", NUMBER, "t1", "plaintes.example.be"),
        )
    )
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    html_part, image = list(related.iter_parts())
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == "<logo@plaintes.example.be>"
    assert 'src="cid:logo@plaintes.example.be"' in html_part.get_content()
    assert image.get_content() == logo.read_bytes()


def test_forward_is_auto_generated_not_auto_replied() -> None:
    msg = compose(
        SETTINGS,
        "forward_information",
        languages=["fr", "nl"],
        context=context(),
        to_addr="info@example.be",
        reply_to="citizen@example.org",
        message_id=message_id_for("forward_information", NUMBER, "t2", "plaintes.example.be"),
    )
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Reply-To"] == "citizen@example.org"
    assert msg["Precedence"] is None


def test_message_id_round_trip() -> None:
    mid = message_id_for("ack_complaint", "PLT-2026-000901", "ABC123", "plaintes.example.be")
    assert mid == "ack.plt-2026-000901.abc123@plaintes.example.be"
    assert parse_message_id(f"<{mid}>", "plaintes.example.be") == (
        "ack",
        "plt-2026-000901",
        "abc123",
    )
    assert parse_message_id(mid, "other.example.be") is None
    assert message_id_for("forward_appeal", None, "t", "d.be") == "forward.noref.t@d.be"
