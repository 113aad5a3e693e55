"""Text views of a mail for the rules: the sender's own words, normalised for fast keyword tests."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Where the citizen's own text ends: a reply header, a forwarded/original-message banner, or
# the copy of the returned message in a bounce (RFC 3464 §2: the human-readable part comes first).
_CUT = re.compile(
    r"^[ \t]*(?:"
    r"(?:on|le|op|am|el|il)\b.{0,160}\b"
    r"(?:wrote|a\s+[ée]crit|schreef|schrieb|escribi[óo]|ha\s+scritto)\s*:"
    r"|-{2,}\s*(?:original message|message d'origine|oorspronkelijk bericht|urspr[üu]ngliche "
    r"nachricht"
    r"|forwarded message|message transf[ée]r[ée]|doorgestuurd bericht|weitergeleitete nachricht)"
    r"|-{3,}\s*this is a copy of the message"
    r"|-{3,}\s*contents of the undelivered mail"
    r"|-{3,}\s*original message follows"
    r"|(?:from|de|van|von)\s*:\s.*\n[ \t]*(?:sent|envoy[ée]|verzonden|gesendet|date|datum)\s*:"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
# every byte but a-z and 0-9 to a space, for bytes.translate (str.translate with a dict raised
# and caught a KeyError for each letter it left alone: a fifth of building a mail's view)
_NON_WORD_TO_SPACE = bytes(ord(" ") if _NON_WORD.match(chr(c)) else c for c in range(256))
# Latin-1 characters that are not letters (str.isalpha), deleted to count the letters in C
_LATIN1_NOT_ALPHA = bytes(c for c in range(256) if not chr(c).isalpha())
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]+")
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|tr|fw|fwd|aw|wg|antw|réf|ref)\s*:\s*|\[[^\]]*\]\s*)+", re.IGNORECASE
)


def _split_reply(body: str) -> tuple[str, str]:
    """`body` before and from the first reply header ("Le … a écrit :", "-----Original
    Message-----", …); the whole of it and "" when there is none."""
    # Every kind of cut needs a ":" or a "--": without them the pattern, which is tried at
    # every line start, cannot match (most mails).
    m = _CUT.search(body) if ":" in body or "--" in body else None
    return (body[: m.start()], body[m.start() :]) if m else (body, "")


def own_text(body: str, limit: int = 4000) -> str:
    """The sender's own words: quoted lines and everything after a reply header removed."""
    body, _ = _split_reply(body[: limit * 3])
    lines = body.splitlines()
    if ">" in body:
        lines = [ln for ln in lines if not ln.lstrip().startswith(">")]
    return "\n".join(lines)[:limit]


def quoted_text(body: str, limit: int = 4000) -> str:
    """What `own_text` leaves out: the quoted history, its ">" marks removed."""
    head, tail = _split_reply(body[: limit * 3])
    quoted = [ln.lstrip(" \t>") for ln in head.splitlines() if ln.lstrip().startswith(">")]
    quoted += [ln.lstrip(" \t>") for ln in tail.splitlines()]
    return "\n".join(quoted)[:limit]


def clean_subject(subject: str) -> str:
    """Subject without Re:/Fwd: prefixes and bracketed tags such as our case number."""
    return _REPLY_PREFIX.sub("", subject or "").strip()


def normalise(text: str) -> str:
    """Case-folded, accents removed, every run of non-alphanumerics one space, padded with spaces.

    Keyword tests become substring tests (" recours " for a word, " contest" for a prefix),
    which run in C and keep classification far under a millisecond per mail.
    """
    return " " + " ".join(normalised_words(text)) + " "


def normalised_words(text: str) -> list[str]:
    """The words of `normalise(text)`, in order: `normalise(text).split()`."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_bytes = folded.encode("ascii", "ignore")
    # As `_NON_WORD.sub(" ", ascii_text).split()`, at a fraction of the cost: every character
    # but a-z and 0-9 becomes a space (a table lookup in C).
    return ascii_bytes.translate(_NON_WORD_TO_SPACE).decode("ascii").split()


def count_kept(text: str, latin1_dropped: bytes, count_others: Callable[[str], int]) -> int:
    """How many characters of `text` a class of single characters keeps, counted in C rather
    than by a loop over characters: its Latin-1 characters (all of most mails) by deleting
    `latin1_dropped` with bytes.translate, the few others (’, €) by `count_others` over them."""
    latin1 = text.encode("latin-1", "ignore")
    n = len(latin1.translate(None, latin1_dropped))
    if len(latin1) < len(text):
        n += count_others("".join(_BEYOND_LATIN1.findall(text)))
    return n


def count_letters(text: str) -> int:
    """How many characters of `text` are letters: `sum(map(str.isalpha, text))`."""
    return count_kept(text, _LATIN1_NOT_ALPHA, lambda others: sum(map(str.isalpha, others)))
