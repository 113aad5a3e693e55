"""Routing vocabulary: a service described by its benefit, document or procedure, not its name.

Citizens rarely name the administration; they name what they asked for. The category rules in
config/rules.toml hold that vocabulary in four languages (issue 15). These mails are written
for this test, not taken from a corpus.
"""

from __future__ import annotations

import pytest
from harness.classify import classifier
from harness.classify import parsed_mail as mail

from bot.classify import Classifier, rules_from_data


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return classifier()


DESCRIBED = [
    (
        "social_security",
        "Attestations pour mes ouvriers",
        "J'attends depuis trois mois les documents pour deux travailleurs détachés sur un "
        "chantier à Maastricht. Personne ne répond.",
    ),
    (
        "pensions",
        "Aanvraag geweigerd",
        "Mijn aanvraag voor de inkomensgarantie voor ouderen werd geweigerd, maar ik heb geen "
        "eigen woning meer. Kunt u dit opnieuw bekijken?",
    ),
    (
        "unemployment",
        "Kontrollkarte verloren",
        "Meine Kontrollkarte ist bei Ihrer Zahlstelle verloren gegangen und jetzt wird mein "
        "Arbeitslosengeld für Oktober nicht ausgezahlt.",
    ),
    (
        "mobility",
        "Exchanging my licence",
        "I moved to Leuven in May and asked to exchange my Canadian driving licence. Five "
        "months later I still have no answer and cannot drive to work.",
    ),
    (
        "foreign_affairs",
        "Légalisation",
        "Je dois faire légaliser l'acte de naissance de ma fille pour le Maroc et on me renvoie "
        "d'un guichet à l'autre depuis trois semaines.",
    ),
    (
        "taxes",
        "Vorauszahlungen falsch gebucht",
        "Meine Steuervorauszahlungen für dieses Jahr wurden dem falschen Veranlagungsjahr "
        "zugeordnet, und niemand im Finanzamt kann mir das erklären.",
    ),
]


@pytest.mark.parametrize(("category", "subject", "text"), DESCRIBED)
def test_a_service_described_not_named_is_routed(
    clf: Classifier, category: str, subject: str, text: str
) -> None:
    d = clf.classify(mail(subject, text))
    assert d.category == category, [(h.rule, h.kind, h.reason) for h in d.hits]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Contestation amende radar",
            "Je conteste l'amende pour excès de vitesse : le jour du flash, mon véhicule était "
            "au garage, facture à l'appui. Je demande son annulation.",
        ),
        (
            "Boete flitspaal",
            "Ik betwist de boete voor snelheidsovertreding: ik reed die dag niet met de wagen. "
            "Gelieve de boete te schrappen.",
        ),
    ],
)
def test_a_contested_traffic_fine_is_police(clf: Classifier, subject: str, text: str) -> None:
    # ../shared/corpus labels a contested traffic fine as police (the fine is the police's).
    d = clf.classify(mail(subject, text))
    assert d.category == "police", [(h.rule, h.kind, h.reason) for h in d.hits]


def test_a_service_named_in_the_subject_wins_over_one_mentioned_in_passing(
    clf: Classifier,
) -> None:
    d = clf.classify(
        mail(
            "Mon avertissement-extrait de rôle",
            "Depuis que je suis retraité, je reçois ma pension sans problème, mais mon "
            "avertissement-extrait de rôle est arrivé avec six mois de retard et personne au "
            "bureau ne m'a prévenu.",
        )
    )
    assert d.category == "taxes", [(h.rule, h.kind, h.reason) for h in d.hits]
    assert any("also in the subject" in h.reason for h in d.hits if h.rule == "category_taxes")


def _one_rule(keywords: list[str]) -> Classifier:
    from bot.numbers import CaseNumberFormat

    rules = rules_from_data(
        {
            "chain": {"min_category_score": 1.0},
            "rules": {
                "category_unemployment": {
                    "category": "unemployment",
                    "weight": 1,
                    "max_matches": 3,
                    "keywords": keywords,
                }
            },
        }
    )
    return Classifier(rules, CaseNumberFormat(), "federal.example.be", ["en"], model=None)


def test_one_mention_counts_once_even_when_two_keywords_name_it() -> None:
    clf = _one_rule(["unemployment", "temporary unemployment", "jobseeker*", "jobseekers"])
    d = clf.classify(mail("Payment", "My temporary unemployment was paid late. Jobseekers wait."))
    hit = next(h for h in d.hits if h.rule == "category_unemployment")
    # "temporary unemployment" contains "unemployment"; "jobseekers" is what "jobseeker*" found
    assert hit.weight == 2, hit.reason
    assert "'temporary unemployment'" in hit.reason and "'jobseekers'" in hit.reason
