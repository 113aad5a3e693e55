"""Mail from files, for backfills and the demo: an mbox, a Maildir, a folder of .eml, one .eml."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from bot.mail import RawMail


class ImportError_(Exception):
    """The path is not something we can read mail from."""


def count(path: Path) -> int:
    return sum(1 for _ in _keys(path))


def _keys(path: Path) -> Iterator[tuple[str, object]]:
    if path.is_file() and path.suffix.lower() == ".eml":
        yield "eml", path
    elif path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
        box = mailbox.Maildir(path, factory=None, create=False)
        for key in box.iterkeys():
            yield "maildir", key
    elif path.is_dir():
        for eml in sorted(p for p in path.rglob("*.eml") if p.is_file()):
            yield "eml", eml
    elif path.is_file():
        box = mailbox.mbox(path, factory=None, create=False)
        for key in box.iterkeys():
            yield "mbox", key
    else:
        raise ImportError_(f"{path}: no such file or folder")


def read(path: Path, *, scheme: str = "import") -> Iterator[RawMail]:
    """Every message under `path`, one at a time (never the whole mailbox in memory).

    Their ledger source is "import:<path>": bot.pipeline.cases dates such mail by its own
    Date header. The demo, which plays mail arriving now, passes another `scheme`."""
    source = f"{scheme}:{path.resolve()}"
    maildir = mbox = None
    for kind, key in _keys(path):
        if kind == "eml":
            raw = Path(key).read_bytes()  # type: ignore[arg-type]
        elif kind == "maildir":
            maildir = maildir or mailbox.Maildir(path, factory=None, create=False)
            raw = maildir.get_bytes(key)  # type: ignore[arg-type]
        else:
            mbox = mbox or mailbox.mbox(path, factory=None, create=False)
            raw = mbox.get_bytes(key)  # type: ignore[arg-type]
        yield RawMail(source=source, raw=raw)
