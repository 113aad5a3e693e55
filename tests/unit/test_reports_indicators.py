"""Indicators against a seeded year whose figures are worked out by hand below.

The seed is written straight into a fresh database (SQLite and PostgreSQL). Times are UTC;
the report year is Europe/Brussels, so 2024-12-31 23:30Z belongs to 2025 and 2025-12-31
23:30Z to 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.db import make_engine, migrate
from bot.models import Case, ImprovementAction
from bot.reports.actions import add_action, finish_action, recurring_themes
from bot.reports.indicators import Period, compare, compute
from bot.reports.settings import ReportSettings

TZ = ZoneInfo("Europe/Brussels")
AS_OF = datetime(2026, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


_seq = iter(range(1, 10_000))


def case(kind: str, received: datetime, **kw: object) -> Case:
    n = next(_seq)
    kw.setdefault("due_at", received + 30 * D)
    return Case(
        number=f"T-{n:06d}",
        year=received.year,
        seq=n,
        kind=kind,
        received_at=received,
        sender=f"citizen{n}@example.org",
        sender_name="Jan Peeters",
        subject="personal subject",
        **kw,
    )  # type: ignore[arg-type]


def seed(session: Session) -> None:
    r1, r2, r3 = at(2025, 1, 10, 9), at(2025, 3, 1, 12), at(2025, 6, 15, 8)
    r5, r6 = at(2025, 12, 31, 22, 30), at(2024, 12, 31, 23, 30)
    session.add_all(
        [
            # C1: 1 h to acknowledge, 10 days to answer, founded, quality, to the pensions ombudsman
            case(
                "complaint",
                r1,
                channel="mail",
                language="fr",
                category="pensions",
                service="pensions@x.be",
                acknowledged_at=r1 + H,
                answered_at=r1 + 10 * D,
                admissible=True,
                outcome="founded",
                typology="quality",
                escalated_to="pensions_ombudsman",
            ),
            # C2: web form, 2 days to acknowledge, 20 days to answer, partly founded, processing
            case(
                "complaint",
                r2,
                channel="form",
                language="nl",
                category="pensions",
                acknowledged_at=r2 + 2 * D,
                answered_at=r2 + 20 * D,
                admissible=True,
                outcome="partly_founded",
                typology="processing",
            ),
            # C3: outside the standard procedure, acknowledged late (10 d), answered late (40 d)
            case(
                "complaint",
                r3,
                channel="mail",
                standard_procedure=False,
                language="nl",
                category="taxes",
                service="taxes@x.be",
                acknowledged_at=r3 + 10 * D,
                answered_at=r3 + 40 * D,
                admissible=True,
                outcome="unfounded",
            ),
            # C4: imported, never acknowledged, inadmissible (anonymous), closed
            case(
                "complaint",
                at(2025, 9, 1, 10),
                channel="import",
                language="de",
                category="other",
                admissible=False,
                inadmissible_reason="anonymous",
                closed_at=at(2025, 9, 5, 10),
            ),
            # C5: 31 Dec 23:30 in Brussels: 2025; admissibility pending, open at year end
            case(
                "complaint",
                r5,
                channel="mail",
                language="fr",
                category="taxes",
                acknowledged_at=r5 + H / 2,
            ),
            # C6: 1 Jan 00:30 in Brussels: 2025; answered after 31 days (late), founded, quality
            case(
                "complaint",
                r6,
                channel="mail",
                language="fr",
                category="pensions",
                acknowledged_at=r6 + H,
                answered_at=r6 + 31 * D,
                admissible=True,
                outcome="founded",
                typology="quality",
                escalated_to="federal_ombudsman",
            ),
            # C7: 1 Jan 2026 00:30 in Brussels: not 2025
            case("complaint", at(2025, 12, 31, 23, 30), channel="mail", language="fr"),
            # A1, I1, I2
            case("appeal", at(2025, 4, 1, 10), language="fr", closed_at=at(2025, 4, 2, 10)),
            case(
                "information_request",
                at(2025, 5, 5, 10),
                language="en",
                answered_at=at(2025, 5, 6, 10),
            ),
            case("information_request", at(2025, 11, 20, 10), language=None),
            # 2024: P1 founded; P2 open at the end of 2024, answered in 2025 after 92 days (late)
            case(
                "complaint",
                at(2024, 6, 1, 10),
                language="fr",
                category="pensions",
                acknowledged_at=at(2024, 6, 1, 11),
                answered_at=at(2024, 6, 11, 10),
                admissible=True,
                outcome="founded",
                typology="quality",
            ),
            case(
                "complaint",
                at(2024, 11, 1, 10),
                language="fr",
                category="taxes",
                acknowledged_at=at(2024, 11, 1, 11),
                answered_at=at(2025, 2, 1, 10),
                admissible=True,
                outcome="unfounded",
            ),
        ]
    )
    session.add_all(
        [
            ImprovementAction(
                title="X1", created_at=at(2025, 2, 1), status="done", done_at=at(2025, 6, 1)
            ),
            ImprovementAction(title="X2", created_at=at(2025, 10, 1)),
            ImprovementAction(
                title="X3", created_at=at(2024, 5, 1), status="done", done_at=at(2025, 1, 15)
            ),
            ImprovementAction(title="X4", created_at=at(2025, 3, 1), status="dropped"),
        ]
    )
    session.commit()


# (indicator, dimension) -> value, worked out from the seed above.
EXPECTED_2025 = {
    # C1..C6 complaints, A1 appeal, I1 I2 information requests
    ("requests_received", "complaint"): 6,
    ("requests_received", "appeal"): 1,
    ("requests_received", "information_request"): 2,
    ("requests_received", "total"): 9,
    ("complaints_procedure", "standard"): 5,
    ("complaints_procedure", "outside"): 1,  # C3
    ("complaints_channel", "mail"): 4,  # C1 C3 C5 C6
    ("complaints_channel", "form"): 1,  # C2
    ("complaints_channel", "import"): 1,  # C4
    ("complaints_admissibility", "admissible"): 4,  # C1 C2 C3 C6
    ("complaints_admissibility", "inadmissible"): 1,  # C4
    ("complaints_admissibility", "pending"): 1,  # C5
    ("complaints_inadmissible_reason", "anonymous"): 1,
    ("complaints_inadmissible_reason", "total"): 1,
    ("complaints_outcome", "founded"): 2,  # C1 C6
    ("complaints_outcome", "partly_founded"): 1,  # C2
    ("complaints_outcome", "unfounded"): 1,  # C3
    ("complaints_outcome", "no_judgement_possible"): 0,
    ("complaints_outcome", "not_judged"): 0,
    ("complaints_outcome", "total"): 4,
    ("founded_typology", "quality"): 2,  # C1 C6
    ("founded_typology", "processing"): 1,  # C2
    ("founded_typology", "behaviour"): 0,
    ("founded_typology", "total"): 3,
    # C5 and I2 (C4 and A1 closed, I1 and P2 answered, C7 is 2026)
    ("open_at_period_end", "complaint"): 1,
    ("open_at_period_end", "information_request"): 1,
    ("open_at_period_end", "appeal"): 0,
    ("open_at_period_end", "total"): 2,
    # acknowledged C1 1/24, C2 2, C3 10, C5 1/48, C6 1/24 -> sorted 1/48 1/24 1/24 2 10
    ("acknowledgement_days", "count"): 5,
    ("acknowledgement_days", "median"): round(1 / 24, 2),
    ("acknowledgement_days", "p90"): round(2 + 0.6 * (10 - 2), 2),  # rank 3.6 of 0..4
    ("acknowledgement_days", "within_deadline_pct"): round(100 * 4 / 6, 2),  # C4 never, C3 late
    # answered in 2025: C1 10, C2 20, C6 31, C3 40, P2 92
    ("answer_days", "count"): 5,
    ("answer_days", "mean"): round((10 + 20 + 31 + 40 + 92) / 5, 2),
    ("answer_days", "median"): 31.0,
    ("answer_days", "p90"): round(40 + 0.6 * (92 - 40), 2),
    ("answer_days", "within_deadline_pct"): 40.0,  # C1 C2 in time
    ("daily_use", "requests"): round(9 / 365, 2),
    ("daily_use", "complaints"): round(6 / 365, 2),
    ("improvement_actions", "planned"): 2,  # X1 X2 (X4 dropped)
    ("improvement_actions", "done"): 2,  # X1 X3
    ("improvement_actions", "open_at_period_end"): 1,  # X2
    ("escalations", "federal_ombudsman"): 1,
    ("escalations", "pensions_ombudsman"): 1,
    ("escalations", "comite_p"): 0,
    ("escalations", "total"): 2,
    ("complaints_category", "pensions"): 3,
    ("complaints_category", "taxes"): 2,
    ("complaints_category", "other"): 1,
    ("complaints_category", "total"): 6,
    ("complaints_service", "pensions@x.be"): 1,
    ("complaints_service", "taxes@x.be"): 1,
    ("complaints_service", "unknown"): 4,
    ("requests_language", "fr"): 4,  # C1 C5 C6 A1
    ("requests_language", "nl"): 2,
    ("requests_language", "de"): 1,
    ("requests_language", "en"): 1,
    ("requests_language", "unknown"): 1,
    ("requests_language", "total"): 9,
}


def test_seeded_year(engine: Engine) -> None:
    with Session(engine) as session:
        seed(session)
        got = compute(session, Period.of(2025), tz=TZ, as_of=AS_OF).as_dict()
    wrong = {k: (got.get(k), v) for k, v in EXPECTED_2025.items() if got.get(k) != pytest.approx(v)}
    assert wrong == {}, "indicator: (got, expected)"


def test_previous_year_and_comparison(engine: Engine) -> None:
    with Session(engine) as session:
        seed(session)
        current = compute(session, Period.of(2025), tz=TZ, as_of=AS_OF)
        previous = compute(session, Period.of(2025).previous(), tz=TZ, as_of=AS_OF)
    assert previous.period.label == "2024"
    assert previous.get("requests_received", "complaint") == 2  # P1 P2
    assert previous.get("open_at_period_end", "complaint") == 1  # P2
    assert previous.get("improvement_actions", "planned") == 1  # X3
    rows = {(r.indicator, r.dimension): (r.value, p) for r, p in compare(current, previous)}
    assert rows[("requests_received", "complaint")] == (6, 2)
    assert rows[("complaints_category", "pensions")] == (3, 1)
    assert rows[("complaints_category", "taxes")] == (2, 1)
    assert rows[("answer_days", "median")] == (31.0, 10.0)  # 2024: P1 only


def test_empty_period_is_well_defined(engine: Engine) -> None:
    with Session(engine) as session:
        ind = compute(session, Period.of(2030), tz=TZ, as_of=AS_OF)
    assert ind.get("requests_received") == 0
    assert ind.get("answer_days", "median") is None
    assert ind.get("answer_days", "within_deadline_pct") is None
    assert ind.get("daily_use", "requests") is None  # the period has not started at AS_OF


def test_quarter_and_running_period(engine: Engine) -> None:
    with Session(engine) as session:
        seed(session)
        q1 = compute(session, Period.of(2025, 1), tz=TZ, as_of=AS_OF)
        # a running year: daily use divides by the days elapsed so far, not by 365
        running = compute(session, Period.of(2025), tz=TZ, as_of=at(2025, 2, 1, 0))
    assert q1.period.label == "2025-Q1"
    assert q1.get("requests_received", "complaint") == 3  # C1 C2 C6
    assert q1.get("answer_days", "count") == 4  # C1 C6 (Jan), P2 (Feb), C2 (21 Mar)
    days = (at(2025, 2, 1, 0) - at(2024, 12, 31, 23)).total_seconds() / 86400
    assert running.get("daily_use", "requests") == round(9 / days, 2)
    assert Period.of(2025, 4).end.year == 2026


def test_figures_survive_gdpr_clean_up(engine: Engine) -> None:
    with Session(engine) as session:
        seed(session)
        before = compute(session, Period.of(2025), tz=TZ, as_of=AS_OF).as_dict()
        session.execute(update(Case).values(sender="", sender_name="", subject="", rule_hits=None))
        session.commit()
        after = compute(session, Period.of(2025), tz=TZ, as_of=AS_OF).as_dict()
    assert after == before


def test_recurring_themes(engine: Engine) -> None:
    rs = ReportSettings(recurring_theme_min_founded=3, recurring_window_days=90)
    as_of = at(2025, 7, 1)
    delay = [
        {"rule": "complaint_delay", "kind": "complaint", "weight": 1.0, "reason": "r"},
        {"rule": "complaint_word", "kind": "complaint", "weight": 1.0, "reason": "r"},
    ]
    with Session(engine) as session:
        session.add_all(
            [
                # in the window (1 Apr - 1 Jul): 3 founded pensions/processing with the delay rule
                *[
                    case(
                        "complaint",
                        as_of - (10 + i) * D,
                        category="pensions",
                        outcome=o,
                        typology="processing",
                        rule_hits=delay,
                    )
                    for i, o in enumerate(["founded", "partly_founded", "founded"])
                ],
                # also in the window but not founded: not counted
                case("complaint", as_of - 5 * D, category="pensions", outcome="unfounded"),
                # 2 founded taxes complaints: under the threshold of 3
                *[
                    case("complaint", as_of - 20 * D, category="taxes", outcome="founded")
                    for _ in range(2)
                ],
                # the window before: 1 founded pensions complaint
                case("complaint", as_of - 120 * D, category="pensions", outcome="founded"),
            ]
        )
        session.commit()
        action = add_action(
            session, title="Shorter pension forms", owner="dg@x.be", theme="category:pensions"
        )
        session.commit()
        themes = {t.key: t for t in recurring_themes(session, rs, as_of=as_of)}
        assert set(themes) == {
            "category:pensions",
            "typology:processing",
            "keyword:complaint_delay",
        }  # complaint_word is generic
        pensions = themes["category:pensions"]
        assert (pensions.count, pensions.previous, pensions.trend, pensions.actions) == (
            3,
            1,
            "up",
            1,
        )
        assert themes["keyword:complaint_delay"].previous == 0
        loose = ReportSettings(recurring_theme_min_founded=2)
        assert "category:taxes" in {t.key for t in recurring_themes(session, loose, as_of=as_of)}
        finish_action(session, action.id, status="dropped")  # type: ignore[arg-type]
        session.commit()
        themes = {t.key: t for t in recurring_themes(session, rs, as_of=as_of)}
        assert themes["category:pensions"].actions == 0


def test_outcomes_are_the_state_at_the_end_of_the_period(engine: Engine) -> None:
    # Received in December 2030 and judged founded in January 2031: the 2030 report, made in
    # March 2031, says "not judged yet", as it says "pending" for admissibility decided late.
    with Session(engine) as session:
        late = dict(admissible=True, admissibility_decided_at=at(2030, 12, 20, 9))
        session.add(
            case(
                "complaint",
                at(2030, 12, 15, 9),
                status="closed",
                outcome="founded",
                typology="quality",
                resolved=True,
                answered_at=at(2031, 1, 10, 9),
                closed_at=at(2031, 1, 10, 9),
                **late,
            )
        )
        session.add(
            case(
                "complaint",
                at(2030, 12, 1, 9),
                status="closed",
                outcome="unfounded",
                answered_at=at(2030, 12, 22, 9),
                closed_at=at(2030, 12, 22, 9),
                admissible=True,
                admissibility_decided_at=at(2030, 12, 5, 9),
            )
        )
        session.commit()
        ind = compute(session, Period.of(2030), tz=TZ, as_of=at(2031, 3, 1, 0))
    assert ind.get("complaints_outcome", "unfounded") == 1
    assert ind.get("complaints_outcome", "founded") == 0
    assert ind.get("complaints_outcome", "not_judged") == 1
    assert ind.get("founded_typology", "quality") == 0
    assert ind.get("founded_resolved", "resolved") == 0
    assert ind.get("complaints_admissibility", "admissible") == 2
