"""`/metrics` and `/healthz` scrape time on a big database (SQLite, 1,000,000 cases).

    .venv/bin/python bench/metrics.py                    # 1,000,000 cases
    .venv/bin/python bench/metrics.py -n 200000 --keep /tmp/metrics.db

Seeding reuses bench/report.py's INSERT … SELECT (cases spread over five years), then adds one
inbound message per case (plus 2 % quarantined and filed ones) and two outbox rows per case
(a few hundred pending), also with bulk INSERT … SELECT. Then the same code that answers
`GET /metrics` and `GET /healthz` is timed: cold (first scrape) and warm (median of 5).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import seed_sql  # noqa: E402

from bot.db import make_engine, migrate  # noqa: E402
from bot.ops import health, metrics  # noqa: E402
from bot.settings import load  # noqa: E402

CONFIG = Path(__file__).resolve().parents[1] / "config" / "example.toml"

INBOUND = """
INSERT INTO inbound_message (source, channel, sha256, from_addr, subject, size, received_at, status,
    attempts, outcome, kind, case_id)
SELECT 'bench', 'mail', printf('%064d', id), sender, subject, 2000, received_at, 'done', 1, 'case',
    kind, id FROM "case"
"""
EXTRA_INBOUND = """
WITH RECURSIVE seq(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM seq WHERE x < {n})
INSERT INTO inbound_message (source, channel, sha256, from_addr, subject, size, received_at, status,
    attempts, outcome, kind)
SELECT 'bench', 'mail', printf('%064d', 9000000000 + x), 'x' || x || '@example.org', 's', 900,
    '2026-06-01 10:00:00.000000',
    CASE WHEN x % 4 = 0 THEN 'quarantined' ELSE 'done' END, 1,
    CASE WHEN x % 4 = 0 THEN 'quarantined' ELSE 'filed' END,
    CASE WHEN x % 4 = 0 THEN NULL ELSE 'auto_reply' END
FROM seq
"""
OUTBOX = """
INSERT INTO outbox (key, purpose, case_id, to_addr, message_id, subject, automatic, status,
    attempts, next_attempt_at, created_at, sent_at)
SELECT '{purpose}:' || id, '{purpose}', id, sender, '{purpose}.' || id || '@bench', subject, 1,
    CASE WHEN id % 5000 = 0 THEN 'pending' WHEN id % 997 = 0 THEN 'failed' ELSE 'sent' END,
    1, received_at, received_at,
    CASE WHEN id % 5000 = 0 OR id % 997 = 0 THEN NULL ELSE received_at END
FROM "case"
"""


def seed(engine, n: int) -> None:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text(seed_sql(n, 2022, 5)))
        conn.execute(text(INBOUND))
        conn.execute(text(EXTRA_INBOUND.format(n=n // 50)))
        for purpose in ("ack_complaint", "assignment"):
            conn.execute(text(OUTBOX.format(purpose=purpose)))
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"seeded {n:,} cases (+ messages and outbox rows) in {time.perf_counter() - t0:.1f} s")


def timed(fn, runs: int = 5) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - t0)
    return cold, statistics.median(warm)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=1_000_000, help="cases to seed (default 1,000,000)")
    p.add_argument("--keep", help="write the database here and keep it (reused when it exists)")
    args = p.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="complaintbot-bench-")
    path = Path(args.keep) if args.keep else Path(tmp.name) / "bench.db"
    reuse = path.exists()
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    if not reuse:
        seed(engine, args.n)
    with engine.connect() as conn:
        counts = {
            t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one()
            for t in ("case", "inbound_message", "outbox")
        }
    size = path.stat().st_size / 1024 / 1024
    print("database: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()) + f"; {size:,.0f} MB")

    settings = load(CONFIG, environ={})
    now = datetime.now(UTC)
    reg = metrics.registry(engine, settings, lambda: now)
    body = metrics.render(reg)
    cold, warm = timed(lambda: metrics.render(reg))
    print(f"/metrics: {len(body):,} bytes; first scrape {cold:.3f} s, then median {warm:.3f} s")
    cold, warm = timed(lambda: health.snapshot(engine, settings, now=now, counts=False))
    print(f"/healthz: first {cold:.3f} s, then median {warm:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
