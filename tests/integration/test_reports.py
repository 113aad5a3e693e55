"""`complaintbot report|action|publish` end to end: files written, opened and checked."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from bot.cli import main
from bot.db import make_engine, migrate
from bot.models import Case
from bot.reports.indicators import INDICATORS
from bot.reports.render import CSV_COLUMNS

CONFIG = str(Path(__file__).resolve().parents[2] / "config" / "example.toml")


@pytest.fixture
def db(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", database_url)
    engine = make_engine(database_url)
    migrate(engine)
    t = datetime(2025, 3, 3, 9, tzinfo=UTC)
    with Session(engine) as session:
        for i in range(12):
            year_shift = timedelta(days=-365) if i >= 9 else timedelta()
            received = t + timedelta(days=7 * i) + year_shift
            session.add(
                Case(
                    number=f"R-{i}",
                    year=received.year,
                    seq=i,
                    kind="complaint" if i % 4 else "information_request",
                    received_at=received,
                    due_at=received + timedelta(days=30),
                    acknowledged_at=received + timedelta(minutes=5),
                    answered_at=received + timedelta(days=3 + i),
                    admissible=True,
                    outcome="founded" if i % 2 else "unfounded",
                    typology="processing" if i % 2 else None,
                    category="pensions",
                    language=("fr", "nl", "de")[i % 3],
                    escalated_to="pensions_ombudsman" if i == 3 else None,
                )
            )
        session.commit()
    engine.dispose()
    return database_url


def run(*args: str) -> int:
    return main(["--config", CONFIG, *args])


def test_csv_layout(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert run("report", "--year", "2025", "--format", "csv", "--output", str(out)) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    # every indicator present, in the documented order
    seen = list(dict.fromkeys(r["indicator"] for r in body))
    assert seen == list(INDICATORS)
    assert {r["period"] for r in body} == {"2025"}
    assert {r["previous_period"] for r in body} == {"2024"}
    by_key = {(r["indicator"], r["dimension"]): r for r in body}
    # i = 1,2,3,5,6,7 are complaints in 2025 (0, 4, 8 information requests; 9-11 in 2024)
    assert by_key[("requests_received", "complaint")]["value"] == "6"
    assert by_key[("requests_received", "complaint")]["previous_value"] == "3"  # 9, 10, 11
    assert by_key[("escalations", "pensions_ombudsman")]["value"] == "1"
    assert by_key[("answer_days", "median")]["unit"] == "days"
    # known dimensions are always there, with 0
    assert by_key[("complaints_channel", "form")]["value"] == "0"


def test_network_questionnaire_layout(db: str, tmp_path: Path) -> None:
    out = tmp_path / "network.csv"
    argv = ["--format", "network", "--output", str(out), "--language", "nl"]
    assert run("report", "--year", "2025", *argv) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["organisation_id", "organisation", "period", "question"]
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert {r["organisation"] for r in body} == {"FOD Voorbeeld"}
    assert {r["period"] for r in body} == {"2025"}
    # one row per question, numbered in framework §3.2 order, without gaps inside a question
    questions = [tuple(int(x) for x in r["question"].split(".")) for r in body]
    assert questions == sorted(questions)
    assert {q for q, _ in questions} == set(range(1, 16))
    by_q = {r["question"]: r for r in body}
    assert (by_q["1.1"]["indicator"], by_q["1.1"]["dimension"], by_q["1.1"]["value"]) == (
        "requests_received",
        "complaint",
        "6",
    )
    assert by_q["14.1"]["dimension"] == "complaint_handling"
    assert by_q["1.1"]["label"].startswith("Ontvangen aanvragen per type – Klachten")


def test_xlsx_has_one_sheet_per_table(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert (
        run(
            "report", "--year", "2025", "--format", "xlsx", "--output", str(out), "--language", "nl"
        )
        == 0
    )
    wb = load_workbook(out)
    # Sheets named in the reader's language; the machine-readable rows last, as "data".
    assert wb.sheetnames[0] == "Kerncijfers" and wb.sheetnames[-1] == "data"
    assert "Oordeel over de ontvankelijke" in wb.sheetnames  # 31 characters at most
    data = list(wb["data"].values)
    assert tuple(data[0]) == CSV_COLUMNS
    sheet = wb["Oordeel over de ontvankelijke"]
    outcome = list(sheet.values)
    assert outcome[0][0] == "Oordeel over de ontvankelijke klachten"
    founded = [r for r in outcome if r[0] == "Gegrond"][0]
    assert founded[1] == 4  # i = 1, 3, 5, 7
    assert all(len(r) == 3 for r in outcome[1:])  # no identifier column for the reader
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref.startswith("A2:C")
    assert sheet.column_dimensions["A"].width >= len("Gedeeltelijk gegrond")
    answers = wb[[n for n in wb.sheetnames if n.startswith("Antwoordtermijn")][0]]
    pct = [r for r in answers.iter_rows(min_row=3) if r[0].value and "%" in str(r[0].value)]
    assert pct and pct[0][1].number_format == "0.0%" and 0 <= pct[0][1].value <= 1
    wb.close()


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.imgs: list[dict[str, str | None]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "img":
            self.imgs.append(a)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_html_report(db: str, tmp_path: Path, language: str) -> None:
    out = tmp_path / "r.html"
    assert (
        run(
            "report",
            "--year",
            "2025",
            "--format",
            "html",
            "--output",
            str(out),
            "--language",
            language,
        )
        == 0
    )
    html = out.read_text(encoding="utf-8")
    outline = _Outline()
    outline.feed(html)
    assert outline.lang == language
    charts = [i for i in outline.imgs if (i.get("src") or "").startswith("data:image/png;base64,")]
    assert len(charts) >= 5
    assert all(i.get("alt") for i in charts)  # every chart has a text alternative
    wanted = {"second-line", "action-plan", "t-escalations", "t-second-line", "summary"}
    assert wanted <= outline.ids
    title = {"fr": "Deuxième ligne", "nl": "Tweede lijn", "de": "Zweite Linie"}[language]
    assert f'<h2 id="h-second-line">{title}</h2>' in html
    # the year-on-year comparison: both years are column headers
    assert re.search(
        r"<th scope=\"col\" class=\"n\">2025</th><th scope=\"col\" class=\"n\">2024"
        r"</th>",
        html,
    )


def test_quarter_report_and_bad_arguments(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q.csv"
    assert run("report", "--year", "2025", "--quarter", "2", "--output", str(out)) == 0
    assert "2025-Q2" in out.read_text(encoding="utf-8")
    assert run("report", "--year", "2025", "--output", str(tmp_path / "r.pdf")) == 2
    assert "--format must be one of" in capsys.readouterr().err
    assert (
        run(
            "report",
            "--year",
            "2025",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "missing" / "r.csv"),
        )
        == 2
    )


@pytest.mark.parametrize("year", ["1", "1976", "2999"])
def test_year_outside_the_data_is_a_one_line_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], year: str
) -> None:
    assert run("report", "--year", year, "--output", str(tmp_path / "r.csv")) == 2
    err = capsys.readouterr().err
    # The seeded cases begin in 2024 (three of them a year earlier than the rest).
    assert err.count("\n") == 1 and f"--year {year} is outside the data" in err
    assert "from 2024 to" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv").exists()


def test_action_plan_commands(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            "action",
            "add",
            "--title",
            "Clearer pension letters",
            "--owner",
            "dg.pensions@federal.example.be",
            "--theme",
            "category:pensions",
            "--due",
            "2025-06-30",
        )
        == 0
    )
    assert "action #1 added" in capsys.readouterr().out
    assert run("action", "add", "--title", "x", "--due", "30/06/2025") == 2
    assert run("action", "list", "--json") == 0
    assert '"status": "planned"' in capsys.readouterr().out
    assert run("action", "done", "1") == 0
    assert run("action", "done", "7") == 2
    capsys.readouterr()
    assert run("action", "list", "--status", "done") == 0
    assert "Clearer pension letters" in capsys.readouterr().out
    # the action shows in the report and is counted as an improvement action
    out = tmp_path / "r.html"
    assert (
        run(
            "report",
            "--year",
            datetime.now(UTC).strftime("%Y"),
            "--format",
            "html",
            "--output",
            str(out),
        )
        == 0
    )
    html = out.read_text(encoding="utf-8")
    assert "Clearer pension letters" in html
    csv_out = tmp_path / "r.csv"
    assert (
        run(
            "report",
            "--year",
            datetime.now(UTC).strftime("%Y"),
            "--format",
            "csv",
            "--output",
            str(csv_out),
        )
        == 0
    )
    assert "improvement_actions,done,count," in csv_out.read_text(encoding="utf-8")
    assert re.search(r"improvement_actions,done,count,\d+,1,", csv_out.read_text(encoding="utf-8"))


class _A11y(HTMLParser):
    """The structural WCAG checks a parser can do: lang, skip link, headings, labels."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.first_link: str | None = None
        self.headings: list[int] = []
        self.ids: set[str] = set()
        self.imgs_without_alt = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "a" and self.first_link is None:
            self.first_link = a.get("href")
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "img" and a.get("alt") is None:
            self.imgs_without_alt += 1


def test_publish(db: str, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert run("publish", "--output", str(out)) == 0
    for lang in ("fr", "nl", "de", "en"):
        for page in ("index", "leaflet"):
            html = (out / lang / f"{page}.html").read_text(encoding="utf-8")
            doc = _A11y()
            doc.feed(html)
            assert doc.lang == lang
            assert doc.first_link == "#main" and "main" in doc.ids  # skip link first
            assert doc.headings[0] == 1 and doc.headings.count(1) == 1
            assert all(b - a <= 1 for a, b in zip(doc.headings, doc.headings[1:], strict=False))
            assert doc.imgs_without_alt == 0
            # deadlines and second line come from the settings
            ombudsman = {
                "fr": "mediateurfederal.be",
                "nl": "federaalombudsman.be",
                "de": "federalombudsman.be",
                "en": "federalombudsman.be",
            }
            assert "30" in html and ombudsman[lang] in html  # the body's site in this language
            if lang != "en":  # the English courtesy note is for English readers only
                assert "courtesy" not in html
    # the privacy notice (GDPR art. 13): its own page per language, also on the public page
    for lang, dpo_word in (("fr", "délégué"), ("nl", "functionaris"), ("de", "Datenschutz")):
        privacy = (out / lang / "privacy.html").read_text(encoding="utf-8")
        assert dpo_word in privacy and "dpo@federal.example.be" in privacy
        assert "privacy.html" in (out / lang / "index.html").read_text(encoding="utf-8")
    assert "deux ans après la clôture" in (out / "fr" / "privacy.html").read_text("utf-8")
    # the printed leaflet gives the form as an absolute address in its own language
    leaflet = (out / "nl" / "leaflet.html").read_text(encoding="utf-8")
    assert "https://federal.example.be/form/nl" in leaflet and ">/form/" not in leaflet
    fr = (out / "fr" / "index.html").read_text(encoding="utf-8")
    assert "ne suspend pas les délais de recours" in fr
    assert "Médiateur fédéral" in fr and "Comité P" in fr
    # which body covers what: pensions, police conduct, everything else
    assert "Pour les plaintes relatives à une pension légale" in fr
    assert "comportement de membres des services de police" in fr
    assert fr.count("Si vous n'êtes pas satisfait") == 0  # said once, in the intro
    nl = (out / "nl" / "index.html").read_text(encoding="utf-8")
    assert "schorst de beroepstermijnen niet" in nl and "30 kalenderdagen" in nl
    assert "@media print" in (out / "de" / "leaflet.html").read_text(encoding="utf-8")
    assert (out / "index.html").exists()
