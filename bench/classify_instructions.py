"""Instructions per classification, counted by valgrind (callgrind): a figure a shared machine
does not move, where mails/second moves by a third from one day to the next.

    .venv/bin/python bench/classify_instructions.py [CORPUS ...]

Runs the classifier over the labelled mails of the given corpora (default: four of
tests/data/classify, 286 mails of every kind and language) two and three times under callgrind,
with a fixed hash seed; the difference, divided by the number of mails, is the cost of one
classification without loading, parsing or the first pass that fills the caches. About two
minutes. Needs Debian's valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ("h2a", "t3a", "t5a", "dev2")

# The child: classify every mail `passes` times; prints how many mails.
CHILD = """
import sys
from pathlib import Path
from bot.classify import Classifier, load_rules
from bot.intake.parse import parse
from bot.numbers import CaseNumberFormat
passes, folders = int(sys.argv[1]), sys.argv[2:]
clf = Classifier(load_rules(Path("config/rules.toml")), CaseNumberFormat(), "federal.example.be",
                 ["fr", "nl", "de", "en"])
mails = [parse(p.read_bytes()) for f in folders for p in sorted(Path(f).glob("*.eml"))]
for _ in range(passes):
    for mail in mails:
        clf.classify(mail)
print(len(mails))
"""


def instructions(passes: int, folders: list[str]) -> tuple[int, int]:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + [sys.executable, "-c", CHILD, str(passes), *folders],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if not found:
        raise SystemExit(f"callgrind printed no count:\n{out.stderr[-2000:]}")
    return int(found.group(1)), int(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=DEFAULT, help="names under tests/data/classify")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    folders = [str(ROOT / "tests" / "data" / "classify" / name) for name in args.corpora]
    one, n = instructions(2, folders)
    two, _ = instructions(3, folders)
    print(f"{(two - one) / n / 1000:,.0f} k instructions per classification ({n} mails)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
