"""Kill -9 soak: N mails, K hard kills of `complaintbot run`, one or two processes -> figures.

    .venv/bin/python bench/soak.py -n 300 --kills 5 [--processes 2] [--postgresql]

Half the mails are in the mailbox at the start, the rest arrive in small bursts while the
service runs. Every few seconds one running bot process is killed with SIGKILL (at whatever it
is doing: fetch, parse, commit, IMAP move, SMTP) and started again at once. When everything
has settled (INBOX empty, nothing left to send) the processes are stopped with SIGTERM and the
script prints what the rules of the house forbid:

  lost               mails that reached the mailbox and ended nowhere (no final ledger row,
                     or still in INBOX)
  doubled_cases      extra cases for one citizen mail
  doubled_copies     extra copies of one mail in the Processed folder
  dup_deliveries     extra deliveries of one outgoing mail (same Message-ID, same recipient);
                     at-least-once SMTP allows a few after a kill during sending
  balance            messages == cases + follow_ups + filed + quarantined

Needs root and Debian's dovecot-imapd (as the test suite does).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from harness.dovecot import Dovecot  # noqa: E402
from harness.smtp import SmtpSink  # noqa: E402
from mailfactory import citizen_mail  # noqa: E402
from servers import bot_env  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

_MSGID = re.compile(rb"^Message-ID:\s*<([^>]+)>", re.I | re.M)


def msgid(raw: bytes) -> str:
    m = _MSGID.search(raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0])
    return m[1].decode("ascii", "replace") if m else ""


class Bots:
    """P service processes; kill() one at random with SIGKILL and start it again."""

    def __init__(self, env: dict[str, str], count: int, logdir: Path) -> None:
        self.env, self.logdir = env, logdir
        self.procs: list[subprocess.Popen[bytes] | None] = [None] * count
        self.starts = 0
        for i in range(count):
            self.start(i)

    def start(self, i: int) -> None:
        self.starts += 1
        log = open(self.logdir / f"bot{i}-{self.starts}.log", "wb")  # noqa: SIM115
        self.procs[i] = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(REPO / "config/example.toml"), "run"],
            env=self.env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )

    def kill(self, rnd: random.Random) -> None:
        i = rnd.randrange(len(self.procs))
        proc = self.procs[i]
        assert proc is not None
        proc.kill()
        proc.wait()
        self.start(i)

    def stop(self) -> list[float]:
        took = []
        for proc in self.procs:
            if proc is None:
                continue
            t = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            took.append(round(time.monotonic() - t, 1))
        return took


def settled(engine, dovecot: Dovecot, user: str) -> bool:  # type: ignore[no-untyped-def]
    if dovecot.folder_uids(user, "INBOX"):
        return False
    with engine.connect() as conn:
        pending = conn.execute(
            text("SELECT count(*) FROM inbound_message WHERE status = 'pending'")
        ).scalar_one()
        outbox = conn.execute(
            text("SELECT count(*) FROM outbox WHERE status = 'pending'")
        ).scalar_one()
    return pending == 0 and outbox == 0


def run(args: argparse.Namespace, db: str, work: Path) -> dict[str, object]:
    rnd = random.Random(args.seed)
    (work / "dovecot").mkdir()
    dovecot = Dovecot(work / "dovecot").start()
    sink = SmtpSink(smtputf8=True).start()
    try:
        user, password = dovecot.new_user()
        raws = [
            citizen_mail(
                sender=f"citizen{i}@example.be",
                lang=rnd.choice(["fr", "nl", "de", "en"]),
                message_id=f"<soak-{i}@example.be>",
                seq=i,
            )
            for i in range(args.n)
        ]
        first = args.n // 2
        dovecot.bulk_load(user, raws[:first])
        env = bot_env(
            dovecot,
            user,
            password,
            sink,
            db,
            work,
            COMPLAINTBOT_IMAP_BATCH_SIZE="40",
            COMPLAINTBOT_SCHEDULER_OUTBOX_SECONDS="3",
        )
        t0 = time.monotonic()
        bots = Bots(env, args.processes, work)

        def feed() -> None:  # the other half arrives while the service runs
            for start in range(first, args.n, 10):
                time.sleep(rnd.uniform(0.2, 1.0))
                for raw in raws[start : start + 10]:
                    dovecot.append(user, raw)

        feeder = threading.Thread(target=feed)
        feeder.start()
        for _ in range(args.kills):
            time.sleep(rnd.uniform(1.0, args.kill_every))
            bots.kill(rnd)
        feeder.join()
        engine = create_engine(db)
        deadline = time.monotonic() + args.timeout
        while not settled(engine, dovecot, user) and time.monotonic() < deadline:
            time.sleep(0.5)
        settle_s = round(time.monotonic() - t0, 1)
        stop_s = bots.stop()
        return figures(args, engine, dovecot, user, sink, settle_s, stop_s)
    finally:
        sink.stop()
        dovecot.stop()


def figures(args, engine, dovecot, user, sink, settle_s, stop_s) -> dict[str, object]:  # type: ignore[no-untyped-def]
    expected = {f"soak-{i}@example.be" for i in range(args.n)}
    with engine.connect() as conn:
        ledger = conn.execute(text("SELECT message_id, status, outcome FROM inbound_message")).all()
        case_senders = Counter(r[0] for r in conn.execute(text('SELECT sender FROM "case"')).all())
        counts = {
            k: conn.execute(text(q)).scalar_one()
            for k, q in {
                "messages": "SELECT count(*) FROM inbound_message",
                "cases": 'SELECT count(*) FROM "case"',
                "quarantined": "SELECT count(*) FROM inbound_message WHERE status='quarantined'",
                "outbox_pending": "SELECT count(*) FROM outbox WHERE status='pending'",
                "outbox_failed": "SELECT count(*) FROM outbox WHERE status='failed'",
            }.items()
        }
        outcomes = Counter(r[2] for r in ledger)
    final = {r[0] for r in ledger if r[1] in ("done", "quarantined")}
    inbox = dovecot.fetch_all(user, "INBOX")
    processed = Counter(msgid(raw) for raw in dovecot.fetch_all(user, "Processed").values())
    deliveries = Counter((rcpt, msgid(m.raw)) for m in list(sink.messages) for rcpt in m.rcpt_tos)
    balance = counts["messages"] == sum(
        outcomes[k] for k in ("case", "follow_up", "filed", "quarantined")
    )
    return {
        "lost": len(expected - final) + len(inbox),
        "doubled_cases": sum(c - 1 for c in case_senders.values() if c > 1),
        "doubled_copies": sum(c - 1 for c in processed.values() if c > 1),
        "processed_copies": sum(processed.values()),
        "dup_deliveries": sum(c - 1 for c in deliveries.values() if c > 1),
        "acks": len({r for r, _ in deliveries if r.startswith("citizen")}),
        "balance": balance,
        "settle_s": settle_s,
        "sigterm_s": stop_s,
        **counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="mails (default 300)")
    ap.add_argument("--kills", type=int, default=5, help="SIGKILLs (default 5)")
    ap.add_argument("--processes", type=int, choices=(1, 2), default=1)
    ap.add_argument("--kill-every", type=float, default=4.0, help="max seconds between kills")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds to settle")
    ap.add_argument("--seed", type=int, default=13)
    engine_arg = ap.add_mutually_exclusive_group()
    engine_arg.add_argument("--sqlite", action="store_true", help="a fresh SQLite file (default)")
    engine_arg.add_argument("--postgresql", action="store_true", help="a fresh schema on :5432")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cb-soak-") as tmp:
        os.chmod(tmp, 0o755)
        work = Path(tmp)
        if args.postgresql:
            from harness.db import fresh_pg_schema

            with fresh_pg_schema() as url:
                r = run(args, url, work)
        else:
            r = run(args, f"sqlite:///{work / 'soak.db'}", work)
    engine_name = "postgresql" if args.postgresql else "sqlite"
    print(
        f"soak {engine_name} N={args.n} kills={args.kills} processes={args.processes}: "
        f"lost {r['lost']}, doubled cases {r['doubled_cases']}, doubled folder copies "
        f"{r['doubled_copies']} ({r['processed_copies']} in Processed), duplicate deliveries "
        f"{r['dup_deliveries']}, acknowledged {r['acks']}/{args.n}, quarantined "
        f"{r['quarantined']}, outbox pending {r['outbox_pending']} failed {r['outbox_failed']}, "
        f"balance {'ok' if r['balance'] else 'BROKEN'}; settled in {r['settle_s']} s, "
        f"SIGTERM took {r['sigterm_s']} s",
        flush=True,
    )


if __name__ == "__main__":
    main()
