"""The text model inside the classifier: shipped weights used, scams filed, vacation bodies,
polite appeals, and doubt marked for review. Own fixtures only (no corpus files)."""

from __future__ import annotations

import functools
import json

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


# Scams of other kinds than the four above, one per language, written for these tests.
MORE_SCAMS = {
    "crypto-nl": (
        "Uw Bitcoin-portefeuille: winst van 18.400 euro klaar voor uitbetaling",
        "Goedendag, uw account op ons handelsplatform heeft dankzij onze automatische "
        "handelsrobot een winst van 18.400 euro opgebouwd. Om de uitbetaling vrij te geven "
        "moet u eerst een activeringsbedrag van 0,05 BTC storten op het adres hieronder. "
        "Dit aanbod vervalt binnen 12 uur. https://crypto-winst.example.net/uitbetaling",
    ),
    "invoice-fr": (
        "Facture impayée n° 55-2291 - dernier rappel",
        "Madame, Monsieur, sauf erreur de notre part, la facture n° 55-2291 d'un montant de "
        "1.245,90 € reste impayée. Attention : nos coordonnées bancaires ont changé. Merci de "
        "régler aujourd'hui sur le nouveau compte indiqué dans la pièce jointe afin d'éviter "
        "des frais de recouvrement. Service comptabilité",
    ),
    "seo-en": (
        "Get your website on page one of Google",
        "Hello, I was looking at your website and noticed it is not ranking for important "
        "keywords. Our SEO team can bring you to the first page of Google within 30 days, "
        "with guaranteed results and more traffic. Reply to this email to receive a free "
        "audit and our price list. Best regards, Digital growth team",
    ),
    "refund-de": (
        "Steuerrückerstattung: Ihre Bestätigung ist erforderlich",
        "Sehr geehrter Steuerzahler, nach der letzten Berechnung Ihrer Steuer haben Sie "
        "Anspruch auf eine Rückerstattung von 438,20 Euro. Bitte bestätigen Sie Ihre "
        "Identität und Ihre Kartendaten über den folgenden Link innerhalb von 48 Stunden: "
        "https://minfin-erstattung.example.net/formular",
    ),
}


@pytest.mark.parametrize("case", sorted(MORE_SCAMS))
def test_scam_kinds_are_filed_not_acknowledged(clf, case):
    subject, text = MORE_SCAMS[case]
    d = clf.classify(mail(subject, text, sender="info@promo-mailer.example.net"))
    assert d.kind == "spam" and not d.acknowledge, [(h.rule, h.reason) for h in d.hits]


VACATIONS = {
    "fr": (
        "RE: [PLT-2026-000733] Accusé de réception de votre plainte",
        "Bonjour, je suis en congé jusqu'au 2 septembre inclus et je n'ai pas accès à ma "
        "messagerie. Votre message ne sera pas transféré. En cas d'urgence, veuillez "
        "contacter le secrétariat au 02 555 12 34. Bien à vous, Martine",
    ),
    "de": (
        "AW: [PLT-2026-000734] Eingangsbestätigung Ihrer Beschwerde",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. Juli nicht im Büro "
        "und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. "
        "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schmitz.",
    ),
    "en": (
        "Re: [PLT-2026-000735] Acknowledgement of your complaint",
        "Thank you for your email. I am on annual leave until Monday 5 October with no access "
        "to email. Your message will not be forwarded; for anything urgent please contact "
        "the front office. Kind regards, Peter",
    ),
}


@pytest.mark.parametrize("lang", sorted(VACATIONS))
def test_vacation_body_answering_our_acknowledgement_is_an_auto_reply(clf, lang):
    subject, text = VACATIONS[lang]
    number = subject.split("[")[1].split("]")[0]
    d = clf.classify(
        mail(subject, text, sender="p.m@example.com", in_reply_to=f"ack.{number.lower()}@{DOMAIN}")
    )
    assert d.kind == "auto_reply" and not d.acknowledge and d.refers_to == number


def test_ticket_system_acknowledgement_is_an_auto_reply(clf):
    d = clf.classify(
        mail(
            "[Ticket#2026113010000417] Your request has been received",
            "Dear sender, this is an automatic confirmation that your message has been "
            "received by our support desk and registered under ticket number 2026113010000417. "
            "One of our agents will contact you within two working days. Please do not reply to "
            "this message and keep the ticket number in the subject of any further mail.",
            sender="support-desk@example.com",
        )
    )
    assert d.kind == "auto_reply" and not d.acknowledge


POLITE_APPEALS = {
    "nl": (
        "Vraag om herziening",
        "Geachte, ik ontving uw brief van 4 november waarin mijn aanvraag voor een "
        "tegemoetkoming werd geweigerd omdat mijn inkomen te hoog zou zijn. Het bedrag dat u "
        "gebruikt is echter het gezinsinkomen van vóór mijn scheiding. Zou u de beslissing "
        "willen herbekijken op basis van mijn huidige inkomen? Ik voeg het vonnis toe.",
    ),
    "en": (
        "Your letter of 12 October",
        "Dear Sir or Madam, your letter of 12 October informs me that my application for a "
        "pension bonus was refused because two years of work abroad are missing. I enclose the "
        "certificates from my former employer in Ireland that show those years. I would be "
        "grateful if you could reconsider the refusal and review my file on that basis.",
    ),
    "de": (
        "Ihr Schreiben vom 8. September",
        "Sehr geehrte Damen und Herren, mit Ihrem Schreiben vom 8. September haben Sie meine "
        "Kinderzulage ab Oktober gestrichen. Meine Tochter ist aber weiterhin als Studentin "
        "eingeschrieben; die Bescheinigung liegt bei. Ich bitte Sie, die Entscheidung noch "
        "einmal zu prüfen und die Zahlung wieder aufzunehmen.",
    ),
}


@pytest.mark.parametrize("lang", sorted(POLITE_APPEALS))
def test_polite_request_to_reconsider_is_an_appeal_in_each_language(clf, lang):
    subject, text = POLITE_APPEALS[lang]
    d = clf.classify(mail(subject, text, sender="r.janssens@example.be"))
    assert d.kind == "appeal" and d.acknowledge and d.language == lang


def test_new_appeal_citing_an_earlier_case_is_not_a_follow_up(clf):
    d = clf.classify(
        mail(
            "Beslissing kinderbijslag",
            "Goedemiddag, vorig jaar diende ik een klacht in over de wachttijd (dossier "
            "PLT-2025-000318); die is intussen opgelost. Nu ontving ik een nieuwe beslissing "
            "waarin mijn kinderbijslag wordt teruggevorderd omdat mijn zoon zou werken. Hij "
            "deed enkel een stage zonder loon. Ik ben het niet eens met deze beslissing en "
            "vraag u ze te herzien; het stagecontract zit in bijlage.",
            sender="k.wouters@example.be",
        )
    )
    assert d.kind == "appeal" and d.acknowledge, [(h.rule, h.reason) for h in d.hits]


def test_a_persons_short_question_with_a_link_is_answered(clf):
    d = clf.classify(
        mail(
            "RE: uw antwoord",
            "Dank voor uw antwoord. Op welke pagina vind ik het formulier? De link op "
            "https://www.example.be/formulieren werkt niet meer. Groeten, Tom",
            sender="tom.claes@example.be",
        )
    )
    assert d.kind not in SILENT_KINDS and d.acknowledge


def test_host_names_are_not_words_for_the_model(clf):
    # In the training corpora every host is example.*: the model must not learn it as a word.
    feats = clf.features(
        mail("Vraag", "Zie https://www.voorbeeld.example.be/pagina of mail info@voorbeeld.be")
    )
    assert not any("voorbeeld" in f or "https" in f for f in feats)
    assert "m:links" in feats


def test_shipped_model_is_calibrated_and_carries_its_cross_validation():
    model = TextModel.load(DEFAULT_MODEL)
    assert 0.2 <= model.temperature <= 3.0
    loco = json.loads(model.loco)
    assert set(loco["corpora"]) >= {"dev", "dev2", "own", "ho1", "all"}


def test_a_persons_short_reply_quoting_our_case_number_is_not_machine_mail(clf):
    # Auto-replies to our acknowledgement carry our case number in the subject too: the number
    # must not make a citizen's two-line reply look like one.
    for subject, text in (
        ("Re: PLT-2026-000871", "Ik ben het niet eens met uw antwoord."),
        ("AW: [PLT-2026-000872] Eingangsbestätigung", "Danke, die Unterlagen folgen morgen."),
    ):
        d = clf.classify(mail(subject, text, sender="an.peeters@example.be"))
        assert d.kind == "follow_up", [(h.rule, h.reason) for h in d.hits]


def test_urgent_confidential_payment_request_is_not_answered(clf):
    d = clf.classify(
        mail(
            "Urgent request",
            "Hello, are you at your desk? I need you to take care of an urgent and confidential "
            "transfer to a new supplier today. I am in meetings all day and cannot take calls, "
            "so reply by email only. Do not discuss this with anyone until it is done. Regards, "
            "the Director-General",
            sender="director.general@mail.example.com",
            reply_to="dg.private@example.net",
        )
    )
    assert d.kind == "spam" and not d.acknowledge, [(h.rule, h.reason) for h in d.hits]


def test_clear_mail_is_not_sent_for_review(clf):
    # needs_review flags real doubt, not every mail: a plain complaint and a formal appeal pass.
    complaint = mail(
        "Wachttijd aan de telefoon",
        "Geachte, al drie weken probeer ik uw dienst te bereiken over mijn dossier. Elke keer "
        "wacht ik meer dan een uur aan de telefoon en wordt de verbinding verbroken. Op mijn "
        "mails krijg ik geen antwoord. Dit is voor een openbare dienst onaanvaardbaar en ik "
        "wil hierover formeel klacht indienen. Met vriendelijke groeten, Anja Wouters",
        sender="anja.wouters@example.be",
    )
    appeal = mail(
        "Widerspruch gegen den Bescheid vom 2. Oktober",
        "Sehr geehrte Damen und Herren, hiermit lege ich Widerspruch gegen Ihren Bescheid vom "
        "2. Oktober ein, mit dem mein Antrag auf Erstattung abgelehnt wurde. Die verlangten "
        "Belege habe ich fristgerecht eingereicht; Kopien liegen bei. Ich bitte Sie, den "
        "Bescheid aufzuheben. Mit freundlichen Grüßen, Jonas Keller",
        sender="j.keller@example.be",
    )
    for m, kind in ((complaint, "complaint"), (appeal, "appeal")):
        d = clf.classify(m)
        assert (d.kind, d.needs_review) == (kind, False), [(h.rule, h.reason) for h in d.hits]


def test_forwarded_appeal_under_a_cover_note_is_an_appeal(clf):
    inner = mail(
        "Toelage",
        "Beste, de dienst weigert mijn inkomensvervangende tegemoetkoming omdat mijn inkomen "
        "van 2024 te hoog zou zijn, maar dat bedrag bevat het loon van mijn ex-partner, met "
        "wie ik sinds 2023 niet meer samenwoon. Kan men de beslissing opnieuw bekijken en mijn "
        "tegemoetkoming herberekenen op basis van mijn eigen inkomen? Bewijs van uitschrijving "
        "in bijlage. Groeten, Ellen Peeters",
        sender="ellen.peeters@example.be",
    )
    d = clf.classify(
        mail(
            "Fwd: Toelage",
            "Geachte, in bijlage een bericht van een inwoner die zich tot ons kantoor wendde. "
            "Mogen wij u vragen dit verder op te volgen? Met dank, het secretariaat",
            sender="secretariaat@gemeente.example.be",
            forwarded=(inner,),
        )
    )
    assert d.kind == "appeal" and d.acknowledge, [(h.rule, h.reason) for h in d.hits]
