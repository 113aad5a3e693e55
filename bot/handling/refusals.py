"""What staff mails say about mail commands, in each staff language (issue 11: no English in a
French, Dutch or German staff mail): why a command was refused, and the help.

A refusal has a stable code (its general explanation is the `refusal` block of each
language's _staff.j2) and, where the parser or the action knows more, a detail: a text of the
REFUSAL table of the gettext catalogs (bot/locale) whose placeholders are filled with the words
at fault ({word}, {choices}, {date}, ...). Command words and values stay as typed: they are
syntax, the same in every language. Dates and case statuses are written in the reader's
language.
"""

from __future__ import annotations

import functools
from datetime import date

from babel.dates import format_date

from bot.commands.parse import CHOICES, HELP_ORDER
from bot.errors import Params
from bot.reports import i18n


def _word(name: str, value: str | int | date, lang: str) -> str:
    if isinstance(value, date):
        return format_date(value, "long", locale=f"{lang}_BE")
    if name == "status":
        return i18n.label(str(value), lang).lower()
    return str(value)


def explain(detail: str | None, params: Params, line: int | None = None) -> dict[str, str]:
    """{lang: the detail in that language}; "" in every language when there is none."""
    out: dict[str, str] = {}
    for lang in (str(code.value) for code in i18n.LANGS):
        if detail is None:
            out[lang] = ""
            continue
        words = {name: _word(name, value, lang) for name, value in params.items()}
        text = i18n.t(i18n.REFUSAL, detail, lang, **words)
        if words.get("suggestion"):
            text += " " + i18n.t(i18n.REFUSAL, "did_you_mean", lang, **words)
        if line:
            text = i18n.t(i18n.REFUSAL, "at_line", lang, line=line, detail=text)
        out[lang] = text
    return out


def command_lines() -> dict[str, str]:
    """{lang: the mail commands, one line each}: every command the parser accepts, in the
    order of its registry, with the words it takes from the parser's own tables."""
    return dict(_command_lines())


@functools.cache
def _command_lines() -> tuple[tuple[str, str], ...]:
    # The same text for every assignment mail: built once (it was 69 µs of each new case).
    return tuple(
        (
            str(lang.value),
            "\n".join(i18n.t(i18n.HELP, verb.value, lang.value, **CHOICES) for verb in HELP_ORDER),
        )
        for lang in i18n.LANGS
    )
