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

from sqlalchemy import and_, bindparam, case, func, text
from sqlmodel import Session, col, select

from bot.models import Case, ImprovementAction, table_of, utcnow
from bot.reports.settings import ReportSettings
from bot.vocab import ActionStatus


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


def _window_counts(
    session: Session, rs: ReportSettings, as_of: datetime
) -> tuple[dict[str, int], dict[str, int]]:
    """Founded complaints per theme in the window ending at `as_of` and in the one before:
    one GROUP BY for categories and typologies, one over the JSON rule hits (unnested inside
    the database), each over both windows at once."""
    c = table_of(Case).c
    window = timedelta(days=rs.recurring_window_days)
    start, middle = as_of - 2 * window, as_of - window
    now: dict[str, int] = {}
    before: dict[str, int] = {}
    # `coalesce(kind, '')` keeps the planner off the kind indexes: through them it would read
    # every complaint ever received; through ix_case_received_at only the two windows.
    founded = and_(
        func.coalesce(c.kind, "") == "complaint",
        c.outcome.in_(rs.founded_outcomes),
        c.received_at >= start,
        c.received_at < as_of,
        c.test.is_(False),  # mystery-shopping tests are no recurring theme
    )
    inner = (
        select(
            case((c.received_at >= middle, 1), else_=0).label("recent"),
            c.category,
            c.typology,
        )
        .where(founded)
        .subquery()
    )
    rows = session.execute(
        select(inner.c.recent, inner.c.category, inner.c.typology, func.count()).group_by(
            inner.c.recent, inner.c.category, inner.c.typology
        )
    ).all()
    for recent, category, typology, n in rows:
        target = now if recent else before
        for key in (
            f"category:{category}" if category else None,
            f"typology:{typology}" if typology else None,
        ):
            if key:
                target[key] = target.get(key, 0) + int(n)

    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        hits = "json_each(c.rule_hits) h"
        rule = "json_extract(h.value, '$.rule')"
    else:
        hits = (
            "json_array_elements(CASE WHEN json_typeof(c.rule_hits::json) = 'array' "
            "THEN c.rule_hits::json ELSE '[]'::json END) h"
        )
        rule = "h.value ->> 'rule'"
    sql = (
        f"SELECT CASE WHEN c.received_at >= :middle THEN 1 ELSE 0 END AS recent, {rule} AS rule, "
        f'COUNT(DISTINCT c.id) FROM "case" c, {hits} '
        "WHERE coalesce(c.kind, '') = 'complaint' AND c.outcome IN :outcomes "
        "AND c.received_at >= :start AND c.received_at < :end AND c.rule_hits IS NOT NULL "
        "GROUP BY 1, 2"
    )
    ts = table_of(Case).c.received_at.type
    stmt = text(sql).bindparams(
        bindparam("outcomes", expanding=True),
        *[bindparam(name, type_=ts) for name in ("middle", "start", "end")],
    )
    for recent, name, n in session.execute(
        stmt,
        {"outcomes": list(rs.founded_outcomes), "middle": middle, "start": start, "end": as_of},
    ):
        if name and name.startswith(rs.theme_rule_prefix) and name not in rs.theme_rule_exclude:
            target = now if recent else before
            target[f"keyword:{name}"] = target.get(f"keyword:{name}", 0) + int(n)
    return now, before


def recurring_themes(
    session: Session, rs: ReportSettings, *, as_of: datetime, all_themes: bool = False
) -> list[Theme]:
    """Themes with at least `recurring_theme_min_founded` founded complaints in the window
    ending at `as_of` (every theme seen when `all_themes`), most frequent first."""
    now, before = _window_counts(session, rs, as_of)
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
    if status not in (ActionStatus.DONE, ActionStatus.DROPPED):
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
    session: Session,
    *,
    status: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[ImprovementAction]:
    """Actions (of a status; or alive in [since, until): created before until, not done before
    since), oldest first. Action plans are short: this loads them."""
    query = select(ImprovementAction).order_by(col(ImprovementAction.id))
    if status:
        query = query.where(ImprovementAction.status == status)
    if until is not None:
        query = query.where(ImprovementAction.created_at < until)
    if since is not None:
        query = query.where(
            col(ImprovementAction.done_at).is_(None) | (col(ImprovementAction.done_at) >= since)
        )
    return list(session.execute(query).scalars())


def is_overdue(action: ImprovementAction, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    return action.status == "planned" and action.due is not None and action.due < now
