"""The police category (second line: Comité P) needs police conduct, not a word like "vol".

Comité P controls the police services; a theft, a fine or a burglary mentioned in a complaint
about our own service is no reason to send the citizen there (issue 11).
"""

from __future__ import annotations

import pytest
from harness.classify import classifier
from harness.classify import parsed_mail as mail

from bot.classify import Classifier


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return classifier()


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Vol dans votre salle d'attente",
            "Madame, Monsieur, mon portefeuille a été volé dans la salle d'attente de votre "
            "bureau de Namur ; personne à l'accueil n'a voulu m'aider. Ce vol aurait pu être "
            "évité.",
        ),
        ("Stolen wallet", "My wallet was stolen in your waiting room and your staff ignored me."),
        ("Boete", "Ik heb een boete betaald maar jullie dienst heeft mijn betaling nooit geboekt."),
        ("Amende", "J'ai payé mon amende mais votre service m'envoie encore des rappels."),
    ],
)
def test_a_theft_or_a_fine_alone_is_not_police_conduct(
    clf: Classifier, subject: str, text: str
) -> None:
    assert clf.classify(mail(subject, text)).category != "police"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Comportement d'un agent",
            "Lors d'un contrôle routier, un agent de police s'est montré agressif et m'a parlé "
            "de manière irrespectueuse.",
        ),
        ("Politie", "De politieagent heeft mij tijdens de controle beledigd."),
        ("Polizei", "Die Polizei hat meine Anzeige wegen Diebstahl nicht aufgenommen."),
        ("Police officer", "A police officer at the station was rude and refused my report."),
    ],
)
def test_police_conduct_is_the_police_category(clf: Classifier, subject: str, text: str) -> None:
    assert clf.classify(mail(subject, text)).category == "police"
