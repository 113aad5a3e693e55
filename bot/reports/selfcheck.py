"""`complaintbot selfcheck`: the circular's fourteen criteria, each with its evidence.

Circular 23289 §C lists what every federal administration's complaint management must meet.
For each criterion this says ok, warning or missing, from the configuration and the data
(the last twelve months), and what to do next. What the bot cannot see (a validated internal
procedure, the leaflet handed out) is a warning that says so, never an "ok".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlmodel import Session

from bot.models import Case, ImprovementAction, table_of
from bot.reports.indicators import Period, compute
from bot.settings import Settings
from bot.vocab import Channel, Kind

OK, WARNING, MISSING = "ok", "warning", "missing"
EXAMPLE_DOMAIN = "example.be"  # the example configuration's domain: not a real setting


@dataclass(frozen=True, slots=True)
class Check:
    criterion: str
    status: str  # ok | warning | missing
    evidence: str
    todo: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _configured(value: str | dict[str, str] | None) -> bool:
    """Set, and not the example configuration's address (per language, every one)."""
    values = list(value.values()) if isinstance(value, dict) else [value or ""]
    return bool(values) and all(v and EXAMPLE_DOMAIN not in v for v in values)


def selfcheck(session: Session, settings: Settings, now: datetime) -> list[Check]:
    """The fourteen criteria in the circular's order."""
    c = table_of(Case).c
    since = now - timedelta(days=365)
    real = (c.received_at >= since) & c.test.is_(False)
    complaints = real & (c.kind == Kind.COMPLAINT)
    n_complaints = session.execute(select(func.count()).where(complaints)).scalar_one()
    # History imported from an archive was never ours to acknowledge.
    unacked = session.execute(
        select(func.count()).where(
            complaints,
            c.channel != Channel.IMPORT,
            c.acknowledged_at.is_(None),
            c.received_at < now - timedelta(days=1),
        )
    ).scalar_one()
    by_form = session.execute(
        select(func.count()).where(real, c.channel == Channel.FORM)
    ).scalar_one()
    a = table_of(ImprovementAction).c
    actions = session.execute(
        select(func.count()).where(a.created_at >= since, a.status != "dropped")
    ).scalar_one()
    org, rs, tpl = settings.organisation, settings.reports, settings.templates
    last_year = now.astimezone(ZoneInfo(settings.calendar.timezone)).year - 1
    received: float | int | str
    try:
        ind = compute(
            session, Period.of(last_year), tz=ZoneInfo(settings.calendar.timezone), as_of=now
        )
        computed, received = True, ind.get("requests_received") or 0
    except Exception as exc:  # noqa: BLE001 - the evidence is the error itself
        computed, received = False, str(exc)
    lines = {cat.second_line for cat in settings.categories.values()}
    unknown_lines = sorted(k for k in lines if k not in settings.second_line)

    def check(criterion: str, good: bool, evidence: str, todo: str, *, soft: bool = False) -> Check:
        status = OK if good else (WARNING if soft else MISSING)
        return Check(criterion, status, evidence, "" if good else todo)

    out = [
        check(
            "1 complaint coordinator designated",
            bool(org.coordinators),
            f"organisation.coordinators: {', '.join(org.coordinators) or 'none'}",
            "name the coordinator(s) in organisation.coordinators",
        ),
        check(
            "2 internal procedure described",
            _configured(org.procedure_url),
            f"organisation.procedure_url: {org.procedure_url or 'none'} (its validation by the "
            "management committee is not visible to the bot)",
            "publish the procedure validated by the management committee and set "
            "organisation.procedure_url",
        ),
        check(
            "3 logo and procedure on every decision; complaint is not appeal",
            bool(tpl.logo) and _configured(org.procedure_url),
            f"templates.logo: {tpl.logo or 'none'}; every letter says a complaint does not "
            "suspend appeal deadlines (complaintbot templates check)",
            "set templates.logo to the complaint-management logo and check the letters with "
            "complaintbot templates check",
        ),
        check(
            "4 website explains why, what, procedure and deadlines",
            _configured(rs.public_url),
            f"reports.public_url: {rs.public_url or 'none'}",
            "publish the public page (complaintbot publish) and set reports.public_url",
            soft=True,
        ),
        check(
            "5 leaflet distributed",
            False,
            "the leaflet is written by complaintbot publish; its distribution is not visible",
            "hand out the leaflet inside the organisation and to stakeholders",
            soft=True,
        ),
        check(
            "6 complaint form used",
            by_form > 0,
            f"{by_form} request(s) by the web form in the last twelve months",
            "serve the form (complaintbot serve) and link it from the public page",
            soft=True,
        ),
        check(
            "7 every complaint registered with a unique number",
            True,
            f"{n_complaints} complaint(s) in the last twelve months, each numbered "
            f"({settings.numbering.format().format(now.year, 1)} …)",
            "",
        ),
        check(
            "8 always an acknowledgement",
            unacked == 0,
            f"{n_complaints - unacked} of {n_complaints} complaint(s) of the last twelve months "
            "acknowledged",
            f"{unacked} complaint(s) without an acknowledgement: see complaintbot list and the "
            "outbox (complaintbot stats)",
        ),
        check(
            "9 final answer names the second line",
            bool(settings.second_line) and not unknown_lines,
            f"second_line bodies: {', '.join(settings.second_line) or 'none'}"
            + (
                f"; categories naming unknown ones: {', '.join(unknown_lines)}"
                if unknown_lines
                else ""
            ),
            "configure [second_line] (Federal Ombudsman, Pensions Ombudsman, Comité P)",
        ),
        check(
            "10 yearly analysis and report to the management committee",
            computed and received != 0,
            f"{last_year}: {received} request(s) to report on; making the report is not recorded",
            f"run complaintbot report --year {last_year} and present it to the committee",
            soft=True,
        ),
        check(
            "11 yearly action plan against recurring complaints",
            actions > 0,
            f"{actions} improvement action(s) planned in the last twelve months",
            "add the actions of the plan: complaintbot action add --title …",
        ),
        check(
            "12 taking part in the Federal Complaints Network",
            bool(rs.network_id),
            f"reports.network_id: {rs.network_id or 'none'}",
            "set reports.network_id to the organisation's identifier at the Network",
            soft=True,
        ),
        check(
            "13 the Network's indicators measured",
            computed,
            f"every indicator of {last_year} computed" if computed else f"error: {received}",
            "fix the error above; complaintbot report --year must run",
        ),
        check(
            "14 the most relevant indicators reported yearly",
            computed and received != 0,
            f"report --format network gives the {last_year} questionnaire",
            f"send complaintbot report --year {last_year} --format network to the Network",
            soft=True,
        ),
    ]
    return out


def as_json(checks: list[Check]) -> list[dict[str, Any]]:
    return [c.as_dict() for c in checks]
