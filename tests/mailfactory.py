"""Citizen mails for tests, written here so the suite needs nothing outside the repo."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

COMPLAINTS = {
    "fr": (
        "Aucune réponse à mon dossier depuis trois mois",
        "Madame, Monsieur,\n\nJ'ai introduit mon dossier il y a trois mois et je n'ai reçu "
        "aucune réponse malgré plusieurs rappels téléphoniques. Personne ne sait me dire où en "
        "est ma demande. Je suis très mécontente de ce service.\n\nMarie Lambert",
    ),
    "nl": (
        "Al drie maanden geen antwoord op mijn dossier",
        "Geachte,\n\nIk heb drie maanden geleden mijn dossier ingediend en ondanks verschillende "
        "telefoontjes nog steeds geen antwoord gekregen. Niemand kan mij zeggen hoe het met mijn "
        "aanvraag staat. Ik ben hier zeer ontevreden over.\n\nPieter Claes",
    ),
    "de": (
        "Seit drei Monaten keine Antwort auf meine Akte",
        "Sehr geehrte Damen und Herren,\n\nich habe meine Akte vor drei Monaten eingereicht und "
        "trotz mehrerer Anrufe noch immer keine Antwort erhalten. Niemand kann mir sagen, wie es "
        "um meinen Antrag steht. Ich bin mit diesem Dienst sehr unzufrieden.\n\nKarl Weber",
    ),
    "en": (
        "No answer to my file for three months",
        "Dear Sir or Madam,\n\nI submitted my file three months ago and, despite several phone "
        "calls, I still have not received any answer. Nobody can tell me the status of my "
        "application. I am very dissatisfied with this service.\n\nJohn Smith",
    ),
}


def citizen_mail(
    *,
    sender: str = "marie.lambert@example.be",
    name: str = "Marie Lambert",
    lang: str = "fr",
    subject: str | None = None,
    body: str | None = None,
    message_id: str | None = "auto",
    headers: dict[str, str] | None = None,
    attachment: bytes | None = None,
    seq: int = 0,
) -> bytes:
    subj, text = COMPLAINTS[lang]
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = subject if subject is not None else subj
    msg["Date"] = format_datetime(datetime(2026, 11, 23, 9, seq % 60, tzinfo=UTC))
    if message_id == "auto":
        msg["Message-ID"] = f"<citizen-{seq}-{sender}>"
    elif message_id:
        msg["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body if body is not None else text)
    if attachment is not None:
        msg.add_attachment(
            attachment, maintype="application", subtype="pdf", filename="dossier.pdf"
        )
    return msg.as_bytes(policy=policy.SMTP)  # CRLF, as a mail server stores it


def auto_reply(seq: int = 0) -> bytes:
    return citizen_mail(
        sender="away@example.org",
        name="Away",
        subject="Out of office",
        body="I am out of the office until Monday and will read your message on my return.",
        headers={"Auto-Submitted": "auto-replied"},
        seq=seq,
    )


def abuse_report(
    original: bytes,
    recipient: str | None,
    *,
    feedback_type: str = "abuse",
    seq: int = 0,
    sender: str = "fbl@fbl.mailprovider.example.net",
    proved: bool = True,
) -> bytes:
    """A mailbox provider's feedback-loop report (ARF, RFC 5965) about `original`, one of our
    mails that `recipient` marked as spam; the whole mail enclosed, as most providers do.
    `recipient` None: the provider does not say who (no Original-Rcpt-To). `proved`: our
    gateway (handling.trusted_authserv_ids of config/example.toml) found DMARC passing for
    the sender's domain."""
    msg = EmailMessage()
    if proved:
        domain = sender.rpartition("@")[2]
        msg["Authentication-Results"] = (
            f"mx.federal.example.be; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
        )
    msg["From"] = sender
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = "Email Feedback Report"
    msg["Date"] = format_datetime(datetime(2026, 11, 26, 10, seq % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<fbl-{seq}@fbl.mailprovider.example.net>"
    msg.set_content(
        "This is an email abuse report for an email message received from IP 192.0.2.25.\n"
        "The recipient marked it as spam (RFC 5965).\n"
    )
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "feedback-report")
    report = EmailMessage()
    report.set_content(
        f"Feedback-Type: {feedback_type}\r\nUser-Agent: MailProviderFBL/2.1\r\nVersion: 1\r\n"
        "Original-Mail-From: <plaintes.klachten@federal.example.be>\r\n"
        + (f"Original-Rcpt-To: <{recipient}>\r\n" if recipient else "")
        + "Source-IP: 192.0.2.25\r\n"
        "Reported-Domain: federal.example.be\r\n"
    )
    report.replace_header("Content-Type", "message/feedback-report")
    msg.attach(report)
    enclosed = EmailMessage()
    enclosed.set_content(original, maintype="message", subtype="rfc822", cte="8bit")
    msg.attach(enclosed)
    return msg.as_bytes(policy=policy.SMTP)


def dsn(
    recipient: str,
    status: str,
    seq: int,
    *,
    more: tuple[str, ...] = (),
    returned: bytes | None = None,
) -> bytes:
    """A delivery status notification (RFC 3464) as a relay sends it back; `more` recipients
    failed the same way; `returned`: the mail that failed, whose header the relay returns
    (text/rfc822-headers, as Postfix does)."""
    header = returned.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] if returned else b""
    returned_part = (
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + header.decode("utf-8", "replace").replace("\n", "\r\n")
        + "\r\n"
        if returned
        else ""
    )
    blocks = "".join(
        f"\r\nFinal-Recipient: rfc822; {r}\r\nAction: failed\r\nStatus: {status}\r\n" for r in more
    )
    return (
        "From: MAILER-DAEMON@relay.example.net\r\nTo: plaintes.klachten@federal.example.be\r\n"
        f"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-{seq}@relay.example>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type="delivery-status"; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\n"
        "This is the mail system at host relay.example.net. Your message could not be"
        " delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; relay.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"{blocks}{returned_part}--b--\r\n"
    ).encode()
