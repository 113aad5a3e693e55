"""Output turned against staff (issue 12 point 7), end to end: a mail's escape sequences on the
operator's terminal, a formula in the yearly report, a password printed by `config check`."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

from attack import BOT, Bot
from openpyxl import load_workbook

ESC = "\x1b]52;c;ZXZpbA==\x07\x1b[2J"  # OSC 52 (write the clipboard), clear screen


def _no_controls(text: str) -> bool:
    return not any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_escape_sequences_in_a_mail_reach_no_terminal(dovecot, imap_user, smtp_sink, bot_env):  # type: ignore[no-untyped-def]
    bot = Bot(bot_env)
    big = EmailMessage()
    big["From"] = "=?utf-8?q?Evil=1B=5B2J?= <evil@example.org>"
    big["To"] = BOT
    big["Subject"] = f"Klacht {ESC} over mijn pensioen"
    big["Message-ID"] = "<esc-1@example.org>"
    big.set_content("Ik ben zeer ontevreden over de behandeling van mijn pensioendossier." * 3)
    raw = big.as_bytes(policy=policy.SMTP)
    # A second copy, too big to take in: quarantined with its sender and subject.
    huge = raw.replace(b"<esc-1@", b"<esc-2@") + b"x" * 2048
    dovecot.append(imap_user.name, raw)
    dovecot.append(imap_user.name, huge)
    bot.env["COMPLAINTBOT_STORAGE_MAX_MESSAGE_BYTES"] = str(len(raw) + 1024)
    bot.run_once()
    (case,) = bot.cases()
    outputs = [
        bot("list").stdout,
        bot("list", "--json").stdout,
        bot("show", case["number"]).stdout,
        bot("show", case["number"], "--json").stdout,
        bot("quarantine", "list").stdout,
        bot("quarantine", "list", "--json").stdout,
    ]
    qid = bot("quarantine", "list").stdout.split()[0].lstrip("#")
    outputs.append(bot("quarantine", "show", qid).stdout)
    assert "over mijn pensioen" in outputs[2] and qid.isdigit()
    for out in outputs:
        assert _no_controls(out), repr(out)
        assert "\x1b" not in out


def test_formula_in_an_action_title_stays_text(bot_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = Bot(bot_env)
    title = '=HYPERLINK("http://evil.example/","Plan d\'action")'
    bot("action", "add", "--title", title, "--owner", "@SUM(1)", "--due", "2026-12-31")
    out = tmp_path / "r.xlsx"
    bot("report", "--year", "2026", "--format", "xlsx", "--output", str(out))
    wb = load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.value == "'" + title for c in cells)
    wb.close()
    csv_out = tmp_path / "r.csv"
    bot("report", "--year", "2026", "--format", "csv", "--output", str(csv_out))
    assert not any(line.startswith(("=", "+", "@")) for line in csv_out.read_text().splitlines())


def test_config_check_masks_a_password_in_the_url(bot_env) -> None:  # type: ignore[no-untyped-def]
    bot = Bot(bot_env)
    bot.env["COMPLAINTBOT_DATABASE_URL"] = (
        bot_env["COMPLAINTBOT_DATABASE_URL"].split("?")[0] + "?password=Sup3rS3cret"
        if bot_env["COMPLAINTBOT_DATABASE_URL"].startswith("postgresql")
        else "postgresql+psycopg://bot@db.example/complaints?password=Sup3rS3cret"
    )
    done = bot("config", "check", check=False)
    assert "Sup3rS3cret" not in done.stdout + done.stderr
    assert "password=***" in done.stdout
