"""Writes own/*.eml and own/labels.json: hard cases written for training the text model.

    python tests/data/classify/own/make.py

Written by the engineer of issue 15 (who has read the rules, so these are training data, never
an evaluation set). Standard library only; deterministic. Edit the texts here, not the .eml.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TO = "plaintes.klachten@federal.example.be"

# (kind, language, category, sender, subject, body, extra headers)
MAILS: list[tuple[str, str, str, str, str, str, dict[str, str]]] = [
    # ---------------------------------------------------------------- spam: lottery
    (
        "spam",
        "en",
        "other",
        "Euro Millions Award <award.desk@example.net>",
        "FINAL NOTIFICATION OF WINNING",
        "Attention Beneficiary,\n\nWe are pleased to inform you that your email was drawn as a "
        "winner of the Euro Millions online promotion, batch EM-77/2026. You have been awarded "
        "the sum of EUR 950,000.00. To process your claim, contact our fiduciary agent with your "
        "full name, phone number and occupation. A small clearance fee applies.\n\n"
        "Mrs. Linda Cole\nPromotion Manager",
        {},
    ),
    (
        "spam",
        "fr",
        "other",
        "Loterie Nationale Internationale <gain@example.net>",
        "Vous êtes l'heureux gagnant",
        "Bonjour,\n\nVotre adresse électronique a été tirée au sort lors de notre tirage annuel. "
        "Vous remportez un chèque de 750 000 EUR. Pour recevoir vos gains, remplissez le "
        "formulaire ci-joint et réglez les frais de dossier de 180 EUR par virement. Numéro de "
        "dossier : LN/44-2026. Ne communiquez pas ce message à des tiers.\n\nLe service des gains",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Prijzenbureau <winnaars@example.net>",
        "Gefeliciteerd met uw prijs!",
        "Geachte heer/mevrouw,\n\nUw e-mailadres werd gekozen als winnaar van onze jaarlijkse "
        "loterij. U wint 500.000 euro. Om de uitbetaling te starten vragen wij uw naam, adres, "
        "rekeningnummer en een kopie van uw identiteitskaart, samen met administratiekosten van "
        "95 euro. Referentie: PB-2026-5512.\n\nMet vriendelijke groeten,\nHet prijzenbureau",
        {},
    ),
    # ---------------------------------------------------------------- spam: inheritance
    (
        "spam",
        "en",
        "other",
        "Barrister Paul Mensah <p.mensah@example.org>",
        "Urgent and confidential: next of kin",
        "Dear Friend,\n\nI am the personal attorney of a late engineer who died with his family in "
        "a car accident, leaving USD 7.2 million in a bank here with no next of kin. I seek your "
        "consent to present you as the beneficiary so the funds can be released to you. We shall "
        "share 60/40. Reply with your full names and private telephone.\n\nBarrister Paul Mensah",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Notariskantoor Williams <notaris.williams@example.org>",
        "Nalatenschap van een verre verwant",
        "Beste,\n\nIk ben notaris van wijlen de heer Robert Claes, die een nalatenschap van 3,8 "
        "miljoen euro naliet zonder erfgenamen. Omdat u dezelfde familienaam draagt, kan ik u als "
        "erfgenaam voorstellen aan de bank. Stuur mij uw volledige naam, adres en telefoonnummer; "
        "alles gebeurt wettelijk en in alle vertrouwen.\n\nMr. Williams",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Rechtsanwalt Dr. K. Owusu <kanzlei.owusu@example.org>",
        "Erbschaft - vertrauliche Anfrage",
        "Sehr geehrter Herr,\n\nich bin der Anwalt eines verstorbenen Kunden, der ein Vermögen von "
        "5.400.000 Euro ohne Erben hinterlassen hat. Da Sie denselben Nachnamen tragen, möchte ich "
        "Sie als Begünstigten vorschlagen. Der Betrag wird zwischen uns geteilt. Bitte antworten "
        "Sie mit Ihrem vollständigen Namen und Ihrer Telefonnummer.\n\nHochachtungsvoll",
        {},
    ),
    # ---------------------------------------------------------------- spam: advance fee
    (
        "spam",
        "en",
        "other",
        "Dr. Ibrahim Sule <ibrahim.sule@example.com>",
        "RE: BUSINESS PROPOSAL",
        "DEAR SIR/MADAM,\n\nI AM A SENIOR OFFICIAL OF THE MINISTRY OF MINES. WE HAVE AN "
        "OVER-INVOICED CONTRACT SUM OF USD 21,500,000 WHICH WE WISH TO TRANSFER INTO A FOREIGN "
        "ACCOUNT. YOU WILL RECEIVE 30% FOR YOUR ASSISTANCE. KINDLY SEND YOUR BANK DETAILS AND "
        "PRIVATE PHONE NUMBER FOR IMMEDIATE PROCESSING.\n\nREGARDS,\nDR. IBRAHIM SULE",
        {},
    ),
    (
        "spam",
        "fr",
        "other",
        "Mme Aïcha Traoré <aicha.traore@example.com>",
        "Proposition de partenariat urgent",
        "Bonjour cher(e) ami(e),\n\nJe suis la veuve d'un ancien ministre et je dispose de 6 "
        "millions de dollars bloqués sur un compte. J'ai besoin d'un partenaire honnête à "
        "l'étranger pour recevoir ces fonds. Vous recevrez 25 % de la somme. Les frais de "
        "transfert de 450 euros sont à votre charge. Répondez-moi rapidement.\n\n"
        "Que Dieu vous bénisse",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Mr. Chen Wei <chen.wei@example.com>",
        "Geschäftsvorschlag",
        "Guten Tag,\n\nich bin Bankdirektor und verwalte ein ruhendes Konto mit 12,6 Millionen "
        "Dollar. Ich suche einen ausländischen Partner, der als Empfänger auftritt. Sie erhalten "
        "40 %. Für die Übertragung fallen nur geringe Gebühren an. Senden Sie mir Ihre "
        "Kontodaten und eine Kopie Ihres Reisepasses.\n\nMit freundlichen Grüßen\nChen Wei",
        {},
    ),
    # ---------------------------------------------------------------- spam: fake tax refund
    (
        "spam",
        "fr",
        "other",
        "SPF Finances <remboursement@minfin-be.example.net>",
        "Remboursement d'impôt en attente",
        "Cher contribuable,\n\nAprès le calcul annuel de votre impôt, vous avez droit à un "
        "remboursement de 428,60 EUR. Pour le recevoir, veuillez confirmer vos données bancaires "
        "via le lien sécurisé : https://myminfin-remboursement.example.net/confirmer\nSans réponse "
        "sous 48 heures, votre remboursement sera annulé.\n\nService Public Fédéral Finances",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "FÖD Finanzen <erstattung@fgov-steuer.example.net>",
        "Ihre Steuerrückerstattung",
        "Sehr geehrter Steuerzahler,\n\nSie haben Anspruch auf eine Steuerrückerstattung von "
        "316,25 EUR. Bitte bestätigen Sie Ihre Kartendaten über folgenden Link, damit wir den "
        "Betrag überweisen können: https://taxonweb-erstattung.example.net/login\nDer Link ist "
        "24 Stunden gültig.\n\nIhr Finanzamt",
        {},
    ),
    (
        "spam",
        "en",
        "other",
        "Belgian Tax Office <refund@belgium-tax.example.net>",
        "Tax refund notification",
        "Dear taxpayer,\n\nOur records show that you are eligible for a tax refund of 512.30 EUR. "
        "Please log in with itsme through the secure portal below and enter your card details to "
        "receive the payment: https://itsme-refund.example.net/verify\nFailure to respond within "
        "72 hours will forfeit your refund.",
        {},
    ),
    # ---------------------------------------------------------------- spam: SEO / marketing
    (
        "spam",
        "fr",
        "other",
        "Agence WebBoost <contact@example.com>",
        "Votre site en première page de Google",
        "Bonjour,\n\nEn analysant votre site, nous avons constaté qu'il n'apparaît pas dans les "
        "premiers résultats de recherche. Notre équipe SEO peut améliorer votre référencement et "
        "doubler votre trafic en 30 jours. Puis-je vous envoyer une proposition gratuite et sans "
        "engagement ?\n\nCordialement,\nJulie, chargée de clientèle\nPour ne plus recevoir nos "
        "messages, répondez STOP.",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Online Groei <sales@example.com>",
        "Meer bezoekers voor uw website",
        "Hallo,\n\nWij zagen dat uw website weinig bezoekers trekt. Met onze zoekmachine-"
        "optimalisatie en gerichte advertenties brengen wij u binnen een maand op de eerste pagina "
        "van Google. Zullen we deze week een vrijblijvend gesprek inplannen?\n\nGroeten,\nTom\n"
        "Uitschrijven? Antwoord met 'stop'.",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Marketing Pro <angebot@example.com>",
        "Kurze Frage zu Ihrer Webseite",
        "Hallo,\n\nich habe Ihre Webseite besucht und ein paar Fehler bei der Suchmaschinen-"
        "optimierung gefunden. Wir bieten Backlinks, Content und Google-Ranking zu Sonderpreisen "
        "an. Darf ich Ihnen ein unverbindliches Angebot schicken?\n\nBeste Grüße\nLena",
        {},
    ),
    (
        "spam",
        "en",
        "other",
        "Mark from GrowthLeads <mark@example.com>",
        "Quick question",
        "Hi there,\n\nI came across your website and noticed a few issues that are hurting your "
        "ranking. We help organisations like yours get more leads with SEO, web design and paid "
        "ads. Would you be open to a 15-minute call next week?\n\nCheers,\nMark\nIf you're not "
        "interested, just reply 'no thanks'.",
        {},
    ),
    # ---------------------------------------------------------------- spam: crypto
    (
        "spam",
        "en",
        "other",
        "CryptoWealth <invest@example.net>",
        "Turn 250 EUR into 10,000 EUR",
        "Hello,\n\nThousands of Belgians are already earning with our automated Bitcoin trading "
        "platform. Start with only 250 EUR and our AI robot trades for you 24/7 with guaranteed "
        "returns. Spots are limited: register today at https://crypto-wealth.example.net\n\n"
        "Risk-free. Withdraw anytime.",
        {},
    ),
    (
        "spam",
        "fr",
        "other",
        "Investir Malin <info@example.net>",
        "Doublez votre épargne avec le Bitcoin",
        "Bonjour,\n\nNotre plateforme de trading automatique en cryptomonnaies offre des "
        "rendements garantis de 15 % par mois. Inscrivez-vous avec un dépôt minimum de 250 euros "
        "et laissez notre algorithme travailler pour vous. Offre limitée aux 50 premiers "
        "inscrits.\n\nhttps://investir-malin.example.net",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Crypto Kansen <kansen@example.net>",
        "Uw Bitcoin-rekening wacht",
        "Beste,\n\nUw account op ons cryptoplatform is geactiveerd en er staat al 0,35 BTC voor "
        "u klaar. Om uw tegoed op te nemen, betaalt u eenmalig een activatievergoeding van 190 "
        "euro. Log in via https://btc-kansen.example.net om uw winst te zien.",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Krypto Erfolg <team@example.net>",
        "Passives Einkommen mit Krypto",
        "Hallo,\n\nmit unserer Krypto-Handelsplattform verdienen Sie bis zu 1.000 Euro am Tag, "
        "ganz ohne Vorkenntnisse. Die Mindesteinlage beträgt 250 Euro, der Rest läuft "
        "automatisch. Jetzt registrieren, die Plätze sind begrenzt!\n\nhttps://krypto-erfolg."
        "example.net",
        {},
    ),
    # ---------------------------------------------------------------- spam: invoice fraud
    (
        "spam",
        "en",
        "other",
        "Accounts Receivable <billing@example.org>",
        "Overdue invoice INV-88213 - final reminder",
        "Dear customer,\n\nOur records show that invoice INV-88213 for 1,240.00 EUR remains "
        "unpaid. Please note that our bank details have changed: transfer the amount today to "
        "IBAN BE00 0000 0000 0000 to avoid collection costs. The invoice is attached as an HTML "
        "file.\n\nAccounts department",
        {},
    ),
    (
        "spam",
        "fr",
        "other",
        "Service Facturation <facturation@example.org>",
        "Facture impayée n° 2026-4471",
        "Madame, Monsieur,\n\nSauf erreur de notre part, la facture n° 2026-4471 d'un montant de "
        "865,00 EUR reste impayée. Veuillez noter nos nouvelles coordonnées bancaires et régler "
        "le montant sous 48 heures afin d'éviter des frais de recouvrement. Détails dans le "
        "document ci-joint.\n\nLe service comptable",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Debiteurenbeheer <facturen@example.org>",
        "Aanmaning: openstaande factuur 7734",
        "Geachte klant,\n\nVolgens onze administratie staat factuur 7734 van 978,50 euro nog "
        "open. Let op: ons rekeningnummer is gewijzigd. Gelieve vandaag te betalen op het nieuwe "
        "nummer om incassokosten te vermijden. U vindt de factuur in de bijlage.\n\n"
        "Afdeling debiteuren",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Buchhaltung <rechnung@example.org>",
        "Mahnung Rechnung Nr. 55190",
        "Sehr geehrte Damen und Herren,\n\ntrotz unserer Erinnerung ist die Rechnung Nr. 55190 "
        "über 1.415,00 EUR noch offen. Bitte beachten Sie unsere neue Bankverbindung und "
        "überweisen Sie den Betrag innerhalb von 24 Stunden, um Inkassokosten zu vermeiden. Die "
        "Rechnung finden Sie im Anhang.\n\nIhre Buchhaltung",
        {},
    ),
    # ---------------------------------------------------------------- auto-replies: vacation bodies
    (
        "auto_reply",
        "fr",
        "other",
        "Sophie Martin <sophie.martin@example.be>",
        "Re: [PLT-2026-000612] Accusé de réception de votre plainte",
        "Bonjour,\n\nJe suis absente jusqu'au 24 août inclus, sans accès à ma messagerie. Votre "
        "message sera traité à mon retour. En cas d'urgence, contactez le secrétariat au "
        "02 000 00 00.\n\nBien à vous,\nSophie Martin",
        {"In-Reply-To": "<ack.plt-2026-000612@federal.example.be>"},
    ),
    (
        "auto_reply",
        "nl",
        "other",
        "Koen Maes <koen.maes@example.be>",
        "Antw: [PLT-2026-000733] Ontvangstbevestiging van uw klacht",
        "Dag,\n\nIk ben op verlof tot en met 2 september. Uw mail wordt niet doorgestuurd. Voor "
        "dringende vragen kunt u mijn collega An Smet bereiken via an.smet@example.be.\n\n"
        "Groeten,\nKoen",
        {"In-Reply-To": "<ack.plt-2026-000733@federal.example.be>"},
    ),
    (
        "auto_reply",
        "de",
        "other",
        "Thomas Krings <t.krings@example.be>",
        "AW: [PLT-2026-000815] Eingangsbestätigung Ihrer Beschwerde",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. Juli im "
        "Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
        "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.\n\n"
        "Mit freundlichen Grüßen\nThomas Krings",
        {"In-Reply-To": "<ack.plt-2026-000815@federal.example.be>"},
    ),
    (
        "auto_reply",
        "en",
        "other",
        "Emma Wilson <emma.wilson@example.com>",
        "Re: [PLT-2026-000904] Acknowledgement of your complaint",
        "Hello,\n\nThank you for your email. I am currently on annual leave with limited access to "
        "email and will return on Monday 7 September. I will respond to your message as soon as "
        "possible after my return.\n\nKind regards,\nEmma",
        {"In-Reply-To": "<ack.plt-2026-000904@federal.example.be>"},
    ),
    # ---------------------------------------------------------------- auto-replies: ticket systems
    (
        "auto_reply",
        "fr",
        "other",
        "Service clientèle <support@example.org>",
        "Votre demande a bien été enregistrée [Ticket #58213]",
        "Bonjour,\n\nNous avons bien reçu votre message et lui avons attribué le numéro de "
        "ticket 58213. Un conseiller vous répondra dans les meilleurs délais. Merci de ne pas "
        "répondre à ce message automatique.\n\nL'équipe support",
        {},
    ),
    (
        "auto_reply",
        "nl",
        "other",
        "Klantendienst Gemeente <noreply@example.org>",
        "Uw melding werd geregistreerd (ref. 2026/11873)",
        "Beste,\n\nWij hebben uw bericht goed ontvangen. Uw melding kreeg het referentienummer "
        "2026/11873. Wij behandelen uw vraag binnen tien werkdagen. Dit is een automatisch "
        "verzonden bericht; gelieve hierop niet te antwoorden.",
        {},
    ),
    (
        "auto_reply",
        "de",
        "other",
        "Bürgerservice <noreply@example.org>",
        "Ihre Anfrage ist eingegangen - Vorgang 447120",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage. Sie wurde unter der "
        "Vorgangsnummer 447120 erfasst und wird schnellstmöglich bearbeitet. Diese Nachricht "
        "wurde automatisch erstellt, bitte antworten Sie nicht darauf.",
        {},
    ),
    (
        "auto_reply",
        "en",
        "other",
        "Helpdesk <helpdesk@example.org>",
        "[Case 00981234] We have received your request",
        "Dear customer,\n\nThank you for contacting us. Your request has been logged with case "
        "number 00981234 and assigned to our team. We aim to respond within 3 business days. "
        "Please do not reply to this automated message.",
        {},
    ),
    # ---------------------------------------------------------------- appeals without legal words
    (
        "appeal",
        "fr",
        "pensions",
        "Marcel Dupont <m.dupont@example.be>",
        "Calcul de ma pension",
        "Madame, Monsieur,\n\nJe viens de recevoir la notification du montant de ma pension. Il "
        "ne tient pas compte de mes quatre années de travail au Luxembourg, pour lesquelles j'ai "
        "envoyé les attestations. Je vous demande de revoir ce calcul et de corriger le montant. "
        "Vous trouverez une nouvelle copie des attestations en annexe.\n\nMarcel Dupont",
        {},
    ),
    (
        "appeal",
        "nl",
        "unemployment",
        "Sarah Peeters <sarah.peeters@example.be>",
        "Beslissing over mijn uitkering",
        "Geachte,\n\nIk kreeg een brief dat mijn werkloosheidsuitkering vanaf volgende maand "
        "verlaagd wordt omdat ik zou samenwonen. Dat klopt niet: mijn broer staat enkel op mijn "
        "adres ingeschreven tot hij een woning vindt. Ik vraag u vriendelijk die beslissing te "
        "herzien. Het huurcontract van mijn broer voeg ik toe.\n\nMet vriendelijke groet,\nSarah",
        {},
    ),
    (
        "appeal",
        "de",
        "social_security",
        "Helga Schröder <h.schroeder@example.be>",
        "Ablehnung meines Antrags",
        "Sehr geehrte Damen und Herren,\n\nmein Antrag auf Anerkennung meiner Behinderung wurde "
        "abgelehnt. Ich bin mit dieser Entscheidung nicht einverstanden, denn der neue Bericht "
        "meines Facharztes wurde offenbar nicht berücksichtigt. Ich bitte Sie, meinen Antrag "
        "erneut zu prüfen.\n\nMit freundlichen Grüßen\nHelga Schröder",
        {},
    ),
    (
        "appeal",
        "en",
        "taxes",
        "David Brown <d.brown@example.com>",
        "My tax assessment 2025",
        "Dear Sir or Madam,\n\nI received my assessment notice for income year 2025 and I believe "
        "it is wrong: the childcare costs I declared were not deducted, although I sent the "
        "certificates. Could you please look at it again and correct the assessment? I attach the "
        "certificates once more.\n\nYours faithfully,\nDavid Brown",
        {},
    ),
    # ---------------------------------------------------------------- appeals with legal words
    (
        "appeal",
        "nl",
        "mobility",
        "Jeroen Wouters <j.wouters@example.be>",
        "Bezwaar tegen weigering",
        "Geachte,\n\nHierbij teken ik bezwaar aan tegen uw beslissing van 12 oktober om mijn "
        "aanvraag te weigeren. De reden die u opgeeft is volgens mij onjuist. Ik vraag dat de "
        "beslissing wordt herzien.\n\nHoogachtend,\nJeroen Wouters",
        {},
    ),
    (
        "appeal",
        "fr",
        "taxes",
        "Nadia Benali <n.benali@example.be>",
        "Réclamation contre l'avertissement-extrait de rôle",
        "Madame, Monsieur,\n\nPar la présente, j'introduis une réclamation contre l'avertissement-"
        "extrait de rôle relatif à l'exercice d'imposition 2025. Les frais professionnels réels "
        "que j'ai déclarés ont été rejetés sans motivation. Je sollicite le dégrèvement de "
        "l'impôt établi.\n\nNadia Benali",
        {},
    ),
    (
        "appeal",
        "de",
        "unemployment",
        "Peter Lenz <p.lenz@example.be>",
        "Widerspruch gegen den Bescheid",
        "Sehr geehrte Damen und Herren,\n\nhiermit lege ich Widerspruch gegen Ihren Bescheid vom "
        "3. November ein, mit dem mein Arbeitslosengeld gekürzt wurde. Die Begründung trifft "
        "nicht zu, da ich die verlangten Bewerbungen nachgewiesen habe.\n\nPeter Lenz",
        {},
    ),
    # ------------------------------------------------ complaints that mention decisions
    (
        "complaint",
        "fr",
        "pensions",
        "Anne Lejeune <anne.lejeune@example.be>",
        "Aucune réponse depuis des mois",
        "Bonjour,\n\nJ'accepte la décision concernant ma pension, là n'est pas le problème. Mais "
        "il a fallu sept mois pour la recevoir, et personne n'a jamais répondu à mes trois "
        "courriels ni au téléphone. Je trouve ce manque de suivi inacceptable.\n\nAnne Lejeune",
        {},
    ),
    (
        "complaint",
        "nl",
        "taxes",
        "Wim De Smet <wim.desmet@example.be>",
        "Onbeleefd onthaal aan het loket",
        "Goedendag,\n\nIk betwist de beslissing zelf niet, maar ik wil klagen over de manier "
        "waarop ik aan het loket werd behandeld. De medewerker was onbeleefd, verhief zijn stem "
        "en weigerde mijn vragen te beantwoorden. Zo ga je niet om met burgers.\n\nWim De Smet",
        {},
    ),
    (
        "complaint",
        "de",
        "social_security",
        "Maria Klein <maria.klein@example.be>",
        "Beschwerde über die Bearbeitung",
        "Guten Tag,\n\ndie Entscheidung über mein Kindergeld habe ich inzwischen erhalten und sie "
        "ist in Ordnung. Ich beschwere mich aber darüber, dass meine Unterlagen zweimal verloren "
        "gingen und ich sie jedes Mal neu schicken musste.\n\nMaria Klein",
        {},
    ),
    (
        "complaint",
        "en",
        "foreign_affairs",
        "Robert Hughes <r.hughes@example.com>",
        "Passport application lost",
        "Hello,\n\nI applied for a passport at the consulate in June. The staff lost my file and "
        "only told me so when I called in September. Nobody apologised and I had to start over. "
        "This is not acceptable service.\n\nRobert Hughes",
        {},
    ),
    # ---------------------------------------------------------------- complaints: lost / wrong info
    (
        "complaint",
        "fr",
        "social_security",
        "Karim El Idrissi <k.elidrissi@example.be>",
        "Documents égarés",
        "Madame, Monsieur,\n\nLe mois dernier, j'ai déposé au guichet les originaux de mes "
        "attestations. Aujourd'hui, on me dit qu'ils sont introuvables. Je suis très mécontent : "
        "ces documents étaient importants et personne ne semble s'en soucier.\n\nKarim El Idrissi",
        {},
    ),
    (
        "complaint",
        "nl",
        "unemployment",
        "Lotte Janssens <lotte.janssens@example.be>",
        "Verkeerde informatie gekregen",
        "Beste,\n\nDe medewerker aan de telefoon vertelde mij dat ik mijn formulier pas na de "
        "vijftiende moest indienen. Dat bleek fout: daardoor kreeg ik mijn uitkering een maand "
        "te laat. Ik ben zeer ontevreden over deze foute informatie.\n\nLotte Janssens",
        {},
    ),
    (
        "complaint",
        "de",
        "mobility",
        "Jan Hoffmann <jan.hoffmann@example.be>",
        "Falsche Auskunft am Telefon",
        "Guten Tag,\n\nam Telefon hat man mir gesagt, mein Kennzeichen sei schon übertragen. Das "
        "stimmte nicht, und ich habe deshalb ein Bußgeld bekommen. Ich bin sehr verärgert über "
        "diese falsche Auskunft.\n\nJan Hoffmann",
        {},
    ),
    (
        "complaint",
        "en",
        "police",
        "Claire Evans <claire.evans@example.com>",
        "Rude officer at the station",
        "Dear Sir or Madam,\n\nWhen I went to the police station to report a theft, the officer "
        "at the desk laughed at me and refused to take my statement. I waited two hours for "
        "nothing. I want to complain about this treatment.\n\nClaire Evans",
        {},
    ),
    (
        "complaint",
        "fr",
        "mobility",
        "Julie Lambert <julie.lambert@example.be>",
        "Site internet en panne",
        "Bonjour,\n\nDepuis une semaine, impossible de me connecter au site pour immatriculer ma "
        "voiture : la page affiche une erreur à chaque tentative. Le numéro d'aide sonne dans le "
        "vide. C'est vraiment décevant.\n\nJulie Lambert",
        {},
    ),
    (
        "complaint",
        "nl",
        "pensions",
        "Marc Verbeke <marc.verbeke@example.be>",
        "Al drie maanden geen antwoord",
        "Geachte,\n\nIn juni stuurde ik mijn pensioenaanvraag op. Sindsdien heb ik niets meer "
        "gehoord, ondanks vier herinneringen. Niemand neemt de telefoon op. Dit is echt niet "
        "normaal.\n\nMarc Verbeke",
        {},
    ),
    # ---------------------------------------------------------------- information requests
    (
        "information_request",
        "fr",
        "other",
        "Luc Renard <luc.renard@example.be>",
        "Demande d'accès à mes données personnelles",
        "Madame, Monsieur,\n\nEn application de l'article 15 du règlement général sur la "
        "protection des données, je vous demande une copie de toutes les données à caractère "
        "personnel que votre service traite à mon sujet, ainsi que les finalités du traitement."
        "\n\nLuc Renard",
        {},
    ),
    (
        "information_request",
        "nl",
        "other",
        "Els Goossens <els.goossens@example.be>",
        "Inzageverzoek AVG",
        "Geachte,\n\nOp grond van artikel 15 van de AVG verzoek ik u om inzage in alle "
        "persoonsgegevens die uw dienst over mij verwerkt, met vermelding van de doeleinden en de "
        "bewaartermijn.\n\nMet vriendelijke groet,\nEls Goossens",
        {},
    ),
    (
        "information_request",
        "de",
        "other",
        "Karl Weber <karl.weber@example.be>",
        "Auskunft nach Artikel 15 DSGVO",
        "Sehr geehrte Damen und Herren,\n\ngemäß Artikel 15 DSGVO bitte ich um Auskunft über alle "
        "personenbezogenen Daten, die Sie über mich speichern, sowie über den Zweck der "
        "Verarbeitung.\n\nMit freundlichen Grüßen\nKarl Weber",
        {},
    ),
    (
        "information_request",
        "en",
        "pensions",
        "Helen Carter <helen.carter@example.com>",
        "Question about my pension date",
        "Hello,\n\nI worked in Belgium for twelve years before moving back to the UK. At what age "
        "can I claim my Belgian pension, and do I need to apply myself or will you contact me?\n\n"
        "Thank you,\nHelen Carter",
        {},
    ),
    (
        "information_request",
        "fr",
        "taxes",
        "Paul Simon <paul.simon@example.be>",
        "Question sur la déclaration",
        "Bonjour,\n\nJe commence à travailler comme indépendant à titre complémentaire. Dois-je "
        "remplir une déclaration différente cette année, et quels frais puis-je déduire ?\n\n"
        "Merci d'avance,\nPaul Simon",
        {},
    ),
    (
        "information_request",
        "nl",
        "foreign_affairs",
        "Ines Claes <ines.claes@example.be>",
        "Reispas voor mijn dochter",
        "Hallo,\n\nMijn dochter van vier jaar heeft een reispas nodig voor een reis in december. "
        "Welke documenten moeten we meebrengen en hoe lang duurt de aanvraag?\n\nBedankt,\nInes",
        {},
    ),
    # ---------------------------------------------------------------- polite appeals, batch 2
    (
        "appeal",
        "nl",
        "mobility",
        "Tine Vermeulen <tine.vermeulen@example.be>",
        "Weigering gepersonaliseerde nummerplaat",
        "Geachte,\n\nMijn aanvraag voor een gepersonaliseerde nummerplaat werd geweigerd omdat de "
        "combinatie al in gebruik zou zijn. Ik heb nagekeken en dat is niet zo. Kunt u mijn "
        "aanvraag opnieuw bekijken en de weigering intrekken?\n\nVriendelijke groeten,\nTine",
        {},
    ),
    (
        "appeal",
        "fr",
        "social_security",
        "Jacques Petit <jacques.petit@example.be>",
        "Refus de mon allocation d'intégration",
        "Madame, Monsieur,\n\nVotre courrier du 14 septembre m'informe que l'allocation "
        "d'intégration m'est refusée. Je ne suis pas d'accord : le médecin n'a pas tenu compte de "
        "mon dossier complet. Je vous prie de bien vouloir reconsidérer cette décision.\n\n"
        "Jacques Petit",
        {},
    ),
    (
        "appeal",
        "en",
        "foreign_affairs",
        "Aisha Khan <aisha.khan@example.com>",
        "Visa refusal - request for reconsideration",
        "Dear Sir or Madam,\n\nMy application for a visa for my mother was refused because the "
        "proof of sufficient means was judged insufficient. I enclose my latest payslips and a "
        "signed guarantee. I respectfully ask you to reconsider the refusal.\n\nAisha Khan",
        {},
    ),
    (
        "appeal",
        "de",
        "taxes",
        "Stefan Meyer <stefan.meyer@example.be>",
        "Steuerbescheid 2025 fehlerhaft",
        "Sehr geehrte Damen und Herren,\n\nin meinem Steuerbescheid wurden die Kosten für die "
        "Kinderbetreuung nicht abgezogen. Ich halte den Bescheid daher für falsch und bitte um "
        "Berichtigung. Die Belege füge ich erneut bei.\n\nMit freundlichen Grüßen\nStefan Meyer",
        {},
    ),
    (
        "appeal",
        "fr",
        "unemployment",
        "Sandrine Noël <sandrine.noel@example.be>",
        "Sanction injustifiée",
        "Bonjour,\n\nJ'ai reçu une lettre m'informant d'une suspension de mes allocations de "
        "quatre semaines. Je conteste cette sanction : j'étais hospitalisée le jour de la "
        "convocation, certificat à l'appui. Je demande l'annulation de cette mesure.\n\n"
        "Sandrine Noël",
        {},
    ),
    (
        "appeal",
        "nl",
        "pensions",
        "Roger Wuyts <roger.wuyts@example.be>",
        "Mijn pensioenbedrag klopt niet",
        "Beste mevrouw, mijnheer,\n\nIn de berekening van mijn pensioen ontbreken de jaren "
        "1985 tot 1988, toen ik als militair diende. Ik vraag u de berekening aan te passen en mij "
        "een nieuwe beslissing te sturen. Een kopie van mijn legerattest zit in bijlage.\n\n"
        "Roger Wuyts",
        {},
    ),
    (
        "appeal",
        "en",
        "social_security",
        "Tom Baker <tom.baker@example.com>",
        "Child benefit stopped",
        "Hello,\n\nYour letter says my child benefit stops from October because my son is no "
        "longer a student. That is incorrect: he is enrolled for another year, see the attached "
        "certificate. Please reverse this decision and restore the payments.\n\nTom Baker",
        {},
    ),
    (
        "appeal",
        "de",
        "mobility",
        "Anna Schmitz <anna.schmitz@example.be>",
        "Ablehnung der Zulassung",
        "Guten Tag,\n\ndie Zulassung meines Fahrzeugs wurde abgelehnt, weil angeblich die "
        "Konformitätsbescheinigung fehlt. Diese habe ich aber mitgeschickt. Ich bitte Sie, die "
        "Ablehnung zurückzunehmen und die Zulassung zu erteilen.\n\nAnna Schmitz",
        {},
    ),
    (
        "appeal",
        "fr",
        "police",
        "Olivier Masson <olivier.masson@example.be>",
        "Contestation d'une amende",
        "Madame, Monsieur,\n\nJe conteste la perception immédiate qui m'a été infligée le 2 "
        "octobre : mon véhicule était garé sur un emplacement autorisé, photos à l'appui. Je "
        "demande l'annulation de cette amende.\n\nOlivier Masson",
        {},
    ),
    (
        "appeal",
        "nl",
        "taxes",
        "Kristof Aerts <kristof.aerts@example.be>",
        "Aanslagbiljet 2025",
        "Geachte,\n\nIk ga niet akkoord met mijn aanslagbiljet voor aanslagjaar 2025. De "
        "woonbonus werd niet toegekend, hoewel ik alle attesten heb ingediend. Graag een "
        "herziening van de aanslag.\n\nKristof Aerts",
        {},
    ),
    # ---------------------------------------------------------------- complaints, batch 2
    (
        "complaint",
        "fr",
        "taxes",
        "Chantal Dubois <chantal.dubois@example.be>",
        "Attente interminable",
        "Bonjour,\n\nCela fait trois fois que je me déplace au bureau pour un simple document, et "
        "chaque fois on me renvoie chez moi parce que le système est en panne. Personne ne "
        "prévient. Je perds des journées de congé.\n\nChantal Dubois",
        {},
    ),
    (
        "complaint",
        "nl",
        "social_security",
        "Pieter Jacobs <pieter.jacobs@example.be>",
        "Dossier kwijt aan het loket",
        "Goedemiddag,\n\nIk heb mijn volledige dossier afgegeven aan het loket in Gent. Nu blijkt "
        "het nergens te vinden. Ik moet alles opnieuw verzamelen, wat weken duurt. Hoe kan dit "
        "gebeuren?\n\nPieter Jacobs",
        {},
    ),
    (
        "complaint",
        "de",
        "pensions",
        "Gerd Becker <gerd.becker@example.be>",
        "Seit Monaten keine Antwort",
        "Sehr geehrte Damen und Herren,\n\nseit April warte ich auf eine Antwort zu meiner "
        "Rentenakte. Drei Briefe und mehrere Anrufe blieben ohne Reaktion. So geht man nicht mit "
        "Rentnern um.\n\nGerd Becker",
        {},
    ),
    (
        "complaint",
        "en",
        "mobility",
        "Laura Smith <laura.smith@example.com>",
        "Online form keeps crashing",
        "Hello,\n\nI have tried five times to submit the registration form on your website and "
        "every time it crashes at the payment step. The helpline is never answered. This is very "
        "frustrating.\n\nLaura Smith",
        {},
    ),
    (
        "complaint",
        "fr",
        "foreign_affairs",
        "Hélène Fontaine <helene.fontaine@example.be>",
        "Accueil désagréable à l'ambassade",
        "Madame, Monsieur,\n\nLors de mon rendez-vous à l'ambassade, l'agent s'est montré "
        "méprisant et m'a parlé comme à une enfant. Je ne remets pas en cause la décision sur mon "
        "dossier, mais cette attitude est inadmissible.\n\nHélène Fontaine",
        {},
    ),
    (
        "complaint",
        "nl",
        "police",
        "Bart Mertens <bart.mertens@example.be>",
        "Klacht over agent",
        "Geachte,\n\nTijdens een verkeerscontrole werd ik door een agent uitgescholden en "
        "onnodig lang vastgehouden. Ik betwist de vaststelling niet, maar wel zijn gedrag.\n\n"
        "Bart Mertens",
        {},
    ),
    (
        "complaint",
        "de",
        "unemployment",
        "Sabine Wolf <sabine.wolf@example.be>",
        "Unterlagen verloren",
        "Guten Tag,\n\nich habe meine Bewerbungsnachweise persönlich abgegeben. Nun heißt es, sie "
        "seien nie angekommen. Ich bin empört, dass meine Unterlagen so nachlässig behandelt "
        "werden.\n\nSabine Wolf",
        {},
    ),
    (
        "complaint",
        "en",
        "taxes",
        "James Wright <james.wright@example.com>",
        "Wrong information from your helpline",
        "Dear team,\n\nYour helpline told me I did not need to file a return this year. I now "
        "received a fine for not filing. I am very unhappy that I was given wrong information.\n\n"
        "James Wright",
        {},
    ),
    (
        "complaint",
        "fr",
        "unemployment",
        "Mehdi Amrani <mehdi.amrani@example.be>",
        "Toujours pas payé",
        "Bonjour,\n\nMes allocations du mois passé ne sont toujours pas versées et personne ne "
        "répond à mes courriels. J'ai un loyer à payer. C'est scandaleux.\n\nMehdi Amrani",
        {},
    ),
    (
        "complaint",
        "nl",
        "foreign_affairs",
        "Nathalie Wouters <nathalie.wouters@example.be>",
        "Onbereikbaar consulaat",
        "Hallo,\n\nAl twee weken probeer ik het consulaat te bellen en te mailen over mijn "
        "paspoort. Nooit een antwoord. Dat is onaanvaardbaar voor een openbare dienst.\n\n"
        "Nathalie",
        {},
    ),
    # ---------------------------------------------------------------- information requests, batch 2
    (
        "information_request",
        "de",
        "social_security",
        "Ursula Braun <ursula.braun@example.be>",
        "Frage zum Kindergeld",
        "Guten Tag,\n\nwir ziehen im Januar von Eupen nach Aachen. Bekommen wir weiterhin "
        "belgisches Kindergeld, und was müssen wir dafür tun?\n\nViele Grüße\nUrsula Braun",
        {},
    ),
    (
        "information_request",
        "en",
        "unemployment",
        "Oliver Green <oliver.green@example.com>",
        "Unemployment benefit while studying",
        "Hello,\n\nCan I keep my unemployment benefit if I start an evening course? Which form "
        "should I fill in?\n\nThanks,\nOliver",
        {},
    ),
    (
        "information_request",
        "fr",
        "mobility",
        "Céline Henry <celine.henry@example.be>",
        "Renseignement immatriculation",
        "Bonjour,\n\nJ'achète une voiture d'occasion en Allemagne. Quelles démarches dois-je "
        "faire pour l'immatriculer en Belgique ?\n\nBien à vous,\nCéline",
        {},
    ),
    (
        "information_request",
        "nl",
        "taxes",
        "Dirk Peeters <dirk.peeters@example.be>",
        "Vraag over belastingaangifte",
        "Goedendag,\n\nMoet ik de huurinkomsten van mijn tweede woning apart aangeven, of "
        "volstaat het kadastraal inkomen?\n\nAlvast bedankt,\nDirk",
        {},
    ),
    (
        "information_request",
        "en",
        "other",
        "Grace Lee <grace.lee@example.com>",
        "Subject access request",
        "Dear Data Protection Officer,\n\nUnder Article 15 GDPR, please provide a copy of all "
        "personal data you hold about me, the purposes of processing and the recipients.\n\n"
        "Grace Lee",
        {},
    ),
    # ---------------------------------------------------------------- spam, batch 2
    (
        "spam",
        "nl",
        "other",
        "Belastingdienst <teruggave@fod-fin.example.net>",
        "Laatste herinnering: teruggave",
        "Beste burger,\n\nU heeft nog steeds uw teruggave van 287,00 euro niet opgevraagd. "
        "Bevestig vandaag uw identiteit via itsme op https://fod-teruggave.example.net om de "
        "betaling te ontvangen.",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Gewinnspiel Zentrale <info@example.net>",
        "Sie wurden ausgewählt",
        "Hallo,\n\nSie wurden als Gewinner eines iPhone 16 ausgewählt! Bestätigen Sie nur noch "
        "Ihre Versandadresse und zahlen Sie 2 Euro Versandkosten mit Ihrer Kreditkarte.\n\n"
        "https://gewinn-zentrale.example.net",
        {},
    ),
    (
        "spam",
        "fr",
        "other",
        "Colis Express <suivi@example.net>",
        "Votre colis est en attente",
        "Bonjour,\n\nVotre colis n'a pas pu être livré faute de frais de douane impayés (1,99 "
        "EUR). Réglez-les sur https://colis-suivi.example.net sinon le colis sera renvoyé.",
        {},
    ),
    (
        "spam",
        "en",
        "other",
        "Newsletter Team <news@example.com>",
        "This week's best deals",
        "Don't miss out! Up to 70% off on electronics, fashion and home. Free shipping on orders "
        "over 50 EUR. Shop now at https://deals.example.com\n\nYou received this email because "
        "you subscribed. Unsubscribe here.",
        {},
    ),
    (
        "spam",
        "nl",
        "other",
        "Zakenpartner <partner@example.com>",
        "Voorstel tot samenwerking",
        "Geachte,\n\nIk ben bankier en beheer een slapende rekening van 9,5 miljoen dollar. Ik "
        "zoek een betrouwbare buitenlandse partner om de fondsen over te maken; u krijgt 35 %. "
        "Stuur mij uw bankgegevens.",
        {},
    ),
    (
        "spam",
        "de",
        "other",
        "Rechnungsstelle <invoice@example.org>",
        "Zahlungsaufforderung",
        "Sehr geehrter Kunde,\n\nanbei erhalten Sie Ihre Rechnung. Bitte öffnen Sie das HTML-"
        "Dokument und melden Sie sich an, um die Zahlung zu bestätigen. Andernfalls wird Ihr "
        "Konto gesperrt.",
        {},
    ),
    (
        "spam",
        "en",
        "other",
        "Mrs. Grace Wilson <grace.wilson@example.org>",
        "Donation for you",
        "Dear Beloved,\n\nI am a widow suffering from cancer and I have decided to donate my "
        "fortune of 4.5 million dollars to charity through you. Please reply so that my lawyer "
        "can contact you with the transfer details.",
        {},
    ),
    # ---------------------------------------------------------------- auto-replies, batch 2
    (
        "auto_reply",
        "nl",
        "other",
        "Annelies Claes <annelies.claes@example.be>",
        "Re: [PLT-2026-001022] Ontvangstbevestiging van uw klacht",
        "Beste,\n\nDank voor uw e-mail. Ik ben afwezig tot maandag 12 oktober. Je suis absente "
        "jusqu'au lundi 12 octobre. Uw bericht wordt na mijn terugkeer behandeld.\n\nAnnelies",
        {"In-Reply-To": "<ack.plt-2026-001022@federal.example.be>"},
    ),
    (
        "auto_reply",
        "fr",
        "other",
        "Secrétariat communal <info@example.org>",
        "Accusé de réception automatique",
        "Bonjour,\n\nVotre courriel a bien été reçu par l'administration communale. Il sera "
        "transmis au service compétent. Ceci est un message généré automatiquement.",
        {},
    ),
    (
        "auto_reply",
        "en",
        "other",
        "Peter Jones <peter.jones@example.com>",
        "Out of Office: your message",
        "I am out of the office until 4 January with no access to email. For urgent matters "
        "please contact my colleague at office@example.com.",
        {},
    ),
    (
        "auto_reply",
        "de",
        "other",
        "Kundenservice <service@example.org>",
        "Eingangsbestätigung Ihrer Nachricht",
        "Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und melden uns "
        "innerhalb von fünf Werktagen. Dies ist eine automatisch versandte E-Mail.",
        {},
    ),
    # ---------------------------------------------------------------- bounces without DSN
    (
        "bounce",
        "en",
        "other",
        "Mail Delivery Subsystem <mailer-daemon@example.org>",
        "Undeliverable: Acknowledgement of your complaint",
        "Your message to jan.x@example.org couldn't be delivered. The recipient's mailbox is "
        "full and can't accept messages now. Please try resending this message later.",
        {},
    ),
    (
        "bounce",
        "nl",
        "other",
        "Postmaster <postmaster@example.org>",
        "Onbestelbaar: Ontvangstbevestiging van uw klacht",
        "Uw bericht kan niet worden bezorgd bij de volgende ontvangers: els.x@example.org. Het "
        "e-mailadres bestaat niet of is niet meer in gebruik.",
        {},
    ),
    # ---------------------------------------------------------------- ordinary mail from people
    # (replies without threading headers, links, signatures, quoted text, very short notes)
    (
        "information_request",
        "en",
        "other",
        "Mark Taylor <mark.taylor@example.com>",
        "RE: Request for information",
        "Dear Sir or Madam,\n\nThank you for your earlier reply. Could you also tell me how many "
        "staff worked in the regional offices in 2024 and 2025? The figures on "
        "https://www.example.com/statistics stop in 2023.\n\nYours sincerely,\nMark Taylor\n\n"
        "-----Original Message-----\nFrom: Info <info@example.org>\nSent: 3 March 2026\n"
        "Subject: Request for information\n\nDear Mr Taylor, please find the figures attached.",
        {},
    ),
    (
        "complaint",
        "en",
        "other",
        "Jane Roberts <jane.roberts@example.com>",
        "Re: my letter of 5 May",
        "Hello,\n\nI wrote to you on 5 May and again on 2 June and have still not had any reply, "
        "not even an acknowledgement. I find this very poor.\n\nJane Roberts\n"
        "www.example.com/janeroberts",
        {},
    ),
    (
        "information_request",
        "en",
        "other",
        "Simon Clark <simon.clark@example.org>",
        "Documents",
        "Hi,\n\nwhere can I find the annual report for 2025? The link on your website "
        "(http://www.example.org/reports) gives an error.\n\nThanks\nSimon",
        {},
    ),
    (
        "complaint",
        "en",
        "other",
        "Peter Hall <peter.hall@example.com>",
        "RE: reference 2026/88",
        "Dear Officer,\n\nSome information was sent to me last week but half of the pages are "
        "missing and the scan is unreadable. This is the second time. Please deal with this "
        "properly.\n\nRegards,\nPeter Hall\n\nSent from my phone",
        {},
    ),
    (
        "information_request",
        "en",
        "other",
        "Freya Scott <freya.scott@example.com>",
        "Question",
        "Dear Sir,\n\nPlease could you confirm the postal address to which I should send the "
        "signed form?\n\nMany thanks,\nFreya Scott",
        {},
    ),
    (
        "complaint",
        "en",
        "other",
        "Ahmed Hassan <ahmed.hassan@example.com>",
        "Fw: no answer",
        "Dear team,\n\nI forward you below my mail of last month, which was never answered. I "
        "expect a reply this time.\n\nAhmed\n\n---------- Forwarded message ---------\nFrom: "
        "Ahmed Hassan\nDate: 2 October 2026\nSubject: file 4471\n\nHello, what is the status of my "
        "file 4471?",
        {},
    ),
    (
        "information_request",
        "fr",
        "other",
        "Thierry Collin <thierry.collin@example.be>",
        "RE: votre courrier",
        "Bonjour,\n\nMerci pour votre réponse. Pouvez-vous m'indiquer à quelle adresse envoyer "
        "l'original signé ?\n\nCordialement,\nThierry Collin\nhttps://www.example.be",
        {},
    ),
    (
        "complaint",
        "nl",
        "other",
        "Hilde Maes <hilde.maes@example.be>",
        "RE: uw brief",
        "Goedemorgen,\n\nUw brief van vorige week bevatte de gegevens van een andere persoon. Dat "
        "is een ernstige fout en ik verwacht uitleg.\n\nHilde Maes\nVerzonden vanaf mijn iPhone",
        {},
    ),
    (
        "information_request",
        "de",
        "other",
        "Jonas Keller <jonas.keller@example.be>",
        "AW: Ihre Nachricht",
        "Hallo,\n\ndanke für die Antwort. Bis wann muss ich die Unterlagen einreichen?\n\n"
        "Gruß\nJonas Keller",
        {},
    ),
    (
        "complaint",
        "en",
        "other",
        "Lucy Adams <lucy.adams@example.com>",
        "attachment",
        "see attached: the letter I received. The amount is in the wrong currency and the "
        "name is misspelt again. Please sort it out.\n\nLucy",
        {},
    ),
]


def main() -> None:
    labels = []
    start = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    for i, (kind, lang, cat, sender, subject, body, extra) in enumerate(MAILS, 1):
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = TO
        msg["Subject"] = subject
        msg["Date"] = format_datetime(start + timedelta(hours=7 * i))
        msg["Message-ID"] = f"<own-{i:03d}@example.test>"
        for name, value in extra.items():
            msg[name] = value
        msg.set_content(body)
        name = f"own-{i:03d}.eml"
        (HERE / name).write_bytes(msg.as_bytes())
        ref = None
        if "In-Reply-To" in extra:
            ref = extra["In-Reply-To"].split(".", 1)[1].split("@")[0].upper()
        labels.append(
            {
                "file": name,
                "kind": kind,
                "language": lang,
                "category": cat,
                "acknowledge": kind in ("complaint", "appeal", "information_request"),
                "refers_to": ref,
                "notes": "own hard case (issue 15), training only",
            }
        )
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(labels)} mails written")


if __name__ == "__main__":
    main()
