"""One vocabulary: every value a command can store is counted by the report and has a label
in French, Dutch, German and English; the first versions' spellings keep working."""

from __future__ import annotations

from enum import StrEnum

import pytest
from harness.world import CONFIG, HMAC_KEY, World, Z, handler_mail
from mailfactory import citizen_mail

from bot import cli
from bot.commands.parse import parse_commands, reason_of
from bot.reports import i18n, indicators
from bot.reports.indicators import Period, compute
from bot.vocab import (
    CASE_CHANNELS,
    CITIZEN_KINDS,
    ClosingOutcome,
    Escalation,
    InadmissibleReason,
    Language,
    Origin,
    Outcome,
    RequestType,
    Typology,
)

STORED: list[tuple[str, type[StrEnum] | tuple[str, ...], tuple[str, ...]]] = [
    ("complaints_inadmissible_reason", InadmissibleReason, indicators.REASONS),
    ("complaints_outcome", Outcome, indicators.OUTCOMES),
    ("complaints_outcome", ClosingOutcome, indicators.OUTCOMES),
    ("founded_typology", Typology, tuple(Typology)),
    ("escalations", Escalation, indicators.ESCALATIONS),
    ("complaints_channel", CASE_CHANNELS, CASE_CHANNELS),
    ("requests_received", CITIZEN_KINDS, CITIZEN_KINDS),
    ("requests_by_type", RequestType, tuple(RequestType)),
    ("requests_language", tuple(Language), tuple(Language)),
]


@pytest.mark.parametrize(("indicator", "values", "counted"), STORED)
def test_every_stored_value_is_counted_and_labelled(
    indicator: str, values: type[StrEnum] | tuple[str, ...], counted: tuple[str, ...]
) -> None:
    for value in (str(v) for v in values):
        assert value in counted, f"{indicator}: {value} is stored but never counted"
        qualified = f"{indicator}.{value}"
        entry = i18n.DIMENSIONS.get(qualified) or i18n.DIMENSIONS.get(value)
        assert entry is not None, f"{value}: no label"
        assert set(entry) >= set(i18n.LANGS) and all(entry[lang] for lang in i18n.LANGS)


def test_origins_are_counted_and_labelled() -> None:
    assert set(indicators.INDICATORS) >= {"complaints_origin", "founded_resolved"}
    for origin in Origin:
        assert all(i18n.DIMENSIONS[origin.value][lang] for lang in i18n.LANGS)


def test_a_word_naming_two_things_gets_the_label_of_its_indicator() -> None:
    assert i18n.dimension_label("escalations", "appeal", "fr") == "Recours administratif"
    assert i18n.dimension_label("requests_received", "appeal", "fr").startswith("Recours (")


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("old_facts", InadmissibleReason.OLD_FACTS),
        ("old-facts", InadmissibleReason.OLD_FACTS),
        ("Old-Facts", InadmissibleReason.OLD_FACTS),
        ("facts-older-than-1-year", InadmissibleReason.OLD_FACTS),
        ("vague", InadmissibleReason.VAGUE),
        ("appeal_route", InadmissibleReason.APPEAL_ROUTE),
        ("information-only", InadmissibleReason.INFORMATION_ONLY),
        ("repetition", InadmissibleReason.REPETITION),
        ("manifestly_unfounded", InadmissibleReason.MANIFESTLY_UNFOUNDED),
        ("vexatious", InadmissibleReason.MANIFESTLY_UNFOUNDED),
        ("general-policy", InadmissibleReason.GENERAL_POLICY),
        ("pending-appeal", InadmissibleReason.PENDING_APPEAL),
        ("insulting", InadmissibleReason.INSULTING),
        ("outside_competence", InadmissibleReason.OUTSIDE_COMPETENCE),
    ],
)
def test_documented_aliases(word: str, reason: InadmissibleReason) -> None:
    assert reason_of(word) is reason
    (command,) = parse_commands(f"#inadmissible {word}")
    assert command.reason is reason  # type: ignore[attr-defined]


def test_unknown_reason_lists_the_short_words() -> None:
    with pytest.raises(Exception, match="old-facts") as info:
        parse_commands("#inadmissible bogus")
    assert "facts-older-than-1-year" not in str(info.value)  # the short words, not every alias


def test_old_facts_by_mail_and_by_command_is_counted_under_its_reason(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)
    world = World.build(tmp_path, Z("2026-11-23T09:00"))
    numbers = []
    for seq in (1, 2, 3):
        world.deliver(citizen_mail(sender=f"c{seq}@example.be", seq=seq))
        numbers.append(world.case().number)
    first = world.case(numbers[0])
    reply_to = str(
        world.parsed([o for o in world.outbox("assignment") if o.case_id == first.id][0])[
            "Reply-To"
        ]
    )
    world.deliver(
        handler_mail(
            to=reply_to,
            body="#inadmissible old-facts",
            sender="complaints@federal.example.be",
            seq=10,
        )
    )
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    assert cli.main(["--config", str(CONFIG), "inadmissible", numbers[1], "old_facts"]) == 0
    assert cli.main(["--config", str(CONFIG), "inadmissible", numbers[2], "vague"]) == 0
    with world.session() as s:
        ind = compute(s, Period.of(2026), tz=world.ctx.calendar.tz, as_of=world.clock.now)
    # Hand count: two cases for old facts (by mail, by command), one too vague.
    assert ind.get("complaints_inadmissible_reason", "facts_older_than_1_year") == 2
    assert ind.get("complaints_inadmissible_reason", "insufficient_description") == 1
    assert ind.get("complaints_inadmissible_reason", "total") == 3
    assert ind.get("complaints_admissibility", "inadmissible") == 3


def test_mystery_shopping_complaints_are_handled_but_never_counted(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from bot.reports import render

    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)
    world = World.build(tmp_path, Z("2026-11-23T09:00"))
    reports = world.app.settings.reports.model_copy(update={"test_senders": ["Shopper@BOSA.be"]})
    world.app.settings = world.app.settings.model_copy(update={"reports": reports})
    world.ctx.settings = world.app.settings
    world.deliver(citizen_mail(sender="shopper@bosa.be", seq=1))
    shopper = world.case()
    world.deliver(citizen_mail(sender="real@example.be", seq=2))
    marked = world.case()
    world.deliver(citizen_mail(sender="other@example.be", seq=3))
    counted = world.case()
    assert shopper.test is True and marked.test is False
    # handled like any other: acknowledged and assigned
    assert {o.purpose for o in world.outbox() if o.case_id == shopper.id} >= {
        "ack_complaint",
        "assignment",
    }
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    assert cli.main(["--config", str(CONFIG), "mark-test", marked.number]) == 0
    assert world.case(marked.number).test is True
    assert world.events(marked.id, "marked_test")[0].channel == "cli"
    with world.session() as s:
        ind = compute(s, Period.of(2026), tz=world.ctx.calendar.tz, as_of=world.clock.now)
        report = render.build(s, world.app.settings, period=Period.of(2026), as_of=world.clock.now)
    # Hand count: three complaints received, two of them tests: one counted.
    assert ind.get("requests_received", "complaint") == 1
    assert ind.get("open_at_period_end", "complaint") == 1
    assert [c.number for c in report.tests] == [shopper.number, marked.number]
    html = render.render_html(report, world.app.settings)
    assert "Plaintes test (clients mystères)" in html and shopper.number in html
    assert counted.number not in html
