"""Templates render in every language, headers cannot be injected, the MIME structure is right."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from bot.errors import DraftError
from bot.outbox import contexts
from bot.outbox.compose import ContextError, compose, longdate, number, percent, render
from bot.outbox.headers import clean_address, clean_header, message_id_for
from bot.outbox.mime import MAX_INLINE_BYTES, Draft, InlineFile, StoredFile, build_message
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
    ctx["command_lines"] = {"fr": "#note texte", "nl": "#note tekst", "de": "#note Text"}
    ctx.update(extra)
    return ctx


def letter(purpose: str, **extra: object) -> contexts.Letter:
    """The typed context of `purpose` from the sample values."""
    return contexts.build(purpose, context(**extra))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_purpose_renders_in_every_language(purpose: str, lang: str) -> None:
    subject, text, html = render(
        purpose, languages=[lang], context=letter(purpose), settings=SETTINGS
    )
    assert subject.startswith(f"[{NUMBER}] ")
    assert "\n" not in subject
    assert NUMBER in text and NUMBER in html
    assert f'<div lang="{lang}">' in html
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize(
    ("lang", "greeting", "due", "no_suspend"),
    [
        ("fr", "Madame, Monsieur,", "1er avril 2026", "ne suspend pas les délais de recours"),
        ("nl", "Geachte heer/mevrouw,", "1 april 2026", "schorst de beroepstermijnen niet"),
        (
            "de",
            "Sehr geehrte Damen und Herren,",
            "1. April 2026",
            "setzt die Rechtsbehelfsfristen nicht aus",
        ),
        ("en", "Dear Sir or Madam,", "1 April 2026", "does not suspend the time limits"),
    ],
)
def test_ack_complaint_says_what_the_circular_requires(
    lang: str, greeting: str, due: str, no_suspend: str
) -> None:
    _, text, _ = render(
        "ack_complaint", languages=[lang], context=letter("ack_complaint"), settings=SETTINGS
    )
    assert text.startswith(greeting + "\n\n")
    assert due in text  # the date by which the answer will come
    assert no_suspend in text  # a complaint does not suspend appeal deadlines
    assert "https://example.be/plaintes" in text  # procedure page
    assert text.count(NUMBER) >= 2  # the number, and how to quote it in replies
    assert "plaintes@example.be" in text  # contact address, from settings


def test_localised_values_are_picked_per_language() -> None:
    _, text, _ = render(
        "ack_appeal", languages=["nl"], context=letter("ack_appeal"), settings=SETTINGS
    )
    assert "Beroep bij de arbeidsrechtbank binnen drie maanden." in text
    assert "(Pensioenen)" in text
    assert "FOD Voorbeeld" in text


def test_appeal_without_configured_route_points_to_the_decision() -> None:
    _, text, _ = render(
        "ack_appeal",
        languages=["fr"],
        context=letter("ack_appeal", appeal_route=""),
        settings=SETTINGS,
    )
    assert "indiqués dans la décision que vous contestez" in text


def test_bilingual_fallback_joins_subjects_and_texts() -> None:
    subject, text, html = render(
        "ack_complaint", languages=["fr", "nl"], context=letter("ack_complaint"), settings=SETTINGS
    )
    assert subject == (
        f"[{NUMBER}] Accusé de réception de votre plainte / Ontvangstbevestiging van uw klacht"
    )
    fr, nl = text.split("-" * 64)
    assert fr.startswith("Madame, Monsieur,") and "Geachte heer/mevrouw," in nl
    assert html.index('<div lang="fr">') < html.index("<hr") < html.index('<div lang="nl">')


def test_a_letter_takes_its_own_typed_context() -> None:
    with pytest.raises(TypeError, match="ack_complaint takes a AckComplaint, not AckThanks"):
        render("ack_complaint", languages=["fr"], context=letter("ack_thanks"), settings=SETTINGS)
    with pytest.raises(TypeError, match="due_date"):
        contexts.AckComplaint(case_number=NUMBER, received_at=date(2026, 3, 2))  # type: ignore[call-arg]


def test_a_template_that_uses_a_name_its_context_lacks_fails_loudly(tmp_path: Path) -> None:
    """An override of the thank-you note that names the due date (not a field of AckThanks)
    fails on every render, before anything is sent."""
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "ack_thanks.txt.j2").write_text(
        "Merci.{% if false %} {{ due_date }}{% endif %}", encoding="utf-8"
    )
    settings = SETTINGS.model_copy(update={"templates": Templates(override_dir=str(tmp_path))})
    with pytest.raises(ContextError, match="fr/ack_thanks: the context lacks due_date"):
        render("ack_thanks", languages=["fr"], context=letter("ack_thanks"), settings=settings)


def test_a_misspelt_variable_in_a_shared_block_fails_loudly(tmp_path: Path) -> None:
    """Even on a branch that does not run: the macros a letter calls from _blocks.j2 are
    read with the letter."""
    override = tmp_path / "fr"
    override.mkdir()
    blocks = (Path(__file__).resolve().parents[2] / "templates" / "fr" / "_blocks.j2").read_text(
        encoding="utf-8"
    )
    (override / "_blocks.j2").write_text(
        blocks.replace("{{ appeal_route }}", "{{ appeal_rout }}"), encoding="utf-8"
    )
    settings = SETTINGS.model_copy(update={"templates": Templates(override_dir=str(tmp_path))})
    sample = letter(  # the branch that names the appeal route does not run
        "inadmissible", appeal_route="", reason="anonymous", answer_text="", second_line_text="M"
    )
    with pytest.raises(ContextError, match="appeal_rout"):
        render("inadmissible", languages=["fr"], context=sample, settings=settings)


def test_html_is_escaped_text_is_not() -> None:
    _, text, html = render(
        "forward_appeal", languages=["fr"], context=letter("forward_appeal"), settings=SETTINGS
    )
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
        "ack_complaint", languages=["fr"], context=letter("ack_complaint"), settings=settings
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


@pytest.mark.parametrize(
    ("lang", "count", "share"),
    [("fr", "12\u202f345", "87\u00a0%"), ("nl", "12.345", "87%"), ("de", "12.345", "87\u00a0%")],
)
def test_numbers_are_written_as_each_language_writes_them(
    lang: str, count: str, share: str
) -> None:
    assert number(12345, lang) == count
    assert percent(87, lang) == share


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
    draft = compose(
        settings,
        "ack_complaint",
        languages=["fr"],
        context=letter("ack_complaint"),
        to_addr="citizen@example.org",
        message_id=message_id_for("ack_complaint", NUMBER, "t1", "plaintes.example.be"),
    )
    assert draft.logo_cid == "logo@plaintes.example.be"
    msg = reparse(draft.build(settings))
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    html_part, image = list(related.iter_parts())
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == "<logo@plaintes.example.be>"
    assert 'src="cid:logo@plaintes.example.be"' in html_part.get_content()
    assert image.get_content() == logo.read_bytes()


def test_forward_is_auto_generated_not_auto_replied() -> None:
    draft = compose(
        SETTINGS,
        "forward_information",
        languages=["fr", "nl"],
        context=letter("forward_information"),
        to_addr="info@example.be",
        reply_to="citizen@example.org",
        message_id=message_id_for("forward_information", NUMBER, "t2", "plaintes.example.be"),
    )
    assert draft.auto_submitted == "auto-generated"
    msg = reparse(draft.build(SETTINGS))
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Reply-To"] == "citizen@example.org"
    assert msg["Precedence"] is None


def test_message_id_round_trip() -> None:
    mid = message_id_for("ack_complaint", "PLT-2026-000901", "ABC123", "plaintes.example.be")
    assert mid == "ack.plt-2026-000901.abc123@plaintes.example.be"
    assert message_id_for("forward_appeal", None, "t", "d.be") == "forward.noref.t@d.be"


# ---------------------------------------------------------------------- draft: JSON and MIME


def ack_draft(**kw: object) -> Draft:
    args: dict = {
        "languages": ["fr", "nl"],
        "context": letter("ack_complaint", citizen_name="Zoë Dupré"),
        "to_addr": "citizen@example.org",
        "to_name": "Zoë Dupré",
        "message_id": message_id_for("ack_complaint", NUMBER, "d1", "plaintes.example.be"),
        "in_reply_to": "<orig-1@example.org>",
        "references": ["<root@example.org>"],
        "date": datetime(2026, 3, 2, 8, 15, tzinfo=UTC),
    }
    args.update(kw)
    return compose(SETTINGS, "ack_complaint", **args)


def wire_lines(raw: bytes) -> list[bytes]:
    """The lines of a message as sent; fails on a bare CR or LF (SMTP needs CRLF)."""
    assert raw.endswith(b"\r\n")
    lines = raw[:-2].split(b"\r\n")
    assert not [line for line in lines if b"\r" in line or b"\n" in line]
    return lines


def test_compose_returns_a_draft_that_survives_json() -> None:
    draft = ack_draft(
        reply_to="service@example.be",
        attachments=[StoredFile(42), InlineFile("note.txt", "text/plain", b"\x00\xffhello")],
    )
    assert draft.subject.startswith(f"[{NUMBER}] ") and "reçu votre plainte" in draft.text
    assert draft.date == datetime(2026, 3, 2, 8, 15, tzinfo=UTC) and draft.stored_ids == (42,)
    stored = json.loads(json.dumps(draft.to_json()))  # as the JSON column keeps it
    assert Draft.from_json(stored) == draft
    assert stored["attachments"][0] == {"id": 42}


def test_a_naive_date_is_utc_and_kept_aware() -> None:
    draft = ack_draft(date=datetime(2026, 3, 2, 8, 15))
    assert draft.date == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert reparse(draft.build(SETTINGS))["Date"].datetime == draft.date


def test_draft_fails_where_it_is_made_for_what_can_never_be_sent() -> None:
    with pytest.raises(ValueError):
        ack_draft(to_addr="citizen@example.org\r\nBcc: victim@example.com")
    with pytest.raises(ValueError):
        ack_draft(reply_to="a@b.be, c@d.be")
    with pytest.raises(ValueError):
        ack_draft(message_id="no id at all")
    with pytest.raises(ValueError):
        InlineFile("big.bin", "application/octet-stream", b"0" * (MAX_INLINE_BYTES + 1))


@pytest.mark.parametrize(
    "change",
    [
        {"v": 99},
        {"to_addr": "x@example.org\nBcc: v@example.com"},
        {"message_id": "<a@b>\r\nBcc: v@example.com"},
        {"date": "yesterday"},
        {"attachments": [{"filename": "a", "content_type": "text/plain", "data": "@@"}]},
        {"attachments": "not a list"},
        {"subject": None, "text": None} | {"to_addr": None},
    ],
)
def test_unusable_stored_drafts_raise_draft_error(change: dict) -> None:
    data = ack_draft().to_json() | change
    with pytest.raises(DraftError):
        Draft.from_json(data)


def test_built_message_matches_the_draft_and_keeps_to_the_wire_format() -> None:
    draft = ack_draft()
    raw = draft.to_bytes(SETTINGS)
    assert max(len(line) for line in wire_lines(raw)) <= 78  # headers folded, QP body
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == draft.subject
    assert msg["To"].addresses[0].display_name == "Zoë Dupré"
    assert msg["Message-ID"] == f"<{draft.message_id}>"
    assert msg["References"] == "<root@example.org> <orig-1@example.org>"
    assert msg["MIME-Version"] == "1.0" and not msg.defects
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == draft.text
    assert msg.get_body(("html",)).get_content().replace("\r\n", "\n").strip() == (
        draft.html.strip()  # type: ignore[union-attr]
    )
    assert all(not part.defects for part in msg.walk())


def same_name(got: str, want: str) -> bool:
    """Exact when the name fits one encoded word. A longer one is split over several, and the
    stdlib's parser keeps the space between them, where RFC 2047 §6.2 drops it (MUAs do)."""
    if want.isascii() or len(want.encode("utf-8")) <= 40:
        return got == want
    return got.replace(" ", "") == want.replace(" ", "")


@pytest.mark.parametrize(
    ("name", "subject", "from_name"),
    [
        ("Zoë Dupré", "[PLT-2026-000901] Accusé de réception — ваш запрос", "Service des plaintes"),
        ('Jan "de Man", Jr. (test)', "Re: a; b, <c> @ d", "Service, des plaintes <x@y>"),
        ("Ω" * 150, "é" * 240, "Dienst für Beschwerden – Föderaler Öffentlicher Dienst"),
    ],
)
def test_non_ascii_and_special_header_text_round_trips(
    name: str, subject: str, from_name: str
) -> None:
    settings = SETTINGS.model_copy(
        update={"smtp": SETTINGS.smtp.model_copy(update={"from_name": from_name})}
    )
    raw = build(to_name=name, subject=subject, text="ok", html=None).as_bytes(policy=policy.SMTP)
    wire_lines(raw)
    raw = ack_draft(to_name=name).to_bytes(settings)
    msg = message_from_bytes(raw, policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["citizen@example.org"]
    assert [a.addr_spec for a in msg["From"].addresses] == ["plaintes@example.be"]
    assert same_name(msg["To"].addresses[0].display_name, name)
    assert same_name(msg["From"].addresses[0].display_name, from_name)
    assert msg["Bcc"] is None and msg["Cc"] is None
    subj = message_from_bytes(build(subject=subject).as_bytes(), policy=policy.default)["Subject"]
    assert subj.replace(" ", "") == subject.replace(" ", "")


def test_files_are_attached_with_safe_headers() -> None:
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 8
    draft = ack_draft(
        attachments=[
            StoredFile(7),
            InlineFile('évaluation\r\nBcc: v@example.com "x".csv', "text/csv", b"a;b\r\n1;2\r\n"),
            InlineFile("x" * 300 + ".txt", "text/plain\r\nBcc: v@example.com", b"hi"),
            InlineFile("", "multipart/mixed", b"not a multipart"),
        ]
    )

    class Row:  # what bot.models.Attachment offers
        filename, content_type, data = "Dossier n° 12 — décision.pdf", "Application/PDF", pdf

    with pytest.raises(DraftError, match="attachment #7"):
        draft.to_bytes(SETTINGS)  # the stored file was not given
    raw = draft.to_bytes(SETTINGS, files={7: Row()})
    wire_lines(raw)
    assert b"\nBcc" not in raw and max(len(line) for line in wire_lines(raw)) < 998
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg.get_content_type() == "multipart/mixed" and msg["Bcc"] is None
    body, *files = msg.iter_parts()
    assert body.get_content_type() == "multipart/alternative"
    assert [f.get_filename() for f in files[:2]] == [
        "Dossier n° 12 — décision.pdf",
        'évaluation Bcc: v@example.com "x".csv',
    ]
    assert files[0].get_content_type() == "application/pdf" and files[0].get_content() == pdf
    assert files[1].get_content() == "a;b\r\n1;2\r\n"
    long_name = files[2].get_filename()
    assert long_name.endswith(".txt") and len(long_name) <= 200  # shortened, extension kept
    assert files[2].get_content_type() == "application/octet-stream"  # junk type refused
    assert files[3].get_content_type() == "application/octet-stream"  # never a container
    assert files[3].get_filename() is None and files[3].get_content() == b"not a multipart"


def test_each_build_is_a_new_mime_tree_so_the_worker_keeps_the_first() -> None:
    draft = ack_draft()
    one, two = draft.to_bytes(SETTINGS), draft.to_bytes(SETTINGS)
    assert one != two  # random boundaries: bytes are built once and stored (worker.prepare)
    a, b = (message_from_bytes(x, policy=policy.default) for x in (one, two))
    assert a["Message-ID"] == b["Message-ID"] and a["Date"] == b["Date"]


def test_every_purpose_has_its_subject_and_text_in_every_language() -> None:
    """The HTML part is derived from the text unless a purpose ships its own .html.j2."""
    from bot.outbox import compose as compose_mod

    root = Path(__file__).resolve().parents[2] / "templates"
    missing = [
        f"{lang}/{purpose}.{part}.j2"
        for purpose in compose_mod.PURPOSES
        for lang in LANGS
        for part in ("subject", "txt")
        if not (root / lang / f"{purpose}.{part}.j2").is_file()
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_citizen_reply_passes_the_text_and_the_reply_address_on(lang: str) -> None:
    extra = {
        "reply_address": "plaintes+c7.abc@example.be",
        "closed": False,
        "attachments": [{"filename": "a.pdf", "size": 10, "attached": True}],
    }
    subject, text, html = render(
        "citizen_reply",
        languages=[lang],
        context=letter("citizen_reply", **extra),
        settings=SETTINGS,
    )
    assert subject.startswith(f"[{NUMBER}] ")
    assert "je conteste <b>la décision</b>" in text and "&lt;b&gt;la décision" in html
    assert "plaintes+c7.abc@example.be" in text
    due = {"fr": "1er avril", "nl": "1 april", "de": "1. April", "en": "1 April"}
    assert f"{due[lang]} 2026" in text
    # the deadline and the citizen are two lines (they once ran together: "…2027Citoyen : …")
    (due_line,) = [line for line in text.splitlines() if f"{due[lang]} 2026" in line]
    assert "<" not in due_line and due_line.rstrip().endswith("2026")
    closed = render(
        "citizen_reply",
        languages=[lang],
        context=letter("citizen_reply", closed=True, attachments=[], reply_address=""),
        settings=SETTINGS,
    )[1]
    assert "plaintes+c7" not in closed
