"""The help in staff mails lists every command the parser accepts, in the staff language, from
one table: the parser's registry (bot.commands.parse.TAKES) with the words it takes from the
parser's own tables, and one text per command and language in the catalogs (HELP)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.commands.parse import CHOICES, TAKES, Verb, parse_commands
from bot.handling import refusals
from bot.outbox import contexts
from bot.outbox.compose import render
from bot.reports import i18n
from bot.settings import load

ROOT = Path(__file__).resolve().parents[2]
S = load(ROOT / "tests" / "data" / "letters" / "site.toml", environ={})
LANGS = ("fr", "nl", "de", "en")


def test_the_registry_is_every_command_the_parser_accepts() -> None:
    assert set(TAKES) == set(Verb)


@pytest.mark.parametrize("lang", LANGS)
def test_every_command_has_help_in_every_language(lang: str) -> None:
    missing = [verb.value for verb in Verb if not i18n.HELP.get(verb.value, {}).get(lang)]
    assert missing == []
    for verb, takes in TAKES.items():
        text = i18n.HELP[verb.value][lang]
        assert text.startswith(f"#{verb.value} "), text
        assert [name for name in takes if "{" + name + "}" not in text] == [], text


@pytest.mark.parametrize("lang", LANGS)
def test_the_help_offers_only_what_the_parser_accepts(lang: str) -> None:
    lines = refusals.command_lines()[lang].splitlines()
    assert [line.split()[0] for line in lines] == [f"#{verb.value}" for verb in TAKES]
    for verb, takes in TAKES.items():
        for name in takes:
            for word in CHOICES[name].split("|"):
                if verb is Verb.ANSWER and name != "outcomes":
                    continue  # optional words after the outcome, tried with it below
                body = f"#{verb.value} {word}\ntext"
                if verb is Verb.ANSWER:
                    body = f"#answer {word} quality\ntext"
                assert parse_commands(body), body


SAMPLE = {
    "case_number": "PLT-2026-000412",
    "received_at": date(2026, 11, 23),
    "due_date": date(2026, 12, 23),
    "category_label": "Pensions",
    "language": "fr",
    "citizen_name": "",
    "sender": "monika.schmitz@example.org",
    "subject": "Pension",
    "citizen_text": "?",
    "attachments": [],
    "note": "",
    "assigned_by": "bot",
    "route_rule": "categories.pensions",
    "rule_hits": [],
    "reply_address": "plaintes+c1.tok@example.be",
    "token_max_age_days": 120,
    "max_extension_days": 15,
    "second_line_name": "Médiateur fédéral",
    "second_line_chosen": False,
    "closed": False,
    "days_left": 3,
    "code": "no_command",
    "detail": "",
    "command_lines": refusals.command_lines(),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("purpose", ("assignment", "citizen_reply", "reminder", "command_refused"))
def test_staff_mails_carry_the_whole_help(lang: str, purpose: str) -> None:
    letter = contexts.build(purpose, SAMPLE)
    text = render(purpose, languages=[lang], context=letter, settings=S)[1]
    assert [verb.value for verb in Verb if f"\n#{verb.value} " not in text] == []
