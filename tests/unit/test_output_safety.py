"""Output that must not be turned against the people reading it (issue 12 point 7): escape
sequences on a terminal, formulas in spreadsheets, secrets in `config check`."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from bot.reports.render import _neutralise_workbook, inert
from bot.settings import _mask_url
from bot.terminal import for_terminal, json_line


@pytest.mark.parametrize(
    "evil",
    ["\x1b[2J\x1b[H", "\x1b]52;c;ZXZpbA==\x07", "\x9b31m", "abc\u202edcba", "a\rb", "x\u2028y"],
)
def test_terminal_escapes_are_shown_not_run(evil: str) -> None:
    for text in (for_terminal(evil, one_line=True), json_line({"subject": evil})):
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text)
        assert "\u202e" not in text and "\u2028" not in text
    assert json.loads(json_line({"subject": evil})) == {"subject": evil}  # still valid JSON


def test_accents_stay_readable() -> None:
    assert for_terminal("Müller – réclamation") == "Müller – réclamation"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://evil.example","Klik")', '\'=HYPERLINK("http://evil.example","Klik")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\t=1", "'\t=1"),
        ("-3", "-3"),
        ("+12 %", "+12 %"),
        ("Clearer letters", "Clearer letters"),
        (7, 7),
    ],
)
def test_formulas_are_neutralised(value: object, safe: object) -> None:
    assert inert(value) == safe


def test_workbook_keeps_no_formula() -> None:
    wb = Workbook()
    wb.active.append(["=1+1", '=HYPERLINK("http://x")', 3, "ok"])
    _neutralise_workbook(wb)
    cells = list(wb.active.iter_rows())[0]
    assert [c.data_type for c in cells] == ["s", "s", "n", "s"]
    assert cells[0].value == "'=1+1"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://bot:s3cret@db/complaints",
        "postgresql+psycopg://bot@db/complaints?password=s3cret&sslmode=require",
        "postgresql+psycopg://db/complaints?user=bot&PASSWORD=s3cret",
    ],
)
def test_database_password_is_masked(url: str) -> None:
    masked = _mask_url(url)
    assert "s3cret" not in masked and "***" in masked and "db/complaints" in masked


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("setup.EXE", b"", ".exe"),
        ("factuur.pdf.js", b"var x", ".js"),
        ("run.ps1", None, ".ps1"),
        ("tool.jar", b"PK\x03\x04", ".jar"),
        ("rapport.pdf", b"MZ\x90\x00", "MZ"),
        ("photo.jpg", b"\x7fELF\x02", "ELF"),
        ("rapport.pdf", b"%PDF-1.7", None),
        ("notes.txt", b"Hello", None),
    ],
)
def test_programs_are_recognised(name: str, head: bytes | None, kind: str | None) -> None:
    from bot.filetypes import executable_kind

    assert executable_kind(name, head) == kind
