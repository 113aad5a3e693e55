"""The text model inside the classifier: shipped weights used, scams filed, vacation bodies,
polite appeals, and doubt marked for review. Own fixtures only (no corpus files)."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from harness.classify import DOMAIN, LANGS, RULES, classifier, parsed_mail

from bot.classify import Classifier, load_rules
from bot.classify.model import DEFAULT_MODEL, Head, TextModel
from bot.numbers import CaseNumberFormat
from bot.vocab import SILENT_KINDS

# the model tests write from an address that is not a known citizen's
mail = functools.partial(parsed_mail, sender="someone@example.org")


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return classifier()


def test_shipped_model_is_loaded_and_decides(clf):
    assert DEFAULT_MODEL.exists() and clf.model is not None
    model = TextModel.load(DEFAULT_MODEL)
    assert len(model.names) > 500 and set(model.heads["kind"].labels) >= {"complaint", "spam"}
    d = clf.classify(mail("Plainte", "Je suis très mécontent du retard de mon dossier."))
    [hit] = [h for h in d.hits if h.rule == "model.kind"]
    assert 0 < hit.weight <= 1 and "features:" in hit.reason


SCAMS = {
    "en": (
        "Congratulations: you have won!",
        "Dear winner, your e-mail address was selected in our international lottery draw and "
        "has won 850,000.00 USD. To claim your prize, send your full name, address, bank "
        "account and a processing fee to our claims agent Mr. James Brown. Keep this "
        "confidential until your winnings are released.",
    ),
    "fr": (
        "Héritage non réclamé",
        "Cher ami, je suis avocat et mon défunt client, mort sans héritier, a laissé un "
        "héritage de 4.500.000 euros en dépôt dans notre banque. Je vous propose de vous "
        "présenter comme bénéficiaire; nous partagerons les fonds 50/50. Envoyez vos "
        "coordonnées bancaires et une copie de votre passeport. Répondez en toute confidentialité.",
    ),
    "nl": (
        "Belastingteruggave: actie vereist",
        "Beste klant, na de jaarlijkse berekening heeft u recht op een teruggave van 612,40 "
        "euro. Klik op de onderstaande link en vul uw bankgegevens en kaartnummer in om uw "
        "terugbetaling binnen 24 uur te ontvangen: http://minfin-teruggave.example.net/claim "
        "Na 48 uur vervalt uw recht op terugbetaling.",
    ),
    "de": (
        "Ihr Gewinn wartet",
        "Herzlichen Glückwunsch! Ihre E-Mail-Adresse wurde bei unserer internationalen "
        "Lotterie ausgelost, Sie haben 1.500.000 Euro gewonnen. Um Ihren Gewinn zu erhalten, "
        "senden Sie uns Ihren vollständigen Namen, Ihre Bankverbindung und die "
        "Bearbeitungsgebühr von 250 Euro. Aktenzeichen: GW/2026/88-441.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SCAMS))
def test_scam_in_each_language_is_filed_not_acknowledged(clf, lang):
    subject, text = SCAMS[lang]
    d = clf.classify(mail(subject, text, sender="winner.desk@example.net"))
    assert d.kind in SILENT_KINDS and not d.acknowledge, [(h.rule, h.reason) for h in d.hits]


def test_vacation_body_under_our_case_subject_is_an_auto_reply(clf):
    d = clf.classify(
        mail(
            "Re: [PLT-2026-000417] Ontvangstbevestiging van uw klacht",
            "Bedankt voor uw bericht. Ik ben met vakantie tot en met 18 augustus en lees mijn "
            "e-mail niet. Voor dringende zaken kunt u terecht bij mijn collega Els Peeters. "
            "Met vriendelijke groeten, Jan",
            sender="jan.peeters@example.be",
            in_reply_to=f"ack.plt-2026-000417@{DOMAIN}",
        )
    )
    assert d.kind == "auto_reply" and not d.acknowledge


def test_polite_appeal_without_legal_words_is_an_appeal(clf):
    d = clf.classify(
        mail(
            "Ma demande d'allocation refusée",
            "Madame, Monsieur, j'ai reçu votre lettre du 3 mars qui refuse mon allocation. Je "
            "pense que cette décision repose sur une erreur : mes revenus de 2025 ont été mal "
            "comptés. Pourriez-vous réexaminer ma demande et revoir cette décision ? Je joins "
            "mes fiches de paie. Je vous remercie de votre compréhension.",
            sender="l.dubois@example.be",
        )
    )
    assert d.kind == "appeal" and d.acknowledge


def _flat_model(clf: Classifier) -> TextModel:
    """Equal odds for every kind: the model cannot tell."""
    labels = ("appeal", "auto_reply", "bounce", "complaint", "follow_up", "information_request")
    labels += ("spam",)
    shipped = clf.model
    assert shipped is not None
    weights = np.zeros((len(shipped.names), len(labels)), dtype=np.float32)
    return TextModel(shipped.names, {"kind": Head(labels, weights, np.zeros(len(labels)))}, "t")


def test_low_confidence_is_acknowledged_and_marked_for_review(clf):
    flat = Classifier(load_rules(RULES), CaseNumberFormat(), DOMAIN, LANGS, model=_flat_model(clf))
    d = flat.classify(mail("Mon dossier", "Je vous écris au sujet de mon dossier de l'an passé."))
    assert d.needs_review and d.acknowledge
    assert any(h.rule == "chain.decision" and "review" in h.reason for h in d.hits)
