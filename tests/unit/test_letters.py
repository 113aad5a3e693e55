"""Every letter in every language, rendered for a realistic case, carries the facts it must.

A citizen relies on these facts (circular 23289; framework §9.2): the case number, the dates,
the outcome, the link to the complaint procedure in their language, the sentence that a
complaint is not an appeal, and in a final answer the second line that fits the case (pensions
-> Pensions Ombudsman, police conduct -> Comité P, anything else -> Federal Ombudsman). A French,
Dutch or German letter never carries an English sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.handling import letters, refusals
from bot.outbox import contexts
from bot.outbox.compose import PURPOSES, environment, render
from bot.settings import Settings, load

SITE = Path(__file__).resolve().parents[1] / "data" / "letters" / "site.toml"
S: Settings = load(SITE, environ={})
LANGS = ("fr", "nl", "de", "en")
NUMBER = "PLT-2026-000412"
RECEIVED = datetime(2026, 11, 23, 9, 40, tzinfo=UTC)
DUE = date(2026, 12, 23)
CITIZEN_PURPOSES = (
    "ack_complaint",
    "ack_appeal",
    "ack_information",
    "ack_thanks",
    "ack_suggestion",
    "ask_details",
    "extension_notice",
    "final_answer",
    "inadmissible",
)
STAFF_PURPOSES = tuple(p for p in PURPOSES if p not in CITIZEN_PURPOSES and p != "digest")

RECEIVED_TEXT = {"fr": "23 novembre 2026", "nl": "23 november 2026", "de": "23. November 2026"}
RECEIVED_TEXT["en"] = "23 November 2026"
DUE_TEXT = {"fr": "23 décembre 2026", "nl": "23 december 2026", "de": "23. Dezember 2026"}
DUE_TEXT["en"] = "23 December 2026"
# What the citizen wrote, in the letter's language (it is quoted in staff mails only).
CITIZEN_TEXT = {
    "fr": "Mon dossier de pension attend depuis six mois sans réponse.",
    "nl": "Mijn pensioendossier wacht al zes maanden zonder antwoord.",
    "de": "Meine Pensionsakte wartet seit sechs Monaten ohne Antwort.",
    "en": "My pension file has been waiting for six months without an answer.",
}
ANSWER = {
    "fr": "Votre dossier a été traité le 2 décembre ; nous vous présentons nos excuses.",
    "nl": "Uw dossier werd op 2 december behandeld; wij bieden u onze verontschuldigingen aan.",
    "de": "Ihre Akte wurde am 2. Dezember bearbeitet; wir bitten Sie um Entschuldigung.",
    "en": "Your file was dealt with on 2 December; we apologise.",
}
OUTCOME = {  # partly_founded, as a native reader would write it
    "fr": "nous estimons que votre plainte est partiellement fondée.",
    "nl": "zijn wij van oordeel dat uw klacht gedeeltelijk gegrond is.",
    "de": "dass Ihre Beschwerde teilweise begründet ist.",
    "en": "we consider it partly founded.",
}
SECOND_LINE = {  # category -> the body the final answer must name, per language
    "pensions": {
        "fr": "Service de médiation Pensions",
        "nl": "Ombudsdienst Pensioenen",
        "de": "Ombudsdienst für Pensionen",
        "en": "Pensions Ombudsman",
    },
    "police": {"fr": "Comité P", "nl": "Comité P", "de": "Comité P", "en": "Committee P"},
    "taxes": {
        "fr": "Médiateur fédéral",
        "nl": "federale Ombudsman",
        "de": "Föderalen Ombudsmann",
        "en": "Federal Ombudsman",
    },
}
# Phrases a French, Dutch or German page must never show (the English defaults of old).
ENGLISH = re.compile(
    r"\b(the|your|please|courtesy|complaint|answer for the citizen|which|would)\b", re.I
)
# Not prose: URLs, addresses, command lines (#answer … is syntax), identifiers (rule names,
# complaint-handling) and the classifier's kind after "→".
_NOT_PROSE = re.compile(
    r"https?://\S+|[\w.+-]+@[\w.-]+|^#.*$|\b\w+[_-][\w-]+\b|→ \w+", re.MULTILINE
)


def context(lang: str, purpose: str, category: str) -> dict[str, Any]:
    """What the pipeline and bot.handling pass for `purpose` (see bot.handling.letters)."""
    cat = S.categories[category]
    second_line = letters.second_line(S, category)
    ctx: dict[str, Any] = {
        "case_number": NUMBER,
        "received_at": RECEIVED,
        "due_date": DUE,
        "citizen_name": "Monika Schmitz",
        "category_label": dict(cat.label),
        "appeal_route": dict(cat.appeal_route),
        "information_service": S.classification.information_service,
        "sender": "monika.schmitz@example.org",
        "subject": "Pension",
        "citizen_text": CITIZEN_TEXT[lang],
        "second_line_name": second_line["name"],
        "second_line_text": second_line["text"],
        "second_line_chosen": False,
        # final answer, inadmissibility
        "outcome": "partly_founded",
        "answer_text": ANSWER[lang],
        "reason": "decision_with_appeal_route",
        # ask_details, extension_notice
        "question": "?",
        "extension_days": 10,
        "extension_reason": "!",
        # staff mails
        "kind": "complaint",
        "language": lang,
        "rule_hits": [{"rule": "complaint_delay", "kind": "complaint", "reason": "délai"}],
        "route_rule": "categories.pensions",
        "reply_address": "plaintes+c1.tok@example.be",
        "note": "",
        "assigned_by": "bot",
        "attachments": [],
        "token_max_age_days": 120,
        "max_extension_days": 15,
        "closed": False,
        "done": [{"verb": "note", "detail": "vu"}],
        "status": "open",
        "code": "unknown_command",
        "detail": "",
        "command_lines": refusals.command_lines(),
        "assignee": "pensions@example.be",
        "new_assignee": "jan.peeters@example.be",
        "days_left": 3,
        "overdue_days": 2,
        "round": 1,
        "every": 2,
    }
    if purpose == "command_refused":
        ctx["detail"] = refusals.explain("not_a_command", {"word": "frobnicate", "choices": "#a"})
    return ctx


def rendered(lang: str, purpose: str, category: str = "pensions") -> tuple[str, str, str]:
    letter = contexts.build(purpose, context(lang, purpose, category))
    return render(purpose, languages=[lang], context=letter, settings=S)


def block(lang: str, name: str) -> str:
    """A shared block of the letters of `lang`, as the effective templates write it."""
    module = (
        environment(S)
        .get_template(f"{lang}/_blocks.j2")
        .make_module({**context(lang, "final_answer", "pensions"), "lang": lang})
    )
    return str(getattr(module, name)())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("purpose", CITIZEN_PURPOSES)
def test_every_citizen_letter_carries_its_facts(lang: str, purpose: str) -> None:
    subject, text, html = rendered(lang, purpose)
    assert subject.startswith(f"[{NUMBER}] ") and NUMBER in text and NUMBER in html
    assert RECEIVED_TEXT[lang] in text
    if purpose in ("ack_complaint", "extension_notice"):
        assert DUE_TEXT[lang] in text  # the date the reasoned answer is due
    if purpose not in ("ask_details", "extension_notice"):
        url = S.link("procedure", lang)
        assert url in text and f'href="{url}"' in html  # the procedure, in the citizen's language
    if purpose in ("ack_complaint", "ack_appeal", "final_answer", "inadmissible"):
        assert block(lang, "complaint_not_appeal") in text  # complaint != appeal (criterion 6)
    if purpose.startswith("ack_"):
        assert S.link("privacy", lang) in text  # the privacy notice (GDPR art. 13)
    if purpose == "final_answer":
        assert OUTCOME[lang] in text and ANSWER[lang] in text
    # a formal salutation, never the citizen's display name ("Guten Tag Monika Schmitz,")
    assert text.startswith(block(lang, "salutation") + "\n\n")
    assert "Monika" not in text and "Guten Tag" not in text
    if lang in ("fr", "nl"):  # a sentence after a colon goes on in lower case
        assert not re.search(r":\s(Une|Le|La|Les|Un|Il|Elle|Een|De|Het|Uw|Wij)\s", text)
    if lang == "de":  # after the salutation's comma the letter goes on in lower case
        first = text.split("\n\n")[1]
        assert first[0].islower(), first


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("category", sorted(SECOND_LINE))
@pytest.mark.parametrize("purpose", ("final_answer", "inadmissible"))
def test_the_second_line_fits_the_case(lang: str, category: str, purpose: str) -> None:
    _, text, _ = rendered(lang, purpose, category)
    assert SECOND_LINE[category][lang] in text
    others = [body[lang] for cat, body in SECOND_LINE.items() if cat != category]
    assert not [name for name in others if name in text]
    # Comité P is a parliamentary control body, never called a mediation service (§4)
    assert not re.search(r"Service de médiation\s*–|Ombudsdienst\s*–|Ombudsman\s*–", text)


@pytest.mark.parametrize("lang", ("fr", "nl", "de"))
@pytest.mark.parametrize("purpose", CITIZEN_PURPOSES + STAFF_PURPOSES)
def test_no_english_sentence_in_a_french_dutch_or_german_mail(lang: str, purpose: str) -> None:
    subject, text, _ = rendered(lang, purpose)
    words = ENGLISH.findall(_NOT_PROSE.sub(" ", subject + "\n" + text))
    assert words == []
    assert block("en", "courtesy") not in text


@pytest.mark.parametrize("purpose", CITIZEN_PURPOSES)
def test_every_english_letter_carries_the_same_courtesy_sentence(purpose: str) -> None:
    _, text, _ = rendered("en", purpose)
    assert text.count(block("en", "courtesy")) == 1


@pytest.mark.parametrize(
    ("lang", "forbidden"),
    [
        ("fr", ("Votre recours", "sans jugement possible", "introduire la voie de recours")),
        ("nl", ("Uw beroep", "zonder oordeel mogelijk", "beroepsmogelijkheid indienen")),
        ("de", ("Ihr Einspruch", "Einspruch", "ohne Beurteilung möglich", "Guten Tag")),
        ("en", ("Your appeal", "no judgement possible", "lodge the appeal route")),
    ],
)
def test_the_wording_defects_of_issue_11_are_gone(lang: str, forbidden: tuple[str, ...]) -> None:
    for purpose in CITIZEN_PURPOSES:
        for outcome in ("founded", "partly_founded", "unfounded", "no_judgement_possible"):
            ctx = {**context(lang, purpose, "mobility"), "outcome": outcome}
            subject, text, _ = render(
                purpose, languages=[lang], context=contexts.build(purpose, ctx), settings=S
            )
            assert not [f for f in forbidden if f in subject or f in text], (purpose, outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_the_appeal_acknowledgement_does_not_say_an_appeal_was_lodged(lang: str) -> None:
    subject, text, _ = rendered(lang, "ack_appeal", "taxes")
    lodged = {
        "fr": "ne vaut donc pas introduction d'un recours",
        "nl": "geldt dus niet als het instellen van een beroep",
        "de": "gilt daher nicht als Einlegung eines Rechtsbehelfs",
        "en": "is therefore not an appeal",
    }
    assert lodged[lang] in text
    route = S.categories["taxes"].appeal_route[lang]
    assert route in text  # where, how and when the appeal goes
    if lang == "de":  # one word for the complaint, another for the appeal
        assert "Widerspruch" in route and "Beschwerde beim" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_staff_mails_say_which_second_line_and_how_to_change_it(lang: str) -> None:
    _, text, _ = rendered(lang, "assignment", "police")
    assert SECOND_LINE["police"][lang].split()[-1] in text  # "P"
    assert "#second-line comite_p" in text and "#second-line federal_ombudsman" in text


def test_no_template_hides_a_missing_value_behind_a_default() -> None:
    root = Path(__file__).resolve().parents[2] / "templates"
    crutches = [
        str(p.relative_to(root))
        for lang in LANGS
        for p in sorted((root / lang).glob("*.j2"))
        if "default(" in p.read_text(encoding="utf-8")
    ]
    assert crutches == []


def test_every_refusal_code_is_explained_in_every_language() -> None:
    """A handler whose command is refused reads why in the staff language, never only the
    parser's English message."""
    root = Path(__file__).resolve().parents[2]
    sources = [root / "bot" / "commands" / "parse.py", root / "bot" / "handling" / "mailcmd.py"]
    codes = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:CommandError\(\s*|refuse\(\s*)"([a-z_]+)"', text))
    codes |= {"category_value", "second_line_value"}  # built from the verb's name
    codes |= {
        f"{w}_{what}" for w in ("missing", "unknown") for what in ("kind", "destination", "type")
    }
    codes |= {f"token_{status}" for status in ("bad_signature", "expired", "wrong_handler")}
    assert len(codes) > 20
    for lang in LANGS:
        staff = (root / "templates" / lang / "_staff.j2").read_text(encoding="utf-8")
        assert [code for code in sorted(codes) if f'"{code}":' not in staff] == [], lang


@pytest.mark.parametrize("lang", ("fr", "nl", "de"))
def test_a_refusal_is_explained_in_the_staff_language(lang: str) -> None:
    ctx = {**context(lang, "command_refused", "pensions"), "code": "extend_reason"}
    _, text, _ = render(
        "command_refused",
        languages=[lang],
        context=contexts.build("command_refused", ctx),
        settings=S,
    )
    explained = {
        "fr": "#extend doit être suivi d'une raison",
        "nl": "Na #extend moet een reden volgen",
        "de": "Auf #extend muss ein Grund folgen",
    }
    assert explained[lang] in text


def test_every_page_text_exists_in_every_language() -> None:
    """A missing translation is a test failure, never a fall-back to English on a French,
    Dutch or German page (the English courtesy note is the one text meant for English only)."""
    from bot.reports import i18n

    tables = {
        "DIMENSIONS": i18n.DIMENSIONS,
        "INDICATOR_TITLES": i18n.INDICATOR_TITLES,
        "REPORT": i18n.REPORT,
        "UNITS": i18n.UNITS,
        "PUBLIC": i18n.PUBLIC,
        "FORM": i18n.FORM,
    }
    missing = [
        f"{name}.{key}.{lang}"
        for name, table in tables.items()
        for key, entry in table.items()
        for lang in LANGS
        if not entry.get(lang) and not (key == "courtesy" and lang != "en")
    ]
    assert missing == []
    assert [lang for lang in ("fr", "nl", "de") if i18n.PUBLIC["courtesy"][lang]] == []
    with pytest.raises(KeyError):
        i18n.t({"x": {"en": "only English"}}, "x", "fr")


FORWARDED = {
    "fr": "Nous avons transmis votre plainte à l'autorité compétente",
    "nl": "Wij hebben uw klacht doorgestuurd naar de bevoegde overheid",
    "de": "Wir haben Ihre Beschwerde an die zuständige Behörde",
    "en": "We have forwarded your complaint to the competent authority",
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_outside_competence_refusal_says_the_complaint_was_forwarded(lang: str) -> None:
    # The public page promises that complaints about another authority are forwarded; the
    # letter must say it was done, not send the citizen away to find the authority alone.
    ctx = {**context(lang, "inadmissible", "taxes"), "reason": "outside_competence_forwarded"}
    _, text, _ = render(
        "inadmissible", languages=[lang], context=contexts.build("inadmissible", ctx), settings=S
    )
    assert FORWARDED[lang] in text
    assert "www.ombudsman.be" in text


def test_the_assignment_names_the_citizens_language_in_the_staff_language() -> None:
    """Not the code: "Langue : allemand", "Taal: Duits", never "Sprache: de"."""
    ctx = {**context("fr", "assignment", "pensions"), "language": letters.language_names("de")}
    for lang, line in (
        ("fr", "Langue : allemand"),
        ("nl", "Taal: Duits"),
        ("de", "Sprache: Deutsch"),
    ):
        letter = contexts.build("assignment", ctx)
        text = render("assignment", languages=[lang], context=letter, settings=S)[1]
        assert line in text, lang


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("fr", "1 jour ouvrable", "2 jours ouvrables"), ("nl", "1 werkdag", "2 werkdagen")],
)
def test_working_days_are_counted_in_words_not_with_brackets(lang: str, one: str, two: str) -> None:
    """ "3 jour(s) ouvrable(s)" / "3 werkdag(en)" read as a form, not a letter (review)."""
    for purpose in ("reminder", "admissibility_reminder", "escalation"):
        for days, words in ((1, one), (2, two)):
            values = {**context(lang, purpose, "pensions"), "days_left": days, "overdue_days": days}
            letter = contexts.build(purpose, values)
            subject, text, _ = render(purpose, languages=[lang], context=letter, settings=S)
            assert words in subject + text and "(s)" not in text and "(en)" not in text
