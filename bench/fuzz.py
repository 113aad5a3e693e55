"""Fuzz run: mutated mail through `import` and through IMAP, on SQLite and PostgreSQL.

    .venv/bin/python bench/fuzz.py -n 200 [--seed 13] [--engines sqlite,postgresql]
                                   [--paths import,imap]

Each mail is a realistic citizen mail (plain, HTML, multipart with an attachment, forward,
auto-reply) put through one or more hostile mutations: NUL and control bytes in From,
Subject or Message-ID, 8-bit junk in a part's Content-Type, a non-ASCII local part,
truncation, flipped bytes, broken base64, a missing boundary, 50,000 <br> or nested <div>,
a message forwarded inside itself 500 deep, headers folded thousands of times.

For each path and engine it prints the invariant the service promises — every message ends in
exactly one place: ledger rows == mails taken in, none left pending, messages == cases +
follow_ups + filed + quarantined, (IMAP) INBOX empty and one copy per mail in Processed —
with the run's exit code, whether a traceback appeared, and the commonest quarantine reasons.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from harness.dovecot import Dovecot  # noqa: E402
from harness.smtp import SmtpSink  # noqa: E402
from mailfactory import auto_reply, citizen_mail  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

# ---------------------------------------------------------------- base mails


def html_mail(i: int) -> bytes:
    return (
        f"From: Html {i} <html{i}@example.be>\r\nTo: plaintes@example.test\r\n"
        f"Subject: Plainte HTML {i}\r\nMessage-ID: <html-{i}@example.be>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<html><body><p>Je porte plainte: le guichet \u00e9tait ferm\u00e9.</p>"
        "<div style='display:none'>cach\u00e9</div></body></html>\r\n"
    ).encode()


def forward_mail(i: int) -> bytes:
    inner = citizen_mail(sender=f"inner{i}@example.be", seq=i)
    return (
        (
            f"From: Fwd {i} <fwd{i}@example.be>\r\nTo: plaintes@example.test\r\n"
            f"Subject: Fwd: plainte {i}\r\nMessage-ID: <fwd-{i}@example.be>\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="f"\r\n\r\n'
            "--f\r\nContent-Type: text/plain\r\n\r\nVoir ci-dessous.\r\n"
            "--f\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + inner
        + b"\r\n--f--\r\n"
    )


def base(rnd: random.Random, i: int) -> bytes:
    kind = rnd.choice(["plain", "plain", "attach", "html", "forward", "auto"])
    sender = f"citizen{i}@example.be"
    if kind == "plain":
        return citizen_mail(sender=sender, lang=rnd.choice(["fr", "nl", "de", "en"]), seq=i)
    if kind == "attach":
        return citizen_mail(sender=sender, attachment=b"%PDF-1.4\n" + os.urandom(200), seq=i)
    if kind == "html":
        return html_mail(i)
    if kind == "forward":
        return forward_mail(i)
    return auto_reply(seq=i)


# ---------------------------------------------------------------- mutations


def _head_body(raw: bytes) -> tuple[bytes, bytes]:
    head, sep, body = raw.partition(b"\r\n\r\n")
    return head, body if sep else b""


def _in_header(name: bytes, junk: bytes) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rnd: random.Random, raw: bytes) -> bytes:
        head, body = _head_body(raw)
        lines = head.split(b"\r\n")
        for n, line in enumerate(lines):
            if line.lower().startswith(name.lower() + b":"):
                cut = rnd.randrange(len(name) + 2, len(line) + 1)
                lines[n] = line[:cut] + junk + line[cut:]
                break
        else:
            lines.append(name + b": x" + junk + b"y")
        return b"\r\n".join(lines) + b"\r\n\r\n" + body

    return mutate


def ctype_junk(rnd: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"Content-Type: text/plain", b"Content-Type: text/pl\xe9\xff\x00ain", 1)


def non_ascii_local(rnd: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"@example.be>", "\u00f2@example.be>".encode(), 1)


def truncate(rnd: random.Random, raw: bytes) -> bytes:
    return raw[: rnd.randrange(1, max(2, len(raw)))]


def flip(rnd: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rnd.randrange(1, 20)):
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    return bytes(data)


def bad_base64(rnd: random.Random, raw: bytes) -> bytes:
    head, body = _head_body(raw)
    return head + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b"@@" + body[:300] + b"=\r\n"


def no_boundary(rnd: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"boundary=", b"boundery=", 1)


def poison_html(tag: bytes) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rnd: random.Random, raw: bytes) -> bytes:
        head, _ = _head_body(raw)
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"content-")]
        lines = [ln for ln in lines if not ln.lower().startswith(b"mime-version")]
        return (
            b"\r\n".join(lines)
            + b"\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + b"<html><body>"
            + tag * 50_000
            + b"<p>Plainte.</p></body></html>\r\n"
        )

    return mutate


def self_forward(rnd: random.Random, raw: bytes) -> bytes:
    msg = raw
    for depth in range(500):
        msg = (
            f"From: Loop <loop{depth}@example.be>\r\nSubject: Fwd\r\n"
            "MIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode() + msg
    return msg


def folded(rnd: random.Random, raw: bytes) -> bytes:
    head, body = _head_body(raw)
    return head + b"\r\nX-Folded: a" + b"\r\n b" * 5000 + b"\r\n\r\n" + body


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "nul-from": _in_header(b"From", b"\x00"),
    "nul-subject": _in_header(b"Subject", b"\x00"),
    "nul-message-id": _in_header(b"Message-ID", b"\x00"),
    "controls-subject": _in_header(b"Subject", b"\x01\x1b\x7f\r"),
    "8bit-from": _in_header(b"From", b"\xc3\x28\xff"),
    "ctype-junk": ctype_junk,
    "non-ascii-local-part": non_ascii_local,
    "truncate": truncate,
    "flip": flip,
    "bad-base64": bad_base64,
    "no-boundary": no_boundary,
    "br-50000": poison_html(b"<br>"),
    "div-50000": poison_html(b"<div>"),
    "li-50000": poison_html(b"<li>x"),
    "self-forward-500": self_forward,
    "folded-5000": folded,
}


def corpus(n: int, seed: int) -> list[tuple[str, bytes]]:
    rnd = random.Random(seed)
    names = sorted(MUTATIONS)
    out = []
    for i in range(n):
        raw = base(rnd, i)
        applied = rnd.sample(names, rnd.choice([1, 1, 2]))
        for name in applied:
            raw = MUTATIONS[name](rnd, raw)
        # A unique first header: no two fuzz mails are the same bytes (a resend is filed).
        out.append(("+".join(applied), f"X-Fuzz: {i}\r\n".encode() + raw))
    return out


# ---------------------------------------------------------------- runs


def env_for(db: str, data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    env.update(
        PYTHONPATH=str(REPO),
        COMPLAINTBOT_DATABASE_URL=db,
        COMPLAINTBOT_STORAGE_DATA_DIR=str(data),
        COMPLAINTBOT_SMTP_HOST="127.0.0.1",
        COMPLAINTBOT_SMTP_PORT="1",
        COMPLAINTBOT_SMTP_SECURITY="none",
        COMPLAINTBOT_SMTP_USERNAME="",
    )
    env.update(extra)
    return env


def bot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(REPO / "config/example.toml"), *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
        stdin=subprocess.DEVNULL,
    )


def ledger(db: str) -> dict[str, object]:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT status, outcome, last_error FROM inbound_message"))
            rows = rows.all()
    finally:
        engine.dispose()
    reasons = Counter(
        (r[2] or "").split(":", 2)[1].strip()[:60] if ":" in (r[2] or "") else (r[2] or "")[:60]
        for r in rows
        if r[0] == "quarantined"
    )
    return {
        "rows": len(rows),
        "pending": sum(1 for r in rows if r[0] == "pending"),
        "outcomes": Counter(r[1] for r in rows),
        "reasons": reasons.most_common(4),
    }


def _traceback(stderr: str) -> str:
    """The first traceback in the bot's log, shortened ("" when none)."""
    at = stderr.find("Traceback")
    if at < 0:
        return ""
    lines = stderr[at:].splitlines()
    end = next((i for i, ln in enumerate(lines[1:], 1) if not ln.startswith(" ")), len(lines))
    return " | ".join([lines[max(0, end - 3)], *lines[end : end + 1]])[:400]


def via_import(mails: list[tuple[str, bytes]], db: str, work: Path) -> dict[str, object]:
    folder = work / "eml"
    folder.mkdir()
    for i, (_, raw) in enumerate(mails):
        (folder / f"{i:05d}.eml").write_bytes(raw)
    env = env_for(db, work)
    t = time.perf_counter()
    done = bot(env, "import", "--quiet", str(folder))
    took = time.perf_counter() - t
    stats = bot(env, "stats", "--json")
    return {
        "exit": done.returncode,
        "traceback": _traceback(done.stderr),
        "seconds": round(took, 1),
        "stats": json.loads(stats.stdout) if stats.returncode == 0 else {},
        "taken": len(mails),
        **ledger(db),
    }


def via_imap(mails: list[tuple[str, bytes]], db: str, work: Path) -> dict[str, object]:
    (work / "dovecot").mkdir()
    dovecot = Dovecot(work / "dovecot").start()
    sink = SmtpSink(smtputf8=False).start()  # a relay without SMTPUTF8: the harder case
    try:
        user, password = dovecot.new_user()
        dovecot.bulk_load(user, [raw for _, raw in mails])
        loaded = len(dovecot.folder_uids(user))
        env = env_for(
            db,
            work,
            COMPLAINTBOT_IMAP_HOST=dovecot.host,
            COMPLAINTBOT_IMAP_PORT=str(dovecot.imap_port),
            COMPLAINTBOT_IMAP_SECURITY="none",
            COMPLAINTBOT_IMAP_USERNAME=user,
            COMPLAINTBOT_IMAP_PASSWORD=password,
            COMPLAINTBOT_SMTP_PORT=str(sink.port),
            COMPLAINTBOT_SMTP_MAX_AUTO_REPLIES_PER_DAY="1000000",
        )
        t = time.perf_counter()
        done = bot(env, "run", "--once")
        took = time.perf_counter() - t
        stats = bot(env, "stats", "--json")
        inbox = len(dovecot.folder_uids(user))
        processed = len(dovecot.folder_uids(user, "Processed"))
        return {
            "exit": done.returncode,
            "traceback": _traceback(done.stderr),
            "seconds": round(took, 1),
            "stats": json.loads(stats.stdout) if stats.returncode == 0 else {},
            "taken": loaded,
            "inbox": inbox,
            "processed": processed,
            **ledger(db),
        }
    finally:
        sink.stop()
        dovecot.stop()


def invariant(r: dict[str, object]) -> bool:
    s = r["stats"]
    assert isinstance(s, dict)
    ok = (
        r["exit"] == 0
        and not r["traceback"]
        and r["rows"] == r["taken"]
        and r["pending"] == 0
        and bool(s)
        and s["messages"] == s["cases"] + s["follow_ups"] + s["filed"] + s["quarantined"]
    )
    if "inbox" in r:
        ok = ok and r["inbox"] == 0 and r["processed"] == r["taken"]
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="mutated mails per run (default 200)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--engines", default="sqlite,postgresql")
    ap.add_argument("--paths", default="import,imap")
    args = ap.parse_args()
    mails = corpus(args.n, args.seed)
    used = Counter(m for name, _ in mails for m in name.split("+"))
    print(
        f"{len(mails)} mails, mutations: " + ", ".join(f"{k} {v}" for k, v in sorted(used.items()))
    )
    for path in args.paths.split(","):
        for engine in args.engines.split(","):
            with tempfile.TemporaryDirectory(prefix="cb-fuzz-") as tmp:
                os.chmod(tmp, 0o755)
                work = Path(tmp)
                run = via_import if path == "import" else via_imap
                if engine == "postgresql":
                    from harness.db import fresh_pg_schema

                    with fresh_pg_schema() as url:
                        r = run(mails, url, work)
                else:
                    r = run(mails, f"sqlite:///{work / 'fuzz.db'}", work)
            s = r["stats"]
            assert isinstance(s, dict)
            extra = f", INBOX {r['inbox']}, Processed {r['processed']}" if "inbox" in r else ""
            print(
                f"{path} {engine}: exit {r['exit']}, traceback {'yes' if r['traceback'] else 'no'}"
                f", {r['seconds']} s; taken {r['taken']}, ledger {r['rows']}, pending "
                f"{r['pending']}; cases {s.get('cases')}, follow-ups {s.get('follow_ups')}, "
                f"filed {s.get('filed')}, quarantined {s.get('quarantined')}{extra}; "
                f"every message in exactly one place: {'YES' if invariant(r) else 'NO'}",
                flush=True,
            )
            if r["traceback"]:
                print(f"  traceback: {r['traceback']}", flush=True)
            if r["reasons"]:
                print(f"  quarantine reasons: {r['reasons']}", flush=True)


if __name__ == "__main__":
    main()
