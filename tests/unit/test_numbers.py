"""Case numbers: template, mod-97 check part, and finding numbers in what citizens write."""

from __future__ import annotations

import pytest

from bot.numbers import CaseNumberFormat, mod97


def test_template_formats_year_and_padded_sequence() -> None:
    assert CaseNumberFormat().format(2026, 901) == "PLT-2026-000901"
    assert CaseNumberFormat("K/{year}/{seq:04d}").format(2027, 12) == "K/2027/0012"


@pytest.mark.parametrize(
    ("year", "seq", "check"),
    [
        # digits: the year, then the sequence on 9 digits
        (2026, 901, 42),  # 2026000000901 = 97 * 20886597947 + 42
        (2026, 1, 15),  # 2026000000001 = 97 * 20886597938 + 15
    ],
)
def test_check_part_is_mod_97_of_the_digits(year: int, seq: int, check: int) -> None:
    assert mod97(year, seq) == check
    assert CaseNumberFormat(check=True).format(year, seq).endswith(f"-{check:02d}")


def test_mistyped_number_fails_the_check() -> None:
    fmt = CaseNumberFormat(check=True)
    good = fmt.format(2026, 901)
    typo = good.replace("000901", "000910")
    [ok] = fmt.find(f"Mon dossier {good}")
    [bad] = fmt.find(f"Mon dossier {typo}")
    assert ok.check_ok is True and ok.number == good
    assert bad.check_ok is False


def test_find_is_lenient_with_case_and_separators() -> None:
    fmt = CaseNumberFormat()
    found = fmt.find("Re: [plt-2026-000901] and also PLT 2026 000017, PLT-2026-000901 again")
    assert [m.number for m in found] == ["PLT-2026-000901", "PLT-2026-000017"]
    assert fmt.find("PLTX-2026-000901 or PLT-2026-0009011234567") == []


@pytest.mark.parametrize("template", ["PLT-{seq}", "{year}", "PLT-{year}-{seq}-{other}"])
def test_template_must_have_year_and_seq(template: str) -> None:
    with pytest.raises(ValueError):
        CaseNumberFormat(template)


@pytest.mark.parametrize(
    "template", ["PLT-{year}-{seq:06d}", "Dossier nr. {year}/{seq:05d}", "{year}-{seq}"]
)
def test_the_quick_letter_test_rejects_no_number_the_full_pattern_finds(template: str) -> None:
    # find() first looks for the template's letters; what it finds must be what the full
    # pattern alone finds, whatever the case, separators and surroundings.
    fmt = CaseNumberFormat(template)
    quoted = [fmt.format(2026, 901), fmt.format(2025, 17)]
    texts = [
        f"Re: [{quoted[0].lower()}] et {quoted[1].upper()}",
        f"x{quoted[0]} {quoted[1].replace('-', ' ').replace('/', '.')}",
        f"{quoted[0].swapcase()}\n{quoted[1].replace('-', '–')}",
        "pas de numéro en 2026, ni plt, ni dossier",
        "",
    ]
    for text in texts:
        expected = [(int(m["year"]), int(m["seq"])) for m in fmt._regex.finditer(text)]
        assert [(m.year, m.seq) for m in fmt.find(text)] == list(dict.fromkeys(expected))
