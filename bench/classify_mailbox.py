"""Classification end to end through the mailbox: a labelled set -> real Dovecot -> `run --once`.

    .venv/bin/python bench/classify_mailbox.py [DIR ...]      # default: bench/heldout

Every labelled mail of DIR (a folder with labels.json, or a folder of such folders) is put in
a real Dovecot mailbox; `complaintbot run --once` takes them, as the service does, with a local
SMTP sink; then the intake ledger and the cases say where each mail ended. Prints, against the
labels: the kind of each new case, people's mail filed, non-cases that got a case (and so an
acknowledgement), the category and language of the cases, the mails the SMTP sink received,
and the mails not taken. A follow-up of the set refers to a case this fresh database
does not hold: it is counted apart (taken as a new case, as the pipeline does with an unknown
number, or filed). Needs root and Debian's dovecot-imapd, as the test suite does.
`-v` lists the misses: not on the held-out set, whose misses nobody studies.
Exit status 1 when a non-case got an acknowledgement or a person's mail was filed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from email import message_from_bytes
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from harness.dovecot import Dovecot  # noqa: E402
from harness.smtp import SmtpSink  # noqa: E402
from servers import bot_env  # noqa: E402
from sqlmodel import Session, create_engine, select  # noqa: E402

from bot.models import Case, InboundMessage  # noqa: E402
from bot.vocab import SILENT_KINDS  # noqa: E402

CASE_KINDS = ("complaint", "appeal", "information_request")


def labelled(folder: Path) -> list[tuple[str, dict, bytes]]:
    """(name, label, raw bytes) of every labelled mail in `folder` or its sub-folders."""
    found = []
    for labels in sorted([folder / "labels.json", *folder.glob("*/labels.json")]):
        if labels.exists():
            for label in json.loads(labels.read_text(encoding="utf-8")):
                raw = (labels.parent / label["file"]).read_bytes()
                found.append((f"{labels.parent.name}/{label['file']}", label, raw))
    return found


def message_id(raw: bytes) -> str | None:
    value = message_from_bytes(raw).get("Message-ID")
    return str(value).strip().strip("<>") if value else None


def run(items: list[tuple[str, dict, bytes]], workdir: Path, verbose: bool = False) -> int:
    (workdir / "dovecot").mkdir()
    dovecot = Dovecot(workdir / "dovecot").start()
    sink = SmtpSink().start()
    try:
        user, password = dovecot.new_user()
        dovecot.bulk_load(user, (raw for _, _, raw in items))
        db = workdir / "bench.db"
        env = bot_env(dovecot, user, password, sink, f"sqlite:///{db}", workdir)
        cmd = [sys.executable, "-m", "bot", "--config", str(REPO / "config/example.toml")]
        done = subprocess.run(
            [*cmd, "run", "--once"], env=env, cwd=REPO, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SystemExit(f"run --once failed ({done.returncode}):\n{done.stderr[-3000:]}")
        left = len(dovecot.folder_uids(user, "INBOX"))
        acks = len(sink.messages)
    finally:
        sink.stop()
        dovecot.stop()
    return report(items, db, left, acks, verbose)


def report(
    items: list[tuple[str, dict, bytes]], db: Path, left: int, acks: int, verbose: bool
) -> int:
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        ledger = {m.message_id: m for m in session.exec(select(InboundMessage))}
        cases = {c.id: c for c in session.exec(select(Case))}
    c: Counter[str] = Counter()
    misses: list[str] = []
    for name, label, raw in items:
        want = label["kind"]
        entry = ledger.get(message_id(raw))
        if entry is None:
            c["not_found"] += 1
            misses.append(f"  {name}: not in the ledger (no Message-ID?)")
            continue
        case = cases.get(entry.case_id) if entry.outcome == "case" else None
        c["n"] += 1
        c[f"outcome_{entry.outcome}"] += 1
        if want in SILENT_KINDS:
            c["non_case"] += 1
            if case is not None:
                c["non_case_acknowledged"] += 1
                misses.append(f"  {name}: {want} got case {case.number} ({case.kind})")
            continue
        if want == "follow_up":
            c["follow_up"] += 1
            c[f"follow_up_{entry.outcome}"] += 1
            if entry.outcome == "filed":
                c["person_filed"] += 1
                misses.append(f"  {name}: follow_up filed ({entry.kind})")
            continue
        c["people"] += 1
        if case is None:
            c["person_not_a_case"] += 1
            c["person_filed"] += entry.outcome == "filed"
            misses.append(f"  {name}: {want} ended as {entry.outcome} ({entry.kind})")
            continue
        c["kind_ok"] += case.kind == want
        c["appeal"] += want == "appeal"
        c["appeal_ok"] += want == "appeal" and case.kind == "appeal"
        c["category_ok"] += case.category == label["category"]
        c["language_ok"] += case.language == label["language"]
        for field, have, expected in (
            ("kind", case.kind, want),
            ("category", case.category, label["category"]),
            ("language", case.language, label["language"]),
        ):
            if have != expected:
                misses.append(f"  {name}: {field} {expected} -> {have}")

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"

    people = c["people"]
    print(f"{c['n'] + c['not_found']} labelled mails; {left} left in the inbox (not taken)")
    print(
        "outcomes: " + ", ".join(f"{k[8:]} {v}" for k, v in c.items() if k.startswith("outcome_"))
    )
    print(
        f"people's new cases ({people}): kind {pct(c['kind_ok'], people)}, appeal recall "
        f"{pct(c['appeal_ok'], c['appeal'])}, category {pct(c['category_ok'], people)}, "
        f"language {pct(c['language_ok'], people)}"
    )
    print(
        f"people's mail that is not a case: {c['person_not_a_case']}; filed as a non-case: "
        f"{c['person_filed']}"
    )
    print(
        f"follow-ups ({c['follow_up']}; their case is not in this database): "
        + ", ".join(f"{k[10:]} {v}" for k, v in c.items() if k.startswith("follow_up_"))
    )
    print(
        f"non-cases ({c['non_case']}) that got a case and an acknowledgement: "
        f"{c['non_case_acknowledged']}"
    )
    print(f"mails the SMTP sink received (acknowledgements, handlers' notices): {acks}")
    if misses and verbose:
        print("misses:")
        print("\n".join(misses))
    return 1 if c["non_case_acknowledged"] or c["person_filed"] else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[REPO / "bench" / "heldout"])
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list the misses (not on a held-out set)"
    )
    args = ap.parse_args()
    items = [item for d in args.dirs for item in labelled(d)]
    if not items:
        raise SystemExit("no labelled mail found")
    with tempfile.TemporaryDirectory(prefix="cb-classify-") as tmp:
        os.chmod(tmp, 0o755)
        return run(items, Path(tmp), args.verbose)


if __name__ == "__main__":
    sys.exit(main())
