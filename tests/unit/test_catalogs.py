"""The gettext catalogs of the report, public page, leaflet and form texts (issue 11 point 3).

A missing translation must fail here, before a French, Dutch or German reader ever sees an
English sentence or an empty label; a text copied from English instead of translated too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.reports import i18n

LOCALE = Path(i18n.__file__).resolve().parent.parent / "locale"
LANGS = [lang.value for lang in i18n.LANGS]

# Texts that are rightly the same as in English: words the languages share, a punctuation
# sign. Each entry is (table, key, language); a new one needs a reason a reviewer accepts.
SAME_AS_ENGLISH = {
    ("DIMENSIONS", "total", "fr"),  # "Total"
    ("DIMENSIONS", "requests_by_type.suggestion", "fr"),  # "Suggestions"
    ("DIMENSIONS", "mail", "nl"),  # "E-mail"
    ("DIMENSIONS", "open", "nl"),  # "Open" (a case still open)
    ("DIMENSIONS", "ombudsman", "nl"),  # "Ombudsman"
    ("DIMENSIONS", "stable", "fr"),  # "stable" (trend)
    ("REPORT", "trend", "nl"),  # "Trend"
    ("REPORT", "trend", "de"),
    ("REPORT", "actions", "fr"),  # "Actions"
    ("REPORT", "action", "fr"),
    ("REPORT", "status", "nl"),  # "Status"
    ("REPORT", "status", "de"),
    ("DIGEST", "status", "nl"),  # "Status" (a column of the digest)
    ("PUBLIC", "colon", "nl"),  # ": " (French puts a space before it, English does not)
    ("PUBLIC", "colon", "de"),
}


def _catalog(lang: str) -> dict[tuple[str, str], str]:
    with (LOCALE / lang / "LC_MESSAGES" / "complaintbot.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {(str(m.context), str(m.id)): str(m.string) for m in catalog if m.id}


def test_every_key_has_a_text_in_every_language() -> None:
    catalogs = {lang: _catalog(lang) for lang in LANGS}
    keys = set().union(*catalogs.values())
    assert {context for context, _ in keys} == set(i18n.TABLE_NAMES)
    missing = [
        f"{lang}: {table}.{key}"
        for table, key in sorted(keys)
        for lang in LANGS
        if not catalogs[lang].get((table, key)) and (table, key, lang) not in i18n.EMPTY_BY_DESIGN
    ]
    assert missing == []
    # The one deliberate gap: the English courtesy note is English only.
    assert {(t, k) for t, k, _ in i18n.EMPTY_BY_DESIGN} == {("PUBLIC", "courtesy")}
    assert catalogs["en"][("PUBLIC", "courtesy")]


def test_no_text_is_an_untranslated_copy_of_english() -> None:
    en = _catalog("en")
    copied = [
        f"{lang}: {table}.{key} = {text!r}"
        for lang in ("fr", "nl", "de")
        for (table, key), text in _catalog(lang).items()
        if text and text == en.get((table, key)) and (table, key, lang) not in SAME_AS_ENGLISH
    ]
    assert copied == []


def test_placeholders_are_the_same_in_every_language() -> None:
    """`t()` fills the braces with the same keywords whatever the language."""
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    en = _catalog("en")
    differ = [
        f"{lang}: {key}"
        for lang in ("fr", "nl", "de")
        for key, text in _catalog(lang).items()
        if text and fields(text) != fields(en[key])
    ]
    assert differ == []


def test_the_tables_read_like_the_catalogs() -> None:
    """Callers index, iterate and format the tables as before; the texts come from the files."""
    fr = _catalog("fr")
    assert i18n.REPORT["title"]["fr"] == fr[("REPORT", "title")]
    assert list(i18n.FORM) == [key for table, key in fr if table == "FORM"]
    assert dict(i18n.UNITS.items())["working"]["de"] == "Werktagen"
    assert i18n.t(i18n.PUBLIC, "courtesy", "fr") == ""
    assert i18n.dimension_label("requests_by_type", "complaint", "nl") == "Klachten"
    with pytest.raises(TypeError):
        i18n.REPORT["title"]["fr"] = "changed"  # type: ignore[index]


def _copy_without(tmp_path: Path, lang: str, msgid: str) -> Path:
    root = tmp_path / "locale"
    shutil.copytree(LOCALE, root)
    po = root / lang / "LC_MESSAGES" / "complaintbot.po"
    lines = po.read_text(encoding="utf-8").split("\n\n")
    kept = [block for block in lines if f'msgid "{msgid}"\n' not in block + "\n"]
    assert len(kept) == len(lines) - 1, msgid
    po.write_text("\n\n".join(kept), encoding="utf-8")
    return root


def test_a_key_missing_in_one_language_stops_loading(tmp_path: Path) -> None:
    root = _copy_without(tmp_path, "de", "err_required")
    with pytest.raises(i18n.MissingTranslationError, match=r"de/LC_MESSAGES.*FORM\.err_required"):
        i18n.load_tables(root)


def test_an_empty_or_fuzzy_text_stops_loading(tmp_path: Path) -> None:
    root = tmp_path / "locale"
    shutil.copytree(LOCALE, root)
    po = root / "nl" / "LC_MESSAGES" / "complaintbot.po"
    text = po.read_text(encoding="utf-8")
    title = 'msgctxt "REPORT"\nmsgid "title"\n'
    assert title in text
    po.write_text(text.replace(title, "#, fuzzy\n" + title), encoding="utf-8")
    with pytest.raises(i18n.MissingTranslationError, match=r"REPORT\.title"):
        i18n.load_tables(root)
    fr = root / "fr" / "LC_MESSAGES" / "complaintbot.po"
    text = fr.read_text(encoding="utf-8")
    skip = 'msgctxt "PUBLIC"\nmsgid "skip"\nmsgstr "Aller au contenu"\n'
    assert skip in text
    fr.write_text(text.replace(skip, skip.replace("Aller au contenu", "")), encoding="utf-8")
    po.write_text(po.read_text(encoding="utf-8").replace("#, fuzzy\n" + title, title))
    with pytest.raises(i18n.MissingTranslationError, match=r"fr/LC_MESSAGES.*PUBLIC\.skip"):
        i18n.load_tables(root)
    assert i18n.load_tables(LOCALE)["REPORT"]["title"]["nl"]  # the shipped files load


# -- the .pot (babel.cfg, bot/reports/catalog_keys.py) ------------------------------------------

ROOT = LOCALE.parents[1]
POT = LOCALE / "complaintbot.pot"


def _keys(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as fh:
        return [(str(m.context), str(m.id)) for m in read_po(fh) if m.id]


def _extract() -> list[tuple[str, str]]:
    """What `pybabel extract -F babel.cfg .` finds, in its order."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found: dict[tuple[str, str], None] = {}
    for _, _, message, _, context in extract_from_dir(str(ROOT), method_map, options_map):
        found[(str(context), str(message))] = None
    return list(found)


def test_the_pot_is_in_sync_with_the_code_and_the_templates() -> None:
    """Run `pybabel extract` (README "Translations") when this fails."""
    assert _extract() == _keys(POT)


@pytest.mark.parametrize("lang", LANGS)
def test_every_catalog_has_every_msgid_of_the_pot_translated(lang: str) -> None:
    """`pybabel update` adds a new msgid to every .po untranslated: it fails here until a
    person translates it (an empty or fuzzy text never reaches a reader)."""
    path = LOCALE / lang / "LC_MESSAGES" / "complaintbot.po"
    assert sorted(_keys(path)) == sorted(_keys(POT))
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    untranslated = [
        f"{m.context}.{m.id}"
        for m in catalog
        if m.id
        and (m.fuzzy or not m.string)
        and (str(m.context), str(m.id), lang) not in i18n.EMPTY_BY_DESIGN
    ]
    assert untranslated == []


def test_a_key_the_code_names_but_no_catalog_declares_is_extracted() -> None:
    from io import BytesIO

    from bot.reports import catalog_keys

    source = (
        "i18n.t(i18n.FORM, 'new_key', lang)\n"
        "i18n.t(i18n.FORM, 'err_required', lang)\n"  # declared: it comes from the catalog
        "x = i18n.PUBLIC['other_new_key']\n"
        "raise ActionError('no', detail='new_detail')\n"
        "rows.label('not_ours')\n"  # a query's label, not a catalog's
    )
    found = [m for _, _, m, _ in catalog_keys.extract_python(BytesIO(source.encode()), {}, (), {})]
    assert found == [("FORM", "new_key"), ("PUBLIC", "other_new_key"), ("REFUSAL", "new_detail")]
    template = b'{{ pgettext("DIGEST", "brand_new") }} {{ pgettext("HELP", "answer") }}'
    found = [m for _, _, m, _ in catalog_keys.extract_jinja(BytesIO(template), {}, (), {})]
    assert found == [("DIGEST", "brand_new")]
