"""What proving a handler command's sender costs (issue 12 point 1), and the flood brake's query.

    .venv/bin/python bench/sender_auth.py              # 2000 checks of each kind
    .venv/bin/python bench/sender_auth.py -n 5000 --bits 2048

Prints, per second: strict From readings; Authentication-Results verdicts (the header read
from the raw mail and parsed with authres); DKIM verifications by the bot (dkimpy, RSA key
generated here with openssl, served by an in-memory resolver, so no DNS time is counted);
and the per-mailbox brake count (`automatic_sent_last_day`) on a SQLite outbox of --rows rows.
Commands are rare (a few per case), so any figure above ~50/s is far more than needed.
"""

from __future__ import annotations

import argparse
import base64
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dkim  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session  # noqa: E402

from bot.db import make_engine, migrate  # noqa: E402
from bot.handling.sender_auth import (  # noqa: E402
    authentication_results,
    dkim_signature,
    header_values,
    static_dns,
    strict_from,
)
from bot.models import Outbox, table_of  # noqa: E402
from bot.outbox.enqueue import automatic_sent_last_day  # noqa: E402

DOMAIN = "federal.example.be"


def _mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Service Pensions <pensions@{DOMAIN}>"
    msg["To"] = f"plaintes.klachten+c12.abcdef@{DOMAIN}"
    msg["Subject"] = "RE: [PLT-2026-000012] Plainte à traiter"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg["Authentication-Results"] = f"mx.{DOMAIN}; dkim=pass header.d={DOMAIN}; dmarc=pass"
    msg.set_content("#answer unfounded\nMadame, Monsieur,\n\n" + "Texte de la réponse.\n" * 40)
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _key(bits: int) -> tuple[bytes, str]:
    pem = subprocess.run(
        ["openssl", "genrsa", "-traditional", str(bits)], capture_output=True, check=True
    ).stdout
    der = subprocess.run(
        ["openssl", "rsa", "-pubout", "-outform", "DER"], input=pem, capture_output=True, check=True
    ).stdout
    return pem, "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


def rate(label: str, n: int, fn) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(n):
        fn()
    took = time.perf_counter() - start
    print(f"{label:<44} {n / took:>10.0f} /s  ({took * 1000 / n:.3f} ms each)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--bits", type=int, default=2048)
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    raw = _mail()
    pem, record = _key(args.bits)
    signed = dkim.sign(raw, b"s1", DOMAIN.encode(), pem, include_headers=[b"from", b"to"]) + raw
    dns = static_dns({f"s1._domainkey.{DOMAIN}": record})
    assert dkim_signature(signed, DOMAIN, dnsfunc=dns).ok
    gw = [f"mx.{DOMAIN}"]
    assert authentication_results(header_values(raw, "Authentication-Results"), DOMAIN, gw).ok

    rate("strict From", args.n, lambda: strict_from([f"Service Pensions <pensions@{DOMAIN}>"]))
    rate(
        "Authentication-Results verdict (raw mail)",
        args.n,
        lambda: authentication_results(header_values(raw, "Authentication-Results"), DOMAIN, gw),
    )
    rate(
        f"DKIM verification, RSA {args.bits}",
        args.n,
        lambda: dkim_signature(signed, DOMAIN, dnsfunc=dns),
    )

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'b.db'}")
        migrate(engine)
        now = datetime(2026, 11, 23, 12, tzinfo=UTC)
        rows = [
            {
                "key": f"k{i}",
                "purpose": "ack_complaint",
                "to_addr": f"citizen{i % 20000}+{i}@example.be",
                "to_mailbox": f"citizen{i % 20000}@example.be",
                "message_id": f"m{i}@x",
                "subject": "",
                "automatic": True,
                "status": "sent",
                "attempts": 1,
                "next_attempt_at": now,
                "created_at": now - timedelta(hours=i % 48),
            }
            for i in range(args.rows)
        ]
        with Session(engine) as s:
            s.execute(insert(table_of(Outbox)), rows)
            s.commit()
            rate(
                f"brake count per mailbox ({args.rows} outbox rows)",
                args.n,
                lambda: automatic_sent_last_day(s, "Citizen7+x@Example.be", now),
            )
        engine.dispose()


if __name__ == "__main__":
    main()
