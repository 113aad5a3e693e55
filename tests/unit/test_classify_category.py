"""The category of a case: the category rules of config/rules.toml."""

from __future__ import annotations

import pytest
from harness.classify import classifier
from harness.classify import parsed_mail as mail

from bot.classify import Classifier


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return classifier()


CASES = [
    (
        "pensions",
        "Nog steeds niets ontvangen",
        "Ik ben sinds drie maanden met pensioen en mijn eerste uitbetaling laat nog altijd op zich "
        "wachten. Niemand van de dienst neemt de telefoon op. Dit is onaanvaardbaar.",
    ),
    (
        "pensions",
        "Retard de paiement",
        "Je suis retraité depuis le 1er mars et ma pension n'a toujours pas été versée. "
        "Personne ne répond à mes courriels.",
    ),
    (
        "unemployment",
        "Arbeitslosengeld",
        "Seit meiner Entlassung warte ich auf mein Arbeitslosengeld. Die Auszahlungsstelle "
        "antwortet nicht und ich kann meine Miete nicht mehr bezahlen.",
    ),
    (
        "police",
        "Rude officer",
        "Last night I was stopped for a traffic check. The officer shouted at me, insulted my "
        "wife and refused to give his name. I want to complain about his behaviour.",
    ),
]


@pytest.mark.parametrize(("category", "subject", "text"), CASES)
def test_category_of_a_case(clf: Classifier, category: str, subject: str, text: str) -> None:
    d = clf.classify(mail(subject, text))
    assert d.category == category, [(h.rule, h.kind, h.reason) for h in d.hits]


def test_theft_in_a_waiting_room_is_not_police(clf: Classifier) -> None:
    d = clf.classify(
        mail(
            "Vol dans la salle d'attente",
            "Pendant que j'attendais au guichet de vos bureaux, on m'a volé mon portefeuille "
            "dans la salle d'attente. Personne du personnel n'a réagi. C'est inadmissible.",
        )
    )
    assert d.category != "police"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Aucune réponse", "J'ai envoyé mon dossier il y a deux mois et personne ne me répond."),
        ("Geen antwoord", "Ik wacht al twee maanden op een antwoord over mijn dossier."),
    ],
)
def test_a_complaint_naming_no_service_stays_other(
    clf: Classifier, subject: str, text: str
) -> None:
    assert clf.classify(mail(subject, text)).category == "other"
