"""Babel extraction methods for the catalogs (babel.cfg; `pybabel extract` writes
bot/locale/complaintbot.pot, `pybabel update` brings every language's .po in line).

The catalogs are keyed: msgctxt is the table (bot.reports.i18n.TABLE_NAMES), msgid the key.
English is the source language: bot/locale/en/.../complaintbot.po declares every key, with the
keys the code takes from a table as a whole (labels of the vocabulary's values, the texts of
the public page). On top of it, what the code names literally is extracted, so a key used in
code but declared in no catalog appears in the .pot, and then as untranslated in every .po:

* ``i18n.t(i18n.TABLE, "key", …)``, ``i18n.TABLE["key"]``, ``i18n.label("key", lang[, TABLE])``;
* the refusal details raised by the parser and the actions (``detail="…"``, table REFUSAL);
* the parser's commands (``class Verb``), each with its help (table HELP);
* in templates, ``pgettext("TABLE", "key")`` (jinja2.ext.i18n).

Each method yields (line, "pgettext", (table, key), comments), as babel's own do.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any

from babel.messages.pofile import read_po

from bot.reports import i18n

Found = tuple[int, str, tuple[str, str], list[str]]
TABLES = i18n.TABLE_NAMES
_ERRORS = ("CommandError", "ActionError", "DeadlineError")
SOURCE = (
    Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES" / "complaintbot.po"
)


def _table(node: ast.expr | None) -> str | None:
    """`i18n.PUBLIC` or `PUBLIC` -> "PUBLIC" when it names a table."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    return name if name in TABLES else None


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _callee(call: ast.Call) -> str:
    """`f` for f(...) and i18n.f(...); "" for a method of anything else (a query's .label)."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr if isinstance(func.value, ast.Name) and func.value.id == "i18n" else ""
    return getattr(func, "id", "")


def keys_in_python(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, table, key) of every key `source` names literally."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and (table := _table(node.value)):
            if (key := _text(node.slice)) is not None:
                yield node.lineno, table, key
        elif isinstance(node, ast.ClassDef) and node.name == "Verb":
            for item in node.body:
                if isinstance(item, ast.Assign) and (key := _text(item.value)):
                    yield item.lineno, "HELP", key
        elif isinstance(node, ast.Call):
            name, args = _callee(node), node.args
            if name == "t" and len(args) >= 2 and (table := _table(args[0])):
                if (key := _text(args[1])) is not None:
                    yield node.lineno, table, key
            elif name == "label" and args and (key := _text(args[0])) is not None:
                table = _table(args[2]) if len(args) >= 3 else "DIMENSIONS"
                if table:
                    yield node.lineno, table, key
            elif name in _ERRORS:
                for keyword in node.keywords:
                    if keyword.arg == "detail":
                        for const in ast.walk(keyword.value):
                            if (key := _text(const)) is not None:  # type: ignore[arg-type]
                                yield node.lineno, "REFUSAL", key


@cache
def declared() -> frozenset[tuple[str, str]]:
    """(table, key) of the source catalog."""
    with SOURCE.open("rb") as fh:
        return frozenset((str(m.context), str(m.id)) for m in read_po(fh) if m.id)


def extract_python(
    fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str], options: Any
) -> Iterator[Found]:
    """The keys the code names that the source catalog lacks (what it declares comes from it,
    in its order: the order of the report's tables)."""
    source = fileobj.read().decode("utf-8")
    for line, table, key in keys_in_python(source):
        if (table, key) not in declared():
            yield line, "pgettext", (table, key), []


_PGETTEXT = re.compile(r"""pgettext\(\s*["']([A-Z_]+)["']\s*,\s*["']([^"']+)["']""")


def extract_jinja(
    fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str], options: Any
) -> Iterator[Found]:
    """`pgettext("TABLE", "key")` in a template (the only form the templates use)."""
    source = fileobj.read().decode("utf-8")
    for match in _PGETTEXT.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        if (match[1], match[2]) not in declared():
            yield line, "pgettext", (match[1], match[2]), []


def extract_source(
    fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str], options: Any
) -> Iterator[Found]:
    """Every key of the source (English) catalog."""
    for message in read_po(fileobj):
        if message.id and message.context and isinstance(message.id, str):
            line = message.lineno or 0
            yield line, "pgettext", (message.context, message.id), []
