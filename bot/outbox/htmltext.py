"""Plain letter text -> the HTML part of the same mail, so every letter is written once.

A letter's wording lives in ``<lang>/<purpose>.txt.j2`` only; the HTML alternative is derived
from the rendered text (escaped, paragraphs, "- " lists, clickable links). Two hand-kept copies
of one letter drift apart (one gets fixed, the other not); a derived one cannot. A purpose may
still ship its own ``.html.j2`` (the digest's tables do).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_URL = re.compile(r"(https?://[^\s<>\"')]+[^\s<>\"').,;:!?])")
_MAIL = re.compile(r"(?<![\w.+-])([\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_BLOCK_STYLE = "margin: 0 0 12px 0;"


def _inline(line: str) -> Markup:
    """One line escaped, with its URLs and mail addresses made links."""
    if "@" not in line and "http" not in line:
        # Most lines of a letter: nothing either pattern could match (a URL starts with
        # "http", an address has an "@"), so only the escaping; the regexes cost the rest.
        return escape(line)
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(line):
        out.append(_mails(line[pos : m.start()]))
        url = m.group(1)
        out.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        pos = m.end()
    out.append(_mails(line[pos:]))
    return Markup("".join(out))


def _mails(part: str) -> str:
    pieces: list[str] = []
    pos = 0
    for m in _MAIL.finditer(part):
        pieces.append(str(escape(part[pos : m.start()])))
        addr = escape(m.group(1))
        pieces.append(f'<a href="mailto:{addr}">{addr}</a>')
        pos = m.end()
    pieces.append(str(escape(part[pos:])))
    return "".join(pieces)


def text_to_html(text: str, lang: str) -> Markup:
    """The letter `text` as an HTML fragment in a ``<div lang=…>``: blank-line separated blocks
    become paragraphs (single line breaks kept), blocks of "- " lines become lists."""
    blocks = [b for b in re.split(r"\n\s*\n", str(text).strip("\n")) if b.strip()]
    parts = [f'<div lang="{escape(lang)}">']
    for block in blocks:
        lines = block.split("\n")
        items = [ln for ln in lines if ln.startswith("- ")]
        if items and len(items) == len(lines):
            lis = "".join(f"<li>{_inline(ln[2:])}</li>" for ln in lines)
            parts.append(f'<ul style="{_BLOCK_STYLE}">{lis}</ul>')
        elif items and lines[0] and not lines[0].startswith("- ") and len(items) == len(lines) - 1:
            lis = "".join(f"<li>{_inline(ln[2:])}</li>" for ln in lines[1:])
            parts.append(f'<p style="margin: 0;">{_inline(lines[0])}</p>')
            parts.append(f'<ul style="{_BLOCK_STYLE}">{lis}</ul>')
        else:
            inner = "<br>\n".join(str(_inline(ln)) for ln in lines)
            parts.append(f'<p style="{_BLOCK_STYLE}">{inner}</p>')
    parts.append("</div>")
    return Markup("\n".join(parts))
