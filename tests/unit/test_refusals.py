"""A handler whose mail command is refused reads why in the staff language: the general
explanation of the code and the detail (the word at fault, the choices, the line), never the
parser's English message (issue 11: no English in a French, Dutch or German staff mail)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.commands.parse import parse_commands
from bot.errors import CommandError
from bot.handling import refusals
from bot.outbox import contexts
from bot.outbox.compose import render
from bot.reports import i18n
from bot.settings import load

ROOT = Path(__file__).resolve().parents[2]
S = load(ROOT / "tests" / "data" / "letters" / "site.toml", environ={})
ENGLISH = re.compile(
    r"\b(the|not|your|please|after|only|may|write|must|needs?|takes?|line|empty|mistyped|"
    r"reasons?|outcomes?|choices|commands?|did you mean|looks like|were|days?)\b",
    re.I,
)
# Command syntax, the same in every language: "#answer founded", "complaint-handling", the
# values a handler types, the case number.
_SYNTAX = re.compile(r"#[\w-]+(?: [\w|-]+)?|\b[\w]+[_-][\w-]+\b|PLT-\S+")

# One mail per way the parser can refuse (every CommandError of bot.commands.parse).
BAD_MAILS = [
    "#frobnicate",
    "Bonjour\n#answer founded behaviour\ntexte",
    "#note vu\n#anwser founded",
    "#inadmissible",
    "#inadmissible blabla",
    "#assign a@b.be c@d.be",
    "#assign personne",
    "#extend beaucoup",
    "#extend 99 raison",
    "#extend 5",
    "#category deux mots",
    "#second-line",
    "#note",
    "#wait",
    "#kind",
    "#kind plainte",
    "#escalate",
    "#escalate partout",
    "#type",
    "#type plainte",
    "#answer",
    "#answer fonde\ntexte",
    "#answer unfounded plus\ntexte",
    "#answer founded\ntexte",
    "#answer unfounded",
    "#wait question\n#answer unfounded\ntexte",
    "#kind complaint\n#kind appeal",
    "#answer unfounded\ntexte\n#extend 5 raison",
]


def refused(body: str) -> CommandError:
    with pytest.raises(CommandError) as info:
        parse_commands(body, max_extension_days=15)
    return info.value


def mail(lang: str, error: CommandError) -> str:
    detail = refusals.explain(error.detail, error.params, error.line)
    letter = contexts.CommandRefused(
        case_number="PLT-2026-000412",
        code=error.code,
        detail=detail,
        command_lines=refusals.command_lines(),
    )
    return render("command_refused", languages=[lang], context=letter, settings=S)[1]


@pytest.mark.parametrize("lang", ("fr", "nl", "de"))
@pytest.mark.parametrize("body", BAD_MAILS)
def test_a_refusal_mail_has_no_english(lang: str, body: str) -> None:
    text = mail(lang, refused(body))
    prose = _SYNTAX.sub(" ", text)
    assert ENGLISH.findall(prose) == [], text


def test_the_detail_names_the_word_the_line_and_the_nearest_command() -> None:
    text = mail("nl", refused("#note vu\n#anwser founded"))
    assert "Regel 2: „#anwser” lijkt op een verkeerd gespeld #answer." in text
    text = mail("fr", refused("#answer fonde\ntexte"))
    assert "Ligne 1 : « fonde » n'est pas une valeur possible après #answer." in text
    assert "Vouliez-vous dire founded ?" in text
    text = mail("de", refused("#extend 99 raison"))
    assert "Eine Verlängerung beträgt 1 bis 15 Tage, nicht 99." in text


def test_every_refusal_path_of_the_parser_is_in_the_list() -> None:
    """A new CommandError in the parser needs a bad mail here (and so a translated detail)."""
    source = (ROOT / "bot" / "commands" / "parse.py").read_text(encoding="utf-8")
    raised = len(re.findall(r"raise CommandError\(", source))
    paths = {(e.code, e.detail) for e in map(refused, BAD_MAILS)}
    assert len(paths) >= raised - 1  # extend_days without a maximum: the parser's own tests


def _details_in_code() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id not in ("CommandError", "ActionError", "DeadlineError"):
                continue
            for keyword in call.keywords:
                if keyword.arg == "detail":
                    found |= {
                        c.value
                        for c in ast.walk(keyword.value)
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    }
    source = (ROOT / "bot" / "handling" / "mailcmd.py").read_text(encoding="utf-8")
    found |= set(re.findall(r'"(unknown_case|assigned_to|unassigned)"', source))
    return found


def test_every_detail_the_code_names_is_in_the_catalogs() -> None:
    used = _details_in_code()
    assert len(used) > 15
    assert sorted(used - set(i18n.REFUSAL)) == []


@pytest.mark.parametrize("lang", ("fr", "nl", "de"))
def test_no_refusal_text_of_the_catalogs_is_english(lang: str) -> None:
    for key in i18n.REFUSAL:
        text = i18n.REFUSAL[key][lang]
        prose = _SYNTAX.sub(" ", re.sub(r"\{\w+\}", " ", text))
        assert ENGLISH.findall(prose) == [], (key, text)
