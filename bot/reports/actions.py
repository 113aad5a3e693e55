"""The yearly action plan against recurring complaints (circular 23289, criterion 11).

A *theme* is a category, a Network typology or a keyword rule that classified the mail (its
name is stored in the case's rule hits, so no personal text is needed). A theme with at least
`recurring_theme_min_founded` founded complaints received in the last `recurring_window_days`
is a candidate; its trend compares with the window before. Actions are rows of
`improvement_action`, with owner, due date and status; the report counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, bindparam, func, select, text
from sqlmodel import Session

from bot.models import Case, ImprovementAction, utcnow
from bot.reports.settings import ReportSettings

STATUSES = ("planned", "done", "dropped")


@dataclass(frozen=True, slots=True)
class Theme:
    kind: str  # category | typology | keyword
    value: str
    count: int  # founded complaints in the window
    previous: int  # in the window before
    actions: int  # improvement actions recorded for this theme (any status but dropped)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"

    @property
    def trend(self) -> str:
        if self.count > self.previous:
            return "up"
        if self.count < self.previous:
            return "down"
        return "stable"


def _keyword_counts(
    session: Session, rs: ReportSettings, start: datetime, end: datetime
) -> dict[str, int]:
    """Founded complaints per theme rule, unnesting the JSON rule hits inside the database."""
    dialect = session.get_bind().dialect.name
    outcomes = tuple(rs.founded_outcomes)
    if dialect == "sqlite":
        sql = (
            "SELECT json_extract(h.value, '$.rule') AS rule, COUNT(DISTINCT c.id) "
            'FROM "case" c, json_each(c.rule_hits) h '
            "WHERE c.kind = 'complaint' AND c.outcome IN :outcomes "
            "AND c.received_at >= :start AND c.received_at < :end AND c.rule_hits IS NOT NULL "
            "GROUP BY rule"
        )
    else:
        sql = (
            "SELECT h.value ->> 'rule' AS rule, COUNT(DISTINCT c.id) "
            'FROM "case" c, json_array_elements(CASE WHEN json_typeof(c.rule_hits::json) = '
            "'array' THEN c.rule_hits::json ELSE '[]'::json END) h "
            "WHERE c.kind = 'complaint' AND c.outcome IN :outcomes "
            "AND c.received_at >= :start AND c.received_at < :end AND c.rule_hits IS NOT NULL "
            "GROUP BY rule"
        )
    ts = Case.__table__.c.received_at.type
    stmt = text(sql).bindparams(
        bindparam("outcomes", expanding=True),
        bindparam("start", type_=ts),
        bindparam("end", type_=ts),
    )
    rows = session.execute(stmt, {"outcomes": list(outcomes), "start": start, "end": end}).all()
    counts: dict[str, int] = {}
    for rule, n in rows:
        if (
            rule
            and rule.startswith(rs.theme_rule_prefix)
            and rule not in rs.theme_rule_exclude
        ):
            counts[rule] = int(n)
    return counts


def _counts(session: Session, rs: ReportSettings, start: datetime, end: datetime) -> dict[str, int]:
    founded = and_(
        Case.kind == "complaint",
        Case.outcome.in_(rs.founded_outcomes),  # type: ignore[union-attr]
        Case.received_at >= start,
        Case.received_at < end,
    )
    counts: dict[str, int] = {}
    for kind, column in (("category", Case.category), ("typology", Case.typology)):
        rows = session.execute(
            select(column, func.count()).where(founded, column.is_not(None)).group_by(column)  # type: ignore[union-attr]
        ).all()
        counts.update({f"{kind}:{value}": int(n) for value, n in rows})
    counts.update({f"keyword:{k}": n for k, n in _keyword_counts(session, rs, start, end).items()})
    return counts


def recurring_themes(
    session: Session, rs: ReportSettings, *, as_of: datetime, all_themes: bool = False
) -> list[Theme]:
    """Themes with at least `recurring_theme_min_founded` founded complaints in the window
    ending at `as_of` (every theme seen when `all_themes`), most frequent first."""
    window = timedelta(days=rs.recurring_window_days)
    now = _counts(session, rs, as_of - window, as_of)
    before = _counts(session, rs, as_of - 2 * window, as_of - window)
    actions = dict(
        session.execute(
            select(ImprovementAction.theme, func.count())
            .where(ImprovementAction.status != "dropped")
            .group_by(ImprovementAction.theme)
        ).all()
    )
    themes = []
    for key, count in now.items():
        if not all_themes and count < rs.recurring_theme_min_founded:
            continue
        kind, _, value = key.partition(":")
        themes.append(Theme(kind, value, count, before.get(key, 0), int(actions.get(key, 0))))
    themes.sort(key=lambda t: (-t.count, t.kind, t.value))
    return themes


# -- actions ------------------------------------------------------------------------------------
def add_action(
    session: Session,
    *,
    title: str,
    owner: str,
    theme: str = "",
    due: datetime | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> ImprovementAction:
    if not title.strip():
        raise ValueError("an action needs a title")
    action = ImprovementAction(
        title=title.strip()[:400],
        owner=owner.strip()[:320],
        theme=theme.strip()[:200],
        due=due,
        note=note,
        created_at=now or utcnow(),
    )
    session.add(action)
    session.flush()
    return action


def finish_action(
    session: Session, action_id: int, *, status: str = "done", now: datetime | None = None
) -> ImprovementAction:
    if status not in ("done", "dropped"):
        raise ValueError("status must be done or dropped")
    action = session.get(ImprovementAction, action_id)
    if action is None:
        raise LookupError(f"no improvement action #{action_id}")
    action.status = status
    action.done_at = (now or utcnow()) if status == "done" else None
    session.add(action)
    session.flush()
    return action


def list_actions(
    session: Session, *, status: str | None = None, since: datetime | None = None,
    until: datetime | None = None,
) -> list[ImprovementAction]:
    """Actions (of a status; or alive in [since, until): created before until, not done before
    since), oldest first. Action plans are short: this loads them."""
    query = select(ImprovementAction).order_by(ImprovementAction.id)
    if status:
        query = query.where(ImprovementAction.status == status)
    if until is not None:
        query = query.where(ImprovementAction.created_at < until)
    if since is not None:
        query = query.where(
            (ImprovementAction.done_at.is_(None)) | (ImprovementAction.done_at >= since)  # type: ignore[union-attr]
        )
    return list(session.execute(query).scalars())


def is_overdue(action: ImprovementAction, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    return action.status == "planned" and action.due is not None and action.due < now
