#!/usr/bin/env python3
"""Generate the t6o corpus: 50 people's mails whose category is `other`.

Standard library only, fixed seed, deterministic (two runs give byte-identical files).
Writes t6o-001.eml ... t6o-050.eml and labels.json next to this script, then re-parses
every file and checks labels, domains and line lengths; exits 1 on any error.
"""
import base64
import datetime as dt
import email.policy
import email.utils
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap
from email.parser import BytesParser

SEED = 60601
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t6o"
TO = "plaintes.klachten@federal.example.be"
TZ = dt.timezone(dt.timedelta(hours=1))

# --------------------------------------------------------------------------------------
# The messages. g = generic (no service recognisable) / s = specific non-listed service.
# mime: plain | html | alt ; cte: qp | b64 | 8bit | 7bit
# --------------------------------------------------------------------------------------
M = []


def add(**kw):
    M.append(kw)


# ============================ FRENCH ===================================================
add(key="fr-phone", lang="fr", kind="complaint", generic=True,
    name="Nathalie Dufrasne", addr="n.dufrasne@example.com", date=(2026, 2, 24, 21),
    subject="Impossible de joindre votre service par téléphone",
    mime="plain", charset="utf-8", cte="qp", subj_enc=("utf-8", "q"), mailer="Mozilla Thunderbird",
    note="LONG generic complaint: 14 calls, 4 hours of waiting, no e-mail answer; 'la lettre' and 'mon dossier' only, nothing names a service",
    body="""Madame, Monsieur,

Je me permets de vous écrire car je n'en peux plus. Depuis le 3 février j'essaie de joindre votre service au numéro indiqué en haut de votre lettre du 28 janvier (référence 2026/DN/55190).

Voici le détail, pour que vous compreniez :
- 3 février, 9h02 : 41 minutes d'attente, puis coupé.
- 5 février, 13h30 : message « tous nos collaborateurs sont occupés, veuillez rappeler plus tard », puis la ligne raccroche toute seule.
- 10 février : 3 tentatives, dont une où j'ai enfin eu quelqu'un qui m'a dit que ce n'était « pas son dossier » et m'a transférée... vers la musique d'attente. 27 minutes, puis coupé.
- 12, 17 et 19 février : même scénario.

Au total 14 appels et plus de 4 heures au téléphone, en grande partie pendant mes heures de travail. Je n'ai toujours pas pu poser ma question, qui est pourtant simple : la lettre me demande de « compléter mon dossier » sans dire quelle pièce manque.

J'ai aussi envoyé un e-mail le 6 février à l'adresse qui figure sur la lettre, sans aucune réponse, même pas un accusé de réception.

Je trouve inacceptable qu'un service public ne soit tout simplement pas joignable. Je demande qu'une personne me rappelle au 0470 12 34 56 (de préférence après 16h) ou m'écrive pour me dire ce qui manque.

Merci d'avance,
Nathalie Dufrasne
Rue des Tanneurs 14
5000 Namur
""")

add(key="fr-counter", lang="fr", kind="complaint", generic=True,
    name="Jean-Marc Lhoest", addr="jm.lhoest@example.net", date=(2026, 3, 11, 8),
    subject="Accueil déplorable au guichet ce mardi",
    mime="plain", charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "q"), mailer=None,
    note="Generic complaint about rudeness at a counter after 2h10 waiting; employee 'Mme V.'; no service named",
    body="""Bonjour,

Mardi 10 mars vers 10h15 je me suis présenté au guichet de votre bureau de Liège avec le ticket n° B047. Après 2h10 d'attente (oui, deux heures et dix minutes, j'ai la photo de l'écran) j'ai enfin été appelé.

L'employée, une dame dont le badge indiquait « Mme V. », n'a même pas levé les yeux. Quand j'ai commencé à expliquer ma situation elle m'a coupé : « c'est pas ici monsieur, c'est écrit sur le site ». Quand j'ai répondu que justement le site renvoie vers le guichet, elle a soupiré et a appelé le numéro suivant pendant que j'étais encore devant elle.

Je n'ai pas l'habitude de me plaindre mais je suis reparti sans rien, après avoir pris congé pour la matinée. Une de ses collègues, à la sortie, m'a d'ailleurs confirmé que j'étais bien au bon endroit.

Je voudrais 1) que ce comportement soit signalé à sa hiérarchie 2) obtenir un rendez-vous sans devoir refaire la file.

Cordialement
Jean-Marc Lhoest
""")

add(key="fr-short", lang="fr", kind="complaint", generic=True,
    name="M. Cornet", addr="cornet.michel@example.org", date=(2026, 4, 14, 7),
    subject="relance !!!",
    mime="plain", charset="windows-1252", cte="8bit", subj_enc=None, mailer=None,
    note="VERY SHORT generic complaint (3 lines): no answer to a registered letter after three months",
    body="""Bonjour,
toujours aucune réponse à mon courrier recommandé du 12 janvier. Trois mois pour rien. C'est inadmissible.
M. Cornet
""")

add(key="fr-web", lang="fr", kind="complaint", generic=True,
    name="Francine Lambotte", addr="francine.lambotte@example.be", date=(2026, 3, 2, 15),
    subject="Votre site internet ne fonctionne pas (erreur 500)",
    mime="html", charset="utf-8", cte="qp", subj_enc=None, mailer="Microsoft Outlook 16.0",
    note="Generic complaint: online file portal loops after itsme login, error 500, screen-reader accessibility; no service named",
    body="""Madame, Monsieur,

Depuis une semaine il m'est impossible d'accéder à mon dossier en ligne. Après connexion avec itsme, la page revient sur l'écran d'accueil, en boucle. En passant par le lecteur de carte eID, j'obtiens « Erreur 500 – Internal Server Error ».

J'ai essayé avec Firefox, Chrome et Edge, sur deux ordinateurs, vidé le cache : rien à faire.

Je suis malvoyante et j'utilise un lecteur d'écran (NVDA). Même quand le site fonctionnait, les boutons « Suivant » et « Envoyer » n'étaient pas annoncés, et les documents PDF sont des images scannées, illisibles pour moi. Ce n'est pas conforme aux règles d'accessibilité que les organismes publics doivent respecter.

Le numéro d'aide affiché sur la page d'erreur renvoie à une messagerie vocale pleine.

Pouvez-vous corriger ces problèmes et me dire, en attendant, comment introduire mon document autrement ?

Bien à vous,
Francine Lambotte
""")

add(key="fr-lost", lang="fr", kind="complaint", generic=True,
    name="Ahmed Benali", addr="ahmed.benali@example.com", date=(2026, 1, 22, 19),
    subject="Documents originaux égarés par vos services",
    mime="alt", charset="utf-8", cte="b64", subj_enc=("utf-8", "b"), mailer="Apple Mail (2.3774)",
    note="Generic complaint: original documents sent by registered mail lost ('scanned and destroyed'), asks for costs and suspension of the deadline",
    body="""Madame, Monsieur,

Le 2 décembre dernier j'ai envoyé par recommandé (preuve de dépôt RR 40 117 552 3BE) les originaux demandés dans votre lettre du 20 novembre : un extrait d'acte de naissance, une copie certifiée conforme de mon diplôme et un certificat de résidence.

Le 15 janvier je reçois un rappel disant qu'« aucun document n'a été reçu ». La poste confirme pourtant la remise le 4 décembre, signée par votre service courrier.

Au téléphone, on m'a répondu que « le courrier entrant est scanné puis détruit » et qu'on ne pouvait rien retrouver. Je n'ai plus de copie certifiée et la commune me demande 15 euros pour un nouvel extrait d'acte.

Je demande :
1. que vous recherchiez ces documents dans votre service courrier ;
2. à défaut, que vous preniez en charge les frais pour les refaire ;
3. que le délai qui m'était imposé soit suspendu tant que ce problème n'est pas réglé.

Salutations distinguées,
Ahmed Benali
Avenue Brugmann 201
1190 Forest
""")

add(key="fr-appeal", lang="fr", kind="appeal", generic=True, refers_to="PLT-2025-004417",
    name="Sophie Renard", addr="sophie.renard@example.net", date=(2026, 2, 13, 10),
    subject="Recours contre votre décision du 4 février 2026 – réf. 2026/0412/AB",
    mime="plain", charset="utf-8", cte="8bit", subj_enc=("utf-8", "q"), mailer=None,
    note="Generic APPEAL ('recours', asks to reform a decision declaring a request late); cites an earlier complaint PLT-2025-004417 -> refers_to set, but it is a new appeal, not a follow-up; nothing tells which service",
    body="""Madame, Monsieur,

Par la présente j'introduis un recours contre votre décision du 4 février 2026 (votre référence 2026/0412/AB), reçue le 9 février.

Cette décision indique que ma demande est « non recevable car introduite hors délai ». Or j'ai introduit ma demande le 28 octobre 2025, soit avant la date limite du 31 octobre, comme le prouve l'accusé de réception que vous m'aviez vous-même envoyé le 30 octobre. Je peux vous en transmettre une copie.

J'avais déjà signalé un problème d'enregistrement de ma demande dans une plainte enregistrée sous le numéro PLT-2025-004417, à laquelle je n'ai jamais eu de réponse sur le fond. Je vous écris donc à nouveau, cette fois pour contester formellement la décision.

Je vous demande de revoir cette décision, de déclarer ma demande recevable et d'en examiner le fond. Je souhaite être entendue si nécessaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Renard
Chaussée de Wavre 77
1300 Wavre
""")

add(key="fr-appt-info", lang="fr", kind="information_request", generic=True,
    name="Georgette Wauters", addr="g.wauters@example.org", date=(2026, 3, 9, 11),
    subject="Question sur mon rendez-vous du 18 mars",
    mime="plain", charset="iso-8859-1", cte="qp", subj_enc=None, mailer=None,
    note="Generic information request: which documents to bring to an appointment, whether she may be accompanied, how to reschedule",
    body="""Bonjour,

J'ai reçu une convocation pour un rendez-vous le 18 mars à 14h20 dans vos bureaux. La lettre ne précise pas quels documents je dois apporter, ni si je peux me faire accompagner par ma fille, car je me déplace difficilement et j'entends mal.

Pouvez-vous me dire ce que je dois prendre avec moi ? Et si l'heure ne convient pas à ma fille, comment la changer ?

Je vous remercie.
Georgette Wauters
""")

add(key="fr-parking", lang="fr", kind="complaint", generic=False,
    name="Frédéric Gillard", addr="frederic.gillard@example.com", date=(2026, 2, 19, 17),
    subject="Accès PMR et parking visiteurs – Centre administratif fédéral",
    mime="alt", charset="windows-1252", cte="qp", subj_enc=("windows-1252", "q"), name_enc=("windows-1252", "q"),
    mailer="Microsoft Outlook 16.0",
    note="Access to a FEDERAL BUILDING: disabled parking spaces taken by staff service vehicles, ramp entrance locked -> other (vehicle words are about parking at the building, not mobility)",
    body="""Madame, Monsieur,

Je me suis rendu ce jeudi 19 février au Centre administratif fédéral de la rue de l'Écluse, où j'avais une réunion à 14h. Je suis en chaise roulante.

1. Les deux emplacements réservés aux personnes à mobilité réduite devant l'entrée étaient occupés par des véhicules de service de l'administration, sans carte PMR. L'agent d'accueil m'a répondu que « c'est toujours comme ça le jeudi ».
2. L'entrée latérale avec rampe était fermée à clé. Il a fallu faire le tour du bâtiment (environ 300 mètres, en partie sur des pavés) pour arriver à l'entrée de livraison.
3. Aucun panneau n'indique le chemin accessible.

J'ai perdu 35 minutes et suis arrivé en retard et épuisé. Je demande que les emplacements PMR soient réellement réservés et que l'entrée avec rampe soit ouverte pendant les heures d'ouverture au public.

Cordialement,
Frédéric Gillard
""")

add(key="fr-museum", lang="fr", kind="complaint", generic=False,
    name="Caroline Masset", addr="caroline.masset@example.net", date=(2026, 3, 9, 20),
    subject="Musée : salles fermées sans prévenir, remboursement refusé",
    mime="html", charset="iso-8859-1", cte="b64", subj_enc=("iso-8859-1", "b"),
    mailer=None,
    note="FEDERAL MUSEUM: exhibition rooms closed without notice, refund of tickets refused, lift out of order -> other ('remboursement' is about museum tickets, not taxes)",
    body="""Bonjour,

Nous sommes venus de Mons en famille le dimanche 8 mars au Musée Art & Histoire du Cinquantenaire. J'avais acheté en ligne 4 billets (58 euros) pour l'exposition temporaire sur les textiles coptes.

À notre arrivée, les salles de l'exposition étaient fermées « pour maintenance technique ». Rien sur le site internet, rien dans l'e-mail de confirmation reçu la veille. La caissière a refusé tout remboursement et nous a proposé un bon valable trois mois, ce qui ne nous sert à rien vu la distance.

En plus, l'ascenseur vers le premier étage était hors service, et ma belle-mère, qui se déplace en fauteuil, n'a pu voir qu'une seule salle.

Je demande le remboursement des 58 euros sur le compte BE71 0961 2345 6769 et qu'à l'avenir les visiteurs soient prévenus.

Caroline Masset
""")

add(key="fr-pin", lang="fr", kind="information_request", generic=False,
    name="Julien Materne", addr="julien.materne@example.be", date=(2026, 2, 27, 12),
    subject="Lettre code PIN / PUK carte d'identité jamais reçue",
    mime="plain", charset="utf-8", cte="b64", subj_enc=("utf-8", "b"), mailer=None,
    note="NATIONAL REGISTER / identity-card PIN-PUK letter never received: questions only -> other (identity card, not passport: not foreign_affairs)",
    body="""Bonjour,

J'ai demandé une nouvelle carte d'identité à ma commune (Gembloux) le 14 janvier. La commune me dit que la carte est arrivée mais que je dois présenter la lettre avec les codes PIN et PUK, que je n'ai jamais reçue. L'employée de la commune m'a dit de m'adresser au Registre national.

Mes questions :
1) Comment obtenir une nouvelle lettre de codes ? Faut-il refaire toute la demande ?
2) Est-ce payant ?
3) La carte risque-t-elle d'être détruite si je ne la retire pas dans les trois mois ?

Merci pour votre réponse,
Julien Materne
""")

add(key="fr-gdpr-appeal", lang="fr", kind="appeal", generic=False,
    name="Isabelle Dehaene-Van Acker", addr="isabelle.dva@example.org", date=(2026, 3, 4, 9),
    subject="Contestation du refus de rectification de mes données (RGPD)",
    mime="alt", charset="utf-8", cte="qp", subj_enc=("utf-8", "b"), mailer="Roundcube Webmail/1.6",
    note="APPEAL against the data protection officer's refusal of a GDPR rectification (art. 16) -> other",
    body="""Madame, Monsieur,

Le 5 janvier j'ai demandé, sur base de l'article 16 du RGPD, la rectification de mon nom dans vos fichiers : mon nom est « Dehaene-Van Acker », avec trait d'union, et non « Dehaene Vanacker » comme sur tous vos courriers.

Par lettre du 20 février, signée par votre délégué à la protection des données, cette demande a été refusée au motif que « la source authentique fait foi ».

Je conteste cette décision. Mon acte de mariage et ma carte d'identité portent bien l'orthographe correcte, et l'erreur provoque des problèmes à chaque fois que je dois prouver mon identité auprès d'autres organismes.

Je vous demande de réexaminer ma demande et de corriger mes données. À défaut, je saisirai l'Autorité de protection des données.

Isabelle Dehaene-Van Acker
""")

add(key="fr-meteo", lang="fr", kind="information_request", generic=False,
    name="Luc Hanquet", addr="luc.hanquet@example.com", date=(2026, 2, 25, 18),
    subject="Demande d'attestation météo pour mon assurance",
    mime="plain", charset="windows-1252", cte="8bit", subj_enc=("windows-1252", "q"), mailer=None, crlf=True,
    note="METEOROLOGY institute (IRM): how to obtain a weather certificate for an insurer -> other",
    body="""Bonjour,

Suite à la tempête du 21 février, le toit de mon abri de jardin à Ath a été arraché. Mon assureur exige une « attestation météorologique » de l'IRM indiquant la vitesse des rafales ce jour-là dans ma commune.

Pouvez-vous me dire comment introduire cette demande, quel est le délai et le coût ? J'ai cherché sur le site sans trouver de formulaire. Si ce n'est pas votre administration, pourriez-vous transmettre ?

Bien à vous
Luc Hanquet
Ath
""")

add(key="fr-form", lang="fr", kind="complaint", generic=False,
    name="Hélène Pirard", addr="helene.pirard@example.test", date=(2026, 3, 16, 22),
    subject="Votre formulaire de plainte en ligne est inutilisable",
    mime="plain", charset="utf-8", cte="qp", subj_enc=None, name_enc=("iso-8859-1", "q"), mailer=None,
    note="Complaint about the COMPLAINT FORM itself (500-char limit, captcha only in Dutch, session expiry, mandatory 'service' drop-down) -> other",
    body="""Bonjour,

J'écris par e-mail parce que votre formulaire de plainte en ligne ne fonctionne pas :
1) Le champ « Description » est limité à 500 caractères, ce qui est ridicule pour expliquer une situation.
2) Le captcha s'affiche uniquement en néerlandais et refuse systématiquement mes réponses.
3) Après trois essais, le message « Session expirée » apparaît et tout ce que j'ai tapé est perdu.
4) La liste déroulante « Service concerné » est obligatoire, mais il n'y a pas d'option « je ne sais pas ».

C'est un comble de ne pas pouvoir se plaindre ! Je voudrais que le formulaire soit corrigé, et savoir à qui adresser ma plainte en attendant.

Hélène Pirard
""")

# ============================ DUTCH ====================================================
add(key="nl-phone", lang="nl", kind="complaint", generic=True,
    name="Tom Verhaegen", addr="tom.verhaegen@example.be", date=(2026, 2, 12, 20),
    subject="Klacht: onbereikbaarheid en nooit teruggebeld",
    mime="plain", charset="utf-8", cte="qp", subj_enc=None, mailer="Microsoft Outlook 16.0", crlf=True,
    note="LONG generic complaint: 9 calls, 5 hours on hold, call-back promises never kept, employee 'Kevin', notes lost",
    body="""Geachte,

Ik wil formeel klacht indienen over de manier waarop mijn vraag wordt behandeld.

Op 13 januari heb ik voor het eerst gebeld over de brief die ik op 8 januari ontving (kenmerk 26/04471/KV). Na 35 minuten wachten kreeg ik een medewerker, Kevin, die beloofde dat een collega mij binnen de 48 uur zou terugbellen. Niemand belde.

Sindsdien heb ik nog 8 keer gebeld (15/1, 20/1, 22/1, 27/1, 3/2, 4/2, 10/2 en 11/2), samen ruim 5 uur in de wachtrij. Telkens kreeg ik iemand anders, telkens moest ik alles opnieuw uitleggen, telkens werd er "een notitie gemaakt" en een terugbelactie beloofd. Eén keer werd ik gewoon ingehangen toen ik vroeg naar een teamverantwoordelijke.

Op 4 februari zei een medewerkster dat er "geen notities in het systeem" stonden van mijn vorige oproepen. Hoe is dat mogelijk?

Ik vraag:
- dat iemand die mijn dossier effectief kan inkijken mij terugbelt op 0496 55 12 08;
- een schriftelijke bevestiging dat mijn vraag geregistreerd is;
- uitleg waarom de terugbelbeloftes niet nagekomen worden.

Met vriendelijke groeten,
Tom Verhaegen
Kerkstraat 88
2800 Mechelen
""")

add(key="nl-french", lang="nl", kind="complaint", generic=True, refers_to="PLT-2026-000412",
    name="Annelies De Smet", addr="annelies.desmet@example.com", date=(2026, 2, 23, 9),
    subject="Brief opnieuw enkel in het Frans ontvangen",
    mime="alt", charset="iso-8859-1", cte="qp", subj_enc=None, mailer="Mozilla Thunderbird",
    note="Generic complaint about a letter sent only in French to a Dutch speaker (language law); cites her earlier complaint PLT-2026-000412 -> refers_to set, still a new complaint",
    body="""Goedendag,

Ik woon in Gent en ben Nederlandstalig, maar de brief van 17 februari die ik van uw dienst kreeg, was volledig in het Frans opgesteld. Dat is al de tweede keer: in januari diende ik daarover al een klacht in (uw nummer PLT-2026-000412). Ik kreeg een ontvangstbevestiging, maar verder niets.

Ik begrijp de brief maar half, en er staat een termijn van 15 dagen in. Volgens de taalwetgeving moet u mij in het Nederlands aanschrijven.

Graag ontvang ik een Nederlandse versie van de brief, en een verlenging van de termijn vanaf de ontvangst daarvan. Kan u er ook voor zorgen dat mijn taalkeuze correct in uw systeem staat?

Vriendelijke groet,
Annelies De Smet
""")

add(key="nl-appt", lang="nl", kind="complaint", generic=True,
    name="Wim Claes", addr="wimclaes71@example.net", date=(2026, 2, 24, 13),
    subject="afspraak geschrapt zonder verwittiging",
    mime="plain", charset="us-ascii", cte="7bit", subj_enc=None, mailer=None,
    note="Generic short-medium complaint with informal register and typos: appointment cancelled without notice",
    body="""Hallo,

ik had vandaag een afspraak om 9u30 in jullie kantoor in Hasselt, bevestigd per mail. Ik had daarvoor een halve dag verlof genomen en ben vanuit Maaseik gekomen. Aan de balie zeiden ze dat mijn afspraak "geannuleerd was in het systeem", niemand wist waarom , er was geen mail of sms gekomen. Nieuwe afspraak pas binnen 5 weken!!

Dit is echt niet serieus. ik wil een nieuwe afspraak deze week of tenminste een uitleg wat er gebeurd is.

groeten
Wim Claes
""")

add(key="nl-privacy", lang="nl", kind="complaint", generic=True,
    name="Marleen Goossens", addr="marleen.goossens@example.org", date=(2026, 3, 5, 16),
    subject="Gegevens van iemand anders in mijn envelop (privacy)",
    mime="plain", charset="utf-8", cte="8bit", subj_enc=None, mailer=None,
    note="Generic PRIVACY complaint: another person's letter (with national register number) in her envelope; asks whether it is reported as a data breach",
    body="""Geachte heer, mevrouw,

Vandaag ontving ik een envelop van uw dienst. Daarin zat, naast mijn eigen brief, ook een brief van vier bladzijden gericht aan een andere persoon, met naam, adres, rijksregisternummer en details over haar dossier. Ik heb die uiteraard niet verder gelezen dan nodig om te begrijpen wat er gebeurd was.

Ik vind dit zeer ernstig. Als haar brief bij mij zit, zit de mijne dan misschien bij iemand anders?

Ik vraag u:
1. mij te laten weten hoe ik het document aan u terugbezorg, of moet ik het vernietigen?
2. na te gaan of mijn gegevens ook naar een derde zijn gestuurd;
3. mij te bevestigen dat dit als datalek gemeld wordt.

Met vriendelijke groeten,
Marleen Goossens
""")

add(key="nl-webform-info", lang="nl", kind="information_request", generic=True,
    name="Kris Janssens", addr="kris.janssens@example.com", date=(2026, 3, 3, 14),
    webform=True, subject="Nieuw bericht via het webformulier",
    mime="plain", charset="utf-8", cte="qp", subj_enc=None, mailer=None,
    note="WEB-FORM notification (citizen in Reply-To and fields), short generic question about processing time and missing acknowledgement",
    form=[("Naam", "Kris Janssens"), ("E-mail", "kris.janssens@example.com"), ("Taal", "Nederlands"),
          ("Type bericht", "Vraag"), ("Dossiernummer", "(niet ingevuld)")],
    body="""Hoe lang duurt het gemiddeld voor een dossier behandeld wordt? Ik heb mijn aanvraag op 2 februari per post verstuurd maar nog niets gehoord, ook geen ontvangstbevestiging. Moet ik iets opnieuw sturen?
""")

add(key="nl-appeal", lang="nl", kind="appeal", generic=True,
    name="Pieter Van Damme", addr="pieter.vandamme@example.be", date=(2026, 3, 10, 10),
    subject="Bezwaar tegen uw beslissing van 2 maart 2026 (ref. BES/2026/10987)",
    mime="alt", charset="utf-8", cte="b64", subj_enc=None, mailer="Apple Mail (2.3774)",
    note="Generic APPEAL ('bezwaar'): request refused for missing documents that were handed in at the counter; nothing tells which service",
    body="""Geachte,

Hierbij teken ik bezwaar aan tegen uw beslissing van 2 maart 2026 (uw referentie BES/2026/10987), die ik op 5 maart ontving.

In de beslissing staat dat mijn aanvraag geweigerd wordt omdat "de gevraagde bewijsstukken niet werden voorgelegd". Ik heb die stukken echter op 12 januari persoonlijk afgegeven aan het loket in Kortrijk, en kreeg daarvan een ontvangstbewijs (nr. 0002261), waarvan ik u gerust een kopie bezorg.

Ik vraag u de beslissing te herzien en mijn aanvraag ten gronde te behandelen. Indien nodig wens ik gehoord te worden.

Hoogachtend,
Pieter Van Damme
Dorpsplein 3
8500 Kortrijk
""")

add(key="nl-statbel", lang="nl", kind="complaint", generic=False,
    name="Sarah Peeters", addr="sarah.peeters@example.net", date=(2026, 2, 16, 21),
    subject="Klacht over enquêteur huishoudbudgetonderzoek",
    mime="html", charset="utf-8", cte="8bit", subj_enc=("utf-8", "q"), mailer=None,
    note="STATISTICS OFFICE survey: pushy interviewer, calls late and on Sunday, threatens a 'boete' -> other (the word boete is about the survey, not police/mobility); ends with a question but dominant intent is complaint",
    body="""Geachte,

Ons gezin werd geselecteerd voor het huishoudbudgetonderzoek van Statbel. Op zich geen probleem, maar de manier waarop de enquêteur te werk gaat vind ik onaanvaardbaar.

Ze belde zes keer in één week, ook 's avonds na 21 uur en op zondag, en stond twee keer onaangekondigd aan de deur. Toen ik zei dat we het momenteel te druk hebben (we hebben net een baby gekregen), zei ze dat deelname "verplicht is en dat we anders een boete riskeren". Klopt dat wel?

Ik wil niet weigeren, maar ik vraag een andere enquêteur en respect voor onze privacy en onze rust.

Met vriendelijke groeten,
Sarah Peeters
""")

add(key="nl-griffie", lang="nl", kind="complaint", generic=False,
    name="Freddy Mertens", addr="freddy.mertens@example.org", date=(2026, 3, 12, 11),
    subject="Griffie vredegerecht al drie weken onbereikbaar",
    mime="plain", charset="windows-1252", cte="qp", subj_enc=None, mailer=None,
    note="JUSTICE: court registry (vredegerecht) unreachable by phone/e-mail, counter closed -> other",
    body="""Geachte,

Ik probeer sinds drie weken de griffie van het vredegerecht van het kanton Zottegem te bereiken voor een kopie van een vonnis in een huurgeschil.

Telefoon: altijd bezet of geen antwoord, nochtans bel ik tussen 9 en 12 uur zoals op de website staat. E-mails naar het adres op de website: geen antwoord. Vorige dinsdag ben ik dan maar zelf gegaan, maar het loket was dicht "wegens personeelstekort", met een A4'tje op de deur.

Ik heb die kopie dringend nodig voor mijn advocaat, de termijn loopt. Dit is geen behoorlijke dienstverlening.

Freddy Mertens
""")

add(key="nl-creg", lang="nl", kind="information_request", generic=False,
    name="Hilde Wouters", addr="hilde.wouters@example.com", date=(2026, 3, 6, 19),
    subject="Vraag: prijsverhoging energieleverancier, wie is bevoegd?",
    mime="plain", charset="iso-8859-1", cte="8bit", subj_enc=None, mailer=None,
    note="ENERGY PRICE REGULATOR (CREG): who is competent for a supplier price increase -> other",
    body="""Beste,

Mijn energieleverancier heeft mijn variabel contract vanaf 1 maart met 18% verhoogd, en dat met een brief van amper twee weken op voorhand. Kan de CREG als federale energieregulator hier iets tegen doen? Of moet ik bij de Ombudsdienst voor Energie zijn? Ik weet echt niet goed wie waarvoor bevoegd is.

Kan u mij ook zeggen of de leverancier zo'n verhoging mag doorvoeren zonder dat ik akkoord ga?

Dank bij voorbaat,
Hilde Wouters
""")

add(key="nl-kbr", lang="nl", kind="complaint", generic=False,
    name="Bart Stevens", addr="bart.stevens@example.test", date=(2026, 3, 2, 8),
    subject="Leeszaal KBR: bestellingen verdwenen en lezerskaart werkt niet",
    mime="alt", charset="windows-1252", cte="b64", subj_enc=None, mailer="Microsoft Outlook 16.0",
    note="FEDERAL LIBRARY (KBR) reading room: orders lost, reader card blocked, helpdesk silent -> other ('trein' is how he travelled, not the subject)",
    body="""Geachte,

Als doctoraatsstudent geschiedenis kom ik wekelijks naar de leeszaal van de Koninklijke Bibliotheek (KBR).

Op 19 februari had ik online zes werken besteld voor raadpleging op 20 februari. Bij aankomst was er niets klaargelegd en het systeem toonde geen enkele bestelling. Bovendien werkt mijn lezerskaart, die ik in januari nog verlengd heb (20 euro), niet meer aan het toegangspoortje.

Het onthaal verwees me naar de "helpdesk", die enkel per mail bereikbaar is en na tien dagen nog altijd niet geantwoord heeft. Ik heb intussen twee keer voor niets de trein genomen vanuit Leuven.

Kan iemand mijn kaart deblokkeren en mijn bestellingen terugzetten?

Bart Stevens
""")

add(key="nl-inspectie-appeal", lang="nl", kind="appeal", generic=False,
    name="Joris Lambrechts", addr="joris.lambrechts@example.be", date=(2026, 3, 13, 7),
    subject="Beroep tegen afsluiting van mijn melding bij de Economische Inspectie",
    mime="plain", charset="utf-8", cte="qp", subj_enc=None, mailer=None,
    note="CONSUMER-PROTECTION inspection: contests the closing 'zonder gevolg' of his report about a webshop -> appeal, other",
    body="""Geachte,

Op 3 december meldde ik via het ConsumentenMeldpunt dat een webwinkel (shop.example.com) mijn bestelling van 349 euro nooit geleverd heeft en niet meer reageert.

Op 10 maart kreeg ik een mail dat mijn melding "zonder verder gevolg" werd afgesloten omdat het "om een individueel geschil gaat".

Daar ben ik het niet mee eens. Op een consumentenforum hebben al minstens veertig andere klanten hetzelfde gemeld, de webwinkel is nog altijd online en neemt nog altijd bestellingen aan. Dat is geen individueel geschil meer.

Ik vraag dat deze beslissing herzien wordt en dat de Economische Inspectie een onderzoek opent.

Met vriendelijke groeten,
Joris Lambrechts
""")

add(key="nl-socel", lang="nl", kind="information_request", generic=False,
    name="Nadia El Amrani", addr="nadia.elamrani@example.com", date=(2026, 3, 18, 12),
    subject="Vraag over sociale verkiezingen en elektronisch stemmen",
    mime="plain", charset="utf-8", cte="b64", subj_enc=None, mailer=None,
    note="SOCIAL ELECTIONS: questions about electronic voting from home and secrecy -> other ('vakbond' is not about unemployment here)",
    body="""Goeiemiddag,

In ons bedrijf worden in mei sociale verkiezingen georganiseerd, voor het eerst met elektronische stemming. Ik werk deeltijds en vaak 's nachts.

Mag ik van thuis uit stemmen, of moet dat op het werk? En wie controleert dat de stemming geheim blijft? De vakbond zegt het ene, de personeelsdienst het andere.

Alvast bedankt,
Nadia El Amrani
""")

add(key="nl-security", lang="nl", kind="complaint", generic=False,
    name="Koen Deprez", addr="koen.deprez@example.net", date=(2026, 3, 4, 18),
    subject="Onheuse behandeling aan de ingang van het federaal administratief centrum",
    mime="alt", charset="utf-8", cte="qp", subj_enc=None, mailer="Microsoft Outlook 16.0", crlf=True,
    note="ACCESS TO A FEDERAL BUILDING: visitor treated rudely by private security at the entrance (old visitor list) -> other (a security guard is not the police)",
    body="""Geachte,

Op dinsdag 3 maart had ik als externe consultant een vergadering in het federaal administratief centrum aan de Koning Albert II-laan in Brussel.

Aan de ingang moest ik langs de security. Ik had mijn identiteitskaart bij, maar mijn naam stond "niet op de lijst". In plaats van mijn contactpersoon te bellen, werd ik door de bewakingsagent toegesproken alsof ik een indringer was. Mijn tas werd volledig leeggemaakt op de balie in het bijzijn van andere bezoekers, en ik moest 40 minuten buiten in de regen wachten.

Uiteindelijk bleek dat aan het onthaal de bezoekerslijst van de vorige dag gebruikt werd.

Dat is geen manier om bezoekers te ontvangen. Ik verwacht excuses en een aanpassing van de procedure.

Koen Deprez
""")

# ============================ GERMAN ===================================================
add(key="de-long", lang="de", kind="complaint", generic=True,
    name="Erwin Kessler", addr="erwin.kessler@example.be", date=(2026, 3, 9, 17),
    subject="Beschwerde über Bearbeitungsdauer und fehlende Unterlagen auf Deutsch",
    mime="plain", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "q"), mailer=None,
    note="LONG generic complaint ('Beschwerde' = service complaint): no acknowledgement, forms only in French, 3 unanswered e-mails, overloaded German line; no service named",
    body="""Sehr geehrte Damen und Herren,

hiermit möchte ich mich über die Behandlung meiner Akte beschweren.

Am 14. November 2025 habe ich meinen Antrag mit allen Anlagen per Einschreiben an Ihre Dienststelle geschickt. Eine Eingangsbestätigung habe ich nie erhalten. Nach sechs Wochen rief ich an; Ihre Mitarbeiterin, Frau M., teilte mir mit, die Akte sei "in Bearbeitung", konnte aber nicht sagen, bei wem.

Am 20. Januar erhielt ich dann ein Schreiben mit der Bitte um ein zusätzliches Formular, ausschließlich auf Französisch, obwohl ich in St. Vith wohne und meine gesamte Korrespondenz auf Deutsch geführt habe. Eine deutsche Fassung gibt es laut Telefonauskunft "noch nicht".

Ich habe das Formular mit Hilfe meines Schwiegersohns ausgefüllt und am 27. Januar zurückgeschickt. Seitdem: Funkstille. Drei E-Mails (2.2., 16.2. und 2.3.) blieben unbeantwortet, und die Telefonleitung ist dienstags und donnerstags, den einzigen Tagen mit deutschsprachiger Betreuung, regelmäßig überlastet. Am 5. März habe ich 52 Minuten in der Warteschleife verbracht.

Ich erwarte
1. eine schriftliche Auskunft über den Stand meiner Akte,
2. die Zusendung Ihrer Formulare auf Deutsch, wie es mir als Einwohner des deutschen Sprachgebiets zusteht,
3. eine Angabe, bis wann mit einer Entscheidung zu rechnen ist.

Mit freundlichen Grüßen
Erwin Kessler
Hauptstraße 41
4780 St. Vith
""")

add(key="de-portal", lang="de", kind="complaint", generic=True,
    name="Sabine Heinen", addr="sabine.heinen@example.com", date=(2026, 3, 17, 21),
    subject="Online-Portal: Hochladen von Unterlagen unmöglich – Frist läuft",
    mime="alt", charset="utf-8", cte="qp", subj_enc=("utf-8", "b"), mailer="Mozilla Thunderbird",
    note="Generic complaint: web portal upload limit and error code, save button wipes input, FAQ not in German, useless chatbot",
    body="""Guten Tag,

seit Tagen versuche ich, über Ihr Online-Portal drei Nachweise hochzuladen. Die Dateien sind PDF-Scans von jeweils ca. 3 MB. Das Portal meldet "Datei zu groß (max. 2 MB)". Nachdem ich die Dateien verkleinert habe, erscheint "Unerwarteter Fehler, Code 0x80A1" und der Vorgang bricht ab. Die Schaltfläche "Speichern und später fortfahren" löscht zudem alle Eingaben.

Die Hilfeseite ist nur auf Französisch und Niederländisch verfügbar. Der Chat-Assistent antwortet auf jede Frage mit "Ich habe Ihre Frage leider nicht verstanden".

Bitte teilen Sie mir mit, wie ich die Unterlagen auf anderem Weg einreichen kann, ohne dass die Frist am 31. März verstreicht.

Mit freundlichen Grüßen
Sabine Heinen
""")

add(key="de-short", lang="de", kind="complaint", generic=True,
    name="R. Schmitz", addr="r.schmitz@example.net", date=(2026, 3, 16, 6),
    subject="Keine Antwort",
    mime="plain", charset="utf-8", cte="8bit", subj_enc=None, mailer=None,
    note="VERY SHORT generic complaint (3 lines): no answer for six weeks",
    body="""Guten Tag,
seit sechs Wochen warte ich auf eine Antwort auf mein Schreiben vom 2. Februar. Langsam reicht es.
R. Schmitz
""")

add(key="de-appeal", lang="de", kind="appeal", generic=True,
    name="Dr. Andrea Lentz", addr="a.lentz@example.org", date=(2026, 2, 20, 10),
    subject="Widerspruch gegen Ihre Entscheidung vom 11.02.2026 (Az. 2026-0087-K)",
    mime="plain", charset="windows-1252", cte="8bit", subj_enc=None, mailer="Microsoft Outlook 16.0",
    note="Generic APPEAL ('Widerspruch') with QUOTED earlier e-mail: decision based on a reply that was not filed; asks annulment and access to the file; nothing tells the service",
    body="""Sehr geehrte Damen und Herren,

gegen Ihre Entscheidung vom 11. Februar 2026, Aktenzeichen 2026-0087-K, mir zugestellt am 16. Februar, lege ich hiermit fristgerecht Widerspruch ein.

Begründung: Die Entscheidung stützt sich auf die Annahme, ich hätte auf Ihr Schreiben vom 3. Dezember 2025 nicht reagiert. Tatsächlich habe ich am 12. Dezember per E-Mail geantwortet (siehe unten). Offenbar wurde diese Antwort nicht zur Akte genommen.

Ich beantrage, die Entscheidung aufzuheben und meinen Antrag unter Berücksichtigung meiner Antwort neu zu prüfen. Ferner bitte ich um Akteneinsicht.

Mit freundlichen Grüßen
Dr. Andrea Lentz
Bergstraße 9
4700 Eupen

-----Ursprüngliche Nachricht-----
Von: Andrea Lentz <a.lentz@example.org>
Gesendet: Freitag, 12. Dezember 2025 08:14
An: plaintes.klachten@federal.example.be
Betreff: Ihr Schreiben vom 03.12.2025 - Az. 2026-0087-K

Sehr geehrte Damen und Herren,

wie gewünscht bestätige ich, dass die Angaben in meinem Antrag vollständig und korrekt sind und sich seit der Antragstellung nichts geändert hat. Die unterschriebene Erklärung finden Sie im Anhang.

Mit freundlichen Grüßen
Andrea Lentz
""")

add(key="de-webform-info", lang="de", kind="information_request", generic=True,
    name="Monika Pauels", addr="monika.pauels@example.be", date=(2026, 3, 12, 15),
    webform=True, subject="Neue Nachricht über das Kontaktformular",
    mime="alt", charset="utf-8", cte="qp", subj_enc=("utf-8", "q"), mailer=None,
    note="WEB-FORM notification (citizen in Reply-To), generic question: counter opening hours in Eupen, appointment needed, wheelchair access",
    form=[("Name", "Monika Pauels"), ("E-Mail", "monika.pauels@example.be"), ("Sprache", "Deutsch"),
          ("Art der Nachricht", "Frage"), ("Aktenzeichen", "-")],
    body="""Welche Öffnungszeiten hat Ihr Schalter in Eupen? Muss ich vorher einen Termin vereinbaren oder kann ich einfach vorbeikommen? Ich sitze im Rollstuhl: ist das Gebäude barrierefrei?
""")

add(key="de-booking", lang="de", kind="complaint", generic=True,
    name="Jürgen Schröder", addr="juergen.schroeder@example.com", date=(2026, 3, 4, 12),
    subject="Terminvergabe: falsche Uhrzeit in der Bestätigung",
    mime="html", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "q"), name_enc=("iso-8859-1", "q"), mailer=None,
    note="Generic complaint: online booking, seven-week wait, confirmation e-mail and SMS give different times, extra day off lost",
    body="""Sehr geehrte Damen und Herren,

über Ihr Online-Buchungssystem habe ich am 13. Januar einen Termin gebucht. Der nächste freie Termin war erst am 3. März, also fast sieben Wochen Wartezeit.

In der Bestätigungs-E-Mail stand dann 8:30 Uhr, in der SMS-Erinnerung am Vortag 10:30 Uhr. Ich bin sicherheitshalber um 8:30 Uhr erschienen. Dort hieß es, mein Termin sei um 10:30 Uhr. Um 10:30 Uhr wurde mir dann gesagt, der Termin sei bereits "verfallen", weil ich mich um 8:30 Uhr nicht am Automaten angemeldet hätte.

Ich habe mir dafür einen Urlaubstag genommen und bin unverrichteter Dinge nach Hause gegangen. Einen neuen Termin gibt es erst im April.

Ich bitte um einen kurzfristigen Ersatztermin und darum, dass der Fehler im Buchungssystem behoben wird.

Mit freundlichen Grüßen
Jürgen Schröder
""")

add(key="de-kmi", lang="de", kind="complaint", generic=False,
    name="Bernd Cremer", addr="bernd.cremer@example.net", date=(2026, 2, 21, 9),
    subject="Beschwerde: Unwetterwarnung des KMI kam zu spät",
    mime="plain", charset="utf-8", cte="b64", subj_enc=("utf-8", "b"), mailer=None,
    note="METEOROLOGY institute (KMI/IRM): storm warning too late, German app version lagging -> other",
    body="""Sehr geehrte Damen und Herren,

am Abend des 19. Februar zog ein schweres Hagelgewitter über Raeren. Das KMI hatte für die Provinz Lüttich lediglich Code Gelb herausgegeben; die Heraufstufung auf Orange erschien laut App um 18:52 Uhr, als der Hagel bereits fiel.

In der deutschsprachigen Version der Warn-App wurde die Warnung sogar erst am nächsten Morgen angezeigt. Die französische Version meines Nachbarn zeigte sie immerhin gleichzeitig mit dem Unwetter.

Mein Gewächshaus ist zerstört. Ich frage mich, wozu es eine Warn-App gibt, wenn die deutsche Fassung hinterherhinkt. Bitte prüfen Sie, warum die Meldungen auf Deutsch verspätet veröffentlicht werden.

Mit freundlichen Grüßen
Bernd Cremer
""")

add(key="de-rn-gdpr", lang="de", kind="information_request", generic=False,
    name="Thomas Reuter", addr="thomas.reuter@example.org", date=(2026, 3, 3, 20),
    subject="Auskunftsersuchen gem. Art. 15 DSGVO - Nationalregister für Thomas Reuter",
    mime="alt", charset="iso-8859-1", cte="b64", subj_enc=("iso-8859-1", "q"), mailer=None,
    note="NATIONAL REGISTER / GDPR access request: which data and who consulted it -> information_request, other",
    body="""Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft darüber, welche Daten das Nationalregister über mich speichert und welche Behörden oder Stellen in den letzten sechs Monaten auf meine Daten zugegriffen haben.

Ich habe gelesen, dass man dies über "Mein Dossier" selbst einsehen kann, doch mit meinem eID-Kartenleser gelingt die Anmeldung nicht.

Bitte teilen Sie mir mit, wie ich die Auskunft schriftlich erhalten kann und welche Nachweise Sie dafür benötigen.

Mit freundlichen Grüßen
Thomas Reuter
Kelmis
""")

add(key="de-access", lang="de", kind="complaint", generic=False,
    name="Stefan Mreyen", addr="stefan.mreyen@example.com", date=(2026, 3, 6, 14),
    subject="Barrierefreiheit: Weg vom Bahnhof und Zugang zu Ihrem Dienstgebäude",
    mime="plain", charset="utf-8", cte="qp", subj_enc=("utf-8", "q"), mailer=None,
    note="ACCESSIBILITY of a federal office building vs. the train station: the writer says the broken station lift is the railway's business; he complains about the building -> other, not mobility",
    body="""Guten Tag,

ich bin Rollstuhlfahrer und hatte am 5. März einen Termin in Ihrem Dienstgebäude in der Nähe des Bahnhofs Verviers-Central.

Der Aufzug am Bahnhof war defekt. Das ist Sache der Bahn, deswegen schreibe ich nicht an Sie. Der Weg vom Bahnhof zu Ihrem Gebäude ist laut Ihrer Website aber "barrierefrei". Tatsächlich: Baustelle, Umleitung über Treppen. Am Gebäude selbst ist der Seiteneingang mit Rampe seit Wochen verschlossen, die Klingel funktioniert nicht, und am Haupteingang gibt es drei Stufen.

Ich habe 25 Minuten im Regen gewartet, bis ein Mitarbeiter zufällig herauskam und mich hereinließ.

Bitte sorgen Sie dafür, dass der barrierefreie Eingang geöffnet bleibt, und korrigieren Sie die Angaben auf Ihrer Website.

Stefan Mreyen
""")

add(key="de-statbel-appeal", lang="de", kind="appeal", generic=False,
    name="Claudia Heck", addr="claudia.heck@example.net", date=(2026, 3, 2, 19),
    subject="Einspruch gegen angedrohte Geldbuße – Zeitverwendungserhebung",
    mime="plain", charset="windows-1252", cte="qp", subj_enc=("windows-1252", "q"), mailer=None, crlf=True,
    note="STATISTICS OFFICE survey: contests an administrative fine for non-participation (she did return the forms) -> appeal, other ('Geldbuße' is not police/mobility)",
    body="""Sehr geehrte Damen und Herren,

mit Schreiben vom 24. Februar teilte mir Statbel mit, dass gegen mich wegen Nichtteilnahme an der Zeitverwendungserhebung eine Verwaltungsgeldbuße verhängt werden kann.

Ich erhebe hiermit Einspruch. Ich habe die Tagebücher der Erhebung im Oktober vollständig ausgefüllt und im vorfrankierten Umschlag zurückgesandt. Zudem waren alle Erinnerungsschreiben ausschließlich auf Französisch, obwohl ich in Eupen wohne.

Ich bitte darum, von der Geldbuße abzusehen, das Verfahren einzustellen und mir mitzuteilen, ob meine Unterlagen vielleicht doch bei Ihnen eingegangen sind.

Mit freundlichen Grüßen
Claudia Heck
""")

add(key="de-fossil", lang="de", kind="information_request", generic=False,
    name="Miriam Gerardy", addr="miriam.gerardy@example.be", date=(2026, 3, 15, 16),
    subject="Anfrage: Bestimmung eines Fossilienfundes",
    mime="plain", charset="utf-8", cte="8bit", subj_enc=None, mailer="Apple Mail (2.3774)",
    note="FEDERAL SCIENTIFIC INSTITUTE (natural sciences): can a private person get a fossil identified -> other",
    body="""Sehr geehrte Damen und Herren,

beim Wandern in der Nähe eines stillgelegten Steinbruchs bei Lontzen haben mein Sohn (11) und ich einen Fund gemacht, der wie ein versteinerter Seeigel aussieht.

Bietet das Königliche Belgische Institut für Naturwissenschaften eine Bestimmung für Privatpersonen an? Wenn ja: Muss man einen Termin vereinbaren, und gibt es Ansprechpartner, die Deutsch oder Englisch sprechen?

Vielen Dank im Voraus
Miriam Gerardy
""")

add(key="de-court", lang="de", kind="complaint", generic=False,
    name="Jörg Hilgers", addr="joerg.hilgers@example.org", date=(2026, 3, 18, 10),
    subject="Kanzlei des Gerichts Erster Instanz Eupen: Urteilsabschrift seit 7 Wochen",
    mime="alt", charset="utf-8", cte="b64", subj_enc=None, name_enc=("utf-8", "b"), mailer=None,
    note="JUSTICE: court registry copy of a judgment not delivered after 7 weeks, wrong phone information, justice helpdesk sends him back -> other",
    body="""Sehr geehrte Damen und Herren,

am 28. Januar habe ich bei der Kanzlei des Gerichts Erster Instanz Eupen eine Abschrift eines Urteils beantragt und die Gebühr am selben Tag überwiesen.

Nach vier Wochen rief ich an und erhielt die Auskunft, die Abschrift sei "längst verschickt". Wie sich herausstellte, wurde sie an meine frühere Adresse in Raeren geschickt, obwohl ich die neue Adresse im Antrag angegeben hatte. Der neue Versand wurde mir zugesagt, ist aber bis heute nicht erfolgt.

Der Justiz-Helpdesk, an den ich mich gewandt habe, verweist mich wieder an die Kanzlei. Dort hebt niemand ab.

Ich bitte um umgehende Zusendung an meine aktuelle Adresse: Aachener Straße 12, 4700 Eupen.

Jörg Hilgers
""")

# ============================ ENGLISH ==================================================
add(key="en-long", lang="en", kind="complaint", generic=True,
    name="Ciara Byrne", addr="ciara.byrne@example.com", date=(2026, 2, 28, 22),
    subject="Complaint - no help in English, hung up on, email bounced",
    mime="plain", charset="utf-8", cte="8bit", subj_enc=None, mailer=None,
    note="LONG generic complaint by a newcomer: letter with unexplained 'missing information', phone menu FR/NL only, hung up on, mailbox full, counter requires appointment; asks for deadline extension",
    body="""Dear Sir or Madam,

I am writing to complain about my experience with your service over the past two weeks. I moved to Belgium in 2024 and work in Brussels. I understand that English is not an official language here, and I am taking French classes, but I believe a public service should at least be able to point people in the right direction.

On 16 February I received a letter from you (reference 26/BX/30215) asking me to "provide the missing information" within 21 days. It did not say what was missing.

- I called the number on the letter six times between 17 and 26 February. The phone menu is only in French and Dutch. Twice I pressed what I thought was the right option and ended up in the wrong queue.
- On 19 February I finally reached someone. When I asked whether we could speak English, she said "non" and hung up.
- I emailed the address on the letter on 20 February. My email bounced with "mailbox full".
- I went to the counter on 27 February and was told that without an appointment nobody could help me. Appointments can only be booked by phone.

The deadline expires on 9 March and I still do not know what you need from me. I am happy to communicate in French with help if necessary, but someone needs to tell me what is missing.

Please also extend the deadline, since I have done everything I reasonably could.

Kind regards,
Ciara Byrne
Rue Américaine 12
1060 Saint-Gilles
""")

add(key="en-a11y", lang="en", kind="complaint", generic=True,
    name="Daniel Okafor", addr="d.okafor@example.net", date=(2026, 3, 6, 11),
    subject="Accessibility of your website and PDF forms",
    mime="alt", charset="utf-8", cte="qp", subj_enc=None, mailer="Microsoft Outlook 16.0",
    note="Generic complaint: blind user, CAPTCHA without audio, unlabelled fields, scanned PDFs, focus-stealing chatbot; no service named",
    body="""Hello,

I am blind and use the JAWS screen reader with Chrome. On 4 and 5 March I tried to complete a request on your website. These are the problems I ran into:

- the login page has a CAPTCHA with no audio alternative;
- form fields are not labelled, so JAWS reads "edit text, edit text, edit text";
- the date picker cannot be operated with the keyboard;
- the downloadable PDF forms are scanned images without a text layer;
- the chatbot "Ask Emma" pops up and steals focus every 30 seconds.

Public sector websites are supposed to be accessible. In the end I had to ask a neighbour to read out and type my personal details, which I found humiliating.

Please tell me (1) how I can submit my request in an accessible way in the meantime, and (2) when these issues will be fixed.

Regards,
Daniel Okafor
""")

add(key="en-short", lang="en", kind="complaint", generic=True,
    name="Mark Haynes", addr="mhaynes@example.org", date=(2026, 3, 19, 23),
    subject="form ate my request AGAIN",
    mime="plain", charset="us-ascii", cte="7bit", subj_enc=None, mailer=None,
    note="VERY SHORT generic complaint (3 lines): online form lost the request twice",
    body="""Hi, your online form deleted my request twice now (session timed out right after I pressed submit).
Third attempt, this time by email. Please at least confirm you received it.
- Mark Haynes
""")

add(key="en-appeal", lang="en", kind="appeal", generic=True, refers_to="PLT-2026-000733",
    name="Priya Raman", addr="priya.raman@example.com", date=(2026, 2, 2, 9),
    subject="Appeal against decision of 9 January 2026 (your ref 2025/77413)",
    mime="plain", charset="windows-1252", cte="qp", subj_enc=None, mailer=None,
    note="Generic APPEAL: rejection for a missed appointment she was never invited to; cites earlier complaint PLT-2026-000733 (told to appeal instead) -> refers_to set, new appeal",
    body="""Dear Sir/Madam,

I wish to formally appeal the decision set out in your letter dated 9 January 2026 (your reference 2025/77413).

The letter states that my application was rejected because I “did not attend the appointment on 12 December”. I never received an invitation for that date. The only letter I received gave 19 December, and I attended on that day; the receptionist recorded my visit (ticket 0412) and told me there was no appointment in my name.

I already raised this in complaint PLT-2026-000733 in January, but was told that a complaint cannot change a decision and that I should appeal. I am therefore doing so now, within the deadline stated in the letter.

I ask that the decision be withdrawn and my application reassessed. I can provide copies of both letters.

Yours faithfully,
Priya Raman
""")

add(key="en-info", lang="en", kind="information_request", generic=True,
    name="Liam O'Connor", addr="liam.oconnor@example.net", date=(2026, 3, 5, 13),
    subject="What exactly do I need to send? Letter ref. 2026-RG-11872",
    mime="html", charset="utf-8", cte="b64", subj_enc=None, mailer=None,
    note="Generic information request: letter asks to complete the file within 30 days without saying what is missing",
    body="""Hello,

I got a letter from you dated 2 March (reference 2026-RG-11872) asking me to "complete my file within 30 days". It doesn't say what is missing or what I have to send.

Could you tell me what exactly is needed, and whether I can send it by email or have to come in person?

Thanks,
Liam O'Connor
""")

add(key="en-privacy", lang="en", kind="complaint", generic=True,
    name="Joanna Peters", addr="joanna.peters@example.com", date=(2026, 2, 16, 10),
    subject="Complaint about lack of privacy at the counter",
    mime="plain", charset="iso-8859-1", cte="8bit", subj_enc=None, mailer=None,
    note="Generic PRIVACY complaint: file discussed loudly at an open counter, summary e-mailed to a stranger; asks about data-breach reporting",
    body="""Dear Sir or Madam,

On Thursday 12 February I went to your office in Antwerp. The counter area is open-plan, and the employee (name tag "Jo") discussed my personal situation very loudly, repeating my date of birth, my address and details of my file while at least eight people were waiting right behind me. When I asked whether we could talk somewhere more private, he said there was "no room available" and that "nobody is listening anyway".

Two days later I received an email from a complete stranger: the employee had sent a summary of our conversation to the wrong address (a similar name), and that person kindly forwarded it to me.

I consider this a serious breach of confidentiality. I would like an explanation, confirmation that the misdirected email has been reported as a data breach, and to know what you will change at the counter.

Sincerely,
Joanna Peters
""")

add(key="en-museum", lang="en", kind="complaint", generic=False,
    name="Emily Carter", addr="emily.carter@example.org", date=(2026, 2, 25, 15),
    subject="Double charge for museum tickets – no reply to two emails",
    mime="alt", charset="windows-1252", cte="qp", subj_enc=("windows-1252", "q"), mailer="Apple Mail (2.3774)",
    note="FEDERAL MUSEUM: online ticket paid twice, ticketing desk does not answer -> other",
    body="""To whom it may concern,

On 21 January I booked two tickets online for the Magritte Museum (Royal Museums of Fine Arts) for 7 February. The payment page froze, so I tried again. Both payments went through (2 x €30), but I only received one confirmation.

I emailed the ticketing address on 8 February and again on 22 February. No reply. The phone line just tells me to use email.

I would like the duplicate €30 refunded to the card I used, and a reply from an actual person.

Best,
Emily Carter
""")

add(key="en-creg", lang="en", kind="information_request", generic=False,
    name="Arjun Mehta", addr="arjun.mehta@example.test", date=(2026, 3, 11, 20),
    subject="Question about electricity network charges",
    mime="plain", charset="utf-8", cte="qp", subj_enc=None, mailer=None, crlf=True,
    note="ENERGY REGULATOR: who sets electricity network tariffs, federal or regional -> other",
    body="""Hi,

My electricity bill shows "network costs" that are higher than the energy itself. I read that network tariffs are approved by a regulator.

Is the federal energy regulator (CREG) responsible for the distribution tariffs in Wallonia, or is that a regional body? And who can I ask about the new fixed "capacity" charge, which I don't understand?

Sorry if this is the wrong address.
Arjun
""")

add(key="en-inspection", lang="en", kind="complaint", generic=False,
    name="Henrik Larsen", addr="henrik.larsen@example.com", date=(2026, 3, 14, 17),
    subject="No response from consumer protection inspection after 4 months",
    mime="plain", charset="us-ascii", cte="7bit", subj_enc=None, mailer=None,
    note="CONSUMER-PROTECTION inspection: report about a fraudulent webshop unanswered, report 'lost' -> complaint, other (fraud words are about the webshop, not a police complaint)",
    body="""Dear Sir/Madam,

In November I reported a fraudulent webshop (it used a fake company number) to the FPS Economy consumer reporting point, reference CM-2025-338190. I received an automatic acknowledgement and nothing since.

I called twice: the first time I was told it was "being looked at", the second time that my report "could not be found".

Meanwhile the website is still online and people on social media keep reporting that they were cheated. I understand you may not be able to get my money back, but I expect at least a status update and confirmation that the report reached the Economic Inspection.

Regards,
Henrik Larsen
""")

add(key="en-recruit-appeal", lang="en", kind="appeal", generic=False,
    name="Sven Aerts", addr="sven.aerts@example.be", date=(2026, 3, 11, 8),
    subject="Request to annul my result and retake the online test (selection ANG26047)",
    mime="alt", charset="utf-8", cte="b64", subj_enc=None, mailer=None,
    note="FEDERAL RECRUITMENT (Selor/BOSA-style): contests a test result after a platform freeze, asks annulment and retake -> appeal, other",
    body="""Dear Selection team,

On 3 March I took the computerised test for the federal selection "Data analyst (m/f/x)" (ANG26047) from home.

At question 19 of the abstract reasoning module the platform froze for about 12 minutes. When it reloaded, the timer had kept running and the module was closed. I reported this to the helpdesk chat immediately (I have screenshots), and the agent told me it would be "taken into account".

On 10 March I received the result "not passed, reasoning 9/24". I contest this result: it is based on an incomplete test caused by a technical failure outside my control.

I ask that the result be annulled and that I be allowed to retake the module under normal conditions.

Kind regards,
Sven Aerts
""")

add(key="en-sar", lang="en", kind="information_request", generic=False,
    name="Rebecca Holm", addr="rebecca.holm@example.net", date=(2026, 3, 17, 9),
    subject="Subject access request under Article 15 GDPR",
    mime="plain", charset="us-ascii", cte="7bit", subj_enc=None, mailer=None,
    note="GDPR ACCESS REQUEST for her own file -> information_request, other",
    body="""Dear Data Protection Officer,

Under Article 15 of the GDPR, I request a copy of all personal data your administration holds about me, together with:
- the purposes of the processing;
- the categories of data concerned;
- the recipients to whom my data has been disclosed;
- how long the data will be kept;
- the source of any data not collected from me;
- whether any automated decision-making is used.

Please include notes of telephone calls and internal emails that mention me. I would prefer electronic copies.

My details: Rebecca Holm, born 14/07/1988, Lange Nieuwstraat 40, 2000 Antwerpen. Please tell me if you need a copy of my ID to verify my identity.

I look forward to your reply within one month.

Rebecca Holm
""")

add(key="en-parking", lang="en", kind="complaint", generic=False,
    name="Graham Pike", addr="graham.pike@example.com", date=(2026, 3, 13, 18),
    subject="Visitor car park closed – missed my appointment",
    mime="html", charset="windows-1252", cte="qp", subj_enc=("windows-1252", "q"), mailer=None,
    note="PARKING at a federal building: visitor car park closed without notice, invitation letter wrong -> other (car park, not mobility)",
    body="""Hello,

On Tuesday I had an appointment at 10:00 at the federal office building in Leuven. Your invitation letter explicitly said “free visitor parking available at the rear of the building”.

When I arrived at 9:40 the barrier did not open, the intercom was dead and a sign said the car park is reserved for staff during renovation works. Nothing about this on the website. I spent 25 minutes looking for a space, ended up in a paid car park 800 m away (€6.40) and arrived late. I was then told to rebook because I had missed my slot.

Please update the letters and the website, and give me a new appointment without the usual four-week wait.

Best regards,
Graham Pike
""")

# --------------------------------------------------------------------------------------
# Checks on content: generic mails must not contain any word that points to a service.
# --------------------------------------------------------------------------------------
GIVEAWAY = re.compile(
    r"\b(imp[oô]ts?|taxe?s?|fiscal\w*|belasting\w*|steuer\w*|tax\w*|pensions?|pensioen\w*|renten?|"
    r"allocations?|uitkering\w*|benefits?|ch[oô]mage|werkloos\w*|arbeitslos\w*|unemploy\w*|onem|rva|forem|vdab|"
    r"voiture|auto|wagen|cars?|vehicles?|v[ée]hicules?|voertuig\w*|fahrzeug\w*|permis|rijbewijs|f[üu]hrerschein|"
    r"driving|police|politie|polizei|passeports?|paspoort\w*|reisepass|passports?|visas?|visum|ambassade|embassy|"
    r"botschaft|consulat|consulaat|konsulat|mutuelle|mutualit[ée]|ziekenfonds|krankenkasse|employeur|werkgever|"
    r"arbeitgeber|employer|amendes?|boetes?|bu[ßs]geld|geldbu[ßs]e|fines?|salaire|loon|gehalt|salary|"
    r"inami|riziv|onss|rsz|sfpd|statbel|selor|bosa|creg)\b", re.I)

RNG = random.Random(SEED)

MAILERS_NONE = None


def wrap_text(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*>]|\d+[.)])\s+)", line)
        ind = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width=74, subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def encode_words(s, charset, mode):
    """RFC 2047 encoded words, each <= 75 characters."""
    prefix = f"=?{charset}?{mode.upper()}?"
    words, cur = [], ""

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "b":
            return base64.b64encode(b).decode("ascii")
        o = []
        for byte in b:
            c = chr(byte)
            if byte == 0x20:
                o.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                o.append(c)
            else:
                o.append("=%02X" % byte)
        return "".join(o)

    for ch in s:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return "\n ".join(words)


def fold_ascii(name, value):
    """Fold a plain ASCII header at spaces so lines stay below 78 characters."""
    line = f"{name}: "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip())
    return "\n".join(out)


def header_value(text, enc):
    if enc is None:
        if not text.isascii():
            raise ValueError(f"non-ASCII header without encoding: {text!r}")
        return text
    return encode_words(text, *enc)


def to_html(text, lang, style_variant):
    paras = [p for p in text.strip("\n").split("\n\n")]
    parts = []
    for p in paras:
        lines = p.split("\n")
        if all(re.match(r"^\s*(?:-|\d+[.)])\s", ln) for ln in lines) and len(lines) > 1:
            items = "\n".join("<li>%s</li>" % html.escape(re.sub(r"^\s*(?:-|\d+[.)])\s+", "", ln), quote=False)
                              for ln in lines)
            tag = "ol" if re.match(r"^\s*\d", lines[0]) else "ul"
            parts.append(f"<{tag}>\n{items}\n</{tag}>")
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(ln, quote=False) for ln in lines) + "</p>")
    body = "\n".join(parts)
    if style_variant == 0:
        head = ('<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                "<style>\nbody { font-family: Calibri, Arial, sans-serif; font-size: 11pt; }\n"
                "p { margin: 0 0 10px 0; }\n</style>")
        return (f'<html lang="{lang}">\n<head>\n{head}\n</head>\n<body>\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style_variant == 1:
        return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{{cs}}"></head>\n'
                f'<body style="font-family:Helvetica,Arial;font-size:14px">\n{body}\n'
                f'<div style="color:#888;font-size:11px">--<br>\nEnvoy&eacute; depuis mon ordinateur</div>\n'
                f"</body></html>\n").replace("Envoy&eacute; depuis mon ordinateur",
                                             {"fr": "Envoy&eacute; depuis mon ordinateur",
                                              "nl": "Verzonden vanaf mijn computer",
                                              "de": "Von meinem Computer gesendet",
                                              "en": "Sent from my laptop"}[lang])
    return (f"<html><head><meta charset=\"{{cs}}\"></head><body>\n<table width=\"100%\" cellpadding=\"0\" "
            f"cellspacing=\"0\"><tr><td style=\"font-family:Verdana;font-size:10pt\">\n{body}\n</td></tr></table>\n"
            f"</body></html>\n")


def encode_body(text, charset, cte):
    data = text.encode(charset)  # raises if not representable
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii"), "base64"
    if cte == "7bit":
        if not data.isascii():
            raise ValueError("7bit body with non-ASCII data")
        return data.decode("ascii"), "7bit"
    return data.decode(charset), "8bit"


def leaf(text, subtype, charset, cte):
    enc, cte_name = encode_body(text, charset, cte)
    if not enc.endswith("\n"):
        enc += "\n"
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte_name}\n"
    return hdr, enc


def build(msg, idx):
    lang = msg["lang"]
    y, mo, d, h = msg["date"]
    when = dt.datetime(y, mo, d, h, RNG.randrange(60), RNG.randrange(60), tzinfo=TZ)
    mid = "%08x.%04x" % (RNG.getrandbits(32), RNG.getrandbits(16))
    host = msg["addr"].split("@")[1]
    style = RNG.randrange(3)
    boundary = "----=_Part_%d_%010d" % (idx, RNG.getrandbits(30))

    text = msg["body"]
    if msg.get("webform"):
        fields = "\n".join(f"{k}: {v}" for k, v in msg["form"])
        intro = {"nl": "Er werd een nieuw bericht ingediend via het contactformulier op de website.",
                 "de": "Über das Kontaktformular der Website wurde eine neue Nachricht eingereicht.",
                 "fr": "Un nouveau message a été introduit via le formulaire de contact du site.",
                 "en": "A new message was submitted through the website contact form."}[lang]
        lab = {"nl": "Bericht", "de": "Nachricht", "fr": "Message", "en": "Message"}[lang]
        text = f"{intro}\n\n{fields}\n{lab}:\n{text}\n-- \nno-reply-webform@federal.example.be\n"
        from_hdr = "Webformulier / Formulaire web <no-reply-webform@federal.example.be>"
        extra = [f"Reply-To: {msg['name']} <{msg['addr']}>", "X-Mailer: federal-webform/2.4"]
        mid_host = "federal.example.be"
    else:
        ne = msg.get("name_enc")
        name = header_value(msg["name"], ne) if ne else (
            '"%s"' % msg["name"] if re.search(r"[.,']", msg["name"]) else msg["name"])
        if not ne and not msg["name"].isascii():
            raise ValueError("non-ascii display name needs name_enc: " + msg["name"])
        from_hdr = f"{name} <{msg['addr']}>"
        extra = []
        if msg.get("mailer"):
            extra.append(f"X-Mailer: {msg['mailer']}")
        mid_host = "mail." + host

    headers = [
        f"From: {from_hdr}",
        f"To: {TO}",
    ]
    if not msg.get("subj_enc") and not msg["subject"].isascii():
        raise ValueError("non-ASCII subject needs subj_enc: " + msg["subject"])
    subj = header_value(msg["subject"], msg.get("subj_enc")) if msg.get("subj_enc") else msg["subject"]
    headers.append(("Subject: " + subj) if msg.get("subj_enc") else fold_ascii("Subject", subj))
    headers += [
        f"Date: {email.utils.format_datetime(when)}",
        f"Message-ID: <{mid}@{mid_host}>",
    ] + extra + ["MIME-Version: 1.0"]
    if RNG.random() < 0.4:
        headers.append(f"Content-Language: { {'fr': 'fr-BE', 'nl': 'nl-BE', 'de': 'de-BE', 'en': 'en-GB'}[lang]}")

    cs, cte = msg["charset"], msg["cte"]
    plain_text = text if cte in ("qp", "b64") else wrap_text(text)
    if msg["mime"] == "plain":
        h, b = leaf(plain_text, "plain", cs, cte)
        raw = "\n".join(headers) + "\n" + h + "\n" + b
    elif msg["mime"] == "html":
        h, b = leaf(to_html(text, lang, style).replace("{cs}", cs), "html", cs, cte)
        raw = "\n".join(headers) + "\n" + h + "\n" + b
    else:
        h1, b1 = leaf(plain_text, "plain", cs, cte)
        h2, b2 = leaf(to_html(text, lang, style).replace("{cs}", cs), "html", cs, cte)
        raw = ("\n".join(headers) + f"\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
               "This is a multi-part message in MIME format.\n\n"
               f"--{boundary}\n{h1}\n{b1}\n--{boundary}\n{h2}\n{b2}\n--{boundary}--\n")
    data = raw.encode(cs if cte == "8bit" else "ascii")
    if msg.get("crlf"):
        data = data.replace(b"\n", b"\r\n")
    mime_desc = {"plain": "text/plain", "html": "HTML-only", "alt": "multipart/alternative"}[msg["mime"]]
    cte_desc = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[cte]
    desc = f"{mime_desc} {cs} {cte_desc}"
    if msg.get("subj_enc"):
        desc += f"; RFC 2047 {msg['subj_enc'][1].upper()}-encoded {msg['subj_enc'][0]} subject"
    if msg.get("name_enc"):
        desc += f"; RFC 2047 display name ({msg['name_enc'][0]})"
    if msg.get("crlf"):
        desc += "; CRLF line endings"
    return data, desc, text


ALLOWED = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)


def check_domains(text):
    bad = []
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not ALLOWED.search(m.group(1)):
            bad.append(m.group(0))
    for m in re.finditer(r"https?://([^/\s\"'<>]+)", text):
        if not ALLOWED.search(m.group(1)):
            bad.append(m.group(0))
    for m in re.finditer(r"\b(?:www\.)?[\w-]+\.(?:be|com|org|net|eu|de|fr|nl)\b", text):
        if not ALLOWED.search(m.group(0)):
            bad.append(m.group(0))
    return bad


def main():
    errors = []
    order = list(range(len(M)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        msg = M[i]
        fname = f"{PREFIX}-{n:03d}.eml"
        data, desc, text = build(msg, n)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        kind_note = "GENERIC (no service recognisable)" if msg["generic"] else "service outside the seven"
        labels.append({
            "file": fname, "kind": msg["kind"], "language": msg["lang"], "category": "other",
            "acknowledge": True, "refers_to": msg.get("refers_to"),
            "notes": f"{kind_note}: {msg['note']}. MIME: {desc}.",
        })
        if msg["generic"]:
            hits = {h for h in GIVEAWAY.findall(msg["subject"] + "\n" + text)
                    if not (msg["lang"] == "fr" and h.lower() == "car")}  # French 'car' = because
            if hits:
                errors.append(f"{fname}: generic mail contains giveaway words {sorted(hits)}")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # ---------------------------------------------------------------- verification
    parser = BytesParser(policy=email.policy.default)
    kinds = {"complaint", "appeal", "information_request"}
    for lab in labels:
        fname = lab["file"]
        with open(os.path.join(HERE, fname), "rb") as f:
            raw = f.read()
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                errors.append(f"{fname}: line longer than 998 octets")
        msg = parser.parsebytes(raw)
        if msg.defects:
            errors.append(f"{fname}: defects {msg.defects}")
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{fname}: cannot decode part: {e}")
            if part.defects:
                errors.append(f"{fname}: part defects {part.defects}")
        if not texts:
            errors.append(f"{fname}: no text part")
        subject = str(msg["subject"] or "")
        if not subject:
            errors.append(f"{fname}: empty subject")
        if lab["kind"] not in kinds or lab["category"] != "other" or lab["acknowledge"] is not True:
            errors.append(f"{fname}: bad label values {lab}")
        if lab["language"] not in {"fr", "nl", "de", "en"}:
            errors.append(f"{fname}: bad language")
        if set(lab) != {"file", "kind", "language", "category", "acknowledge", "refers_to", "notes"}:
            errors.append(f"{fname}: bad label keys")
        alltext = "\n".join([str(v) for k, v in msg.items()] + texts)
        rt = lab["refers_to"]
        if rt is not None:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", rt) or rt not in alltext:
                errors.append(f"{fname}: refers_to {rt} not found in message")
        found = set(re.findall(r"PLT-\d{4}-\d{6}", alltext))
        if found - ({rt} if rt else set()):
            errors.append(f"{fname}: unlabelled ticket numbers {found}")
        bad = check_domains(alltext + "\n" + raw.decode("latin-1"))
        if bad:
            errors.append(f"{fname}: non-example domains {sorted(set(bad))}")
        if "\r\n" in raw.decode("latin-1") and b"\n" in raw.replace(b"\r\n", b""):
            errors.append(f"{fname}: mixed line endings")
    if len(labels) != 50:
        errors.append(f"expected 50 messages, got {len(labels)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for lab in labels:
        counts[(lab["kind"], lab["language"])] = counts.get((lab["kind"], lab["language"]), 0) + 1
    print(f"OK: {len(labels)} files written and verified")
    for k in ("complaint", "appeal", "information_request"):
        print(k, {l: counts.get((k, l), 0) for l in ("fr", "nl", "de", "en")})


if __name__ == "__main__":
    main()
