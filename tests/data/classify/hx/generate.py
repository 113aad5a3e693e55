#!/usr/bin/env python3
"""Held-out e-mail corpus generator (prefix hx).

Writes hx-NNN.eml and labels.json into the folder of this script, deterministically,
then re-parses every file and checks the labels and a few invariants.
Standard library only.  Run:  python3 generate.py
"""
import base64
import html as htmlmod
import json
import os
import random
import re
import sys
import zlib
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, format_datetime
from datetime import datetime, timedelta, timezone
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "hx"
SEED = 20261130
MAILBOX = "plaintes.klachten@federal.example.be"
TO_DEFAULT = "Service des plaintes - Klachtendienst <%s>" % MAILBOX
KINDS = ["complaint", "appeal", "information_request", "follow_up",
         "auto_reply", "bounce", "spam"]
LANGS = ["fr", "nl", "de", "en"]
CATS = ["taxes", "pensions", "social_security", "unemployment", "mobility",
        "police", "foreign_affairs", "other"]

M = []  # message specs in authoring order


def m(kind, lang, cat, frm, subj, body=None, notes="", **kw):
    """Register one message.

    frm: (display name, address) or a raw header string.
    body: text of the sender (str) -- used according to kw['fmt'].
    kw: fmt ('plain'|'html'|'alt'|'raw'), cs (charset), cte, html (explicit html),
        att (list of (filename, mimetype, bytes)), fwd (bytes of an rfc822 message),
        refers (ticket), hdrs (list of extra raw headers), irt (In-Reply-To),
        date (datetime), to (raw To value), subj_cs, subj_b (base64 words),
        crlf (bool), raw (MIME entity text for fmt='raw'), raw_cs.
    """
    d = dict(kind=kind, lang=lang, cat=cat, frm=frm, subj=subj, body=body, notes=notes)
    d.update(kw)
    M.append(d)


# ---------------------------------------------------------------- helpers
TZ1 = timezone(timedelta(hours=1))
TZ2 = timezone(timedelta(hours=2))


def enc_words(s, cs="utf-8", b=False):
    if all(ord(c) < 128 for c in s):
        return s
    h = Header(s, charset=cs, maxlinelen=76, header_name="Subject")
    e = h.encode()
    if b and "?q?" in e.lower():
        # force base64 words
        raw = s.encode(cs)
        chunks = []
        step = 20
        i = 0
        while i < len(s):
            piece = s[i:i + step]
            chunks.append("=?%s?B?%s?=" % (cs.upper(), base64.b64encode(piece.encode(cs)).decode()))
            i += step
        e = "\n ".join(chunks)
    return e


def addr(frm, cs="utf-8"):
    if isinstance(frm, str):
        return frm
    name, a = frm
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset=cs).encode(), a)


def to_html(text, style=True, pixel=None, lang="fr"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">'
                       + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    head = ""
    if style:
        head = ('<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}'
                ' p{margin:0 0 10px 0}</style></head>')
    px = ""
    if pixel:
        px = '<img src="%s" width="1" height="1" alt="" style="display:none">' % pixel
    return '<html lang="%s">%s<body>\n%s\n%s</body></html>\n' % (lang, head, "\n".join(out), px)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + b"\xff\xd9"


def pdf(name):
    return (name, "application/pdf", FAKE_PDF + name.encode("utf-8", "replace"))


def jpg(name):
    return (name, "image/jpeg", FAKE_JPG)


def gen_bytes(msg, linesep="\n"):
    bio = BytesIO()
    BytesGenerator(bio, policy=policy.default.clone(linesep=linesep, max_line_length=78),
                   mangle_from_=False).flatten(msg)
    return bio.getvalue()


def simple_msg(frm, to, subj, date, body, cs="utf-8", cte="quoted-printable", mid=None, extra=()):
    """Small helper to build an inner message (for forwards / returned messages)."""
    e = EmailMessage()
    e["From"] = frm
    e["To"] = to
    e["Subject"] = subj
    e["Date"] = format_datetime(date)
    e["Message-ID"] = mid or "<%08x.inner@example.be>" % zlib.crc32(subj.encode("utf-8"))
    for k, v in extra:
        e[k] = v
    e.set_content(body, charset=cs, cte=cte)
    return gen_bytes(e)


def entity(d):
    fmt = d.get("fmt", "plain")
    cs = d.get("cs", "utf-8")
    cte = d.get("cte", "quoted-printable" if cs != "us-ascii" else "7bit")
    if fmt == "raw":
        raw = d["raw"].lstrip("\n")
        return raw.encode(d.get("raw_cs", "utf-8"))
    msg = EmailMessage()
    body = d["body"]
    if fmt == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif fmt == "html":
        h = d.get("html") or to_html(body, pixel=d.get("pixel"), lang=d["lang"])
        msg.set_content(h, subtype="html", charset=cs, cte=cte)
    elif fmt == "alt":
        msg.set_content(body, charset=cs, cte=cte)
        h = d.get("html") or to_html(body, pixel=d.get("pixel"), lang=d["lang"])
        msg.add_alternative(h, subtype="html", charset=cs, cte=d.get("hcte", cte))
    else:
        raise ValueError(fmt)
    for (fn, mt, data) in d.get("att", []):
        ma, sa = mt.split("/")
        msg.add_attachment(data, maintype=ma, subtype=sa, filename=fn)
    if d.get("fwd"):
        inner = BytesParser(policy=policy.default).parsebytes(d["fwd"])
        msg.add_attachment(inner)
    del msg["MIME-Version"]
    return gen_bytes(msg)

# ================================================================ FRANÇAIS
D = datetime

# ---- complaints (fr)
m("complaint", "fr", "pensions",
  ("Amicale des Pensionnés de Sclessin", "amicale.sclessin@example.be"),
  "Ligne téléphonique du service des pensions : nos membres raccrochent après 45 minutes",
  """Madame, Monsieur,

Je vous écris au nom de l'Amicale des Pensionnés de Sclessin (environ 180 membres, la plupart
entre 70 et 90 ans).

Depuis la rentrée de septembre, nos membres nous rapportent tous la même chose : quand ils
appellent le numéro gratuit du service des pensions, ils entendent le message d'accueil, on
leur demande de taper 1 puis 3, puis une musique, et au bout de trente ou quarante-cinq minutes
la communication est coupée. Sans un mot. Mme Lemaire a essayé six fois la même semaine.

Nous ne demandons pas de passe-droit. Nous demandons simplement qu'une personne âgée qui n'a pas
d'ordinateur puisse parler à quelqu'un. Lors de notre réunion mensuelle du 14, j'ai fait un petit
tour de table : sur 23 personnes présentes, 17 n'ont jamais réussi à avoir un agent en ligne.

Nous aimerions que ce problème soit signalé à qui de droit et qu'on nous dise ce qui sera fait.

Avec mes salutations distinguées,

Jean-Marie Dethier
Président
Amicale des Pensionnés de Sclessin
rue de la Fontaine 12, 4000 Liège
04 123 45 67 (le mardi et le jeudi)
""", "Collective complaint from a Liège retirees' association about the pension phone line cutting off; no decision involved. multipart/alternative, UTF-8 QP, RFC 2047 display name and subject.",
  fmt="alt")

m("complaint", "fr", "mobility",
  ("Nadine Halleux", "nadine.halleux58@example.com"),
  "transfert plaque voiture de mon mari decede",
  """bonjour

mon mari est decede en juin et je dois mettre sa voiture a mon nom. j essaye depuis 3 semaines sur votre site, a chaque fois a la derniere etape j ai "erreur technique veuillez reessayer plus tard". j ai essaye le matin, le soir, le dimanche, avec l ordinateur de ma fille et avec la tablette

au telephone on me dit que c est "un souci connu" mais personne ne sait quand ce sera reparé. en attendant je ne peux pas assurer la voiture a mon nom et elle reste au garage

c est deja assez difficile comme ca sans devoir se battre avec un site qui ne marche pas

Nadine Halleux
Verviers

Envoyé de mon iPhone
""", "Complaint: broken website for vehicle registration transfer after a death. No accents, phone-typed, us-ascii-ish text sent as 8bit UTF-8 (one accented char).",
  cte="8bit")

m("complaint", "fr", "police",
  ("Karim Benali", "k.benali@example.net"),
  "Comportement d'un agent lors d'un contrôle routier à Seraing",
  """Madame, Monsieur,

Le samedi 7 mars vers 23h, j'ai été arrêté à un contrôle routier sur le quai de Seraing. Je
rentrais de mon travail (je suis cuisinier). Je précise tout de suite que je ne conteste pas le
procès-verbal pour mon feu arrière qui ne fonctionnait pas : c'était vrai, je l'ai fait réparer
le lundi et je paierai l'amende.

Ce qui me pose problème, c'est la manière dont j'ai été traité. L'agent m'a tutoyé du début à la
fin, il a imité mon accent devant ses collègues en riant, et il m'a fait attendre dehors sous la
pluie pendant quarante minutes à côté de ma voiture, sans explication, alors que mes papiers
étaient en ordre. Quand j'ai demandé son nom, il m'a répondu « t'as pas besoin de ça ».

J'ai 41 ans, je n'ai jamais eu de problème avec la police et je trouve normal d'être contrôlé.
Je ne trouve pas normal d'être humilié.

Je souhaite que ce comportement soit examiné. Je peux donner l'heure exacte et l'endroit, et un
ami qui était passager peut témoigner.

Karim Benali
""", "Police conduct complaint; explicitly does NOT contest the fine (mentions decision without contesting). windows-1252 QP.",
  cs="windows-1252")

m("complaint", "fr", "foreign_affairs",
  ("Aminata Diallo-Piron", "aminata.piron@example.be"),
  "Ambassade à Dakar : dossier de passeport de ma fille perdu",
  """Bonjour,

En janvier, ma fille Awa (9 ans, belge) et moi avons déposé une demande de passeport à
l'ambassade de Belgique à Dakar, où nous passions quelques mois chez ma mère. Nous avions tout :
photos, ancien passeport, autorisation du papa signée et légalisée, preuve de paiement.

Six semaines plus tard, on m'annonce au guichet que « le dossier n'est pas dans le système » et
qu'il faut tout recommencer, y compris repayer. Personne ne s'est excusé. La dame m'a même dit
que je devais avoir oublié de le déposer, alors que j'ai le reçu avec le cachet.

Nous avons dû décaler notre vol de retour et ma fille a raté trois semaines d'école.

Je voudrais qu'on m'explique comment un dossier complet peut disparaître et qu'on me rembourse
au moins la deuxième redevance.

Aminata Diallo-Piron
Ans
""", "Complaint: lost passport file at an embassy, asks refund of second fee (money request but the dominant intent is dissatisfaction with service). ISO-8859-1, 8bit.",
  cs="iso-8859-1", cte="8bit")

m("complaint", "fr", "taxes",
  ("Service d'accompagnement - Œuvre des Aveugles de Huy", "accompagnement.huy@example.org"),
  "Refus d'aide au guichet pour une personne malvoyante",
  None,
  "Complaint about counter staff refusing help to a blind person filling in the tax return. HTML-only with <style> and a table (signature).",
  fmt="html",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
.sig td{font-size:9pt;color:#555} p{font-family:Verdana;font-size:10pt}
</style></head><body>
<p>Madame, Monsieur,</p>
<p>J'accompagnais ce jeudi 4 juin M. Albert Jacquet, 82 ans, aveugle depuis l'enfance, au bureau
des contributions de Huy pour sa déclaration d'impôts. Votre propre brochure annonce que
<b>des agents aident les citoyens à remplir leur déclaration</b> pendant les permanences.</p>
<p>L'agent présent nous a répondu, je cite : «&nbsp;ce n'est pas notre boulot de lire les papiers
des gens, il n'a qu'à venir avec quelqu'un de sa famille&nbsp;». Je lui ai fait remarquer que
j'étais justement là pour l'accompagner, mais que je ne connaissais pas sa situation fiscale.
Il a haussé les épaules et appelé le numéro suivant.</p>
<p>Nous sommes repartis sans rien. M. Jacquet était très blessé. Nous avons finalement été aidés
à Andenne la semaine suivante, par une dame très patiente, ce qui prouve que c'est possible.</p>
<p>Nous demandons que l'accueil des personnes handicapées soit rappelé au personnel de Huy.</p>
<table class="sig"><tr><td>Françoise Gilson<br>Assistante sociale<br>Service d'accompagnement<br>
Œuvre des Aveugles de Huy</td></tr></table>
</body></html>
""")

m("complaint", "fr", "unemployment",
  ("Dylan Renard", "dylan.renard@example.com"),
  "Convocation envoyée à mon ancienne adresse + accueil désagréable",
  """Bonjour,

J'ai déménagé de Herstal à Flémalle en février et j'ai signalé mon changement d'adresse à la
commune ET à mon organisme de paiement (j'ai la preuve par mail).

Malgré ça, ma convocation pour l'entretien d'évaluation a été envoyée à Herstal. Mon ancien
propriétaire me l'a remise trois jours APRÈS la date du rendez-vous. Heureusement j'ai pu avoir
un nouveau rendez-vous et tout s'est bien passé, donc ce n'est pas ça le problème.

Le problème c'est qu'au téléphone, quand j'ai expliqué, la personne m'a dit « c'est toujours la
même excuse avec vous autres ». Je ne sais pas qui sont « nous autres ». Je cherche du travail,
je fais ce qu'on me demande, et je n'ai pas à me faire parler comme ça.

Et j'aimerais aussi que mon adresse soit enfin corrigée partout pour que ça ne recommence pas.

Dylan Renard
""", "Complaint about a letter sent to an old address and a rude phone agent; the rescheduled interview went fine, nothing to contest. UTF-8 base64.",
  cte="base64")

m("complaint", "fr", "social_security",
  ("Martine Collard", "martine.collard@example.be"),
  "Est-ce normal ?",
  """Est-ce normal qu'il faille sept mois pour qu'un médecin regarde le dossier de reconnaissance de handicap de mon fils ?
Est-ce normal que personne ne réponde aux mails ?
Est-ce normal de devoir payer une éducatrice de sa poche en attendant ?

Je pose la question mais je connais la réponse.

M. Collard
""", "Grumble phrased as questions: dominant intent is a complaint about delay and unresponsiveness (not an information request). Very short, text/plain UTF-8 QP.")

m("complaint", "fr", "pensions",
  ("Sophie Mertens", "sophie.mertens.liege@example.net"),
  "Pour ma mère : plus aucun courrier papier",
  """Bonjour,

J'écris pour ma maman, Mme Georgette Mertens, 86 ans, qui habite seule à Angleur et n'a ni
ordinateur ni smartphone.

Depuis cette année, elle ne reçoit plus aucun document papier concernant sa pension : ni
l'attestation fiscale, ni le courrier sur l'indexation. Quand elle a téléphoné, on lui a dit
que « tout est disponible en ligne dans votre dossier ». Elle a demandé à recevoir le papier,
on lui a dit que ce n'était « plus prévu ».

Je vis à Bruxelles, je ne peux pas passer chaque semaine chez elle pour ouvrir un site internet
avec son itsme. Elle a travaillé 44 ans, elle a le droit de recevoir ses papiers dans sa boîte
aux lettres comme avant.

Merci de faire le nécessaire pour qu'elle retrouve les envois papier.

Sophie Mertens (fille)
""", "Complaint about digital exclusion (no more paper mail) written by the daughter. ISO-8859-1 QP.",
  cs="iso-8859-1")

m("complaint", "fr", "other",
  ("Pierre-Yves Lambotte", "py.lambotte@example.com"),
  "Ascenseur hors service depuis trois mois au bâtiment de Namur",
  """Madame, Monsieur,

Je me déplace en fauteuil roulant. Le 22 avril, j'avais rendez-vous au 3e étage de votre
bâtiment administratif à Namur (près de la gare). L'ascenseur était en panne, avec une affiche
datée de... janvier.

L'agent d'accueil a proposé que « deux collègues vous portent ». J'ai refusé, évidemment. On m'a
alors dit de reprendre rendez-vous « quand ce sera réparé », sans date. J'ai fait 60 km pour rien.

Je joins la photo de l'affiche. Trois mois pour un ascenseur dans un bâtiment public, c'est
indigne. Et personne n'a pensé à prévenir les visiteurs à mobilité réduite avant leur visite.

Pierre-Yves Lambotte
""", "Complaint about building accessibility (broken lift), category other. multipart/mixed with JPEG attachment.",
  att=[jpg("affiche_ascenseur.jpg")])

# ---- appeals (fr)
m("appeal", "fr", "pensions",
  ("Joseph Schmitz", "jos.schmitz@example.be"),
  "Calcul de ma pension - il manque mes années au Luxembourg",
  """Madame, Monsieur,

J'ai bien reçu votre lettre du 12 mai qui fixe le montant de ma pension de retraite. Je vous en
remercie mais je pense qu'il y a une erreur.

De 1978 à 1983, j'ai travaillé à Esch-sur-Alzette comme frontalier, puis je suis revenu en
Belgique. Dans le détail de la carrière joint à votre lettre, ces cinq années n'apparaissent nulle
part, ni comme années belges ni comme années étrangères. Du coup le montant me paraît bien bas
par rapport à ce qu'on m'avait annoncé à la simulation.

Je ne suis pas d'accord avec ce montant tel qu'il est. Je vous demande de bien vouloir refaire
le calcul en tenant compte de ces années. J'ai encore mes fiches de salaire de l'époque et je
peux les envoyer.

Avec mes respectueuses salutations,

Joseph Schmitz
Welkenraedt
""", "Appeal without legal words: disagrees with the pension amount and asks for recalculation. UTF-8 QP, CRLF line endings.",
  crlf=True)

m("appeal", "fr", "taxes",
  ("Laetitia Fraiture", "laetitia.fraiture@example.com"),
  "Avertissement-extrait de rôle 2025 - frais de garde refusés",
  """Bonjour,

Dans mon avertissement-extrait de rôle reçu le 2 octobre, les frais de garde de mon fils Noah
(garderie de l'école communale, 1.146 EUR) n'ont pas été pris en compte. D'après l'agent que
j'ai eu au téléphone, c'est parce que l'attestation n'était pas dans mon dossier.

L'école ne me l'avait remise qu'en juillet, après ma déclaration. Je l'ai maintenant et je la
joins à ce mail.

Pourriez-vous revoir mon imposition en ajoutant ces frais ? Ça représente quand même plusieurs
centaines d'euros pour nous.

Merci d'avance,
Laetitia Fraiture
NN 88.03.14-312.45
""", "Appeal (asks to revise the tax assessment with a late childcare certificate), no legal vocabulary. multipart/mixed with PDF attachment.",
  att=[pdf("attestation_garderie_2025.pdf")])

m("appeal", "fr", "unemployment",
  ("Mehdi", "mehdi.azz@example.net"),
  "exclusion 8 semaines",
  """bjr

j ai recu la lettre qui dit que je suis exclu 8 semaines pour abandon d emploi. je suis pas d accord du tout. j ai quitte ce boulot parce que le patron me payait pas depuis 2 mois, j ai les extraits de compte qui le prouvent et j ai meme ete au syndicat a l epoque

donc c est pas un abandon c est lui qui est en tort. je vous demande de changer cette decision svp car sans chomage je peux pas payer mon loyer

merci
Mehdi Azzouzi
0478 12 34 56
""", "Appeal phone-typed, no accents, no legal words ('je suis pas d accord ... changer cette decision'). us-ascii 7bit.",
  cs="us-ascii", cte="7bit")

m("appeal", "fr", "mobility",
  ("Garage Ancêtres & Passion SPRL", "info@ancetres-passion.example.be"),
  "Refus d'immatriculation - Citroën DS 1972 (châssis 4.651.882)",
  """Madame, Monsieur,

Nous avons introduit pour notre client M. Roland Hubert une demande d'immatriculation en plaque
« O » pour une Citroën DS 21 Pallas de 1972, importée de France.

Votre service a refusé l'immatriculation le 18 août au motif que le certificat de conformité
présenté « n'émane pas du constructeur ». Or il s'agit de l'attestation délivrée par le service
historique de la marque, qui est la seule instance habilitée à le faire pour un véhicule de cet
âge ; le constructeur d'origine n'en délivre plus depuis des années. Ce document a d'ailleurs été
accepté sans difficulté pour deux autres véhicules que nous avons fait immatriculer en 2025.

Nous vous prions de bien vouloir réexaminer ce dossier et d'accepter l'immatriculation sur base
des pièces jointes (attestation, contrôle technique, preuve de dédouanement).

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Olivier Brasseur
Garage Ancêtres & Passion SPRL
Chaussée de Marche 301, 5100 Jambes
""", "Appeal by a garage against a refused vehicle registration ('réexaminer ... accepter'). Name with ampersand in display name, multipart/alternative + 2 PDF attachments.",
  fmt="alt", att=[pdf("attestation_conformite_DS21.pdf"), pdf("controle_technique.pdf")])

m("appeal", "fr", "foreign_affairs",
  ("Thomas Lejeune", "thomas.lejeune@example.com"),
  "Visa de ma belle-mère refusé - mariage le 19 septembre",
  """Bonjour,

Ma future belle-mère, Mme Clarisse Ngo Mbarga, a demandé un visa court séjour à Yaoundé pour
assister à notre mariage à Liège le 19 septembre. La demande a été refusée au motif que « le
but du séjour n'est pas établi » et qu'il n'y a « pas de garanties suffisantes de retour ».

Je trouve cela injuste : nous avions joint l'invitation de la commune pour le mariage, ma prise
en charge signée, son contrat de travail d'institutrice et le billet retour. Elle a deux autres
enfants et sa maison au Cameroun, elle n'a aucune intention de rester.

En plus, au centre où elle a déposé la demande, on lui a parlé comme à une criminelle, mais ce
n'est pas le plus important aujourd'hui.

Je vous demande de reconsidérer ce refus. Je joins de nouveaux documents : son attestation de
congé signée par le directeur de l'école et son titre de propriété.

Thomas Lejeune
""", "Dominant appeal (asks to reconsider a visa refusal); secondary complaint about rude reception at the visa centre. UTF-8 8bit.",
  cte="8bit")

m("appeal", "fr", "social_security",
  ("CPAS de Seraing - Service social", "service.social@cpas-seraing.example.be"),
  "Recours gracieux - allocation d'intégration de M. Fabrice Wéry",
  """Madame, Monsieur,

Par la présente, nous introduisons un recours gracieux au nom de M. Fabrice Wéry (NN 71.11.02-
185.33), que nous accompagnons, contre la décision du 3 septembre réduisant son allocation
d'intégration.

Lors de la précédente évaluation (2022), M. Wéry s'était vu reconnaître 12 points. La nouvelle
décision lui en attribue 9, sans examen médical en présentiel et alors que son état s'est
aggravé (deuxième amputation en mars 2026, rapport du Dr Halin joint).

Nous sollicitons une révision de la décision et, à tout le moins, un examen par un médecin de
votre service.

Pour le CPAS,
Céline Dardenne
Assistante sociale
""", "Formal appeal with explicit legal words ('recours gracieux') from a CPAS social worker. ISO-8859-1 QP with RFC 2047 ISO-8859-1 subject.",
  cs="iso-8859-1", subj_cs="iso-8859-1", att=[pdf("rapport_Dr_Halin.pdf")])

# ---- information requests (fr)
m("information_request", "fr", "pensions",
  ("Amicale des Pensionnés de Sclessin", "amicale.sclessin@example.be"),
  "Séance d'information GRAPA pour nos membres ?",
  """Bonjour,

Notre amicale organise chaque mois une après-midi d'information pour ses membres. Beaucoup de
veuves parmi nous ne savent pas si elles ont droit à la garantie de revenus aux personnes âgées,
et à vrai dire, les explications du site ne sont pas faciles à comprendre à 80 ans.

Serait-il possible qu'un collaborateur vienne nous présenter la GRAPA un mardi après-midi, à
Sclessin ? Si ce n'est pas possible, pouvez-vous nous dire quels documents une personne doit
préparer pour la demande, et si elle doit se rendre quelque part ou si tout se fait par courrier ?

Merci d'avance,
Jean-Marie Dethier
Président
""", "Information request (what documents / possibility of an information session). Same sender as another complaint but different intent. UTF-8 QP.")

m("information_request", "fr", "other",
  ("Bernadette Lhoest", "b.lhoest@example.org"),
  "Demande d'accès - article 15 RGPD",
  """Madame, Monsieur,

Conformément à l'article 15 du Règlement général sur la protection des données (UE) 2016/679,
je vous prie de me communiquer :

1. une copie de l'ensemble des données à caractère personnel me concernant que votre service
   traite, y compris dans le cadre de la plainte que j'ai déposée l'an dernier ;
2. les finalités de ces traitements ;
3. les destinataires auxquels ces données ont été communiquées ;
4. la durée de conservation prévue.

Vous trouverez ci-joint une copie recto verso de ma carte d'identité.

Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.

Bernadette Lhoest
Avenue des Tilleuls 8
4053 Embourg
""", "Formal GDPR access request = information_request. Mentions a previous complaint without a ticket number (no refers_to). multipart/mixed with PDF; windows-1252 QP.",
  cs="windows-1252", att=[pdf("carte_identite_recto_verso.pdf")])

m("information_request", "fr", "pensions",
  ("Gérard Pirotte", "gerard.pirotte@example.com"),
  "Certificat de vie depuis le Québec",
  """Bonjour,

Je suis pensionné belge et je vis depuis trois ans à Trois-Rivières, au Québec. Chaque année on
me demande un certificat de vie. L'an dernier je suis allé au consulat à Montréal, ce qui me
fait 300 km aller-retour et une journée perdue, ce que je trouve un peu fort pour une simple
signature, mais passons.

Ma question : est-ce que je peux faire signer le certificat par un notaire ou par la
municipalité d'ici ? Et est-ce que je peux vous l'envoyer scanné par mail, ou faut-il
obligatoirement l'original par la poste ?

Merci de votre réponse,
Gérard Pirotte
""", "Question that also grumbles (the trip to the consulate); dominant = information_request. HTML-only with tracking pixel from a webmail.",
  fmt="html", pixel="https://track.mailer.example.com/o/8f1a2c.gif")

m("information_request", "fr", "mobility",
  ("Steph", "steph.moreau@example.be"),
  "remorque achetée en France",
  """Bonjour, j'ai acheté une petite remorque (750 kg) d'occasion en France. Quels papiers je dois avoir pour l'immatriculer ici et est ce que je dois passer au contrôle technique avant ? Merci
Stéphanie Moreau
""", "Short information request typed on a phone, one long line. UTF-8 8bit.",
  cte="8bit")

# ---- follow-ups (fr)
m("follow_up", "fr", "pensions",
  ("Georges Hansenne", "georges.hansenne@example.be"),
  "RE: [PLT-2026-000412] Accusé de réception de votre plainte",
  """Bonjour,

Comme demandé par téléphone, je vous envoie en annexe la lettre du service des pensions du
28 janvier dont je parlais dans ma plainte. Vous verrez que la date de paiement annoncée
(« au plus tard en mars ») n'a pas été respectée.

Bien à vous,
G. Hansenne

-----Message d'origine-----
De : Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Envoyé : mardi 14 avril 2026 09:12
À : Georges Hansenne <georges.hansenne@example.be>
Objet : [PLT-2026-000412] Accusé de réception de votre plainte

Madame, Monsieur,

Nous avons bien reçu votre plainte. Elle est enregistrée sous le numéro PLT-2026-000412.
Nous la traiterons dans les meilleurs délais.

Service des plaintes
""", "Follow-up: reply to our acknowledgement adding a document; quotes the ack (Outlook style). In-Reply-To ack Message-ID, PDF attachment.",
  refers="PLT-2026-000412", irt="<ack.plt-2026-000412@federal.example.be>",
  date=D(2026, 4, 16, 10, 31, tzinfo=TZ2), att=[pdf("lettre_pension_28-01.pdf")])

m("follow_up", "fr", "taxes",
  ("Annick Delvaux", "annick.delvaux@example.net"),
  "Toujours rien - plainte PLT-2026-000288",
  """Bonjour,

J'ai déposé une plainte le 2 mars au sujet de mon remboursement d'impôt bloqué (numéro
PLT-2026-000288). Vous m'aviez répondu que le délai de traitement était de 45 jours.
Nous sommes le 22 avril. Pourriez-vous me dire où en est mon dossier ?

Cordialement,
Annick Delvaux
""", "Follow-up asking for news on an existing ticket (fresh mail, not a reply). Short, UTF-8 QP.",
  refers="PLT-2026-000288", date=D(2026, 4, 22, 14, 5, tzinfo=TZ2))

m("follow_up", "fr", "unemployment",
  ("Dylan Renard", "dylan.renard@example.com"),
  "Re: [PLT-2026-000633] Accusé de réception de votre plainte",
  """Bonjour,

Petite mise à jour : j'ai reçu un courrier à ma bonne adresse hier, donc apparemment c'est corrigé.
Merci pour ça.

Par contre personne ne m'a rien dit au sujet de la remarque de l'agent au téléphone, et pour
moi c'était le plus important. J'attends toujours une réponse là-dessus.

Dylan

Le 12/05/2026 à 08:40, Service des plaintes - Klachtendienst a écrit :
> Madame, Monsieur,
> Nous avons bien reçu votre plainte, enregistrée sous le numéro PLT-2026-000633.
> Service des plaintes
""", "Follow-up (reply to ack, Thunderbird quoting) that restates the dissatisfaction; still a follow_up since it continues the existing ticket.",
  refers="PLT-2026-000633", irt="<ack.plt-2026-000633@federal.example.be>",
  date=D(2026, 5, 27, 19, 48, tzinfo=TZ2))

# ---- auto replies (fr)
m("auto_reply", "fr", "other",
  ("Valérie Stassen", "valerie.stassen@example.be"),
  "Réponse automatique : [PLT-2026-000741] Accusé de réception de votre plainte",
  """Bonjour,

Je suis absente jusqu'au lundi 3 août inclus, sans accès à ma messagerie.
En cas d'urgence, vous pouvez joindre le secrétariat au 04 222 33 44.

Valérie Stassen
""", "Outlook out-of-office answering our ack, with Auto-Submitted and X-Auto-Response-Suppress headers.",
  refers="PLT-2026-000741", irt="<ack.plt-2026-000741@federal.example.be>",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: valerie.stassen@example.be"])

m("auto_reply", "fr", "other",
  ("Maître Caroline Noël", "c.noel@avocats-noel.example.be"),
  "RE: [PLT-2026-000198] Accusé de réception de votre plainte",
  """Madame, Monsieur,

Je suis actuellement en congé de maternité et ce jusqu'au 30 juin 2026.
Votre courriel ne sera pas transféré.

Pour toute question urgente relative à un dossier en cours, je vous remercie de contacter
Maître Julien Bastin (j.bastin@avocats-noel.example.be) ou le secrétariat du cabinet.

Caroline Noël
Avocate
""", "Out-of-office WITHOUT any auto-reply header, subject looks like a human 'RE:'. Content makes it an auto_reply.",
  refers="PLT-2026-000198", irt="<ack.plt-2026-000198@federal.example.be>")

m("auto_reply", "fr", "other",
  ("Mutualité Ourthe-Amblève - Support", "support@mutu-ourthe.example.org"),
  "[Ticket#2026061110000341] Votre demande a bien été enregistrée (RE: [PLT-2026-000859] Accusé de réception de votre plainte)",
  """Bonjour,

Nous accusons réception de votre message. Il a été enregistré sous le numéro de ticket
2026061110000341.

Un collaborateur vous répondra dans un délai de 5 jours ouvrables. Merci de ne pas répondre à ce
message : utilisez le numéro de ticket dans toute correspondance ultérieure.

Ceci est un message généré automatiquement.
""", "Ticket-system auto-acknowledgement from another organisation, triggered by our ack (PLT number in its subject). X-Autoreply + Precedence headers. Long subject folded with RFC 2047.",
  refers="PLT-2026-000859", hdrs=["X-Autoreply: yes", "Precedence: auto_reply", "X-Loop: support@mutu-ourthe.example.org"])

m("auto_reply", "fr", "other",
  ("Étude du notaire Wathelet", "etude@notaire-wathelet.example.be"),
  "Fermeture de l'étude - congés de fin d'année",
  """Madame, Monsieur,

Merci pour votre message.

Notre étude est fermée du mercredi 24 décembre 2025 au vendredi 2 janvier 2026 inclus. Les
courriels reçus pendant cette période seront traités à partir du lundi 5 janvier.

Pour les urgences (décès, ventes en cours), un notaire de garde peut être joint au
085 11 22 33.

L'équipe de l'étude Wathelet
""", "Holiday closure notice without ticket number; Precedence: bulk only. No refers_to. windows-1252 8bit.",
  cs="windows-1252", cte="8bit", hdrs=["Precedence: bulk"],
  date=D(2025, 12, 26, 11, 2, tzinfo=TZ1))

# ---- bounces (fr)
m("bounce", "fr", "other",
  ("Microsoft Outlook", "postmaster@mail.example.net"),
  "Non remis : [PLT-2026-000372] Accusé de réception de votre plainte",
  None, "Exchange-style French NDR (multipart/report, delivery-status, returned headers) for our ack to a mistyped address.",
  fmt="raw", to="plaintes.klachten@federal.example.be",
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  raw="""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="NDR_7f3a_boundary"
Content-Language: fr-BE

--NDR_7f3a_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à ces destinataires ou groupes :

claude.bouilon@example.net
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire
et renvoyez le message. Si le problème persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : AM0PR01MB1234.eurprd01.prod.example.net
claude.bouilon@example.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--NDR_7f3a_boundary
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.example.net
Received-From-MTA: dns;mx1.federal.example.be
Arrival-Date: Tue, 9 Jun 2026 10:14:03 +0000

Final-Recipient: rfc822;claude.bouilon@example.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--NDR_7f3a_boundary
Content-Type: text/rfc822-headers

From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: Claude Bouillon <claude.bouilon@example.net>
Subject: [PLT-2026-000372] =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_de_votre_plainte?=
Date: Tue, 9 Jun 2026 12:14:01 +0200
Message-ID: <ack.plt-2026-000372@federal.example.be>

--NDR_7f3a_boundary--
""", refers="PLT-2026-000372", date=D(2026, 6, 9, 12, 14, 9, tzinfo=TZ2))

m("bounce", "fr", "other",
  ("MAILER-DAEMON", "MAILER-DAEMON@relais.fai-ardennes.example.net"),
  "echec de livraison",
  None, "qmail-like plain text French bounce, no multipart/report, quotes our ack's headers and start of body. ISO-8859-1 8bit.",
  fmt="raw", hdrs=["Auto-Submitted: auto-generated"],
  raw="""
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Bonjour. Ceci est le programme de livraison du serveur relais.fai-ardennes.example.net.
Je n'ai malheureusement pas pu livrer votre message aux adresses suivantes.
Ceci est une erreur permanente ; j'ai abandonné.

<jules.gerardy@fai-ardennes.example.net>:
Boîte aux lettres supprimée : ce compte a été fermé par son titulaire le 31/03/2026.

--- Voici une copie du message, sans les pièces jointes.

Return-Path: <plaintes.klachten@federal.example.be>
From: plaintes.klachten@federal.example.be
To: jules.gerardy@fai-ardennes.example.net
Subject: [PLT-2026-000954] Accusé de réception de votre plainte
Message-ID: <ack.plt-2026-000954@federal.example.be>

Madame, Monsieur,

Nous avons bien reçu votre plainte. Elle est enregistrée sous le numéro PLT-2026-000954.
""", raw_cs="iso-8859-1", refers="PLT-2026-000954")

# ---- spam (fr)
m("spam", "fr", "other",
  ("SPF Finances - Service Remboursements", "remboursement@spf-fin-belgique.example.net"),
  "Remboursement d'impôt 2025 : 412,60 EUR en attente de validation",
  None, "Fake tax refund phishing from a look-alike domain; HTML-only with button link and hidden preheader.",
  fmt="html", to="undisclosed-recipients:;",
  html="""<html><head><style>.btn{background:#c8102e;color:#fff;padding:12px 28px;text-decoration:none}</style></head>
<body style="font-family:Arial">
<div style="display:none;max-height:0">Votre remboursement expire dans 48h</div>
<table width="600" align="center"><tr><td>
<img src="https://cdn.spf-fin-belgique.example.net/logo_fin.png" alt="SPF Finances">
<h2>Avis de remboursement</h2>
<p>Cher(e) contribuable,</p>
<p>Après le calcul annuel de votre impôt des personnes physiques, nous avons déterminé que vous
avez droit à un remboursement de <b>412,60 EUR</b>.</p>
<p>Pour recevoir ce montant, veuillez confirmer vos coordonnées bancaires avant le
<b>15/05/2026</b>. Passé ce délai, le remboursement sera annulé.</p>
<p style="text-align:center"><a class="btn" href="https://spf-fin-belgique.example.net/rembourse/?id=BE88213">Confirmer mon remboursement</a></p>
<p style="font-size:8pt;color:#888">SPF Finances - Tous droits réservés. Ce message est envoyé automatiquement, ne pas répondre.</p>
</td></tr></table></body></html>
""")

m("spam", "fr", "other",
  ("Me Koffi Agbeko", "cabinet.agbeko@example.com"),
  "Succession de feu M. Henri DUBOIS - très confidentiel",
  """Bonjour cher ami,

Je suis Maître Koffi Agbeko, avocat au barreau de Lomé. Je vous contacte au sujet de mon
défunt client, M. Henri DUBOIS, ressortissant belge, ingénieur des mines, décédé avec toute sa
famille dans un accident de la route en 2021. Il a laissé dans une banque d'ici un dépôt de
4.700.000 EUR (quatre millions sept cent mille euros) sans héritier connu.

Comme vous portez le même nom de famille / la même nationalité, je vous propose de vous présenter
comme son parent afin que les fonds vous soient transférés. Nous partagerons 50/50, 10% seront
réservés aux frais. Toute l'opération est légale à 100% et sans risque.

Merci de me répondre avec vos noms complets, adresse et numéro de téléphone pour que je puisse
commencer les démarches auprès de la banque.

Dans l'attente de vous lire,
Me Koffi Agbeko
""", "Inheritance / advance-fee scam. ISO-8859-1 base64 text/plain, Reply-To different from From.",
  cs="iso-8859-1", cte="base64", to="undisclosed-recipients:;",
  hdrs=["Reply-To: agbeko.koffi.avocat@example.org"])

m("spam", "fr", "other",
  ("Julien | Agence Visibilité+", "julien@visibilite-plus.example.com"),
  "Question rapide au sujet de federal.example.be",
  """Bonjour,

En analysant federal.example.be, j'ai remarqué 37 erreurs techniques qui empêchent votre site
d'apparaître en première page de Google sur des requêtes comme « plainte administration ».

Je vous propose un audit SEO gratuit (valeur 490 EUR) et un appel de 15 minutes cette semaine
pour vous présenter les résultats. Êtes-vous la bonne personne pour en parler ? Sinon, pourriez-
vous me transférer au responsable du site ?

Belle journée,
Julien
Agence Visibilité+

Pour ne plus recevoir nos e-mails, répondez STOP.
""", "SEO marketing cold mail with unsubscribe line; multipart/alternative with tracking pixel.",
  fmt="alt", pixel="https://open.visibilite-plus.example.com/p.gif?u=7781",
  hdrs=["List-Unsubscribe: <mailto:stop@visibilite-plus.example.com>"])

m("spam", "fr", "other",
  ("Comptabilité - Groupe Mercator", "compta@mercator-groupe.example.net"),
  "RE: Facture impayée FA-2026-0931 - dernier rappel avant mise en demeure",
  """Bonjour,

Malgré nos précédents rappels, la facture FA-2026-0931 d'un montant de 3.842,15 EUR reste
impayée à ce jour.

Vous trouverez la facture en pièce jointe. Merci de procéder au paiement sous 48 heures sur notre
NOUVEAU compte bancaire : BE71 0000 1234 5678 (le précédent n'est plus valide suite à un audit).

À défaut, le dossier sera transmis à notre service contentieux.

Cordialement,
Service Comptabilité
""", "Invoice fraud with fake 'RE:' subject, changed bank account, and an HTML 'invoice' attachment (facture.pdf.html).",
  att=[("Facture_FA-2026-0931.pdf.html", "text/html",
        b"<html><body><script>window.location='https://mercator-groupe.example.net/f/0931'</script>Chargement...</body></html>")])


def _set_dates(table):
    for d in M:
        for key, dt in table.items():
            if d["subj"].startswith(key) and "date" not in d:
                d["date"] = dt


_set_dates({
    "Ligne téléphonique": D(2026, 10, 20, 15, 12, tzinfo=TZ2),
    "transfert plaque": D(2026, 8, 11, 21, 47, tzinfo=TZ2),
    "Comportement d'un agent": D(2026, 3, 10, 9, 5, tzinfo=TZ1),
    "Ambassade à Dakar": D(2026, 3, 23, 16, 40, tzinfo=TZ1),
    "Refus d'aide au guichet": D(2026, 6, 8, 11, 20, tzinfo=TZ2),
    "Convocation envoyée": D(2026, 5, 11, 18, 2, tzinfo=TZ2),
    "Ascenseur hors service": D(2026, 4, 24, 8, 55, tzinfo=TZ2),
    "Calcul de ma pension": D(2026, 5, 26, 10, 14, tzinfo=TZ2),
    "Avertissement-extrait": D(2026, 10, 19, 20, 33, tzinfo=TZ2),
    "Refus d'immatriculation": D(2026, 9, 1, 14, 2, tzinfo=TZ2),
    "Visa de ma belle-mère": D(2026, 8, 5, 7, 58, tzinfo=TZ2),
    "Recours gracieux": D(2026, 9, 25, 13, 30, tzinfo=TZ2),
    "Remboursement d'impôt 2025": D(2026, 5, 8, 3, 17, tzinfo=TZ2),
    "Réponse automatique : [PLT-2026-000741]": D(2026, 7, 21, 9, 1, tzinfo=TZ2),
    "exclusion 8 semaines": D(2026, 7, 2, 23, 11, tzinfo=TZ2),
})

# ================================================================ NEDERLANDS

# ---- complaints (nl)
m("complaint", "nl", "unemployment",
  ("Ellen Vanormelingen - CAW Limburg", "ellen.vanormelingen@caw-limburg.example.be"),
  "C4 van mijn cliënt al twee keer kwijtgeraakt",
  """Goedemiddag,

Ik contacteer u in naam van een cliënt van ons onthaal in Genk, meneer R. (gegevens hieronder,
met zijn toestemming).

Meneer werd eind juni ontslagen. Zijn werkgever heeft de C4 elektronisch doorgestuurd én
meneer heeft op 8 juli een papieren kopie afgegeven aan het loket van zijn uitbetalingsinstelling.
Begin augustus kreeg hij te horen dat de C4 "niet in het dossier zit". Wij hebben dan op
19 augustus samen opnieuw een kopie binnengebracht, met ontvangstbewijs. Vorige week: opnieuw
"geen C4 gevonden".

Ondertussen heeft meneer sinds juli geen inkomen meer, hij heeft twee kinderen ten laste en wij
moeten hem doorverwijzen naar de voedselbank. Dat is toch niet normaal voor een document dat
al drie keer werd ingediend.

Ik vraag dat iemand het dossier effectief opvolgt en ons laat weten wat er misloopt.

Met vriendelijke groeten,

Ellen Vanormelingen
Maatschappelijk werker
CAW Limburg - onthaal Genk
089 12 34 56

Cliënt: R. Yilmaz, RR 79.04.22-411.06
""", "Complaint by a Limburg social worker about a twice-lost C4 form; no decision contested. UTF-8 QP, display name with dash.",
  date=D(2026, 9, 8, 13, 27, tzinfo=TZ2))

m("complaint", "nl", "police",
  ("Sanne", "sanne.claes92@example.com"),
  "Aangifte geweigerd op het politiekantoor",
  """Beste,

Ik twijfel al een week of ik dit zou sturen maar mijn zus zegt dat ik het moet doen.

Op zondagavond 12 april ben ik naar het politiekantoor in Hasselt gegaan om aangifte te doen
van partnergeweld. Ik had een blauwe plek op mijn arm en ik had berichten op mijn gsm. De agent
aan het onthaal heeft nauwelijks opgekeken, hij vroeg of we "gewoon ruzie" hadden gehad en zei
dat ik beter eerst naar huis ging "om er een nachtje over te slapen". Hij heeft niets opgeschreven.

Ik ben naar huis gegaan. Ik heb die nacht bij mijn zus geslapen.

Ik weet dat het druk is op zondag, maar dit mag niet. Als ik niet zo koppig was geweest was ik
misschien nooit teruggekomen. Ik ben drie dagen later in een ander kantoor wel goed geholpen.

Ik wil dat er iets gedaan wordt met die agent, zodat dit niet met iemand anders gebeurt.

Sanne
""", "Police conduct: officer refused to register a domestic-violence report. Plain text, UTF-8 8bit, first name only.",
  cte="8bit", date=D(2026, 4, 21, 22, 40, tzinfo=TZ2))

m("complaint", "nl", "pensions",
  ("Walter Peeters", "walter.peeters@example.be"),
  "Foute informatie gekregen over bijverdienen als gepensioneerde",
  """Geachte,

In 2024 heb ik telefonisch aan uw dienst gevraagd of ik als gepensioneerde (vervroegd, 63 jaar)
onbeperkt mocht bijverdienen als zelfstandig boekhouder. De medewerker heeft toen heel
duidelijk "ja, geen enkel probleem" gezegd. Ik heb daar mijn planning op gebaseerd.

Nu blijkt dat dat niet klopte en moet ik een deel van mijn pensioen terugbetalen. Ik heb dat
aanvaard en er is al een afbetalingsplan afgesproken, daar ga ik niet over discussiëren.

Waar ik wél een probleem mee heb: niemand erkent dat ik van uw eigen dienst verkeerde informatie
kreeg. Toen ik het aankaartte, werd gezegd dat ik "het had moeten nalezen op de website". Waarom
dan een telefonische lijn hebben als je er niet op kan vertrouwen?

Ik verwacht minstens een erkenning van die fout, en dat de medewerkers beter opgeleid worden.

Walter Peeters
Mechelen
""", "Complaint about wrong information; explicitly accepts the recovery decision (mentions decision without contesting it). ISO-8859-1 QP.",
  cs="iso-8859-1", date=D(2026, 2, 17, 10, 3, tzinfo=TZ1))

m("complaint", "nl", "mobility",
  ("kevin d.", "kevin.desmet@example.net"),
  "inschrijvingsbewijs nog altijd niet ontvangen!!",
  """hallo

ik heb op 3 maart een tweedehands auto ingeschreven via de verzekering. nummerplaat is gekomen maar het inschrijvingsbewijs NOG ALTIJD NIET. 5 weken!! ik mag dus niet rijden en moet elke dag met de bus naar mijn werk in roeselare, da's 1u15 per rit

als ik bel zegt ge moet maar geduld hebben meneer, het is onderweg. onderweg waar?? naar de maan??

kunt ge dat aub eens nakijken en zorgen dat het hier geraakt

kevin desmet
izegem
""", "Angry phone-typed complaint (delay), West-Flemish 'ge', double punctuation, no capitals. us-ascii 7bit.",
  cs="us-ascii", cte="7bit", date=D(2026, 4, 9, 7, 12, tzinfo=TZ2))

m("complaint", "nl", "taxes",
  ("Hilde Vandenbroucke", "hilde.vandenbroucke@example.com"),
  "MyMinfin: bijlagen opladen lukt niet bij vraag om inlichtingen",
  None, "Complaint about the tax website failing on upload before a deadline. HTML-only Outlook-like (MsoNormal classes, conditional comments).",
  fmt="html", date=D(2026, 11, 3, 16, 44, tzinfo=TZ1),
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif} --></style></head>
<body lang="NL-BE"><div class="WordSection1">
<p class="MsoNormal">Geachte heer, mevrouw,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ik kreeg een vraag om inlichtingen over mijn beroepskosten, te beantwoorden v&oacute;&oacute;r 10 november.
Sinds vorige donderdag probeer ik dagelijks de bewijsstukken (8 pdf&#8217;s, samen 6 MB) op te laden via MyMinfin.
Telkens krijg ik na het opladen de melding &#8220;Er is een onverwachte fout opgetreden&#8221; en is alles weg.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ik heb het geprobeerd met Chrome, Firefox en Edge, en met kleinere bestanden. De helpdesk zegt dat ik het
&#8220;later opnieuw moet proberen&#8221;. Ondertussen loopt de termijn af en ik wil niet dat mijn kosten verworpen worden
omdat uw website het niet doet.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Graag een oplossing, of minstens de bevestiging dat ik de stukken per post mag sturen zonder nadeel.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Met vriendelijke groet,<br>Hilde Vandenbroucke<br>Kortrijk<o:p></o:p></p>
</div></body></html>
""")

m("complaint", "nl", "foreign_affairs",
  ("Joris Van Damme", "joris.vandamme@example.org"),
  "Onmogelijk om een afspraak te krijgen op het consulaat in Istanbul",
  """Goedendag,

Ik woon sinds twee jaar in Istanbul voor mijn werk. Mijn paspoort verloopt in januari en ik moet
in februari voor mijn werk naar Kazachstan.

Sinds half september probeer ik een afspraak te maken via het online systeem van het consulaat.
Elke maandag om 9u worden nieuwe afspraken vrijgegeven, en om 9u02 is alles volzet. Ik heb
zeven maandagen op rij om 8u59 klaargezeten. Mails naar het consulaat krijgen een standaard-
antwoord dat ik "het online systeem moet gebruiken".

Collega's van andere nationaliteiten krijgen op hun consulaat gewoon een afspraak binnen de twee
weken. Ik begrijp dat er weinig personeel is, maar dan moet er een andere oplossing komen, bv.
een wachtlijst of voorrang voor wie een verlopen paspoort heeft.

Vriendelijke groeten,
Joris Van Damme
""", "Complaint: consulate appointment system unusable. multipart/alternative, windows-1252 QP.",
  fmt="alt", cs="windows-1252", date=D(2026, 11, 2, 9, 15, tzinfo=TZ1))

m("complaint", "nl", "social_security",
  ("Marleen Jacobs", "marleen.jacobs@example.be"),
  "Kan iemand mij uitleggen waarom...",
  """...ik vijf keer hetzelfde formulier over het inkomen van mijn partner moet opsturen?
Vijf keer. Aangetekend. Telkens hetzelfde antwoord: "niet ontvangen".
Waar gaan die brieven naartoe?

M. Jacobs
Bree
""", "Grumble phrased as a question; dominant = complaint (lost documents). Subject continues into the body. Short text/plain base64.",
  cte="base64", date=D(2026, 6, 30, 20, 5, tzinfo=TZ2))

m("complaint", "nl", "other",
  ("Dirk Moens", "dirk.moens@example.net"),
  "KLACHT OVER DE KLACHTENDIENST",
  """Geachte,

Op 4 februari heb ik via dit adres een klacht ingediend. Ik heb NIETS ontvangen. Geen
ontvangstbevestiging, geen nummer, geen antwoord. Op 3 maart heb ik opnieuw gemaild. Weer niets.

Een klachtendienst die niet reageert op klachten, dat is toch het toppunt. Waar dient u eigenlijk
voor?

Ik stuur mijn oorspronkelijke mail hieronder nog eens mee. Ik verwacht deze keer wel een reactie.

D. Moens

----- Doorgestuurd bericht -----
Van: Dirk Moens <dirk.moens@example.net>
Aan: plaintes.klachten@federal.example.be
Datum: 4 feb. 2026 11:02
Onderwerp: klacht parkeerkaart

Geachte, mijn aanvraag voor een parkeerkaart voor personen met een handicap ligt al sinds
oktober stil. Kunt u dit laten nakijken? D. Moens
""", "Complaint about the complaints service itself (never answered, never got a ticket number, so not a follow_up). Category other because the target is the complaints service; the inline-forwarded earlier mail is about a disability parking card (social_security). Capitals in subject.",
  date=D(2026, 4, 14, 8, 20, tzinfo=TZ2))

m("complaint", "nl", "unemployment",
  ("Mustafa Kaya", "mustafa.kaya@example.com"),
  "klacht over loket in Genk",
  """Goeiedag,

Ik ben Mustafa Kaya. Ik woon 6 jaar in Belgie, ik leer Nederlands, ik ben niveau 2.

Ik ben op 16 juni naar het loket in Genk gegaan voor mijn werkloosheid papieren. Ik heb de
mevrouw gevraagd om langzaam te spreken want ik versta niet alles. Zij heeft nog sneller
gesproken en dan heeft zij tegen collega gelacht en gezegd "die verstaat toch niks". Ik versta
dat wel.

Ik ben daarna naar huis gegaan zonder mijn papieren uitgelegd. Mijn buurvrouw heeft mij dan
geholpen.

Ik wil niet dat mensen zo behandelen. Ik doe mijn best voor de taal.

Met vriendelijke groeten
Mustafa Kaya
""", "Complaint in imperfect second-language Dutch about rudeness at a counter. ISO-8859-1 8bit (no accents used).",
  cs="iso-8859-1", cte="8bit", date=D(2026, 6, 18, 17, 30, tzinfo=TZ2))

# ---- appeals (nl)
m("appeal", "nl", "taxes",
  ("Bart Wouters", "bart.wouters@example.be"),
  "Aanslagbiljet 2025 - co-ouderschap niet toegepast",
  """Geachte,

In mijn aanslagbiljet (aanslagjaar 2025) staan mijn twee kinderen volledig ten laste van mijn
ex-partner, terwijl wij sinds 2023 een verblijfsco-ouderschap hebben, vastgelegd in de
echtscheidingsakte, en de fiscale voordelen dus verdeeld moeten worden. Ik had dat in mijn
aangifte zo ingevuld (code 1034/1035 aangevinkt).

Het resultaat is dat ik ongeveer 1.900 euro meer moet betalen dan verwacht.

Zou u de aanslag kunnen herzien en het co-ouderschap alsnog toepassen? Ik voeg het relevante
uittreksel van de overeenkomst toe.

Met vriendelijke groet,
Bart Wouters
Lier
""", "Appeal without legal words ('de aanslag kunnen herzien'). multipart/mixed with PDF whose filename has an accent (RFC 2231).",
  att=[pdf("uittreksel_overeenkomst_co-ouderschap_échtscheiding.pdf")], date=D(2026, 10, 6, 21, 10, tzinfo=TZ2))

m("appeal", "nl", "unemployment",
  ("Ellen Vanormelingen - CAW Limburg", "ellen.vanormelingen@caw-limburg.example.be"),
  "Mevr. Nijs - van gezinshoofd naar samenwonende",
  """Goedemorgen,

Ik schrijf samen met mevrouw Linda Nijs (Maasmechelen), die bij ons begeleid wordt.

Mevrouw kreeg op 2 oktober een brief dat haar uitkering vanaf 1 november berekend wordt als
"samenwonende" in plaats van "werknemer met gezinslast", omdat haar zoon Niels (21) op haar adres
gedomicilieerd is met een eigen inkomen.

Niels studeert echter in Leuven, woont daar op kot en heeft alleen een studentenjob in het
weekend (zie zijn studentencontract en huurcontract in bijlage). Zijn inkomen ligt ver onder de
grens. Mevrouw staat er dus in feite alleen voor.

Wij vragen om de beslissing te herzien en mevrouw opnieuw als gezinshoofd te beschouwen.

Met vriendelijke groeten,
Ellen Vanormelingen
Maatschappelijk werker, CAW Limburg

(in cc: mevr. Nijs)
""", "Appeal by the Limburg social worker for a client ('vragen om de beslissing te herzien'), no legal term. Cc header, two PDFs.",
  cc="Linda Nijs <linda.nijs@example.be>",
  att=[pdf("studentencontract_Niels.pdf"), pdf("huurcontract_kot_Leuven.pdf")], date=D(2026, 10, 15, 9, 2, tzinfo=TZ2))

m("appeal", "nl", "pensions",
  ("Rita Goossens", "rita.goossens@example.net"),
  "Inkomensgarantie geweigerd - huis is niet meer van mij",
  """Goedendag,

Ik heb uw brief gekregen waarin mijn aanvraag voor de inkomensgarantie geweigerd wordt omdat ik
"eigenaar ben van een woning in Houthalen".

Dat huis heb ik in 2019 aan mijn zoon verkocht (niet geschonken!), bij notaris Claesen. Ik woon
sindsdien in een appartementje dat ik huur. Ik denk dat uw gegevens niet juist zijn.

Ik begrijp die weigering dus niet goed. Zou u het nog eens willen bekijken? Ik stuur een kopie van
de verkoopakte mee als u die nodig hebt.

Met vriendelijke groeten,
Rita Goossens
""", "Polite appeal without legal words ('zou u het nog eens willen bekijken'), against a refused income guarantee. UTF-8 QP.",
  date=D(2026, 3, 4, 15, 55, tzinfo=TZ1))

m("appeal", "nl", "mobility",
  ("Youssef El Amrani", "youssef.elamrani@example.com"),
  "Omwisseling Marokkaans rijbewijs geweigerd",
  """Beste,

Ik heb bij de gemeente Sint-Truiden mijn Marokkaans rijbewijs willen omwisselen voor een Belgisch.
Ik kreeg een weigering met als reden dat ik "niet in Marokko verbleef op het moment van afgifte".

Dat klopt niet. Ik heb mijn rijbewijs in Marokko gehaald in 2017 en ik ben pas in 2019 naar België
gekomen (gezinshereniging). Dat staat ook zo in mijn verblijfsdocumenten. Blijkbaar is er een fout
gebeurd met de data.

Ik werk als chauffeur-koerier en zonder rijbewijs verlies ik mijn job. Ik vraag u om mijn dossier
opnieuw te bekijken en de omwisseling toch toe te staan.

Dank u wel
Youssef El Amrani
""", "Appeal (refused driving licence exchange, asks to re-examine and allow), no legal terms. UTF-8 8bit, CRLF.",
  cte="8bit", crlf=True, date=D(2026, 7, 13, 12, 31, tzinfo=TZ2))

m("appeal", "nl", "social_security",
  ("An Maes", "an.maes@example.be"),
  "Bezwaar tegen stopzetting integratietegemoetkoming (dossier 2024/HAN/88213)",
  """Geachte heer, mevrouw,

Hierbij teken ik bezwaar aan tegen uw beslissing van 27 augustus 2026 om mijn
integratietegemoetkoming stop te zetten wegens "te hoog gezinsinkomen".

U houdt rekening met het inkomen van mijn partner, de heer Tom Verbist. De heer Verbist is echter
sinds 1 maart 2026 niet meer op mijn adres gedomicilieerd; wij zijn uit elkaar. Het attest van
gezinssamenstelling van de gemeente Heist-op-den-Berg bevestigt dat.

Ik verzoek u dan ook de beslissing in te trekken en de tegemoetkoming met terugwerkende kracht te
herstellen.

Hoogachtend,
An Maes
""", "Explicit formal appeal ('teken ik bezwaar aan'). RFC 2047 not needed (ascii subject), windows-1252 QP with attachment.",
  cs="windows-1252", att=[pdf("attest_gezinssamenstelling.pdf")], date=D(2026, 9, 14, 11, 0, tzinfo=TZ2))

m("appeal", "nl", "foreign_affairs",
  ("Grace Mbuyi", "grace.mbuyi@example.org"),
  "legalisatie geboorteakte geweigerd",
  """Goedemiddag,

Mijn aanvraag voor de legalisatie van de geboorteakte van mijn dochter (geboren in Kinshasa,
2015) werd geweigerd omdat de handtekening van de ambtenaar "niet gekend" zou zijn.

De akte werd nochtans opgemaakt door de burgerlijke stand van Limete en eerst gelegaliseerd door
het ministerie daar, precies zoals op jullie website staat. Een andere akte van dezelfde ambtenaar
(die van mijn zoon) werd in 2022 wel zonder probleem gelegaliseerd.

Ik heb deze akte dringend nodig voor de inschrijving van mijn dochter bij de gemeente. Kunnen jullie
de aanvraag nog eens bekijken en de legalisatie alsnog doen? Ik kan de originele akte opnieuw
binnenbrengen.

Met dank,
Grace Mbuyi
Antwerpen
""", "Appeal (refused legalisation, asks to review and still legalise), plain language. UTF-8 QP, HTML-only (simple webmail HTML without style).",
  fmt="html", date=D(2026, 5, 19, 14, 20, tzinfo=TZ2))

# ---- information requests (nl)
m("information_request", "nl", "unemployment",
  ("Ellen Vanormelingen - CAW Limburg", "ellen.vanormelingen@caw-limburg.example.be"),
  "Vraag: flexi-job en werkloosheidsuitkering",
  """Dag,

Een cliënt van ons (volledig werkloos, 34 jaar) kan in een restaurant in Genk beginnen met een
flexi-job van ongeveer 10 uur per week.

Twee vragen:
1. Mag dat zonder zijn uitkering te verliezen, en zo ja, welk formulier moet hij vooraf invullen?
2. Moet hij dat zelf melden, of doet de werkgever dat via de Dimona?

Alvast bedankt, dan kunnen we hem correct informeren.

Ellen Vanormelingen
CAW Limburg
""", "Information request from the social worker (which form, who reports). UTF-8 QP.",
  date=D(2026, 2, 25, 10, 48, tzinfo=TZ1))

m("information_request", "nl", "taxes",
  ("Frans Lenaerts", "frans.lenaerts@example.com"),
  "volmacht voor mijn zoon in MyMinfin",
  """Goedendag,

Ik ben 81 en mijn zoon doet mijn papieren. Hoe kan ik hem een volmacht geven zodat hij mijn
belastingaangifte online kan invullen? Op jullie website staat er wel iets over "mandaten" maar
ik vind het ongelooflijk ingewikkeld uitgelegd, dat moet ik eerlijk zeggen.

Moet ik daarvoor ergens langsgaan of kan het per brief?

Met vriendelijke groeten,
Frans Lenaerts
""", "Question that also grumbles about the website; dominant = information_request. ISO-8859-1 QP.",
  cs="iso-8859-1", date=D(2026, 4, 28, 9, 30, tzinfo=TZ2))

m("information_request", "nl", "foreign_affairs",
  ("Priya Janssens", "priya.janssens@example.net"),
  "reizen naar India met Belgisch paspoort, visum nodig?",
  """Hallo, wij vertrekken in december met ons gezin naar India (familiebezoek). Mijn man en ik
hebben een Belgisch paspoort, ons zoontje van 2 staat nog op het paspoort van... nee, hij heeft
een eigen Kids-ID. Is een Kids-ID genoeg of heeft hij een paspoort nodig? En moeten we alle drie
een e-visum aanvragen? Bedankt!
Priya
""", "Short information request with a self-correction mid-sentence. multipart/alternative, 8bit.",
  fmt="alt", cte="8bit", date=D(2026, 10, 1, 22, 2, tzinfo=TZ2))

m("information_request", "nl", "other",
  ("Lotte De Ridder", "lotte.deridder@example.org"),
  "Verzoek openbaarheid van bestuur - evaluatierapport telefonische dienstverlening",
  """Geachte,

Op grond van artikel 32 van de Grondwet en de wet van 11 april 1994 betreffende de openbaarheid
van bestuur vraag ik een kopie van:

- het (interne of externe) evaluatierapport over de telefonische bereikbaarheid van uw diensten
  in 2025, waarnaar verwezen werd in het jaarverslag;
- de cijfers over het aantal onbeantwoorde oproepen per maand in 2025.

Ik ontvang de documenten bij voorkeur elektronisch.

Met vriendelijke groet,
Lotte De Ridder
Onderzoeksjournalist
""", "Formal freedom-of-information request = information_request. UTF-8 base64.",
  cte="base64", date=D(2026, 3, 17, 14, 12, tzinfo=TZ1))

# ---- follow-ups (nl)
m("follow_up", "nl", "mobility",
  ("Koen Vermeulen", "koen.vermeulen@example.be"),
  "RE: [PLT-2026-000520] Ontvangstbevestiging van uw klacht",
  """Goedemiddag,

Kleine update: het inschrijvingsbewijs is gisteren toch toegekomen. Voor mij mag de klacht
afgesloten worden, al blijf ik vinden dat vier weken wachten te lang is.

Bedankt voor de snelle reactie.

Koen Vermeulen

Van: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Verzonden: maandag 11 mei 2026 10:02
Aan: Koen Vermeulen <koen.vermeulen@example.be>
Onderwerp: [PLT-2026-000520] Ontvangstbevestiging van uw klacht

Geachte heer Vermeulen,
Wij hebben uw klacht goed ontvangen onder nummer PLT-2026-000520.
Klachtendienst
""", "Follow-up: reply to the Dutch ack saying the problem is solved and the ticket may be closed (still a follow_up).",
  refers="PLT-2026-000520", irt="<ack.plt-2026-000520@federal.example.be>", date=D(2026, 5, 15, 13, 7, tzinfo=TZ2))

m("follow_up", "nl", "unemployment",
  ("Ellen Vanormelingen - CAW Limburg", "ellen.vanormelingen@caw-limburg.example.be"),
  "Betreft uw dossier PLT-2026-000177 - nieuwe brief ontvangen",
  """Dag,

Aanvullend bij het dossier PLT-2026-000177 (dhr. Yilmaz, C4): mijn cliënt kreeg gisteren een
brief van zijn uitbetalingsinstelling dat zijn aanvraag "onvolledig" is en dat de C4 binnen de
15 dagen moet bezorgd worden. Ik voeg een scan toe.

Dat is dus de vierde keer dat dit document gevraagd wordt. Kan u dit meegeven aan de dossier-
beheerder?

Ellen
""", "Follow-up by a fresh mail (not a reply) citing an existing ticket in subject and body, adding a scanned letter. JPEG attachment.",
  refers="PLT-2026-000177", att=[jpg("scan_brief_onvolledig.jpg")], date=D(2026, 9, 24, 11, 41, tzinfo=TZ2))

m("follow_up", "nl", "social_security",
  ("Marc Hermans", "marc.hermans@example.com"),
  "Antw: [PLT-2026-000845] Ontvangstbevestiging van uw klacht",
  None, "Follow-up (asks for a status update) as an HTML-only top-posted reply with the ack quoted in a blockquote.",
  fmt="html", refers="PLT-2026-000845", irt="<ack.plt-2026-000845@federal.example.be>",
  date=D(2026, 11, 19, 8, 52, tzinfo=TZ1),
  html="""<html><body style="font-family:Arial;font-size:10pt">
<div>Goeiemorgen,</div><div><br></div>
<div>Mag ik vragen hoe het staat met mijn klacht? Ondertussen zijn er vijf weken verstreken en
ik heb nog steeds geen nieuws over de tegemoetkoming van mijn vader.</div><div><br></div>
<div>Groeten,<br>Marc Hermans</div><div><br></div>
<div><b>Van:</b> Klachtendienst &lt;plaintes.klachten@federal.example.be&gt;<br>
<b>Datum:</b> 14 oktober 2026<br><b>Onderwerp:</b> [PLT-2026-000845] Ontvangstbevestiging van uw klacht</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Geachte heer Hermans,<br>Uw klacht werd geregistreerd onder nummer PLT-2026-000845.<br>Met vriendelijke groeten,<br>Klachtendienst
</blockquote></body></html>
""")

# ---- auto replies (nl)
m("auto_reply", "nl", "other",
  ("Inge Smets", "inge.smets@example.be"),
  "Automatisch antwoord: [PLT-2026-000466] Ontvangstbevestiging van uw klacht",
  """Dank voor uw bericht.

Ik ben afwezig tot en met 21 augustus. Uw mail wordt niet doorgestuurd.
Voor dringende zaken kan u terecht bij mijn collega Tom (tom.peeters@example.be).

Met vriendelijke groeten,
Inge Smets
""", "Outlook out-of-office on our ack with Auto-Submitted + X-Auto-Response-Suppress headers.",
  refers="PLT-2026-000466", irt="<ack.plt-2026-000466@federal.example.be>",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], date=D(2026, 8, 4, 14, 0, 3, tzinfo=TZ2))

m("auto_reply", "nl", "other",
  ("Jan De Bock", "jan.debock@example.net"),
  "Re: [PLT-2026-000603] Ontvangstbevestiging van uw klacht",
  """Hallo,

Ik ben op reis en lees mijn mails slechts sporadisch. Vanaf 2 juni ben ik terug bereikbaar.

Jan
""", "Out-of-office WITHOUT auto-reply headers, 'Re:' subject like a human reply; very short.",
  refers="PLT-2026-000603", irt="<ack.plt-2026-000603@federal.example.be>", date=D(2026, 5, 20, 6, 30, tzinfo=TZ2))

m("auto_reply", "nl", "other",
  ("Servicedesk Stad Tongeren", "servicedesk@tongeren.example.be"),
  "Uw melding werd geregistreerd onder nummer INC0048823",
  """Beste,

Uw melding werd goed ontvangen en geregistreerd onder nummer INC0048823.
Wij behandelen meldingen in volgorde van binnenkomst. U ontvangt een antwoord binnen 10 werkdagen.

Gelieve niet te antwoorden op deze e-mail; deze mailbox wordt niet gelezen.

Stad Tongeren - Servicedesk
""", "Ticket-system auto-acknowledgement from a city (no PLT number), X-Autoreply and Auto-Submitted: auto-generated. multipart/alternative.",
  fmt="alt", hdrs=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "Precedence: bulk"], date=D(2026, 2, 9, 9, 14, tzinfo=TZ1))

# ---- bounce (nl)
m("bounce", "nl", "other",
  ("Mail Delivery System", "MAILER-DAEMON@mx.kempen-net.example.be"),
  "Onbestelbaar bericht: [PLT-2026-000699] Ontvangstbevestiging van uw klacht",
  None, "Postfix-style DSN with localised Dutch human-readable part, delivery-status, and the full returned message (message/rfc822).",
  fmt="raw", hdrs=["Auto-Submitted: auto-replied"], date=D(2026, 7, 7, 10, 40, tzinfo=TZ2),
  refers="PLT-2026-000699",
  raw="""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4C1A2E01B3.1783413612/mx.kempen-net.example.be"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--4C1A2E01B3.1783413612/mx.kempen-net.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem op host mx.kempen-net.example.be.

Het spijt ons u te moeten meedelen dat uw bericht niet kon worden
afgeleverd bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.

Neem contact op met <postmaster> voor verdere hulp.

                   Het mailsysteem

<walter.geukens@kempen-net.example.be>: host
    store.kempen-net.example.be[192.0.2.44] said: 552 5.2.2 Mailbox full -
    quota exceeded (in reply to RCPT TO command)

--4C1A2E01B3.1783413612/mx.kempen-net.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kempen-net.example.be
X-Postfix-Queue-ID: 4C1A2E01B3
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Tue,  7 Jul 2026 10:40:10 +0200 (CEST)

Final-Recipient: rfc822; walter.geukens@kempen-net.example.be
Original-Recipient: rfc822;walter.geukens@kempen-net.example.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; store.kempen-net.example.be
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded

--4C1A2E01B3.1783413612/mx.kempen-net.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: walter.geukens@kempen-net.example.be
Subject: [PLT-2026-000699] Ontvangstbevestiging van uw klacht
Date: Tue, 7 Jul 2026 10:40:08 +0200
Message-ID: <ack.plt-2026-000699@federal.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte heer, mevrouw,

Wij hebben uw klacht goed ontvangen. Zij werd geregistreerd onder nummer PLT-2026-000699.
Wij behandelen ze zo snel mogelijk.

Klachtendienst

--4C1A2E01B3.1783413612/mx.kempen-net.example.be--
""")

# ---- spam (nl)
m("spam", "nl", "other",
  ("Vlaams Beleggersnieuws", "redactie@beleggersnieuws-vl.example.com"),
  "Gepensioneerde uit Aalst verdient €2.450 per week vanuit haar zetel",
  None, "Crypto investment spam, HTML-only with fake testimonial and link to a look-alike domain.",
  fmt="html", to="plaintes.klachten@federal.example.be", date=D(2026, 3, 28, 4, 2, tzinfo=TZ1),
  html="""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px"><h1 style="font-size:22px">"Ik geloofde het eerst ook niet"</h1>
<p>Jeannine (67) uit Aalst zag het programma op tv en besloot het te proberen met 250 euro.
Drie maanden later verdient ze gemiddeld <b>&euro;2.450 per week</b> dankzij het automatische
handelsplatform BitQuantum&nbsp;AI.</p>
<p>Banken willen niet dat u dit weet. Het platform is nog slechts <b>48 uur</b> open voor
nieuwe Belgische deelnemers.</p>
<p><a href="https://bitquantum-ai-be.example.net/registreer?src=nl-vl">&gt;&gt; Schrijf u nu gratis in &lt;&lt;</a></p>
<p style="font-size:9px;color:#999">U ontvangt dit bericht omdat u zich heeft ingeschreven voor onze nieuwsbrief.
<a href="https://beleggersnieuws-vl.example.com/uit">Uitschrijven</a></p>
</td></tr></table></td></tr></table>
<img src="https://beleggersnieuws-vl.example.com/t.gif?id=55102" width="1" height="1">
</body></html>
""")

m("spam", "nl", "other",
  ("MyGov Beveiliging", "no-reply@mygov-verificatie.example.net"),
  "Actie vereist: uw account wordt binnen 24 uur opgeschort",
  """Beste gebruiker,

Bij een routinecontrole hebben wij vastgesteld dat de gegevens van uw account onvolledig zijn.
Om veiligheidsredenen wordt uw toegang tot de overheidsdiensten binnen 24 uur opgeschort.

Bevestig uw identiteit via onderstaande link en houd uw bankkaart en kaartlezer bij de hand:

https://mygov-verificatie.example.net/login/bevestigen?ref=BE-77120

Na bevestiging worden uw gegevens automatisch bijgewerkt.

Met vriendelijke groet,
Team Beveiliging
""", "Phishing 'verify your account' from a look-alike domain, text/plain windows-1252 QP, Reply-To to another domain.",
  cs="windows-1252", hdrs=["Reply-To: support@verif-burger.example.org"], date=D(2026, 6, 2, 2, 47, tzinfo=TZ2))

m("spam", "nl", "other",
  ("Internationale Loterij Commissie", "winnaar@euro-promo-loterij.example.org"),
  "GEFELICITEERD !!! Uw e-mail adres heeft gewonnen (Ref: EML/2026/BE-4471)",
  """GEACHTE WINNAAR,

Wij zijn verheugd u mede te delen dat uw e-mail adres is geselecteerd als winnaar in de
Internationale E-mail Promotie Trekking, gehouden op 14 mei 2026. U bent de gelukkige winnaar
van een bedrag van €850.000,00 (ACHTHONDERDVIJFTIGDUIZEND EURO).

Om uw prijs te claimen neemt u contact op met onze betaling agent met de volgende gegevens:
volledige naam, adres, telefoon nummer, beroep, kopie identiteitskaart.

Uw referentienummer: EML/2026/BE-4471
Batch nummer: 77/0091/IPD

Houd dit bericht vertrouwelijk tot uw prijs is uitgekeerd om dubbele claims te vermijden.

Hartelijk gefeliciteerd,
Mevr. Johanna van Berkel
Coördinator
""", "Lottery scam in slightly foreign-sounding Dutch, ISO-8859-15 QP text/plain, fake reference numbers (not PLT).",
  cs="iso-8859-15", to="undisclosed-recipients:;", date=D(2026, 5, 21, 23, 58, tzinfo=TZ2))

# ================================================================ DEUTSCH (Ostbelgien)

# ---- complaints (de)
m("complaint", "de", "pensions",
  ("Gemeindeverwaltung St. Vith - Bürgerdienst", "buergerdienst@st-vith.example.be"),
  "Schreiben des Pensionsdienstes an deutschsprachige Bürger nur auf Französisch",
  """Sehr geehrte Damen und Herren,

im Bürgerdienst der Gemeinde St. Vith erscheinen seit dem Frühjahr regelmäßig ältere Mitbürger
mit Schreiben des föderalen Pensionsdienstes, die ausschließlich in französischer Sprache
verfasst sind – darunter Mitteilungen über die Indexanpassung und Aufforderungen, Unterlagen
nachzureichen. Allein im Oktober waren es elf Personen.

Die Betroffenen wohnen im deutschen Sprachgebiet und haben ihre Akte stets auf Deutsch geführt.
Unsere Mitarbeiterinnen übersetzen die Briefe inzwischen am Schalter, was weder ihre Aufgabe
ist noch rechtssicher sein kann. Eine Dame aus Crombach hat eine Frist verpasst, weil sie den
Brief für Werbung hielt.

Wir bitten Sie, dafür zu sorgen, dass Bürger aus dem deutschen Sprachgebiet ihre Post wieder in
ihrer Sprache erhalten, und uns mitzuteilen, an wen sich die Gemeinde in solchen Fällen wenden kann.

Mit freundlichen Grüßen

Im Auftrag
Monika Thommessen
Bürgerdienst – Gemeindeverwaltung St. Vith
Tel. 080 12 34 56
""", "Complaint from a St. Vith municipal clerk about letters sent in French to German-speaking pensioners. UTF-8 QP, en-dash in signature.",
  date=D(2026, 11, 4, 10, 22, tzinfo=TZ1))

m("complaint", "de", "police",
  ("Andreas Heinen", "andreas.heinen@example.be"),
  "Polizeikontrolle bei Lichtenbusch - Beamter verweigert Deutsch",
  """Sehr geehrte Damen und Herren,

am Freitag, dem 13. Februar, gegen 17.30 Uhr wurde ich auf der Autobahn kurz hinter
Lichtenbusch von einer Streife angehalten. Ich wohne in Raeren, also im deutschen Sprachgebiet,
und habe den Beamten höflich gebeten, Deutsch mit mir zu sprechen, da mein Französisch schlecht ist.

Der Beamte hat mir auf Französisch geantwortet, dass wir „in Belgien“ seien und ich mich nicht so
anstellen solle. Als ich nicht sofort verstand, was er wollte (es ging um den Verbandskasten), hat
er laut gedroht, mein Auto abschleppen zu lassen. Sein Kollege hat sich danach entschuldigt und
alles auf Deutsch erklärt. Es gab am Ende nicht einmal ein Protokoll.

Mir geht es nicht um die Kontrolle an sich, sondern um den Ton und darum, dass man im eigenen
Sprachgebiet so behandelt wird.

Mit freundlichen Grüßen
Andreas Heinen
Raeren
""", "Police conduct complaint (language and threatening tone at a stop, no fine issued). windows-1252 QP (German typographic quotes need cp1252).",
  cs="windows-1252", date=D(2026, 2, 16, 19, 3, tzinfo=TZ1))

m("complaint", "de", "unemployment",
  ("Patrick Jost", "patrick.jost@example.net"),
  "Schalter in Eupen geschlossen - Telefon nimmt niemand ab",
  """Guten Tag,

seit dem 1. September ist der Schalter der Arbeitslosenverwaltung in Eupen nur noch „nach
Terminvereinbarung“ geöffnet. Einen Termin bekommt man aber nur telefonisch. Ich habe in den
letzten zwei Wochen an neun verschiedenen Tagen angerufen, teils eine Stunde in der Warteschleife,
und nie jemanden erreicht. Auf meine E-Mail vom 3. September habe ich auch keine Antwort.

Ich brauche lediglich eine Bescheinigung für meinen Vermieter. Das kann doch nicht so schwer sein.

Ich finde es nicht in Ordnung, dass man Arbeitslose, die ohnehin knapp bei Kasse sind, stundenlang
in kostenpflichtigen Warteschleifen hängen lässt.

Patrick Jost
Kelmis
""", "Complaint: office unreachable (counter closed, phone unanswered). multipart/alternative UTF-8 base64.",
  fmt="alt", cte="base64", date=D(2026, 9, 17, 15, 40, tzinfo=TZ2))

m("complaint", "de", "taxes",
  ("Ursula Kohnen", "ursula.kohnen@example.com"),
  "Deutsche Version von MyMinfin unbrauchbar",
  """Sehr geehrte Damen und Herren,

ich möchte mich über die deutsche Fassung des Steuerportals beschweren. Etwa die Hälfte der
Seiten der Steuererklärung ist weiterhin auf Französisch, und der Rest ist offensichtlich
maschinell übersetzt. Ein paar Beispiele, die ich mir notiert habe:

- "Ihr Einkommen wurde besteuert zu werden"
- "Rubrik Kinder zu Last" (gemeint ist wohl: Kinder zu Lasten)
- Beim Feld für die Grenzgängereinkünfte steht als Hilfetext nur "Texte à compléter".

Ich bin 68 Jahre alt und mache meine Erklärung seit Jahren selbst. Dieses Jahr musste ich meinen
Enkel zu Hilfe holen, damit er mir die französischen Seiten übersetzt. Die Deutschsprachige
Gemeinschaft ist klein, aber wir zahlen genauso Steuern.

Mit freundlichen Grüßen
Ursula Kohnen
Bütgenbach
""", "Complaint about poor German translation of the tax website (broken website/wrong information). ISO-8859-1 8bit, includes French quote inside German text.",
  cs="iso-8859-1", cte="8bit", date=D(2026, 6, 11, 18, 17, tzinfo=TZ2))

m("complaint", "de", "mobility",
  ("Tim Schroeder", "tim.schroeder97@example.de.example.com"),
  "fuehrerschein seit 9 wochen nicht da",
  """hallo

hab am 20. juli auf der gemeinde in amel den neuen fuehrerschein (scheckkarte) beantragt weil der alte geklaut wurde. die dame dort sagt das dauert normal 2 wochen. jetzt sind es 9 wochen und nix. die gemeinde sagt das liegt beim foederalen dienst, und wenn ich da anrufe sagen die ich soll die gemeinde fragen. pingpong

ich bin lkw fahrer und darf mit dem provisorischen papier nicht nach luxemburg fahren, mein chef ist schon sauer

koennt ihr mal schauen wo das haengt

gruss tim schroeder
""", "Phone-typed complaint without umlauts (ae/oe/ue), lower case, about delay and being passed around. us-ascii 7bit. Sender domain is a nested example subdomain.",
  cs="us-ascii", cte="7bit", date=D(2026, 9, 22, 6, 51, tzinfo=TZ2))

m("complaint", "de", "foreign_affairs",
  ("Dr. Reinhold Mießen", "r.miessen@example.de.example.net"),
  "Botschaft in Berlin antwortet nur auf Französisch",
  """Sehr geehrte Damen und Herren,

ich bin belgischer Staatsbürger aus Eupen und lebe seit 2024 in Berlin. Im August habe ich mich
per E-Mail an die belgische Botschaft gewandt, um mich in das Konsularregister eintragen zu lassen.

Die Antwort kam auf Französisch. Auf meine höfliche Bitte um eine deutsche Antwort teilte man mir
mit, die Korrespondenz sei „nur auf Französisch oder Niederländisch möglich“. Deutsch ist eine
der drei Amtssprachen unseres Landes, und die Botschaft befindet sich ausgerechnet in Deutschland.

Ich bitte um Klärung, ob das tatsächlich die Praxis ist, und um Abhilfe.

Mit freundlichen Grüßen
Dr. Reinhold Mießen
""", "Complaint: embassy refuses German correspondence; ends with a request for clarification but dominant = complaint. RFC 2047 display name (ß), UTF-8 QP.",
  date=D(2026, 9, 3, 12, 9, tzinfo=TZ2))

m("complaint", "de", "social_security",
  ("Brigitte Lentz", "brigitte.lentz@example.be"),
  "Warum nur dienstags?",
  """Guten Tag,

warum gibt es die deutschsprachige Hotline für Menschen mit Behinderung eigentlich nur dienstags von
9 bis 11 Uhr? Und warum ist sie dann immer besetzt? Und warum steht auf Ihrer Seite, dass man die
Anfrage auch online stellen kann, wenn das Formular nach Seite 3 abstürzt?

Ich frage für meinen Mann, der seit seinem Schlaganfall auf einen Parkausweis wartet. Antworten
auf diese Fragen erwarte ich ehrlich gesagt keine mehr.

Brigitte Lentz
Eupen
""", "Grumble phrased as questions ('warum...?'): dominant = complaint (unreachable hotline, broken online form). Text/plain UTF-8 8bit, CRLF.",
  cte="8bit", crlf=True, date=D(2026, 5, 5, 11, 34, tzinfo=TZ2))

m("complaint", "de", "pensions",
  ("Hubert Pip", "hubert.pip@example.org"),
  "Pension drei Wochen zu spät nach Kontowechsel - Sollzinsen",
  None, "Complaint about a late pension payment after a bank change, asking reimbursement of overdraft interest; mentions the amount is correct (decision not contested). HTML-only with inline styles and a table.",
  fmt="html", date=D(2026, 8, 27, 9, 45, tzinfo=TZ2),
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>im Juni habe ich Ihnen fristgerecht meine neue Kontonummer mitgeteilt (Formular mit Bestätigung der
Bank, abgegeben am 9. Juni). Die Pension für August wurde trotzdem auf das alte, inzwischen aufgelöste
Konto überwiesen, kam zurück und wurde erst am 21. August auf das neue Konto gezahlt.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Datum</th><th>Vorgang</th></tr>
<tr><td>09.06.2026</td><td>Kontowechsel mitgeteilt</td></tr>
<tr><td>31.07.2026</td><td>Zahlung auf altes Konto</td></tr>
<tr><td>21.08.2026</td><td>Zahlung auf neues Konto</td></tr>
</table>
<p>Am Betrag selbst habe ich nichts auszusetzen. Aber in den drei Wochen musste ich mein Konto
überziehen, um Miete und Heizöl zu bezahlen; die Bank hat mir 38,40 Euro Sollzinsen berechnet.
Niemand hat mich benachrichtigt, ich habe es erst am Kontoauszug gemerkt.</p>
<p>Ich möchte, dass dieser Fehler anerkannt wird und die Zinsen erstattet werden.</p>
<p>Mit freundlichen Grüßen<br>Hubert Pip<br>Burg-Reuland</p>
</body></html>
""")

m("complaint", "de", "taxes",
  ("Leo Kever", "leo.kever@example.be"),
  "Zahlungserinnerung mit Gerichtsvollzieher-Drohung - Betrag längst bezahlt",
  """Guten Tag zusammen,

ich hab da mal eine Sache, die mich richtig geärgert hat. Letzte Woche kam ein Schreiben, ich soll
12,60 Euro Steuern nachzahlen, sonst kommt der Gerichtsvollzieher, mit Kosten usw. Fettgedruckt.

Die 12,60 habe ich am 4. Mai überwiesen, mit der richtigen strukturierten Mitteilung. Der Auszug
liegt bei. Meine Frau hat eine Nacht nicht geschlafen wegen dem Brief.

Fehler können passieren, keine Frage. Aber muss man für 12 Euro, die schon bezahlt sind, gleich mit
dem Gerichtsvollzieher drohen? Geht das nicht etwas freundlicher? Und bitte tragt die Zahlung ein,
damit da nicht noch ein Brief kommt.

Schöne Grüße aus Eupen
Leo Kever
""", "Complaint about a threatening reminder for an already-paid amount (tone + error); not contesting a tax decision. Informal Ostbelgien phrasing ('Guten Tag zusammen', 'tragt'), PDF attachment.",
  att=[pdf("Kontoauszug_Mai.pdf")], date=D(2026, 7, 8, 20, 12, tzinfo=TZ2))

# ---- appeals (de)
m("appeal", "de", "taxes",
  ("Marc Theissen", "marc.theissen@example.be"),
  "Beschwerde gegen den Steuerbescheid Steuerjahr 2025 (Einkünfte aus Luxemburg)",
  """Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen den Steuerbescheid für das Steuerjahr 2025 (Einkünfte 2024)
ein, zugestellt am 15. September 2026.

Ich arbeite als Grenzgänger in Luxemburg. Meine luxemburgischen Einkünfte sind nach dem
Doppelbesteuerungsabkommen in Belgien befreit und dürfen nur für die Berechnung des Steuersatzes
(Progressionsvorbehalt) berücksichtigt werden. Im Bescheid wurden sie jedoch offensichtlich voll
der belgischen Steuer unterworfen, was zu einer Nachzahlung von 6.214,88 EUR führt.

Ich beantrage, den Bescheid entsprechend zu berichtigen. Die luxemburgische Lohnbescheinigung und
meine Steuererklärung liegen bei.

Mit freundlichen Grüßen
Marc Theissen
Weywertz
""", "Tax appeal using the Belgian-German legal term 'Beschwerde' (= appeal in tax law, not a service complaint). ISO-8859-1 QP, RFC 2047 ISO-8859-1 subject not needed (ascii). Two PDFs.",
  cs="iso-8859-1", att=[pdf("Lohnbescheinigung_LU_2024.pdf"), pdf("Steuererklaerung_2025.pdf")],
  date=D(2026, 10, 9, 17, 2, tzinfo=TZ2))

m("appeal", "de", "pensions",
  ("Irene Wiesemes", "irene.wiesemes@example.com"),
  "Hinterbliebenenpension - Betrag stimmt meiner Meinung nach nicht",
  """Sehr geehrte Damen und Herren,

vielen Dank für Ihr Schreiben vom 2. März über meine Hinterbliebenenpension. Leider bin ich mit dem
Betrag nicht einverstanden.

Sie haben die Pension gekürzt, weil ich noch halbtags im Seniorenheim arbeite. Als Einkommen haben
Sie aber einen Bruttobetrag von 2.870 Euro im Monat angesetzt. Das war mein Gehalt, als ich 2023
noch Vollzeit gearbeitet habe. Seit Januar 2025 verdiene ich halb so viel (Gehaltszettel anbei).

Ich bitte Sie daher, das noch einmal nachzurechnen und den Betrag anzupassen.

Mit freundlichen Grüßen
Irene Wiesemes
Hauset
""", "Appeal without legal words ('mit dem Betrag nicht einverstanden ... noch einmal nachzurechnen'). UTF-8 QP + JPEG attachment (photo of payslip).",
  att=[jpg("Gehaltszettel_Jan2025.jpg")], date=D(2026, 3, 12, 14, 44, tzinfo=TZ1))

m("appeal", "de", "unemployment",
  ("Kevin", "kevin.backes@example.net"),
  "sperre 4 wochen",
  """hallo, ich hab ein schreiben bekommen dass mein arbeitslosengeld 4 wochen gesperrt wird weil ich am 6. oktober nicht zum termin beim arbeitsamt war. ich war an dem tag im krankenhaus in st. vith (blinddarm), das attest hab ich dabei gemacht. koennt ihr das bitte rueckgaengig machen? ich hab sonst kein geld fuer november
danke
kevin backes
""", "Phone-typed appeal, one long paragraph, no umlauts, no legal words ('koennt ihr das bitte rueckgaengig machen'). JPEG of the medical certificate.",
  cs="us-ascii", cte="7bit", att=[jpg("attest_krankenhaus.jpg")], date=D(2026, 10, 27, 21, 58, tzinfo=TZ1))

m("appeal", "de", "mobility",
  ("Franz-Josef Lamberty", "fj.lamberty@example.be"),
  "Befreiung von der Gurtpflicht - Ablehnung",
  """Sehr geehrte Damen und Herren,

mein Antrag auf Befreiung von der Gurtpflicht wurde am 30. April mit der Begründung abgelehnt, das
ärztliche Attest sei „nicht ausreichend begründet“.

Nach meiner Operation am Brustbein (Sternotomie, Oktober 2025) kann ich einen Dreipunktgurt nur unter
starken Schmerzen tragen. Mein Hausarzt hatte das kurz bescheinigt. Ich füge nun ein ausführliches
Attest des Kardiologen aus dem Klinikum bei, mit Diagnose und voraussichtlicher Dauer.

Ich bitte Sie, meinen Antrag mit diesem neuen Attest erneut zu prüfen und die Befreiung zu erteilen.

Mit freundlichen Grüßen
Franz-Josef Lamberty
Elsenborn
""", "Appeal against a refused seatbelt exemption with new evidence ('erneut zu prüfen'), no legal words. multipart/alternative + PDF.",
  fmt="alt", att=[pdf("Attest_Kardiologie.pdf")], date=D(2026, 5, 14, 10, 10, tzinfo=TZ2))

m("appeal", "de", "social_security",
  ("Gabi Maraite", "gabi.maraite@example.be"),
  "Einkommensersatzbeihilfe für unsere Tochter abgelehnt",
  """Guten Tag,

wir haben das Schreiben bekommen, dass unsere Tochter Lea (21, Down-Syndrom) keine
Einkommensersatzbeihilfe erhält, weil ihre „Erwerbsfähigkeit nicht ausreichend eingeschränkt“ sei.

Das können wir nicht nachvollziehen. Lea arbeitet zwei Vormittage pro Woche in einer geschützten
Werkstätte in Eupen und bekommt dafür ein kleines Taschengeld. Auf dem normalen Arbeitsmarkt hat sie
keine Chance, das bestätigen auch die Begleiter der Werkstätte und das ÖSHZ. Bei der Untersuchung
war sie übrigens nur zehn Minuten beim Arzt.

Wir bitten Sie, Ihre Entscheidung zu überdenken und Lea noch einmal gründlicher untersuchen zu lassen.

Mit freundlichen Grüßen
Gabi und Herbert Maraite
Amel
""", "Appeal without legal words ('Ihre Entscheidung zu überdenken'), Ostbelgien terms (ÖSHZ, Werkstätte); also mentions a too-short exam but the dominant intent is appeal. UTF-8 base64.",
  cte="base64", date=D(2026, 4, 2, 16, 26, tzinfo=TZ2))

m("appeal", "de", "foreign_affairs",
  ("Sandra Kuhl", "sandra.kuhl@example.de.example.com"),
  "Widerspruch - Ablehnung Reisepass für meinen Sohn",
  """Sehr geehrte Damen und Herren,

gegen die Ablehnung des Reisepassantrags für meinen Sohn Jonas Kuhl (geb. 14.02.2016) durch das
Konsulat vom 22.06.2026 lege ich hiermit Widerspruch ein.

Begründet wurde die Ablehnung mit der fehlenden Zustimmung des Vaters. Der Vater hat jedoch bereits
am 10.06.2026 eine notariell beglaubigte Einverständniserklärung abgegeben, die ich dem Antrag
beigefügt hatte. Eine erneute Kopie liegt dieser E-Mail bei.

Ich bitte um Aufhebung der Ablehnung und Ausstellung des Passes bis spätestens Ende Juli, da die
Familienreise für den 2. August gebucht ist.

Mit freundlichen Grüßen
Sandra Kuhl
Aachen
""", "Formal appeal using 'Widerspruch' (German-German phrasing from Aachen). ISO-8859-1 base64, PDF.",
  cs="iso-8859-1", cte="base64", att=[pdf("Einverstaendniserklaerung_Vater.pdf")], date=D(2026, 6, 29, 8, 31, tzinfo=TZ2))

# ---- information requests (de)
m("information_request", "de", "pensions",
  ("Gemeindeverwaltung St. Vith - Bürgerdienst", "buergerdienst@st-vith.example.be"),
  "Anfrage: Lebensbescheinigung für Pensionäre im Ausland - deutsches Formular?",
  """Sehr geehrte Damen und Herren,

regelmäßig fragen uns Angehörige von Mitbürgern, die ihren Lebensabend in Deutschland oder
Luxemburg verbringen, nach der Lebensbescheinigung für den belgischen Pensionsdienst.

Könnten Sie uns bitte mitteilen,
- ob es ein deutschsprachiges Formular gibt und wo wir es herunterladen können,
- ob auch eine ausländische Gemeinde die Bescheinigung unterzeichnen darf, und
- an welche Adresse das Original geschickt werden muss?

Vielen Dank im Voraus.

Mit freundlichen Grüßen

Im Auftrag
Monika Thommessen
Bürgerdienst – Gemeindeverwaltung St. Vith
""", "Information request from the municipal clerk (forms/where/address). Same sender as a complaint, different intent. windows-1252 QP.",
  cs="windows-1252", date=D(2026, 1, 20, 9, 5, tzinfo=TZ1))

m("information_request", "de", "taxes",
  ("Dennis Mathey", "dennis.mathey@example.com"),
  "Grenzgänger Deutschland - welches Feld in der Steuererklärung?",
  """Hallo,

ich arbeite seit Januar in Aachen und wohne weiter in Lontzen. Wo genau muss ich in der belgischen
Steuererklärung die deutschen Einkünfte eintragen, und muss ich die deutsche Lohnsteuerbescheinigung
mitschicken?

Danke und Gruß
Dennis Mathey
""", "Short information request. text/plain UTF-8 8bit.",
  cte="8bit", date=D(2026, 5, 30, 13, 13, tzinfo=TZ2))

m("information_request", "de", "foreign_affairs",
  ("Sarah Pankert", "sarah.pankert@example.org"),
  "Apostille für Geburtsurkunde (Hochzeit in Italien)",
  """Guten Tag,

mein Verlobter und ich heiraten im Juni in der Toskana. Die italienische Gemeinde verlangt meine
Geburtsurkunde (ausgestellt in Eupen) mit Apostille.

Wo bekomme ich die Apostille, kann ich das per Post erledigen oder muss ich persönlich nach Brüssel,
und wie lange dauert das ungefähr? Braucht die Urkunde außerdem eine Übersetzung ins Italienische
oder reicht die mehrsprachige Fassung?

Vielen Dank für Ihre Hilfe!
Sarah Pankert
""", "Information request (where/how/how long), HTML-only generated from text with style block.",
  fmt="html", date=D(2026, 2, 3, 19, 30, tzinfo=TZ1))

m("information_request", "de", "unemployment",
  ("Yvonne", "yvonne.rauw@example.net"),
  "urlaub im ausland als arbeitslose",
  """hallo
wie viele tage darf ich als arbeitslose in urlaub ins ausland fahren und muss ich das vorher irgendwo melden? bei der zahlstelle wusste das heute keiner so richtig, die haben mich von einem schalter zum nächsten geschickt. wir wollen im august 10 tage nach kroatien
danke
yvonne rauw
""", "Question with a small grumble about the paying agency; dominant = information_request. Phone-typed, multipart/alternative quoted-printable.",
  fmt="alt", date=D(2026, 6, 22, 17, 58, tzinfo=TZ2))

# ---- follow-ups (de)
m("follow_up", "de", "police",
  ("Andreas Heinen", "andreas.heinen@example.be"),
  "AW: [PLT-2026-000389] Eingangsbestätigung Ihrer Beschwerde",
  """Guten Tag,

als Nachtrag zu meiner Beschwerde: Ein Bekannter, der zufällig hinter mir stand, hat sich die
Nummer des Streifenwagens notiert. Es war ein Kombi mit dem Kennzeichen, das mit 1-KJN beginnt.
Vielleicht hilft das bei der Zuordnung.

Mit freundlichen Grüßen
Andreas Heinen

-----Ursprüngliche Nachricht-----
Von: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Gesendet: Montag, 16. Februar 2026 19:10
An: Andreas Heinen <andreas.heinen@example.be>
Betreff: [PLT-2026-000389] Eingangsbestätigung Ihrer Beschwerde

Sehr geehrte Damen und Herren,
Ihre Beschwerde wurde unter der Nummer PLT-2026-000389 registriert.
""", "Follow-up adding information to a police-conduct complaint (reply to German ack, Outlook 'AW:' quoting).",
  refers="PLT-2026-000389", irt="<ack.plt-2026-000389@federal.example.be>", date=D(2026, 2, 24, 7, 48, tzinfo=TZ1))

m("follow_up", "de", "pensions",
  ("Hubert Pip", "hubert.pip@example.org"),
  "Sachstandsanfrage zu meiner Beschwerde PLT-2026-000051",
  """Sehr geehrte Damen und Herren,

am 12. Januar habe ich mich wegen der ausbleibenden Nachzahlung meiner Pension beschwert (Ihr
Zeichen PLT-2026-000051). Seitdem habe ich nichts mehr gehört.

Darf ich höflich nachfragen, wie weit die Bearbeitung ist?

Mit freundlichen Grüßen
Hubert Pip
""", "Status request on an existing ticket (uses the word 'Beschwerde' for the original complaint). windows-1252 8bit.",
  refers="PLT-2026-000051", cs="windows-1252", cte="8bit", date=D(2026, 3, 2, 10, 0, tzinfo=TZ1))

# ---- auto replies (de)
m("auto_reply", "de", "other",
  ("Klaus Rauw", "klaus.rauw@example.be"),
  "Abwesenheitsnotiz: [PLT-2026-000310] Eingangsbestätigung Ihrer Beschwerde",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet.

Klaus Rauw
""", "Out-of-office with Auto-Submitted header answering our German ack.",
  refers="PLT-2026-000310", irt="<ack.plt-2026-000310@federal.example.be>",
  hdrs=["Auto-Submitted: auto-replied", "X-Mailer: Microsoft Outlook 16.0"], date=D(2026, 4, 1, 12, 5, tzinfo=TZ2))

m("auto_reply", "de", "other",
  ("Anne Cremer - Gemeinde Amel", "anne.cremer@amel.example.be"),
  "AW: [PLT-2026-000872] Eingangsbestätigung Ihrer Beschwerde",
  """Guten Tag,

vielen Dank für Ihre E-Mail. Ich befinde mich bis einschließlich Freitag, 6. November, im
Urlaub. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an die Zentrale der Gemeindeverwaltung Amel.

Freundliche Grüße
Anne Cremer
""", "Out-of-office WITHOUT auto-reply headers, 'AW:' subject looks like a human reply. ISO-8859-1 QP.",
  refers="PLT-2026-000872", irt="<ack.plt-2026-000872@federal.example.be>", cs="iso-8859-1",
  date=D(2026, 10, 28, 15, 1, tzinfo=TZ1))

m("auto_reply", "de", "other",
  ("Kundenservice Ostbelgische Krankenkasse", "noreply@okk-ostbelgien.example.org"),
  "Ihre Anfrage ist bei uns eingegangen (Vorgang 2026-118734)",
  """Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Vorgangsnummer 2026-118734 erfasst.

Bitte haben Sie Verständnis dafür, dass die Bearbeitung derzeit bis zu 10 Werktage dauern kann.
Auf diese automatisch erzeugte E-Mail können Sie nicht antworten.

Ihr Kundenservice
""", "Ticket-system auto-acknowledgement from another organisation, no PLT number; X-Autorespond + Precedence: junk headers. HTML-only.",
  fmt="html", hdrs=["X-Autorespond: 1", "Precedence: junk"], date=D(2026, 1, 29, 10, 31, tzinfo=TZ1))

# ---- bounce (de)
m("bounce", "de", "other",
  ("Mail Delivery Subsystem", "mailer-daemon@mx01.eifelnet.example.de.example.net"),
  "Unzustellbar: [PLT-2026-000128] Eingangsbestätigung Ihrer Beschwerde",
  None, "German plain-text (non-multipart/report) bounce with returned headers only; user unknown.",
  fmt="raw", hdrs=["Auto-Submitted: auto-replied"], refers="PLT-2026-000128", date=D(2026, 1, 23, 9, 12, tzinfo=TZ1),
  raw="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.eifelnet.example.de.example.net.

Ihre Nachricht konnte leider nicht an alle Empf=C3=A4nger zugestellt werden.
Es handelt sich um einen dauerhaften Fehler, es werden keine weiteren Zustel=
lversuche unternommen.

Folgende Adresse(n) waren nicht erreichbar:

  josef.schmits@eifelnet.example.de.example.net
    SMTP-Fehler vom Zielserver: 550 5.1.1 Empf=C3=A4nger unbekannt / user unknown

------ Kopfzeilen der urspr=C3=BCnglichen Nachricht ------

From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: Josef Schmits <josef.schmits@eifelnet.example.de.example.net>
Subject: [PLT-2026-000128] =3D?utf-8?q?Eingangsbest=3DC3=3DA4tigung_Ihrer_Beschwerde?=3D
Date: Fri, 23 Jan 2026 09:11:58 +0100
Message-ID: <ack.plt-2026-000128@federal.example.be>
""")

# ---- spam (de)
m("spam", "de", "other",
  ("Inkasso Westfalia Forderungsmanagement", "mahnwesen@westfalia-inkasso.example.com"),
  "Aktenzeichen 4 C 1187/26 - Letzte Mahnung vor Zwangsvollstreckung",
  """Sehr geehrte Damen und Herren,

trotz mehrfacher Aufforderung haben Sie die offene Forderung unseres Mandanten in Höhe von
1.287,40 EUR zzgl. Mahngebühren nicht beglichen.

Aktenzeichen: 4 C 1187/26
Gläubiger: Prime Online Shop GmbH

Sollte der Betrag nicht innerhalb von 72 Stunden eingehen, werden wir ohne weitere Ankündigung
einen Vollstreckungsbescheid beantragen und einen Gerichtsvollzieher beauftragen. Die
Forderungsaufstellung und Zahlungsdetails entnehmen Sie bitte dem beigefügten Archiv.

Mit freundlichen Grüßen
Abteilung Mahnwesen
""", "Fake debt-collection mail with 'Aktenzeichen' subject and a ZIP attachment (malware lure).",
  to="plaintes.klachten@federal.example.be",
  att=[("Forderungsaufstellung_4C1187-26.zip", "application/zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40))],
  date=D(2026, 8, 18, 5, 3, tzinfo=TZ2))

m("spam", "de", "other",
  ("Generaldirektion", "generaldirektor@federal-example-be.mailsrv.example.com"),
  "Dringend und vertraulich",
  """Guten Morgen,

sind Sie gerade am Platz? Ich brauche Ihre Unterstützung für eine vertrauliche Angelegenheit, die
heute noch erledigt werden muss. Wir bereiten eine Übernahme vor, über die noch niemand im Haus
informiert ist.

Bitte antworten Sie mir nur per E-Mail, ich bin den ganzen Tag in Sitzungen und telefonisch nicht
erreichbar. Ich melde mich dann mit den Details zur Überweisung.

Gesendet von meinem iPhone
""", "CEO fraud from a look-alike domain imitating the administration, Reply-To to a free-mail-like example domain; very short.",
  hdrs=["Reply-To: gd.privat.buero@example.net"], cte="8bit", date=D(2026, 3, 6, 8, 2, tzinfo=TZ1))

m("spam", "de", "other",
  ("Leichte Sprache Plus", "kontakt@leichte-sprache-plus.example.org"),
  "Ihre Bescheide in Leichter Sprache - kostenloses Probestück für Behörden",
  """Sehr geehrte Damen und Herren,

wussten Sie, dass rund 40 % der Bürgerinnen und Bürger amtliche Schreiben nur mit Mühe verstehen?

Wir übersetzen Bescheide, Formulare und Webseiten Ihrer Behörde in Leichte Sprache – schnell,
zertifiziert und zu Festpreisen. Als Einstieg übersetzen wir Ihnen ein Dokument bis zu zwei Seiten
KOSTENLOS.

Antworten Sie einfach auf diese E-Mail oder buchen Sie direkt einen Termin:
https://leichte-sprache-plus.example.org/termin

Herzliche Grüße
Ihr Team von Leichte Sprache Plus

Sie möchten keine weiteren Informationen erhalten? Abmelden: https://leichte-sprache-plus.example.org/abmelden
""", "B2B marketing cold mail (unsolicited offer), multipart/alternative with List-Unsubscribe and tracking pixel.",
  fmt="alt", pixel="https://leichte-sprache-plus.example.org/px/9921.gif",
  hdrs=["List-Unsubscribe: <https://leichte-sprache-plus.example.org/abmelden>", "Precedence: bulk"],
  date=D(2026, 10, 13, 10, 0, tzinfo=TZ2))

# ================================================================ ENGLISH

LAW_SIG = """Aoife Brennan
Solicitor (Ireland) | Avocate - B List, Brussels Bar
Brennan Whitaker & Partners
Avenue Louise 480, 1050 Brussels
T +32 2 000 00 00

This e-mail and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify the sender and delete it. Brennan Whitaker & Partners is a
civil partnership of lawyers registered in Brussels."""

# ---- complaints (en)
m("complaint", "en", "pensions",
  ("Aoife Brennan", "a.brennan@bw-partners.example.com"),
  "Our client Mrs H. Delacroix-Walsh - five months without any reply",
  """Dear Sir or Madam,

We act for Mrs Helen Delacroix-Walsh (born 3 November 1958), who worked in Belgium between 1983
and 2001 and now lives in Cork.

On 14 May, 2 July and 19 August 2026 we wrote to the pension service by registered post asking for
a statement of her Belgian career, which she needs for her Irish State Pension application. None
of these letters has been acknowledged. When our assistant telephoned, she was transferred four
times and finally told that the matter "belongs to another department", without being told which.

Our client is not disputing any decision at this stage; there is no decision. She simply needs the
document, and the Irish authorities will not finalise her file without it. The delay is causing
her real financial hardship.

We would be grateful if you would look into how this correspondence has been handled and ensure
that a reply is sent without further delay. Copies of the three letters and the postal receipts
are attached.

Yours faithfully,

""" + LAW_SIG + "\n", "Complaint by a lawyer about unanswered registered letters; explicitly 'not disputing any decision'. Legal disclaimer in signature. multipart/mixed with PDF, UTF-8 7bit-safe QP.",
  att=[pdf("letters_and_receipts_Delacroix-Walsh.pdf")], date=D(2026, 10, 12, 16, 5, tzinfo=TZ2))

m("complaint", "en", "police",
  ("Gareth Lloyd", "gareth.lloyd@example.co.example.com"),
  "Ixelles police station refused to take my report because I don't speak French",
  """Hello,

I'm a Welsh national who has lived in Ixelles for three years. On Saturday 9 May my bicycle was
taken from the locked courtyard of my building and I went to the local police station to report it,
mainly because my insurer requires a report number.

The officer at the desk listened for about ten seconds, then said in French that he "doesn't do
English" and that I should come back with someone who can translate. I offered to use a translation
app on my phone; he rolled his eyes and called the next person. A colleague behind him laughed. I
was not rude, I was not in a hurry, and the station was almost empty.

I understand that officers can't speak every language. But refusing to record a simple theft
report, and making fun of someone who is trying, is not acceptable. I went back on Monday with a
Belgian friend and a different officer took the report in five minutes, in English.

I'd like this to be raised with the station.

Regards,
Gareth Lloyd
""", "Police conduct complaint (refused report, mocking). The theft itself is only background. Sender domain is a nested example domain.",
  date=D(2026, 5, 12, 21, 14, tzinfo=TZ2))

m("complaint", "en", "unemployment",
  ("Tomasz Wisniewski", "tomasz.wisniewski@example.net"),
  "complain about wrong info from unemployment office",
  """Good day,

My name is Tomasz Wisniewski, I am polish citizen and I work in Antwerp port since 2019. In January
my contract was finish and I go to the office for unemployment to register. The man there say me
that as EU citizen I cannot have unemployment in Belgium, only in Poland, and I must go back. This
is not true, my union explain me after that I have right because I work here more than 2 years.

Because of this wrong information I lost 7 weeks, I register only in March. Now is ok and I receive
money, but these 7 weeks I was without nothing and I borrow from my brother.

Also the man was not nice, he speak very loud like I am stupid.

I want that you know this and that other people not have same problem.

Best regards
Tomasz Wisniewski
""", "Complaint in non-native English about wrong information and rudeness; current situation resolved, no decision contested. windows-1252 8bit (ASCII content).",
  cs="windows-1252", cte="8bit", date=D(2026, 4, 7, 19, 22, tzinfo=TZ2))

m("complaint", "en", "mobility",
  ("Raghav Subramanian", "raghav.s@example.org"),
  "Driving licence appointment booking rejects BIS numbers",
  None, "Complaint about a broken booking website (rejects foreigners' BIS numbers). HTML-only with <style>, list and an inline code element.",
  fmt="html", date=D(2026, 1, 27, 12, 40, tzinfo=TZ1),
  html="""<html><head><style>body{font-family:Segoe UI,sans-serif;font-size:14px} code{background:#eee;padding:1px 3px}</style></head>
<body>
<p>Dear team,</p>
<p>I am an Indian engineer working in Leuven on a single permit. To exchange my driving licence I was told to
book an appointment online. The booking page only accepts a Belgian national register number. When I enter my
BIS number it says <code>Numéro invalide / Ongeldig nummer</code> and refuses to continue.</p>
<ul>
<li>I tried on three different days in January.</li>
<li>The helpdesk told me to "use the national number", which I do not have.</li>
<li>The commune told me appointments can only be made online.</li>
</ul>
<p>So there is literally no way for me to get an appointment. Several colleagues from my company are stuck in the
same loop. Please fix the form, or tell people like us what we are supposed to do.</p>
<p>Kind regards,<br>Raghav Subramanian</p>
</body></html>
""")

m("complaint", "en", "taxes",
  ("Jonathan Pryce-Evans", "jpe@example.com"),
  "Non-resident tax return sent to an address I left in 2022 - and the helpline hung up on me",
  """Dear Sir/Madam,

I am a British national, resident in Belgium from 2016 to 2022, now back in Bristol, and I still
have rental income from a flat in Etterbeek, so I file a non-resident return.

I informed your services of my UK address in writing in 2022 and again in 2024. This year the paper
return was nonetheless sent to my old Brussels address; the new tenant forwarded it to me in late
September, well after the deadline printed on it.

When I called the helpline to explain, I began in English and apologised that my French is weak.
The agent said "French or Dutch, sir" and, when I tried to continue in French, hung up. I called
back twice; the second time I got someone very kind who spoke English perfectly, which rather proves
the point.

I would ask that my address be corrected once and for all, and that helpline staff be reminded that
hanging up on a caller is not an answer.

Yours faithfully,
Jonathan Pryce-Evans
""", "Complaint about wrong address use and a helpline agent hanging up. Long subject (folded). UTF-8 QP, CRLF.",
  crlf=True, date=D(2026, 10, 2, 9, 33, tzinfo=TZ2))

m("complaint", "en", "foreign_affairs",
  ("Niamh O'Sullivan-Claes", "niamh.osc@example.ie.example.net"),
  "Treatment at the Belgian embassy in Dublin",
  """To whom it may concern,

On 17 July I went to the Belgian embassy in Dublin with my two children (both Belgian citizens
through their father) because my son's passport had been damaged in the washing machine and we
were due to fly to Brussels for my father-in-law's funeral four days later.

I had phoned beforehand and was told to come in. At the counter, the staff member looked at the
passport, sighed loudly and said "you should have planned better", in front of my children, who were
already upset. She then told me an emergency document was "probably impossible" before the funeral.
It was in fact issued two days later by her colleague, without any difficulty.

I don't expect miracles from an embassy, but I do expect basic courtesy, especially to a family in
the middle of a bereavement.

Niamh O'Sullivan-Claes
""", "Complaint about rudeness at an embassy; the document was eventually issued. Apostrophe in display name (quoted). ISO-8859-1 QP.",
  cs="iso-8859-1", date=D(2026, 7, 24, 22, 10, tzinfo=TZ2))

m("complaint", "en", "social_security",
  ("Lukas Brandt", "l.brandt@brandt-installations.example.com"),
  "Is anyone actually reading these emails??",
  """Four months. Four months waiting for an A1 certificate for two of my technicians posted to a job in
Rotterdam. Six emails, no answer. A phone number that plays music and then says the office is closed.

Is there a human being anywhere in your organisation who is responsible for this? Because my client
is threatening to cancel the contract.

Lukas Brandt
Managing Director, Brandt Installations BV
""", "Angry grumble phrased as questions; dominant = complaint (delay, unreachable). Written in English by a German-speaking company owner. Very short, text/plain base64.",
  cte="base64", date=D(2026, 3, 19, 17, 50, tzinfo=TZ1))

m("complaint", "en", "other",
  ("Deborah Okafor", "deborah.okafor@example.org"),
  "I received a letter containing another person's personal data",
  """Dear Sir or Madam,

Yesterday I received an envelope from your administration addressed to me. Inside, together with my
own letter, was a two-page letter addressed to a Mr. P. (I will not repeat his name) with his full
address, his national register number and details of his medical assessment.

This is a serious breach of confidentiality, both for him and, frankly, for me: if his letter ended
up in my envelope, where did mine end up?

I have not shared the document with anyone. Please tell me how you want me to return it (I will not
simply post it back without instructions) and what you are doing to make sure this does not happen
again.

Deborah Okafor
Schaerbeek
""", "Complaint about a data breach (someone else's letter in the envelope); includes a practical question but dominant = complaint. multipart/alternative, UTF-8 base64 HTML part.",
  fmt="alt", hcte="base64", date=D(2026, 6, 16, 8, 4, tzinfo=TZ2))

m("complaint", "en", "pensions",
  ("Malcolm Hughes", "malcolm.hughes@example.es.example.com"),
  "Monthly bank charges on my Belgian pension paid to Spain",
  """Dear Sirs,

I am a retired British teacher who taught at a European school in Belgium for 14 years and I now live
in Alicante. Since March, my Spanish bank has charged me between 28 and 36 euro every month when my
Belgian pension arrives. They say the payment is not sent as an ordinary SEPA transfer but as an
international payment with "costs shared". Below is their explanation.

I have written to the pension service twice (March and May) and have been told each time that the
payment "is made in accordance with the regulations". Nobody has actually answered the question of
why a euro payment between two EU countries is sent in a way that costs me around 400 euro a year.

I would like someone to actually look at this rather than send me the standard reply again.

Yours faithfully,
Malcolm Hughes

> From: Atención al Cliente <clientes@banco-levante.example.es.example.com>
> Subject: Comisiones transferencia recibida
>
> Dear customer, the incoming transfer of 11/06 was received as a non-SEPA
> international payment with SHA charges. The charge of 31,50 EUR applies according
> to our tariffs. Kind regards.
""", "Complaint about repeated bank charges and standard replies; includes a quoted message from the bank. UTF-8 QP.",
  date=D(2026, 6, 20, 11, 11, tzinfo=TZ2))

# ---- appeals (en)
m("appeal", "en", "taxes",
  ("Aoife Brennan", "a.brennan@bw-partners.example.com"),
  "Mr Daniel Whitcombe - refusal of the special tax regime for inbound taxpayers",
  """Dear Sir or Madam,

We act for Mr Daniel Whitcombe, who was recruited from the United Kingdom by a Brussels-based
engineering consultancy in January 2026.

By letter of 8 September 2026, your services refused his application for the special tax regime for
inbound taxpayers on the ground that he had been "resident in Belgium within the five years preceding
his recruitment". This is factually incorrect. Mr Whitcombe spent a six-month secondment in Ghent
in 2019, which is more than five years before January 2026, and he was at no time a Belgian tax
resident; his UK tax residence for 2019 is evidenced by the enclosed certificate.

We therefore respectfully request that the decision of 8 September be withdrawn and that the regime
be granted with effect from his date of hire. Should you require further documents, we will provide
them promptly.

Yours faithfully,

""" + LAW_SIG + "\n", "Appeal by a lawyer ('request that the decision ... be withdrawn'), no explicit 'appeal' word. Long legal disclaimer, PDF attachment.",
  att=[pdf("UK_tax_residence_certificate_2019.pdf"), pdf("letter_08-09-2026.pdf")], date=D(2026, 10, 20, 15, 25, tzinfo=TZ2))

m("appeal", "en", "pensions",
  ("Siobhan Murray", "siobhan.murray@example.com"),
  "My Belgian pension - only 7 years counted",
  """Hello,

Thank you for your letter about my Belgian pension, which arrived last week here in Galway.

I don't think the figure is right. The letter counts 7 years of work in Belgium, from 1997 to 2004.
But I started at the hotel in Knokke in the summer of 1995, so it should be 9 years. I think the
first two years might be missing because I was on a seasonal contract at first, and then permanent.

Could you please look at it again? I have my old Belgian payslips from 1995 and 1996 and can send
copies.

Many thanks,
Siobhan Murray
""", "Polite appeal without legal words ('I don't think the figure is right ... could you please look at it again'). Plain UTF-8 8bit.",
  cte="8bit", date=D(2026, 2, 11, 20, 20, tzinfo=TZ1))

m("appeal", "en", "unemployment",
  ("Lucía Fernández Ortega", "lucia.fernandez@example.org"),
  "Refusal of unemployment benefit after my PhD",
  """Dear Madam/Sir,

I finished my PhD at a university in Brussels in June and I applied for unemployment benefit. I
received a refusal because my 4 years as doctoral researcher were a "scholarship" and do not count
as work.

I think this is not correct. In my last two years I had an employment contract as teaching assistant
(50%) with social security contributions, I attach the contract and the payslips. So I have the
needed days of work, at least this is what the union calculated.

Please can you reconsider the decision with these documents? I am looking for a job actively but now
I have no income at all.

Thank you very much,
Lucía Fernández Ortega
""", "Appeal in non-native English ('Please can you reconsider the decision'); RFC 2047 display name. multipart/mixed with 2 PDFs, ISO-8859-1 QP.",
  cs="iso-8859-1", att=[pdf("teaching_assistant_contract.pdf"), pdf("payslips_2024-2026.pdf")], date=D(2026, 8, 28, 13, 59, tzinfo=TZ2))

m("appeal", "en", "mobility",
  ("Oliver Grant", "oliver.grant@example.net"),
  "Registration of my UK car refused - please reconsider",
  """Good afternoon,

I moved to Waterloo from Surrey in April and tried to register my 2021 Volvo XC40. The registration
was refused on 3 July because the UK certificate of conformity "is no longer valid for EU type
approval" since Brexit.

I have since obtained an individual approval from an approved inspection centre here, which
confirms that the car complies with EU requirements (report attached). I was told by the inspection
centre that this is exactly what is needed in such cases.

Could the refusal be reviewed on the basis of this new document, so that the car can be registered?
At the moment it is sitting on my drive and I am paying UK insurance for nothing.

Best wishes,
Oliver Grant
""", "Appeal (asks the refusal to be reviewed with a new document). text/plain + PDF, windows-1252 QP.",
  cs="windows-1252", att=[pdf("individual_approval_report.pdf")], date=D(2026, 7, 21, 14, 2, tzinfo=TZ2))

m("appeal", "en", "foreign_affairs",
  ("Pieter Declercq", "pieter.declercq@example.ie.example.net"),
  "Passport for my son refused - I really cannot accept this",
  """Dear Sir or Madam,

I am Belgian and have lived in Ireland since 2003. My son Cian was born in Limerick in 2008. The
consulate now refuses to issue him a Belgian passport, saying he "lost Belgian nationality" at 18
because a declaration was not made in time.

I registered his birth at the embassy in 2008, he had a Belgian passport as a child, and nobody ever
told us about any declaration. He has spent every summer of his life with his grandparents in
Bruges. I really cannot accept that a 28-year-old form he never heard of can take his nationality
away.

I am asking you to reconsider this decision, or at the very least to tell us exactly what can be
done to restore his passport.

Pieter Declercq
""", "Dominant appeal (asks to reconsider a passport refusal) with a secondary information request. UTF-8 QP, sent as multipart/alternative.",
  fmt="alt", date=D(2026, 9, 9, 23, 3, tzinfo=TZ2))

m("appeal", "en", "social_security",
  ("Rachel Finnegan", "rachel.finnegan@example.com"),
  "Disability allowance assessment - asking you to change the outcome",
  None, "HTML-only appeal without legal words; also complains about the doctor's manner but dominant = appeal ('asking you to change the decision').",
  fmt="html", date=D(2026, 11, 10, 18, 44, tzinfo=TZ1),
  html="""<div dir="ltr"><div>Hello,</div><div><br></div>
<div>I'm writing about the decision I received on 28 October about my integration allowance. I was given 7 points,
which means I don't get the allowance any more.</div><div><br></div>
<div>I have multiple sclerosis, diagnosed in 2019. In the last year I've had two relapses and I now use a crutch
most days. The assessment was a 15-minute phone call in which the doctor mostly asked whether I can "still
make a cup of tea". She did not look at the neurologist's report I had sent in, and to be honest she was quite
dismissive.</div><div><br></div>
<div>I'm asking you to change the decision, and to have my case looked at properly by someone who has read
the report (I'm attaching it again). I'm happy to come in for an examination in person.</div><div><br></div>
<div>Thank you,</div><div>Rachel Finnegan</div><div>Brussels</div></div>
""", att=[pdf("neurology_report_2026.pdf")])

# ---- information requests (en)
m("information_request", "en", "taxes",
  ("Aoife Brennan", "a.brennan@bw-partners.example.com"),
  "Non-resident tax assessment - deadline and address for an administrative appeal",
  """Dear Sir or Madam,

A client of ours, a non-resident taxpayer living in Dublin, has received an assessment notice for
income year 2025 which she may wish to contest.

Before we advise her, could you please confirm:

1. the time limit for lodging an administrative appeal against the assessment, and from which date
   it runs for a taxpayer resident abroad;
2. the postal or electronic address to which the appeal should be sent for non-residents;
3. whether the appeal may be lodged in English, or must be in one of the national languages.

We are not lodging any appeal by this e-mail.

Yours faithfully,

""" + LAW_SIG + "\n", "Information request ABOUT the appeal procedure (deadline/address/language); explicitly not an appeal. Legal vocabulary present on purpose.",
  date=D(2026, 11, 16, 10, 12, tzinfo=TZ1))

m("information_request", "en", "unemployment",
  ("Conor Walsh", "conor.walsh@example.net"),
  "Moving to Ireland - can I take my unemployment benefit with me?",
  """Hi,

I've been on unemployment benefit in Belgium since August and I'd like to go back to Ireland to look
for work there. I read somewhere that you can export your benefit for three months with a U2 form.

How do I apply for the U2, how long before leaving should I ask for it, and do I need to deregister
from the commune first? Thanks a lot.

Conor
""", "Plain information request (how/when/which document). us-ascii 7bit.",
  cs="us-ascii", cte="7bit", date=D(2026, 11, 5, 12, 55, tzinfo=TZ1))

m("information_request", "en", "pensions",
  ("Margaret Lindqvist", "m.lindqvist@example.com.example.org"),
  "How do I see my pension estimate from Australia without a Belgian eID?",
  """Good morning,

I worked in Brussels from 1990 to 2002 and now live in Perth. I'd like to see an estimate of my future
Belgian pension. Every page I find sends me to a login that needs a Belgian eID card or an app I
cannot install because I have no Belgian phone number, which is a bit of a closed circle, isn't it?

Is there another way to get the estimate, for example by post or by e-mail, and what information do
you need from me?

Kind regards,
Margaret Lindqvist
""", "Question with a mild grumble about the login; dominant = information_request. HTML alternative with tracking pixel from a mail client.",
  fmt="alt", pixel="https://mailtrack.example.com/trk/88a7", date=D(2026, 8, 6, 1, 20, tzinfo=TZ2))

m("information_request", "en", "mobility",
  ("Hannah", "hannah.b@example.co.example.com"),
  "UK licence",
  """Hi - I've just become resident in Ghent. Can I keep driving on my UK licence or do I need to swap it, and if so by when? Thanks, Hannah""",
  "Very short one-line information request. text/plain UTF-8 8bit.",
  cte="8bit", date=D(2026, 9, 30, 7, 44, tzinfo=TZ2))

# ---- follow-ups (en)
m("follow_up", "en", "pensions",
  ("Aoife Brennan", "a.brennan@bw-partners.example.com"),
  "RE: [PLT-2026-000734] Acknowledgement of your complaint",
  """Dear Sir or Madam,

Further to our complaint of 12 October on behalf of Mrs Delacroix-Walsh, please find attached the
tracking confirmations of the three registered letters, which show that all three were delivered
and signed for.

We look forward to hearing from you.

Yours faithfully,

""" + LAW_SIG + """

-----Original Message-----
From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Sent: 13 October 2026 08:15
To: Aoife Brennan <a.brennan@bw-partners.example.com>
Subject: [PLT-2026-000734] Acknowledgement of your complaint

Dear Madam, Dear Sir,
Your complaint has been registered under number PLT-2026-000734.
""", "Follow-up: lawyer adds delivery proofs in reply to our English ack. PDF attachment.",
  refers="PLT-2026-000734", irt="<ack.plt-2026-000734@federal.example.be>",
  att=[pdf("tracking_confirmations.pdf")], date=D(2026, 10, 14, 11, 30, tzinfo=TZ2))

m("follow_up", "en", "police",
  ("Gareth Lloyd", "gareth.lloyd@example.co.example.com"),
  "complaint PLT-2026-000615 - any news?",
  """Hi, just checking whether anything has happened with my complaint PLT-2026-000615 about the
Ixelles station. It's been six weeks. Thanks, Gareth
""", "Short status request citing the ticket number; fresh mail, not a reply.",
  refers="PLT-2026-000615", date=D(2026, 6, 25, 12, 16, tzinfo=TZ2))

# ---- auto replies (en)
m("auto_reply", "en", "other",
  ("Sarah Jennings", "sarah.jennings@example.com"),
  "Automatic reply: [PLT-2026-000963] Acknowledgement of your complaint",
  """Thank you for your email. I am out of the office until Monday 7 December with limited access to
email. For urgent matters please contact my colleague David Ross.

Merci pour votre message. Je suis absente jusqu'au lundi 7 décembre.
""", "Exchange out-of-office (bilingual EN/FR, English dominant) with Auto-Submitted and X-Auto-Response-Suppress.",
  refers="PLT-2026-000963", irt="<ack.plt-2026-000963@federal.example.be>",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Thread-Topic: [PLT-2026-000963] Acknowledgement of your complaint"],
  date=D(2026, 11, 26, 16, 2, tzinfo=TZ1))

m("auto_reply", "en", "other",
  ("Ben Kowalczyk", "ben.kowalczyk@example.net"),
  "Away until 5 January",
  """Hi,

I'm on parental leave and away from email until 5 January. I won't be reading messages before then.

Happy holidays!
Ben
""", "Gmail-style vacation responder: Auto-Submitted header but no ticket number and no quoted subject; refers_to null.",
  hdrs=["Auto-Submitted: auto-replied"], date=D(2025, 12, 19, 14, 41, tzinfo=TZ1))

m("auto_reply", "en", "other",
  ("Harbour Lettings Support", "support@harbourlettings.example.co.example.com"),
  "[Request #48213] Re: [PLT-2026-000318] Acknowledgement of your complaint",
  """##- Please type your reply above this line -##

Hello,

Thanks for contacting Harbour Lettings. We've received your request (#48213) and one of our team will
get back to you within 2 working days.

You can view the status of your request at any time here:
https://harbourlettings.example.co.example.com/hc/requests/48213

Harbour Lettings Customer Support

This email is a service from Harbour Lettings.
""", "Helpdesk (Zendesk-like) auto-acknowledgement triggered by our ack; NO auto-reply headers, ticket number in subject. multipart/alternative.",
  fmt="alt", refers="PLT-2026-000318", irt="<ack.plt-2026-000318@federal.example.be>", date=D(2026, 3, 30, 9, 0, 12, tzinfo=TZ2))

# ---- bounces (en)
m("bounce", "en", "other",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com"),
  "Delivery Status Notification (Failure)",
  None, "Gmail-style DSN: multipart/report with text/plain + text/html alternative, delivery-status, returned headers.",
  fmt="raw", hdrs=["Auto-Submitted: auto-replied"], refers="PLT-2026-000557", date=D(2026, 6, 3, 15, 22, tzinfo=TZ2),
  raw="""
Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f60718"; report-type=delivery-status

--000000000000a1b2c3d4e5f60718
Content-Type: multipart/related; boundary="000000000000a1b2c3d4e5f60719"

--000000000000a1b2c3d4e5f60719
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6071a"

--000000000000a1b2c3d4e5f6071a
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to patrick.mcevoy.1961@gmail.example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--000000000000a1b2c3d4e5f6071a
Content-Type: text/html; charset="UTF-8"

<html><body><table><tr><td style="font-family:Google Sans,Roboto,Arial">
<h2>Address not found</h2>
<p>Your message wasn't delivered to <b>patrick.mcevoy.1961@gmail.example.com</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was: 550 5.1.1 The email account that you tried to reach does not exist.</p>
</td></tr></table></body></html>

--000000000000a1b2c3d4e5f6071a--

--000000000000a1b2c3d4e5f60719--

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example.com
Received-From-MTA: dns; mx2.federal.example.be
Arrival-Date: Wed, 03 Jun 2026 06:22:01 -0700 (PDT)

Final-Recipient: rfc822; patrick.mcevoy.1961@gmail.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 03 Jun 2026 06:22:02 -0700 (PDT)

--000000000000a1b2c3d4e5f60718
Content-Type: text/rfc822-headers

From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: Patrick McEvoy <patrick.mcevoy.1961@gmail.example.com>
Subject: [PLT-2026-000557] Acknowledgement of your complaint
Date: Wed, 3 Jun 2026 15:21:58 +0200
Message-ID: <ack.plt-2026-000557@federal.example.be>

--000000000000a1b2c3d4e5f60718--
""")

m("bounce", "en", "other",
  ("Mail Delivery System", "Mailer-Daemon@mail.shannonweb.example.ie.example.net"),
  "Mail delivery failed: returning message to sender",
  None, "Exim-style plain-text bounce (retry timeout, not multipart/report) with the full returned ack quoted after a separator.",
  fmt="raw", hdrs=["Auto-Submitted: auto-replied", "X-Failed-Recipients: eoin.kavanagh@shannonweb.example.ie.example.net"],
  refers="PLT-2026-000780", date=D(2026, 8, 21, 4, 17, tzinfo=TZ2),
  raw="""
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  eoin.kavanagh@shannonweb.example.ie.example.net
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <plaintes.klachten@federal.example.be>
Received: from mx1.federal.example.be ([203.0.113.5])
	by mail.shannonweb.example.ie.example.net with esmtps (Exim 4.96)
	id 1wXq9a-0003Lk-2F
	for eoin.kavanagh@shannonweb.example.ie.example.net; Mon, 17 Aug 2026 10:05:11 +0100
From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: eoin.kavanagh@shannonweb.example.ie.example.net
Subject: [PLT-2026-000780] Acknowledgement of your complaint
Date: Mon, 17 Aug 2026 11:05:08 +0200
Message-ID: <ack.plt-2026-000780@federal.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Madam, Dear Sir,

Your complaint has been registered under number PLT-2026-000780.
We will deal with it as soon as possible.

Complaints Service
""")

# ---- spam (en)
m("spam", "en", "other",
  ("United Nations Compensation Unit", "compensation.desk@un-relief-fund.example.org"),
  "Compensation payment for victims of internet fraud - Beneficiary File UNCU/BE/0457",
  """ATTENTION: BENEFICIARY,

This is to inform you that the United Nations Compensation Unit, in conjunction with the World Bank,
has approved the payment of USD 1,500,000.00 to victims of internet fraud and your e-mail address
appears on our list of beneficiaries.

Your payment has been loaded on an ATM Visa card which will be delivered to you by courier once the
delivery fee of USD 185 is settled. Kindly reconfirm the following to the paying officer:

1. Full name
2. Home address
3. Direct phone number
4. Copy of identity document

Note that you are advised to stop all communication with any other person regarding your funds.

Yours in service,
Dr. Martins Okoye
Director, Compensation Unit
""", "Advance-fee scam (fake UN compensation for scam victims). text/plain, all-caps opening, Reply-To elsewhere.",
  to="undisclosed-recipients:;", hdrs=["Reply-To: paying.officer.okoye@example.net"], date=D(2026, 2, 22, 3, 40, tzinfo=TZ1))

m("spam", "en", "other",
  ("Wallet Security", "alerts@coinvault-secure.example.net"),
  "Incoming transfer 0.8412 BTC - action needed to release funds",
  None, "Crypto phishing (claim pending BTC, 'verify' to withdraw), HTML-only with hidden text and look-alike link.",
  fmt="html", to="plaintes.klachten@federal.example.be", date=D(2026, 9, 14, 2, 12, tzinfo=TZ2),
  html="""<html><body style="background:#0b0e11;color:#eaecef;font-family:Arial">
<span style="display:none;font-size:0">Your funds are waiting - verify now to avoid forfeiture</span>
<center><table width="520"><tr><td>
<h2 style="color:#f0b90b">0.8412 BTC received</h2>
<p>A transfer of <b>0.8412 BTC</b> (approx. 51,300 EUR) has been credited to your CoinVault wallet.
For your security, withdrawals are frozen until your identity is verified.</p>
<p><a href="https://coinvault-secure.example.net/verify?acc=pl-kl-4471" style="background:#f0b90b;color:#000;padding:10px 20px;text-decoration:none">Verify and withdraw</a></p>
<p style="font-size:11px;color:#848e9c">Unverified balances are returned to sender after 24 hours.</p>
</td></tr></table></center></body></html>
""")

m("spam", "en", "other",
  ("FPS Finance Refund Department", "refunds@fps-finance-refunds.example.net"),
  "Tax refund notification - complete form BE-R12 to receive 268.40 EUR",
  """Dear Taxpayer,

After the last annual calculation of your fiscal activity we have determined that you are eligible
to receive a tax refund of 268.40 EUR.

Please open the attached refund form (BE-R12), fill in your card details so we can credit your
account, and submit it. Refund requests not received within 3 days will be cancelled.

Note: for security reasons the form must be opened in a web browser.

Belgian Federal Public Service Finance
Refund Department
""", "Fake tax refund from a look-alike domain with an HTML form attachment that posts card details.",
  to="undisclosed-recipients:;", date=D(2026, 4, 30, 6, 6, tzinfo=TZ2),
  att=[("BE-R12_refund_form.html", "text/html",
        b'<html><body><form action="https://fps-finance-refunds.example.net/submit" method="post">'
        b'Card number <input name="cc"> Expiry <input name="exp"> CVV <input name="cvv">'
        b'<input type="submit" value="Submit refund"></form></body></html>')])

m("spam", "en", "other",
  ("Emma from ContentReach", "emma@contentreach-media.example.com"),
  "Guest post collaboration on federal.example.be?",
  """Hi there,

I hope this email finds you well! I came across federal.example.be and really enjoyed your content on
citizen services.

We're a content agency working with brands in fintech and legal services, and we'd love to contribute
a high-quality, 100% original guest article to your site, with one do-follow link to our client. We
can offer a fee of USD 150 per published article.

Let me know if this is something you'd be open to, or point me to the right person!

Cheers,
Emma
Outreach Manager, ContentReach Media

P.S. If you're not interested just reply "no" and I won't follow up.
""", "SEO link-building cold mail (guest post offer), text/plain 8bit with emoji-free friendly tone.",
  cte="8bit", date=D(2026, 7, 1, 10, 45, tzinfo=TZ2))

m("spam", "en", "other",
  ("IT Service Desk", "it-helpdesk@federal-example-be.mailcheck.example.com"),
  "Mailbox plaintes.klachten@federal.example.be storage full - verify to avoid suspension",
  """Dear plaintes.klachten,

Your mailbox has exceeded the storage limit (49.8 GB of 50 GB). Incoming messages for your
account are currently being held and will be deleted after 48 hours.

To release pending messages and upgrade your quota at no cost, please verify your account:

  https://federal-example-be.mailcheck.example.com/owa/verify?user=plaintes.klachten

Failure to verify will result in suspension of your account.

IT Service Desk
This is an automated message. Please do not reply.
""", "Credential phishing 'verify your account' imitating internal IT, sent from a look-alike domain; mentions our mailbox address.",
  date=D(2026, 11, 24, 7, 7, tzinfo=TZ1))

# ================================================================ EXTRA MIME CASES
WEBFORM = ("Formulaire web - Webformulier", "no-reply-webform@federal.example.be")

# forwarded citizen mail as message/rfc822 (de)
_farmer = simple_msg(
    "Alfons Lejoly <alfons.lejoly@example.be>",
    "Gemeinde St. Vith <buergerdienst@st-vith.example.be>",
    "MwSt-Rückerstattung seit fünf Monaten - niemand zuständig",
    D(2026, 10, 30, 20, 14, tzinfo=TZ1),
    """Guten Abend Frau Thommessen,

Sie hatten mir ja gesagt, ich soll Ihnen das schriftlich geben, damit Sie es weiterleiten.

Seit Mai warte ich auf die Rückerstattung der Mehrwertsteuer für den neuen Melkroboter,
das sind über 9.000 Euro. Ich habe bei der Steuerverwaltung in Eupen angerufen, dann in Lüttich,
dann in Brüssel. Jeder sagt, ein anderer ist zuständig. Ein Herr in Lüttich hat mir gesagt, ich
soll „froh sein, dass überhaupt jemand Deutsch spricht“. Schriftlich hat mir nie jemand geantwortet.

Für einen kleinen Betrieb wie unseren ist das viel Geld, die Bank fragt schon nach.

Mit freundlichen Grüßen
Alfons Lejoly
Manderfeld
""", cs="utf-8", cte="8bit")

m("complaint", "de", "taxes",
  ("Gemeindeverwaltung St. Vith - Bürgerdienst", "buergerdienst@st-vith.example.be"),
  "WG: MwSt-Rückerstattung seit fünf Monaten - niemand zuständig",
  """Sehr geehrte Damen und Herren,

anbei leite ich Ihnen auf Wunsch von Herrn Alfons Lejoly (Landwirt in Manderfeld) seine
Beschwerde weiter. Herr Lejoly hat kein eigenes E-Mail-Programm auf dem Hof, die Nachricht kam
vom Konto seines Sohnes. Bitte antworten Sie direkt an Herrn Lejoly, mit uns in Kopie.

Mit freundlichen Grüßen

Im Auftrag
Monika Thommessen
Bürgerdienst – Gemeindeverwaltung St. Vith
""", "Municipal clerk forwards a citizen's complaint (VAT refund delay, passed between offices, rude remark) as a message/rfc822 attachment; the dominant content is the citizen's complaint. The word 'Beschwerde' here means a service complaint.",
  fwd=_farmer, date=D(2026, 11, 2, 8, 40, tzinfo=TZ1))

# web form notification (fr) -> appeal
m("appeal", "fr", "taxes", WEBFORM,
  "[Formulaire de contact] Nouveau message - Impôts",
  """Nouveau message reçu via le formulaire de contact
--------------------------------------------------
Nom : Vandenplas
Prénom : Carine
E-mail : carine.vandenplas@example.be
Téléphone : 0475 00 11 22
Langue : FR
Thème : Impôts / déclaration
Message :
Bonjour, j'ai recu un avertissement extrait de role avec un accroissement d'impot de 10 % parce que ma declaration est arrivee en retard. Je comprends le principe mais j'etais hospitalisee du 20 juin au 28 juillet (operation du coeur), j'ai le certificat. Je vous demande d'enlever cet accroissement vu les circonstances, ce n'etait vraiment pas de la negligence. Merci de votre comprehension.
--------------------------------------------------
Envoyé le 14/10/2026 à 15:02 depuis https://federal.example.be/fr/contact
Adresse IP : 203.0.113.77
""", "Web-form notification (sender no-reply-webform, citizen in Reply-To and form fields). Citizen asks to remove a tax increase: appeal without legal words. Form body without accents inside the message field.",
  hdrs=["Reply-To: Carine Vandenplas <carine.vandenplas@example.be>", "X-Webform-Id: contact_fr"],
  to=MAILBOX, date=D(2026, 10, 14, 15, 2, 11, tzinfo=TZ2))

# web form notification (nl) -> police conduct complaint
m("complaint", "nl", "police", WEBFORM,
  "[Contactformulier] Nieuw bericht - Politie",
  """Nieuw bericht via het contactformulier
--------------------------------------
Naam: Boukhari
Voornaam: Samira
E-mail: samira.boukhari@example.com
Telefoon: -
Taal: NL
Thema: Andere
Bericht:
Op 2 september kwam een wijkagent bij mij thuis voor de woonstcontrole (ik ben verhuisd naar Sint-Niklaas). Hij heeft zonder te vragen mijn slaapkamer en kleerkasten opengedaan, vroeg waarom er "geen mannenkleren" waren en maakte een opmerking over mijn hoofddoek ("dat moet hier toch niet binnen"). Ik voelde me vernederd in mijn eigen huis. De inschrijving is wel in orde gekomen. Ik wil dat zijn gedrag onderzocht wordt.
--------------------------------------
Verzonden op 09/09/2026 om 21:47 via https://federal.example.be/nl/contact
""", "Web-form notification (citizen in Reply-To). Police conduct during a home residence check; the registration itself is fine.",
  hdrs=["Reply-To: samira.boukhari@example.com", "X-Webform-Id: contact_nl"], to=MAILBOX,
  date=D(2026, 9, 9, 21, 47, 30, tzinfo=TZ2))

# wrong charset declared (de follow-up)
m("follow_up", "de", "unemployment",
  ("Patrick Jost", "patrick.jost@example.net"),
  "Re: [PLT-2026-000702] Eingangsbestätigung Ihrer Beschwerde",
  None, "Follow-up on an existing ticket; body is UTF-8 but DECLARED as iso-8859-1 (mojibake on naive decoding). 8bit.",
  fmt="raw", refers="PLT-2026-000702", irt="<ack.plt-2026-000702@federal.example.be>",
  date=D(2026, 10, 6, 9, 3, tzinfo=TZ2),
  raw="""
Content-Type: text/plain; charset=iso-8859-1; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

kurze Rückmeldung zu meiner Beschwerde: Ich habe jetzt endlich einen Termin bekommen, allerdings
erst für den 3. Dezember. Für die Bescheinigung für meinen Vermieter ist das zu spät, er möchte sie
bis Ende Oktober. Gibt es eine Möglichkeit, dass mir die Bescheinigung einfach per Post geschickt wird?

Patrick Jost

Am 18.09.2026 um 08:02 schrieb Service des plaintes - Klachtendienst:
> Ihre Beschwerde wurde unter der Nummer PLT-2026-000702 registriert.
""")

# RFC 2047 base64 subject (nl information request)
m("information_request", "nl", "pensions",
  ("José Verhaegen", "jose.verhaegen@example.es.example.com"),
  "Vraag: levensbewijs en adreswijziging naar Spanje – welk formulier?",
  """Goedendag,

Ik ben sinds 1 oktober met pensioen en wij verhuizen in januari definitief naar Torrevieja.

- Welk formulier moet ik gebruiken om mijn nieuwe adres in Spanje door te geven aan de
  pensioendienst, en volstaat de uitschrijving bij de gemeente?
- Moet ik elk jaar een levensbewijs opsturen, en mag de Spaanse gemeente dat invullen?

Alvast bedankt.
José Verhaegen
""", "Information request with an RFC 2047 BASE64-encoded UTF-8 subject (en-dash) and display name.",
  subj_b=True, date=D(2026, 11, 12, 11, 21, tzinfo=TZ1))

# fr spam with base64 subject
m("spam", "fr", "other",
  ("bpost Service Colis", "notification@bpost-livraison-colis.example.com"),
  "Votre colis est bloqué – frais de dédouanement 2,99 € à régler",
  """Bonjour,

Votre colis n° BE2026-48810-KX n'a pas pu être livré : des frais de dédouanement de 2,99 € n'ont
pas été réglés.

Réglez ces frais sous 24 heures pour programmer une nouvelle livraison :
https://bpost-livraison-colis.example.com/paiement/BE202648810

Sans paiement, le colis sera retourné à l'expéditeur.

Service Colis
""", "Parcel-fee phishing (look-alike carrier domain) with RFC 2047 base64 subject; windows-1252 QP body (euro sign).",
  subj_b=True, cs="windows-1252", to="undisclosed-recipients:;", date=D(2026, 11, 18, 6, 33, tzinfo=TZ1))

# ---------------------------------------------------------------- build + check
ALLOWED_DOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
DOM_RE = re.compile(r"(?<![\w.-])(?:[a-z0-9-]+\.)+(?:be|com|org|net|eu|de|fr|nl|lu|uk|ie|io|info|biz|ru|cn|co|gov|int|test|app|xyz)\b", re.I)
TICKET_RE = re.compile(r"PLT-\d{4}-\d{6}")


def header_block(d, i, rng):
    date = d.get("date")
    if date is None:
        base = datetime(2026, 1, 5, 7, 0, tzinfo=TZ1)
        date = base + timedelta(days=rng.randint(0, 320), minutes=rng.randint(0, 14 * 60))
        if 3 <= date.month <= 10 and not (date.month == 3 and date.day < 29) and not (date.month == 10 and date.day > 24):
            date = date.astimezone(TZ2)
    d["_date"] = date
    frm = addr(d["frm"], d.get("name_cs", "utf-8"))
    m_ = re.search(r"<([^>]+)>", frm)
    sender = m_.group(1) if m_ else frm.strip()
    sdom = sender.split("@")[-1]
    recv_date = date + timedelta(seconds=rng.randint(2, 90))
    lines = []
    if not d.get("no_received"):
        lines.append("Received: from %s (%s [198.51.100.%d])\n\tby mx%d.federal.example.be (Postfix) with ESMTPS id %010X\n\tfor <%s>; %s"
                     % ("mail." + sdom if not sdom.startswith(("mail", "smtp", "mx")) else sdom,
                        "out." + sdom, rng.randint(2, 250), rng.choice([1, 2]),
                        rng.getrandbits(40), MAILBOX, format_datetime(recv_date)))
    for h in d.get("pre", []):
        lines.append(h)
    lines.append("From: " + frm)
    lines.append("To: " + d.get("to", TO_DEFAULT))
    if d.get("cc"):
        lines.append("Cc: " + d["cc"])
    lines.append("Subject: " + enc_words(d["subj"], d.get("subj_cs", "utf-8"), d.get("subj_b", False)))
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + d.get("mid", "<%012x.%08x@%s>" % (rng.getrandbits(48), rng.getrandbits(32), sdom)))
    if d.get("irt"):
        lines.append("In-Reply-To: " + d["irt"])
        lines.append("References: " + d.get("refs", d["irt"]))
    for h in d.get("hdrs", []):
        lines.append(h)
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii")


def decoded_text(msg):
    parts = []
    for k, v in msg.items():
        parts.append("%s: %s" % (k, v))
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        try:
            if ct.startswith("text/"):
                parts.append(p.get_content())
            else:
                pl = p.get_payload(decode=True)
                if pl is None:
                    pl = str(p.get_payload()).encode("utf-8", "replace")
                parts.append(pl.decode("utf-8", "replace"))
        except Exception:
            pl = p.get_payload(decode=True) or b""
            parts.append(pl.decode("latin-1"))
        for k, v in p.items():
            parts.append("%s: %s" % (k, v))
    return "\n".join(parts)


def main():
    rng = random.Random(SEED)
    random.seed(SEED)  # MIME boundaries drawn by email.generator use the global RNG
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    n = len(M)
    perm = list(range(1, n + 1))
    random.Random(SEED + 7).shuffle(perm)
    labels = []
    for i, d in enumerate(M):
        hb = header_block(d, i, rng)
        body = entity(d)
        data = hb + body
        data = data.replace(b"\r\n", b"\n")
        if d.get("crlf"):
            data = data.replace(b"\n", b"\r\n")
        fn = "%s-%03d.eml" % (PREFIX, perm[i])
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        notes = d["notes"]
        labels.append(dict(file=fn, kind=d["kind"], language=d["lang"], category=d["cat"],
                           acknowledge=d["kind"] in ("complaint", "appeal", "information_request"),
                           refers_to=d.get("refers"), notes=notes))
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    check(labels)


def check(labels):
    errs = []
    bp = BytesParser(policy=policy.default)
    seen_first = {}
    for lab in labels:
        fn = lab["file"]
        raw = open(os.path.join(OUT, fn), "rb").read()
        if lab["kind"] not in KINDS: errs.append((fn, "kind"))
        if lab["language"] not in LANGS: errs.append((fn, "lang"))
        if lab["category"] not in CATS: errs.append((fn, "cat"))
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errs.append((fn, "category must be other"))
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errs.append((fn, "ack"))
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errs.append((fn, "follow_up without refers_to"))
        if not lab["notes"]:
            errs.append((fn, "notes"))
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                errs.append((fn, "line > 998"))
        msg = bp.parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errs.append((fn, "missing " + h))
        txt = decoded_text(msg)
        if lab["refers_to"]:
            if not TICKET_RE.fullmatch(lab["refers_to"]):
                errs.append((fn, "bad refers_to"))
            if lab["refers_to"] not in txt and lab["refers_to"] not in raw.decode("latin-1"):
                errs.append((fn, "refers_to not in message"))
        hay = txt
        for mm in DOM_RE.finditer(hay):
            dom = mm.group(0).lower().rstrip(".")
            if not ALLOWED_DOM.search(dom):
                errs.append((fn, "domain " + dom))
        for mm in re.finditer(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", hay):
            if not ALLOWED_DOM.search(mm.group(1).lower()):
                errs.append((fn, "mail domain " + mm.group(1)))
        first = (msg.get_body(("plain", "html")) or msg)
        try:
            key = first.get_content()[:0]
        except Exception:
            pass
    # distribution
    from collections import Counter
    tab = Counter((l["kind"], l["language"]) for l in labels)
    print("%-20s" % "kind" + "".join("%5s" % l for l in LANGS) + "  total")
    for k in KINDS:
        row = [tab[(k, l)] for l in LANGS]
        print("%-20s" % k + "".join("%5d" % x for x in row) + "  %5d" % sum(row))
    print("%-20s" % "total" + "".join("%5d" % sum(tab[(k, l)] for k in KINDS) for l in LANGS) + "  %5d" % len(labels))
    if errs:
        for e in sorted(set(errs)):
            print("ERROR", *e)
        sys.exit(1)
    print("OK: %d messages, all checks passed" % len(labels))


if __name__ == "__main__":
    main()
