"""HTML-to-text speed on hostile markup: 50,000 <br>, <p>, <li> or nested <div> (issue 13).

    .venv/bin/python bench/parse_html.py [-n 50000]

Prints, per tag, the markup size and the seconds `parse` takes for a text/html mail made of it
(the whole parse, not only the HTML part). Linear code stays far under a second at 200 KB.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.intake.parse import parse  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50_000, help="elements (default 50000)")
    args = ap.parse_args()
    for tag in ("<br>", "<p>", "<li>", "<div>", "<p>x", "<div>a"):
        markup = f"<html><body>{tag * args.n}<p>Plainte.</p></body></html>"
        raw = (
            "From: a@example.be\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + markup
        ).encode()
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            parsed = parse(raw)
            best = min(best, time.perf_counter() - t)
        assert parsed.text.endswith("Plainte.")
        print(f"{args.n} x {tag:7} {len(raw) / 1024:6.0f} KB: {best:.3f} s", flush=True)


if __name__ == "__main__":
    main()
