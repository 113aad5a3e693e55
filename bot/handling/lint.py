"""Template lint (circular 23289, criterion 3): what every decision letter must carry.

`complaintbot templates check` renders, for the built-in templates and an administrator's
``templates.override_dir`` alike, every letter that decides or acknowledges something, in every
language the service answers in, with a sample case per second line, and checks the rendered
text (not the template source, which an override may word differently):

* the complaint-management logo in the HTML, when ``templates.logo`` is configured;
* the link to the complaint procedure in the letter's language;
* the sentence that a complaint is not an appeal (the ``complaint_not_appeal`` block of the
  language's ``_blocks.j2``, as the effective templates write it) where it is required;
* the second-line paragraph that fits the case in a final answer and an inadmissibility letter.

A template that does not render (a misspelt variable under StrictUndefined, a syntax error) is a
problem too, reported with the template and the error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from jinja2 import TemplateError

from bot.handling import letters
from bot.outbox import contexts
from bot.outbox.compose import environment, render
from bot.outbox.mime import logo_cid_for
from bot.settings import Settings
from bot.vocab import InadmissibleReason

# Letters that decide on a complaint: logo, procedure, complaint != appeal, second line.
DECISIONS = ("final_answer", "inadmissible")
# Letters that acknowledge: logo, procedure, complaint != appeal (criterion 6).
ACKNOWLEDGEMENTS = ("ack_complaint", "ack_appeal")
# One sample outcome or reason per decision letter; the appeal reason shows the appeal route.
_SAMPLE = {
    "final_answer": {"outcome": "unfounded"},
    "inadmissible": {"reason": InadmissibleReason.APPEAL_ROUTE.value},
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing a letter lacks: which letter, in which language, and what is wrong."""

    purpose: str
    lang: str
    message: str

    def __str__(self) -> str:
        return f"{self.lang}/{self.purpose}: {self.message}"


def _context(settings: Settings, lang: str, purpose: str, second_line: str) -> dict[str, Any]:
    category = next(
        (name for name, cat in settings.categories.items() if cat.second_line == second_line),
        None,
    )
    cat = settings.categories.get(category or "")
    sl = letters.second_line(settings, category, second_line)
    return {
        "case_number": "LINT-2026-000001",
        "received_at": datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        "due_date": date(2026, 4, 1),
        "citizen_name": "",
        "category_label": dict(cat.label) if cat else "",
        "appeal_route": dict(cat.appeal_route) if cat else "",
        "information_service": settings.classification.information_service,
        "sender": "citizen@example.org",
        "subject": "",
        "citizen_text": "",
        "answer_text": "",
        "second_line_key": sl["key"],
        "second_line_chosen": False,
        "second_line_name": sl["name"],
        "second_line_text": sl["text"],
        "second_line_url": sl["url"],
        **_SAMPLE.get(purpose, {}),
    }


def _block(settings: Settings, lang: str, name: str, context: dict[str, Any]) -> str:
    template = environment(settings).get_template(f"{lang}/_blocks.j2")
    module = template.make_module({**context, "lang": lang})
    return str(getattr(module, name)()).strip()


def check(settings: Settings) -> list[Problem]:
    """Every problem of every acknowledgement and decision letter, in every language."""
    problems: list[Problem] = []
    bodies = list(settings.second_line) or ["federal_ombudsman"]
    cid = logo_cid_for(settings)
    for lang in [str(lang) for lang in settings.organisation.languages]:
        for purpose in (*ACKNOWLEDGEMENTS, *DECISIONS):
            for body in bodies if purpose in DECISIONS else bodies[:1]:
                problems += _check_one(settings, lang, purpose, body, cid)
    return list(dict.fromkeys(problems))


def _check_one(
    settings: Settings, lang: str, purpose: str, body: str, cid: str | None
) -> list[Problem]:
    ctx = _context(settings, lang, purpose, body)
    try:
        letter = contexts.build(purpose, ctx)
        _, text, html = render(
            purpose, languages=[lang], context=letter, settings=settings, logo_cid=cid
        )
        not_appeal = _block(settings, lang, "complaint_not_appeal", ctx)
    except (TemplateError, ValueError) as exc:
        return [Problem(purpose, lang, f"does not render: {type(exc).__name__}: {exc}")]
    found: list[Problem] = []

    def lacks(message: str) -> None:
        found.append(Problem(purpose, lang, message))

    if cid and f"cid:{cid}" not in html:
        lacks("the HTML does not show the complaint-management logo (templates.logo)")
    procedure = settings.link("procedure", lang)
    if procedure not in text:
        lacks(f"no link to the complaint procedure ({procedure})")
    if not not_appeal:
        lacks("the complaint_not_appeal block of _blocks.j2 is empty")
    elif not_appeal not in text:
        lacks("no sentence that a complaint is not an appeal (complaint_not_appeal)")
    if purpose in DECISIONS:
        paragraph = str(ctx["second_line_text"].get(lang, "")).strip()
        if not paragraph or paragraph not in text:
            lacks(f"no second-line paragraph ({body})")
    return found
