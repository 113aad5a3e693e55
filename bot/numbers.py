"""Case numbers: format from a configurable template, find them in citizen text, check them.

Criterion 7 of circular 23289: every complaint gets a unique number. With `check = true` a
two-digit mod-97 check part is appended (as in Belgian structured communications), so that a
number a citizen mistypes is recognised as wrong instead of pointing at somebody else's case.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cached_property

_FIELD_PATTERNS = {"year": r"(?P<year>\d{4})", "seq": r"(?P<seq>\d{%d,9})"}
_YEAR = re.compile(r"\d{4}")  # as the year's pattern: found wherever a number is


def mod97(year: int, seq: int) -> int:
    """Check digits of the number (year, seq): its digits modulo 97, 97 instead of 0."""
    return int(f"{year}{seq:09d}") % 97 or 97


@dataclass(frozen=True, slots=True)
class NumberMatch:
    number: str  # canonical form, upper case, with the check part when configured
    year: int
    seq: int
    check_ok: bool | None  # None: quoted without a check part


@dataclass(frozen=True)
class CaseNumberFormat:
    template: str = "PLT-{year}-{seq:06d}"
    check: bool = False

    def __post_init__(self) -> None:
        names = {f for _, f, _, _ in string.Formatter().parse(self.template) if f}
        if names != {"year", "seq"}:
            raise ValueError("must contain exactly the fields {year} and {seq}")

    def format(self, year: int, seq: int) -> str:
        number = self.template.format(year=year, seq=seq)
        return f"{number}-{mod97(year, seq):02d}" if self.check else number

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        parts = []
        for literal, name, spec, _ in string.Formatter().parse(self.template):
            # Citizens type "plt 2026 000901" or "PLT–2026–000901": be lenient with separators.
            parts.append(
                "".join(r"[\s\-–_/.]?" if ch in "-_/. " else re.escape(ch) for ch in literal)
            )
            if name == "seq":
                width = int(re.sub(r"\D", "", spec or "") or 1)
                parts.append(_FIELD_PATTERNS["seq"] % min(width, 9))
            elif name:
                parts.append(_FIELD_PATTERNS[name])
        check = r"(?:[\s\-–/.](?P<check>\d{2})(?!\d))?"
        return re.compile(r"(?<![\w])" + "".join(parts) + check + r"(?![\w])", re.IGNORECASE)

    @cached_property
    def _required(self) -> re.Pattern[str] | None:
        """The longest run of the template's own letters ("PLT" of "PLT-{year}-…"), which
        every number quoted contains: searched first, case-blind like the full pattern (the
        same engine, so it rejects nothing that pattern would find). The full pattern begins
        with a look-behind and is tried at every character; this one skips to a "p"."""
        runs = [
            run
            for literal, _, _, _ in string.Formatter().parse(self.template)
            for run in re.split(r"[-_/. ]+", literal)
        ]
        longest = max(runs, key=len, default="")
        return re.compile(re.escape(longest), re.IGNORECASE) if longest else None

    def find(self, text: str) -> list[NumberMatch]:
        """All case numbers quoted in `text`, in order, without repeats."""
        text = text or ""
        required = self._required
        if (required is not None and not required.search(text)) or not _YEAR.search(text):
            # Every number has the template's letters and a year (four digits in a row):
            # without them there is none. The full pattern (it starts with a look-behind) is
            # tried at every character of a mail.
            return []
        found: dict[tuple[int, int, str | None], NumberMatch] = {}
        for m in self._regex.finditer(text):
            year, seq = int(m["year"]), int(m["seq"])
            quoted = m["check"]
            check_ok = None if quoted is None or not self.check else int(quoted) == mod97(year, seq)
            match = NumberMatch(self.format(year, seq), year, seq, check_ok)
            found.setdefault((year, seq, quoted), match)
        return list(found.values())
