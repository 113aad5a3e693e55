"""The category of a case: the rules' words, the text model's votes, a follow-up's history."""

from __future__ import annotations

import numpy as np
import pytest
from harness.classify import DOMAIN, LANGS, RULES, classifier
from harness.classify import parsed_mail as mail
from mailfactory import COMPLAINTS

from bot.classify import Classifier, load_rules
from bot.classify.model import Head, TextModel
from bot.numbers import CaseNumberFormat

ACK_QUOTED = (
    "\n\nOn 3 March 2026 at 10:12, Complaints service wrote:\n"
    "> Dear Sir or Madam,\n"
    "> We have received your complaint of 2 March 2026, subject\n"
    '> "Pension payment missing since January", and registered it under\n'
    "> number PLT-2026-000412. You will receive an answer within 30 working days.\n"
)


def test_a_follow_up_takes_the_category_of_the_history_it_quotes() -> None:
    d = classifier().classify(
        mail(
            "Re: [PLT-2026-000412] Acknowledgement of your complaint",
            "Hello, any news? It has been three weeks and still nothing on my account. "
            "Regards, Jean Dupont" + ACK_QUOTED,
        )
    )
    assert d.kind == "follow_up"
    assert d.category == "pensions", [(h.rule, h.kind, h.reason) for h in d.hits]
    assert any(h.rule.endswith(".quoted") for h in d.hits)


def test_a_follow_up_quoting_nothing_names_no_category() -> None:
    d = classifier().classify(
        mail(
            "Re: [PLT-2026-000412] Acknowledgement of your complaint",
            "Hello, any news? It has been three weeks and still nothing. Regards, Jean Dupont",
        )
    )
    assert d.kind == "follow_up" and d.category == "other"


GENERIC = {
    "fr": (
        "Plainte",
        "Madame, Monsieur, je suis venu trois fois au guichet et on m'a chaque fois renvoyé "
        "ailleurs. Personne ne sait qui traite mon dossier. Je trouve cela inadmissible et je "
        "demande que quelqu'un me rappelle. Jean Lemaire",
    ),
    "nl": (
        "Klacht",
        "Ik ben niet tevreden over de behandeling van mijn dossier. Niemand antwoordt op mijn "
        "mails en aan de telefoon word ik telkens doorverbonden. Dit duurt nu al drie maanden "
        "en ik weet niet meer wat ik moet doen. An Peeters",
    ),
    "de": (
        "Beschwerde",
        "Ich warte seit Monaten auf eine Antwort. Niemand ruft zurück. Ich habe drei Mal "
        "geschrieben und jedes Mal dieselbe automatische Antwort bekommen. So geht man nicht "
        "mit Bürgern um. Paul Kessler",
    ),
    "en": (
        "Complaint",
        "Nobody answers the phone and my file is not handled. I have sent four emails in two "
        "months and never received a reply. This is unacceptable for a public service and I "
        "expect an answer. Tom Baker",
    ),
}


@pytest.mark.parametrize("lang", sorted(GENERIC))
def test_a_complaint_that_names_no_service_is_left_to_a_person_to_route(lang: str) -> None:
    # "My file", "the counter", "nobody answers": every service hears that. A guess would send
    # the case to the wrong team (and name the wrong second line); "other" goes to the
    # coordinator, who routes it.
    clf = classifier()
    for subject, text in (GENERIC[lang], COMPLAINTS[lang]):
        d = clf.classify(mail(subject, text))
        assert d.kind == "complaint"
        assert d.category == "other", [(h.rule, h.kind, h.reason) for h in d.hits]


def _with_category_head(weight: float) -> Classifier:
    """The shipped kind head, and a category head that knows one word: 'zorblax' is
    unemployment. No rule knows the word."""
    shipped = classifier().model
    assert shipped is not None
    names = (*shipped.names, "w:zorblax")
    kind = shipped.heads["kind"]
    kind_weights = np.vstack([kind.weights, np.zeros((1, len(kind.labels)), np.float32)])
    labels = ("other", "unemployment")
    cat_weights = np.zeros((len(names), 2), np.float32)
    cat_weights[-1] = (-20.0, 20.0)
    model = TextModel(
        names,
        {
            "kind": Head(kind.labels, kind_weights, kind.bias),
            "category": Head(labels, cat_weights, np.zeros(2, np.float32)),
        },
        "t",
        shipped.temperature,
        category_weight=weight,
        category_min=0.5,
    )
    return Classifier(load_rules(RULES), CaseNumberFormat(), DOMAIN, LANGS, model=model)


NO_SERVICE_NAMED = (
    "Toujours rien",
    "Bonjour, mon zorblax n'est toujours pas versé depuis trois mois et personne ne répond "
    "au téléphone. C'est inadmissible. Marc Lenoir",
)


def test_the_model_names_the_service_the_rules_do_not_hear() -> None:
    d = _with_category_head(2.0).classify(mail(*NO_SERVICE_NAMED))
    assert d.kind == "complaint"
    assert d.category == "unemployment", [(h.rule, h.kind, h.reason) for h in d.hits]
    hit = next(h for h in d.hits if h.rule == "model.category")
    assert hit.kind == "unemployment" and "w:zorblax" in hit.reason


def test_without_a_vote_the_model_category_is_only_shown() -> None:
    d = _with_category_head(0.0).classify(mail(*NO_SERVICE_NAMED))
    assert d.category == "other"
    assert not any(h.rule == "model.category" for h in d.hits)


def test_machine_mail_gets_no_category_from_the_model() -> None:
    d = _with_category_head(2.0).classify(
        mail(
            "Automatic reply: Toujours rien",
            "Je suis absent jusqu'au 12 mars, zorblax. Je lirai votre message à mon retour.",
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    assert d.kind == "auto_reply" and d.category == "other"
