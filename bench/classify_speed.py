"""Classification throughput (parsing excluded): mails/second over the dev corpus, repeated.

    .venv/bin/python bench/classify_speed.py [DEV_DIR] [--rounds N]

Target: >= 2,000 mails/s on one core of the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bot.classify import Classifier, load_rules
from bot.intake.parse import parse
from bot.numbers import CaseNumberFormat

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", type=Path, default=Path("/work/shared/corpus/dev"))
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    clf = Classifier(
        load_rules(args.rules), CaseNumberFormat(), "federal.example.be", ["fr", "nl", "de", "en"]
    )
    build = time.perf_counter() - t0
    mails = [parse(p.read_bytes()) for p in sorted(args.dev.glob("*.eml"))]
    for mail in mails:  # warm-up
        clf.classify(mail)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for mail in mails:
            clf.classify(mail)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0  # on a shared machine, wall time also counts other work
    n = args.rounds * len(mails)
    print(f"classifier built in {build * 1000:.0f} ms ({len(clf.rules.rules)} rules)")
    print(
        f"{n} classifications in {elapsed:.2f} s: {n / elapsed:,.0f} mails/s "
        f"({elapsed / n * 1e6:.0f} µs per mail); CPU time {n / cpu:,.0f} mails/s "
        f"({cpu / n * 1e6:.0f} µs per mail)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
