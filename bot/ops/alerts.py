"""Alert mails: intake or sending failing for N minutes, and the recovery, once each.

Read from the health records (bot.ops.health), run as a scheduled job of `complaintbot run`.
The outbox key `alert:<activity>:<down|up>:<failing since>:<to>` makes each alert one mail per
recipient per outage, however often the job runs, in however many processes. An alert about
SMTP waits in the outbox like any mail and goes out as soon as the relay takes mail again; the
metrics and /healthz tell the monitoring system at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot.models import JobRun, Outbox
from bot.ops.health import PREFIX, WATCHED, aware
from bot.outbox.enqueue import enqueue
from bot.outbox.headers import LOOP_HEADER
from bot.settings import Settings

log = logging.getLogger(__name__)
PURPOSE = "alert"
_WHAT = {
    "intake": ("la relève de la boîte aux lettres", "het ophalen van de mailbox", "mail intake"),
    "sending": ("l'envoi des e-mails (SMTP)", "het verzenden van e-mails (SMTP)", "sending (SMTP)"),
}


def recipients(settings: Settings) -> list[str]:
    people = list(settings.organisation.coordinators)
    if settings.monitoring.admin_address:
        people.append(settings.monitoring.admin_address)
    return list(dict.fromkeys(a.lower() for a in people))


def check(engine: Engine, settings: Settings, now: datetime) -> list[str]:
    """Queue the alerts that are due; the keys queued (new ones only)."""
    after = timedelta(minutes=settings.monitoring.alert_after_minutes)
    queued: list[str] = []
    with Session(engine) as session:
        for what in WATCHED:
            failing = session.get(JobRun, f"{PREFIX}{what}.failing")
            since = aware(failing.last_run_at) if failing else None
            if failing is not None and since is not None and now - since >= after:
                queued += _send(session, settings, what, "down", since, now, failing.last_result)
            elif since is None:
                queued += _recovered(session, settings, what, now)
        session.commit()
    for key in queued:
        log.warning("alert queued: %s", key)
    return queued


def _recovered(session: Session, settings: Settings, what: str, now: datetime) -> list[str]:
    """A 'down' alert without its 'up' twin: the outage it announced is over."""
    prefix = f"alert:{what}:down:"
    downs = session.execute(
        select(col(Outbox.key)).where(col(Outbox.key).startswith(prefix))
    ).scalars()
    queued: list[str] = []
    for key in downs:
        since_text, to_addr = key[len(prefix) :].rsplit(":", 1)
        up_key = f"alert:{what}:up:{since_text}:{to_addr}"
        if session.execute(select(col(Outbox.id)).where(col(Outbox.key) == up_key)).first() is None:
            since = datetime.fromisoformat(since_text)
            queued += _send(session, settings, what, "up", since, now, None, only=to_addr)
    return queued


def _send(
    session: Session,
    settings: Settings,
    what: str,
    state: str,
    since: datetime,
    now: datetime,
    error: str | None,
    *,
    only: str | None = None,
) -> list[str]:
    queued = []
    for to_addr in [only] if only else recipients(settings):
        key = f"alert:{what}:{state}:{since.isoformat(timespec='seconds')}:{to_addr}"
        message = _message(settings, what, state, since, now, error, to_addr)
        if enqueue(
            session,
            key=key,
            purpose=PURPOSE,
            to_addr=to_addr,
            message=message,
            automatic=False,
            now=now,
        ):
            queued.append(key)
    return queued


def _message(
    settings: Settings,
    what: str,
    state: str,
    since: datetime,
    now: datetime,
    error: str | None,
    to_addr: str,
) -> EmailMessage:
    fr, nl, en = _WHAT[what]
    at = f"{since:%Y-%m-%d %H:%M} UTC"
    minutes = int((now - since).total_seconds() // 60)
    if state == "down":
        subject = f"[complaintbot] ALERTE / ALARM: {en} failing since {at}"
        body = (
            f"complaintbot : {fr} échoue depuis le {at} ({minutes} min).\n"
            f"complaintbot: {nl} mislukt sinds {at} ({minutes} min).\n"
            f"complaintbot: {en} has been failing since {at} ({minutes} min).\n\n"
            f"Dernière erreur / Laatste fout / Last error:\n  {error or '-'}\n\n"
            "Les messages restent dans la boîte ou dans la file d'envoi ; rien n'est perdu.\n"
            "De berichten blijven in de mailbox of in de verzendwachtrij; er gaat niets verloren.\n"
            "Check: complaintbot status\n"
        )
    else:
        subject = f"[complaintbot] RÉTABLI / HERSTELD: {en} works again"
        body = (
            f"complaintbot : {fr} fonctionne à nouveau (panne depuis le {at}).\n"
            f"complaintbot: {nl} werkt opnieuw (storing sinds {at}).\n"
            f"complaintbot: {en} works again (failing since {at}).\n"
        )
    msg = EmailMessage()
    msg["From"] = formataddr((settings.smtp.from_name, settings.smtp.from_address))
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("alert", domain=settings.organisation.domain)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    msg[LOOP_HEADER] = settings.organisation.domain
    msg.set_content(body)
    return msg
