"""What a reader of the report sees: no "-0 %", no month that has not come yet, no empty chart."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path

from harness.world import World, Z
from mailfactory import citizen_mail

from bot.reports import render
from bot.reports.indicators import Period


def test_a_change_that_rounds_to_nothing_is_0_percent() -> None:
    assert render._change(99.6, 100) == "0 %"
    assert render._change(100.4, 100) == "0 %"
    assert render._change(150, 100) == "+50 %"
    assert render._change(50, 100) == "-50 %"


def test_no_future_month_and_no_empty_chart(tmp_path: Path) -> None:
    world = World.build(tmp_path, Z("2026-03-10T09:00"))
    with world.session() as s:
        empty = render.build(s, world.app.settings, period=Period.of(2026), as_of=world.clock.now)
    html = render.render_html(empty, world.app.settings)
    # nothing in 2026 nor 2025: each chart is replaced by a sentence, not drawn empty
    assert html.count("Aucune donnée pour cette période") >= 5

    world.deliver(citizen_mail(sender="a@example.be", seq=1))
    with world.session() as s:
        report = render.build(s, world.app.settings, period=Period.of(2026), as_of=world.clock.now)
    drawn = render._until(report, [float(v) for v in report.monthly])
    assert drawn[:3] == [0.0, 0.0, 1.0]  # January to March 2026
    assert all(math.isnan(v) for v in drawn[3:])  # April to December: not yet, not 0
    assert render.render_html(report, world.app.settings).count("data:image/png") >= 2
    assert report.as_of == datetime(2026, 3, 10, 9, tzinfo=UTC)


def test_figures_are_written_as_each_language_writes_them() -> None:
    assert render._local(9.375, "fr") == "9,38"
    assert render._local(9.375, "nl") == "9,38"
    assert render._local(1234.5, "de") == "1.234,5"
    assert render._local(1234.5, "en") == "1,234.5"
    assert render._local(0, "fr") == "0" and render._local(None, "fr") == ""
    assert render._fmt(9.375) == "9.38"  # the CSV stays machine-readable


def test_the_report_says_how_each_tricky_figure_is_counted(tmp_path: Path) -> None:
    from bot.reports import i18n

    for key, texts in i18n.DEFINITIONS.items():
        assert key == "_all" or key in render.INDICATORS
        assert all(texts[lang] for lang in i18n.LANGS)
    world = World.build(tmp_path, Z("2026-03-10T09:00"))
    with world.session() as s:
        report = render.build(s, world.app.settings, period=Period.of(2026), as_of=world.clock.now)
    report.language = "nl"
    html = render.render_html(report, world.app.settings)
    assert "niet de verschoven vervaldatum" in html  # answer_days: the legal deadline
    assert "Testklachten (mystery shopping) tellen nergens mee" in html


def test_dates_are_written_as_each_language_writes_them(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    brussels = ZoneInfo("Europe/Brussels")
    at = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already 1 December in Brussels
    assert render._local_date(at, "fr", brussels) == "1 déc. 2026"
    assert render._local_date(at, "nl", brussels) == "1 dec 2026"
    assert render._local_date(at, "de", brussels) == "01.12.2026"
    assert render._local_date(at, "en", brussels) == "1 Dec 2026"
    assert render._local_date(None, "fr", brussels) == "–"

    world = World.build(tmp_path, Z("2026-03-10T09:00"))
    with world.session() as s:
        report = render.build(s, world.app.settings, period=Period.of(2026), as_of=world.clock.now)
    report.language = "de"
    html = render.render_html(report, world.app.settings)
    assert "10.03.2026" in html  # the date the report was made, as a German reader writes it
    assert "2026-03-10" not in html
