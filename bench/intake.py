"""Intake benchmark: N citizen mails in a real Dovecot -> `complaintbot run --once` -> figures.

    .venv/bin/python bench/intake.py -n 10000 [-n 50000] [--postgresql | --database-url URL]

Prints, per N: messages/second end to end (take + process + file away), the same including
sending every acknowledgement to a local SMTP sink, the bot process's peak RSS and its CPU
seconds (wait4; on a busy machine CPU seconds compare better than wall time).
Needs root and Debian's dovecot-imapd (as the test suite does).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from harness.dovecot import Dovecot  # noqa: E402
from harness.smtp import SmtpSink  # noqa: E402
from mailfactory import COMPLAINTS  # noqa: E402
from servers import bot_env  # noqa: E402

EXTRA = {
    "fr": "Le guichet était fermé et le site internet ne fonctionne pas depuis une semaine.",
    "nl": "Het loket was gesloten en de website werkt al een week niet.",
    "de": "Der Schalter war geschlossen und die Webseite funktioniert seit einer Woche nicht.",
    "en": "The counter was closed and the website has not worked for a week.",
}


def mails(n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """A realistic mix: complaints in four languages, some HTML-only, some auto-replies."""
    rnd = random.Random(seed)
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    for i in range(n):
        lang = rnd.choice(["fr", "fr", "nl", "nl", "de", "en"])
        subject, text = COMPLAINTS[lang]
        msg = EmailMessage()
        msg["From"] = f"Citizen {i} <citizen{i}@example.be>"
        msg["To"] = "plaintes.klachten@federal.example.be"
        msg["Date"] = format_datetime(start + timedelta(seconds=37 * i))
        msg["Message-ID"] = f"<bench-{i}@mail.example.be>"
        roll = rnd.random()
        if roll < 0.05:
            msg["Subject"] = "Out of office"
            msg["Auto-Submitted"] = "auto-replied"
            msg.set_content("I am out of the office until Monday.")
        elif roll < 0.20:
            msg["Subject"] = subject
            paras = "".join(f"<p>{p}</p>" for p in (text + "\n\n" + EXTRA[lang]).split("\n\n"))
            msg.set_content(f"<html><body>{paras}</body></html>", subtype="html")
        else:
            msg["Subject"] = f"{subject} ({i})"
            msg.set_content(f"{text}\n\n{EXTRA[lang]}\nDossier {rnd.randint(10000, 99999)}.\n")
        yield msg.as_bytes(policy=policy.SMTP)


def _sample_rss(pid: int, samples: list[tuple[float, int]]) -> None:
    """VmRSS (kB) of `pid` twice a second until it exits, with perf_counter timestamps."""
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except OSError:
            return
        rss = [line.split()[1] for line in text.splitlines() if line.startswith("VmRSS")]
        kb = int(rss[0]) if rss else 0
        if kb == 0:  # a zombie: the process has ended
            return
        samples.append((time.perf_counter(), kb))
        time.sleep(0.5)


def run(
    n: int, database_url: str | None, workdir: Path, profile: str | None = None
) -> dict[str, float]:
    (workdir / f"dovecot-{n}").mkdir()
    dovecot = Dovecot(workdir / f"dovecot-{n}").start()
    sink = SmtpSink().start()
    try:
        user, password = dovecot.new_user()
        t = time.perf_counter()
        dovecot.bulk_load(user, mails(n))
        load_s = time.perf_counter() - t
        db = database_url or f"sqlite:///{workdir / f'bench-{n}.db'}"
        env = bot_env(dovecot, user, password, sink, db, workdir)
        prof = ["-m", "cProfile", "-o", profile] if profile else []
        cmd = [
            sys.executable,
            *prof,
            "-m",
            "bot",
            "--config",
            str(REPO / "config/example.toml"),
            "run",
            "--once",
        ]
        t = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        assert proc.stderr is not None
        samples: list[tuple[float, int]] = []
        sampler = threading.Thread(target=_sample_rss, args=(proc.pid, samples), daemon=True)
        sampler.start()
        err = proc.stderr.read().decode()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        total_s = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"run --once failed ({proc.returncode}):\n{err[-3000:]}")
        summary = [line for line in err.splitlines() if line.startswith("mailbox:")]
        phases = dict(re.findall(r"(\w+_s)=([\d.]+)", err))
        intake_s = float(phases["intake_s"])
        # The sending phase is the last outbox_s seconds of the run.
        split = t + total_s - float(phases["outbox_s"])
        rss_intake = max((kb for at, kb in samples if at < split), default=0)
        rss_sending = max((kb for at, kb in samples if at >= split), default=0)
        left = len(dovecot.folder_uids(user, "INBOX"))
        return {
            "n": n,
            "load_s": round(load_s, 1),
            "intake_s": intake_s,
            "intake_msgs_per_s": round(n / intake_s, 1),
            "outbox_s": float(phases["outbox_s"]),
            "process_s": round(total_s, 1),
            "end_to_end_msgs_per_s": round(n / total_s, 1),
            "acks_received": len(sink.messages),
            "left_in_inbox": left,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            # CPU seconds of the bot process: comparable on a shared machine, unlike wall time
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "rss_intake_mb": round(rss_intake / 1024, 1),
            "rss_sending_mb": round(rss_sending / 1024, 1),
            "summary": summary[-1] if summary else err[-500:],
        }
    finally:
        sink.stop()
        dovecot.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, action="append", help="messages (repeatable)")
    ap.add_argument("--database-url", help="default: a fresh SQLite file")
    ap.add_argument(
        "--postgresql",
        action="store_true",
        help="a fresh schema on the local PostgreSQL (127.0.0.1:5432, database test)",
    )
    ap.add_argument("--profile", metavar="FILE", help="run the bot under cProfile, stats to FILE")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cb-bench-") as tmp:
        os.chmod(tmp, 0o755)
        for n in args.n or [10_000]:
            if args.postgresql:
                from harness.db import fresh_pg_schema

                with fresh_pg_schema() as url:
                    r = run(n, url, Path(tmp), args.profile)
            else:
                r = run(n, args.database_url, Path(tmp), args.profile)
            print(
                f"N={r['n']}: intake {r['intake_msgs_per_s']} msg/s ({r['intake_s']} s: take, "
                f"process, file away); with sending {r['acks_received']} acks: "
                f"{r['end_to_end_msgs_per_s']} msg/s ({r['process_s']} s, outbox "
                f"{r['outbox_s']} s); peak RSS {r['peak_rss_mb']} MB (sampled: intake "
                f"{r['rss_intake_mb']} MB, sending {r['rss_sending_mb']} MB); "
                f"bot CPU {r['cpu_s']} s; "
                f"left in INBOX {r['left_in_inbox']}; (loading Dovecot took {r['load_s']} s)",
                flush=True,
            )
            print(f"  bot: {r['summary']}")


if __name__ == "__main__":
    main()
