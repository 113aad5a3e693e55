"""Text from mail on an operator's terminal: control sequences shown, never obeyed.

A subject or sender line may carry ESC (`\x1b[2J`, OSC 52 clipboard writes, title changes),
C1 controls (U+009B is a one-character CSI) or bidi overrides that reorder what the operator
reads. `complaintbot quarantine list|show`, `list`, `show` and `classify` print such values
through `for_terminal` (issue 12 point 7).
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

# C0 except TAB and LF, DEL, C1; plus format characters (bidi overrides, zero-width) and the
# Unicode line/paragraph separators.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(value: object, *, one_line: bool = False) -> str:
    """`value` as text with every control or format character written as an escape."""
    text = str(value)
    if one_line:
        text = text.replace("\n", "\\n").replace("\t", "\\t")
    text = _UNSAFE.sub(lambda m: _escape(m[0]), text)
    if any(unicodedata.category(ch) == "Cf" for ch in text):
        text = "".join(_escape(ch) if unicodedata.category(ch) == "Cf" else ch for ch in text)
    return text


def json_line(obj: Any) -> str:
    """One JSON line that is also safe on a terminal: json escapes C0 itself; C1 controls,
    DEL and format characters are escaped here (still valid JSON: \\uXXXX)."""
    text = json.dumps(obj, ensure_ascii=False, default=str)
    return "".join(
        f"\\u{ord(ch):04x}"
        if 0x7F <= ord(ch) <= 0x9F or unicodedata.category(ch) in ("Cf", "Zl", "Zp")
        else ch
        for ch in text
    )
