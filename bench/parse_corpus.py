"""Parse every .eml of some corpus folders, list per-file problems and print messages/second.

Usage: python bench/parse_corpus.py [FOLDER ...] [--repeat N] [--verbose]
Without folders it reads the two shared corpora (dev and real-world/alaveteli).
Exit status 1 when any file raised an exception.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

from bot.errors import ParseError
from bot.intake.parse import parse
from bot.mail import ParsedMail

DEFAULT_FOLDERS = (
    Path("/work/shared/corpus/dev"),
    Path("/work/shared/corpus/real-world/alaveteli"),
)
# UTF-8 read as cp1252/latin-1 ("é" -> "Ã©", "’" -> "â€™"), and text that was replaced.
MOJIBAKE = ("Ã©", "Ã¨", "Ã ", "Ã¢", "Ã§", "Ã«", "Ã¤", "Ã¶", "Ã¼", "ÃŸ", "â€", "Â ", "\ufffd")
_RAW = BytesParser(policy=policy.compat32)


def body_types(raw: bytes) -> set[str]:
    """Subtypes ("plain", "html") of the non-attachment text parts that have content."""
    found = set()
    for part in _RAW.parsebytes(raw).walk():
        if part.get_content_maintype() != "text" or part.get_content_disposition() == "attachment":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            found.add(part.get_content_subtype())
    return found


def strings(mail: ParsedMail) -> dict[str, str]:
    """The human-facing strings of a parsed mail (and its forwards) by where they came from."""
    found = {"subject": mail.subject, "from_name": mail.from_name, "text": mail.text}
    found.update({f"attachment {a.filename!r}": a.filename for a in mail.attachments})
    for i, fwd in enumerate(mail.forwarded, 1):
        found.update({f"forwarded[{i}].{k}": v for k, v in strings(fwd).items()})
    return found


def problems(raw: bytes) -> tuple[list[str], ParsedMail | None]:
    try:
        mail = parse(raw)
    except ParseError as exc:
        return [f"ParseError: {exc}"], None
    except Exception as exc:  # any other exception is a parser bug: report, do not stop
        return [f"EXCEPTION {type(exc).__name__}: {exc}"], None
    found = []
    if not mail.text.strip() and body_types(raw):
        found.append("empty text although a text part has content")
    for where, value in strings(mail).items():
        markers = [m for m in MOJIBAKE if m in value]
        if markers:
            found.append(f"mojibake {markers} in {where}")
    return found, mail


def measure(raws: list[bytes], repeat: int) -> list[float]:
    """Seconds per full pass over `raws`, one figure per repetition."""
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in raws:
            try:
                parse(raw)
            except Exception:  # already reported by problems()
                pass
        passes.append(time.perf_counter() - start)
    return passes


def best_per_file(raws: list[bytes], repeat: int) -> list[float]:
    """Each file's fastest parse in seconds: robust against other load on a shared machine."""
    return [min(measure([raw], repeat)) for raw in raws]


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    args.add_argument("--repeat", type=int, default=50, help="timed passes per folder")
    args.add_argument("--verbose", "-v", action="store_true", help="also list parser defects")
    opts = args.parse_args(argv)

    crashed = 0
    for folder in opts.folders:
        files = sorted(folder.glob("*.eml"))
        raws = [f.read_bytes() for f in files]
        print(f"== {folder} ({len(files)} files, {sum(map(len, raws)) / 1024:.0f} KiB)")
        for path, raw in zip(files, raws, strict=True):
            found, mail = problems(raw)
            crashed += any(p.startswith("EXCEPTION") for p in found)
            for problem in found:
                print(f"  {path.name}: {problem}")
            if opts.verbose and mail is not None and mail.defects:
                print(f"  {path.name}: defects {list(mail.defects)}")
        if not raws:
            continue
        measure(raws, 2)  # warm-up: imports, mimetypes table, regex caches
        passes = measure(raws, opts.repeat)
        median = statistics.median(passes)
        best = best_per_file(raws, opts.repeat)
        html_only = [t for t, r in zip(best, raws, strict=True) if body_types(r) == {"html"}]
        slowest = max(range(len(files)), key=best.__getitem__)
        print(
            f"  {len(raws) * opts.repeat} parses, median pass: {len(raws) / median:,.0f} msg/s "
            f"({median / len(raws) * 1e3:.3f} ms/msg)\n"
            f"  best per file: {len(raws) / sum(best):,.0f} msg/s, median file "
            f"{statistics.median(best) * 1e3:.3f} ms, slowest {files[slowest].name} "
            f"{best[slowest] * 1e3:.2f} ms"
        )
        if html_only:
            print(
                f"  HTML-only ({len(html_only)} files, text via BeautifulSoup): median "
                f"{statistics.median(html_only) * 1e3:.3f} ms, max {max(html_only) * 1e3:.2f} ms"
            )
    print("exceptions:", crashed)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
