"""Mail from files, for backfills and the demo: an mbox, a Maildir, a folder of .eml, one .eml."""

from __future__ import annotations

import mailbox
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from bot.errors import ImportSourceError
from bot.mail import RawMail


def count(path: Path) -> int:
    return sum(1 for _ in _readers(path))


def _readers(path: Path) -> Iterator[Callable[[], bytes]]:
    """One reader per message: counting opens no message, reading holds one at a time."""
    if path.is_file() and path.suffix.lower() == ".eml":
        yield path.read_bytes
    elif path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
        maildir = mailbox.Maildir(path, factory=None, create=False)
        for key in maildir.iterkeys():
            yield partial(maildir.get_bytes, key)
    elif path.is_dir():
        for eml in sorted(p for p in path.rglob("*.eml") if p.is_file()):
            yield eml.read_bytes
    elif path.is_file():
        mbox = mailbox.mbox(path, factory=None, create=False)
        for key in mbox.iterkeys():
            yield partial(mbox.get_bytes, key)
    else:
        raise ImportSourceError(f"{path}: no such file or folder")


def read(path: Path, *, scheme: str = "import") -> Iterator[RawMail]:
    """Every message under `path`, one at a time (never the whole mailbox in memory).

    Their ledger source is "import:<path>": bot.pipeline.cases dates such mail by its own
    Date header. The demo, which plays mail arriving now, passes another `scheme`."""
    source = f"{scheme}:{path.resolve()}"
    for reader in _readers(path):
        yield RawMail(source=source, raw=reader())
