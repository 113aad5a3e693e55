"""Request types (Network indicator 1): thank-you notes and suggestions are told apart from
complaints by a small, conservative rule; a complaint that thanks in advance stays one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from harness.classify import classifier
from harness.classify import parsed_mail as mail
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.classify import Classifier, rules_from_data
from bot.db import make_engine, migrate
from bot.errors import ConfigError
from bot.models import Case
from bot.reports import i18n
from bot.reports.indicators import Period, compute
from bot.vocab import CITIZEN_KINDS, KIND_REQUEST_TYPE, RequestType, request_type_of


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return classifier()


THANKS = [
    ("Merci", "Bonjour,\n\nMerci beaucoup pour votre aide rapide.\n\nCordialement,\nClaire Dubois"),
    ("Bedankt", "Geachte,\n\nHartelijk dank voor de snelle hulp.\n\nVriendelijke groeten,\nJan"),
    (
        "Danke",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Hilfe, mein Anliegen ist nun "
        "erledigt.\n\nMit freundlichen Grüßen\nMonika Schmitz",
    ),
    ("Thanks", "Dear Sir or Madam,\n\nThank you for your help.\n\nKind regards,\nJohn Smith"),
]

SUGGESTIONS = [
    (
        "Suggestion",
        "Bonjour,\n\nJe suggère que le formulaire en ligne permette de joindre plusieurs "
        "documents à la fois.\n\nCordialement,\nClaire Dubois",
    ),
    (
        "Voorstel",
        "Geachte,\n\nIk stel voor dat het webformulier ook 's avonds een chatfunctie "
        "aanbiedt.\n\nMet vriendelijke groeten,\nJan Peeters",
    ),
    (
        "Vorschlag",
        "Sehr geehrte Damen und Herren,\n\nich schlage vor, die Formulare auch auf Deutsch "
        "anzubieten.\n\nMit freundlichen Grüßen\nMonika Schmitz",
    ),
    (
        "Suggestion",
        "Dear Sir or Madam,\n\nI suggest that the website lists the opening hours of every "
        "office.\n\nKind regards,\nJohn Smith",
    ),
]

# Complaints that thank (in advance, or for nothing): they stay complaints.
COMPLAINTS = [
    (
        "Dossier",
        "Bonjour,\n\nJ'attends toujours une réponse à mon dossier depuis des mois, c'est "
        "inacceptable.\n\nMerci d'avance pour votre réponse.\nClaire Dubois",
    ),
    (
        "Klacht",
        "Geachte,\n\nIk wacht al maanden op een antwoord over mijn dossier. Dit is "
        "onaanvaardbaar.\n\nAlvast bedankt voor uw reactie.\nJan",
    ),
    (
        "Beschwerde",
        "Sehr geehrte Damen und Herren,\n\nich warte seit Monaten auf eine Antwort, das ist "
        "unzumutbar.\n\nVielen Dank im Voraus.\nMonika",
    ),
    (
        "Complaint",
        "Dear Sir or Madam,\n\nI have been waiting for months and still no answer about my "
        "file. This is unacceptable.\n\nThank you in advance for your help.\nJohn",
    ),
]


@pytest.mark.parametrize(("subject", "text"), THANKS)
def test_a_short_thank_you_note_is_request_type_other(
    clf: Classifier, subject: str, text: str
) -> None:
    decision = clf.classify(mail(subject, text))
    assert decision.request_type == RequestType.OTHER
    assert any(h.rule == "thanks_only" for h in decision.hits)


@pytest.mark.parametrize(("subject", "text"), SUGGESTIONS)
def test_a_suggestion_is_request_type_suggestion(clf: Classifier, subject: str, text: str) -> None:
    decision = clf.classify(mail(subject, text))
    assert decision.request_type == RequestType.SUGGESTION
    assert any(h.rule == "suggestion" for h in decision.hits)


@pytest.mark.parametrize(("subject", "text"), COMPLAINTS)
def test_a_complaint_that_thanks_stays_a_complaint(
    clf: Classifier, subject: str, text: str
) -> None:
    decision = clf.classify(mail(subject, text))
    assert decision.request_type is None
    assert decision.kind == "complaint"


def test_thanks_with_a_grievance_is_not_a_thank_you_note(clf: Classifier) -> None:
    text = "Merci beaucoup pour votre aide rapide... mais mon dossier est toujours perdu."
    assert clf.classify(mail("Merci", text)).request_type is None


def test_a_long_mail_that_thanks_is_not_a_thank_you_note(clf: Classifier) -> None:
    story = " ".join(["Mon dossier de pension a été transmis au mauvais bureau."] * 6)
    decision = clf.classify(mail("Dossier", f"Merci pour votre aide.\n\n{story}"))
    assert decision.request_type is None


def test_every_citizen_kind_has_a_request_type() -> None:
    for kind in CITIZEN_KINDS:
        assert KIND_REQUEST_TYPE[kind] in RequestType


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("suggestion", RequestType.SUGGESTION),
        ("information-request", RequestType.INFORMATION_REQUEST),
        ("info", RequestType.INFORMATION_REQUEST),
        ("signalement", RequestType.REPORT),
        ("Report", RequestType.REPORT),
        ("thanks", RequestType.OTHER),
        ("appeal", None),
    ],
)
def test_words_a_handler_types(word: str, expected: RequestType | None) -> None:
    assert request_type_of(word) == expected


def test_a_wrong_request_type_in_the_rules_names_the_rule() -> None:
    data = {"rules": {"thanks": {"request_type": "compliment", "keywords": ["merci"]}}}
    with pytest.raises(ConfigError, match=r"rules\.thanks\.request_type"):
        rules_from_data(data)


# -- indicator 1 in the report -------------------------------------------------------------------


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


def test_every_request_type_is_counted_and_labelled(engine: Engine) -> None:
    received = datetime(2025, 5, 6, 9, tzinfo=UTC)
    # One case per request type (two complaints) and one from before request types (NULL).
    types: list[RequestType | None] = [*RequestType, RequestType.COMPLAINT, None]
    with Session(engine) as session:
        for n, rtype in enumerate(types, start=1):
            info = rtype == RequestType.INFORMATION_REQUEST
            kind = "information_request" if info else "complaint"
            session.add(
                Case(
                    number=f"T-{n:06d}",
                    year=2025,
                    seq=n,
                    kind=kind,
                    request_type=rtype,
                    received_at=received,
                    due_at=received + timedelta(days=30),
                )
            )
        session.commit()
        ind = compute(session, Period.of(2025), tz=ZoneInfo("Europe/Brussels"), as_of=received)
    for rtype in RequestType:
        expected = 2 if rtype == RequestType.COMPLAINT else 1
        assert ind.get("requests_by_type", rtype.value) == expected, rtype
        for lang in i18n.LANGS:
            assert i18n.dimension_label("requests_by_type", rtype.value, lang) != rtype.value
    assert ind.get("requests_by_type", "unknown") == 1  # the row from before request types
    assert ind.get("requests_by_type") == len(types)
    # Thanks ("other"), a suggestion and a report are not complaints: the complaint figures
    # count the two complaints and the untyped row.
    assert ind.get("complaints_channel") == 3
