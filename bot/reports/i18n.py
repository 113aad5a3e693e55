"""Texts of the report, the public page, the leaflet and the form in FR, NL, DE and EN.

The texts live in gettext catalogs (bot/locale/<lang>/LC_MESSAGES/complaintbot.po, edited with
any PO tool or by hand): msgctxt is the table (DIMENSIONS, REPORT, PUBLIC, ...), msgid the key,
msgstr the text. They are read once, lazily, with Babel, and offered as read-only mappings of
the same shape as before (`REPORT[key][lang]`), because the same labels serve HTML, CSV
headers, XLSX sheets and chart titles. A key without a translation in one language is an
error when the catalogs are loaded, never a fall-back to English. Legal wording follows
framework §1 (complaint vs appeal; a complaint does not suspend appeal deadlines) and circular
23289.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from babel.messages.pofile import read_po

from bot.vocab import Language

LANGS = tuple(Language)
DOMAIN = "complaintbot"
TABLE_NAMES = (
    "DIMENSIONS",
    "INDICATOR_TITLES",
    "REPORT",
    "DEFINITIONS",
    "UNITS",
    "PUBLIC",
    "FORM",
    "REFUSAL",
    "HELP",
    "DIGEST",
)
# Texts meant to be empty in some languages. The English courtesy note ("English is a courtesy
# language ...") says nothing to a reader of the French, Dutch or German page.
EMPTY_BY_DESIGN: frozenset[tuple[str, str, str]] = frozenset(
    {("PUBLIC", "courtesy", "fr"), ("PUBLIC", "courtesy", "nl"), ("PUBLIC", "courtesy", "de")}
)

Entry = Mapping[str, str]
Tables = dict[str, dict[str, Entry]]


class MissingTranslationError(LookupError):
    """A catalog lacks a text (or holds only a fuzzy one): the service must not start."""


def _catalog_file(root: Traversable | Path, lang: str) -> Traversable | Path:
    return root / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(root: Traversable | Path, lang: str) -> dict[tuple[str, str], str]:
    """(table, key) -> text of one language; fuzzy entries count as untranslated."""
    path = _catalog_file(root, lang)
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    texts: dict[tuple[str, str], str] = {}
    for message in catalog:
        if not message.id:
            continue  # the header
        if message.context not in TABLE_NAMES or not isinstance(message.id, str):
            raise MissingTranslationError(
                f"{path}: msgid {message.id!r} has msgctxt {message.context!r}, "
                f"expected one of {', '.join(TABLE_NAMES)}"
            )
        text = message.string if isinstance(message.string, str) else ""
        texts[(message.context, message.id)] = "" if message.fuzzy else text
    return texts


def load_tables(root: Traversable | Path) -> Tables:
    """Every table from the catalogs under `root`; raises if any language lacks any text."""
    by_lang = {lang.value: _read(root, lang.value) for lang in LANGS}
    keys: dict[tuple[str, str], None] = {}
    for lang in LANGS:  # the files' order, which is the order of the report's tables
        keys.update(dict.fromkeys(by_lang[lang.value]))
    missing = [
        f"{_catalog_file(root, lang)}: {table}.{key}"
        for table, key in keys
        for lang in by_lang
        if not by_lang[lang].get((table, key)) and (table, key, lang) not in EMPTY_BY_DESIGN
    ]
    if missing:
        raise MissingTranslationError("no translation for " + "; ".join(missing))
    tables: Tables = {name: {} for name in TABLE_NAMES}
    for table, key in keys:
        tables[table][key] = MappingProxyType(
            {lang: by_lang[lang][(table, key)] for lang in by_lang}
        )
    return tables


def _locale_root() -> Traversable | Path:
    """The catalogs inside the installed package, or next to this module in a checkout."""
    packaged = files("bot") / "locale"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "locale"


@cache
def _tables() -> Tables:
    return load_tables(_locale_root())


class Table(Mapping[str, Entry]):
    """One table of the catalogs, read-only: `table[key][lang]`, iteration, `.items()`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _entries(self) -> dict[str, Entry]:
        return _tables()[self.name]

    def __getitem__(self, key: str) -> Entry:
        return self._entries()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries())

    def __len__(self) -> int:
        return len(self._entries())

    def __repr__(self) -> str:
        return f"Table({self.name!r})"


# -- labels of indicator values (and kinds of mail filed without a case) --------------------------
DIMENSIONS = Table("DIMENSIONS")
INDICATOR_TITLES = Table("INDICATOR_TITLES")
REPORT = Table("REPORT")
# -- how each indicator is counted (framework §3.2), printed under its table -------------------
DEFINITIONS = Table("DEFINITIONS")
# -- the public page, the leaflet and the form ---------------------------------------------------
# Units as they follow a number after "dans les" / "binnen" / "innerhalb von" (German dative).
UNITS = Table("UNITS")
PUBLIC = Table("PUBLIC")
FORM = Table("FORM")
# -- why a handler's mail command was refused (bot.handling.refusals) ---------------------------
REFUSAL = Table("REFUSAL")
# -- the mail commands in the help of staff mails, one per verb (bot.handling.refusals) ---------
HELP = Table("HELP")
# -- the words of the coordinator digest (bot.handling.digest) ---------------------------------
DIGEST = Table("DIGEST")


def dimension_label(indicator: str, key: str, lang: str) -> str:
    """The label of the value `key` of `indicator`: "indicator.key" first, then `key`."""
    qualified = f"{indicator}.{key}"
    return label(qualified if qualified in DIMENSIONS else key, lang)


def label(key: str, lang: str, table: Mapping[str, Entry] | None = None) -> str:
    """The label of `key` in `lang`; a key the table does not know is shown as itself (a value
    newer than the catalogs), a known key is never shown in another language."""
    entry = (table if table is not None else DIMENSIONS).get(key)
    if not entry:
        return key.replace("_", " ")
    return entry[lang]


def t(table: Mapping[str, Entry], key: str, lang: str, **kw: object) -> str:
    """The text of `key` in `lang`. No fall-back to another language: a French, Dutch or
    German page must never show an English sentence; an entry that is deliberately empty in a
    language (the English courtesy note) stays empty, a missing one is a KeyError."""
    entry = table[key]
    text = entry[lang]
    return text.format(**kw) if kw else text
