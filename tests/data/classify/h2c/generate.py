#!/usr/bin/env python3
"""Held-out test corpus "h2c": writes h2c-001.eml ... and labels.json, then re-checks them.

Standard library only, fixed seed, deterministic (two runs give byte-identical files).
Usage: python3 generate.py            (writes next to this script)
"""
import base64
import email.parser
import email.policy
import html
import json
import os
import quopri
import random
import re
import sys

SEED = 20261130
OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h2c"
MAILBOX = "plaintes.klachten@federal.example.be"
rng = random.Random(SEED)


# --------------------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def render(self):
        h = "\n".join(self.headers).encode("ascii")
        body = self.body
        if not body.endswith(b"\n"):
            body += b"\n"
        return h + b"\n\n" + body


def _encode_body(b, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    b = body.encode(cs)
    if cte == "7bit":
        b.decode("ascii")
    ct = f'Content-Type: text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", *extra], _encode_body(b, cte))


def attachment(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: {disp}; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def boundary():
    return "----=_NextPart_%03d_%04X_%08X" % (rng.randrange(1000), rng.randrange(65536),
                                              rng.randrange(2**32))


def multipart(sub, parts, params="", bnd=None):
    bnd = bnd or boundary()
    out = b""
    if sub != "report":
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + bnd.encode() + b"\n" + p.render() + b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{sub};{params}\n\tboundary="{bnd}"'], out)


def rfc822(inner_bytes, extra=()):
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline", *extra],
                inner_bytes)


def ew(s, cs="utf-8", mode="Q"):
    """RFC 2047 encoded-words (folded) for a header value; ASCII returned unchanged."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""

    def enc(chunk):
        b = chunk.encode(cs)
        if mode == "B":
            return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
        o = ""
        for byte in b:
            c = chr(byte)
            if c.isalnum() and byte < 128 or c in "!*+-/":
                o += c
            elif c == " ":
                o += "_"
            else:
                o += "=%02X" % byte
        return f"=?{cs}?Q?{o}?="

    for ch in s:
        if len(enc(cur + ch)) > 70:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8", mode="Q"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{ew(name, cs, mode)} <{mail}>"


def htmlize(txt, style="", signature_html=""):
    paras = txt.strip("\n").split("\n\n")
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    st = f"<style>{style}</style>\n" if style else ""
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"{st}</head>\n<body>\n{body}\n{signature_html}</body></html>\n")


def message(headers, part, crlf=False, mime=True):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            v = ew(v)
        lines.append(f"{k}: {v}")
    if mime:
        lines.append("MIME-Version: 1.0")
    raw = "\n".join(lines).encode("ascii") + b"\n"
    raw += part.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


FAKE_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")


def fake_pdf(tag):
    return FAKE_PDF.replace(b"%%EOF", b"% " + tag.encode() + b"\n%%EOF")


def fake_jpeg(n):
    r = random.Random(n)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes(r.randrange(256) for _ in range(600)) + b"\xff\xd9"


def ack_quote_fr(ticket, date):
    return (f"De : Service des plaintes <{MAILBOX}>\n"
            f"Envoyé : {date}\n"
            f"À : \nObjet : [{ticket}] Accusé de réception de votre plainte\n\n"
            "Madame, Monsieur,\n\n"
            f"Nous avons bien reçu votre message. Il a été enregistré sous la référence {ticket}.\n"
            "Merci de mentionner cette référence dans toute correspondance ultérieure.\n\n"
            "Le service des plaintes\n")


MESSAGES = []


def add(raw, kind, language, category, refers_to, notes):
    MESSAGES.append((raw, dict(kind=kind, language=language, category=category,
                               acknowledge=kind in ("complaint", "appeal", "information_request"),
                               refers_to=refers_to, notes=notes)))


# --------------------------------------------------------------------------- voices
CPAS_SIG = """--
Delphine Gérard
Assistante sociale – Service social général
CPAS de Namur
Avenue des Tilleuls 41 – 5100 Jambes
Tél. 081 99 41 27 – d.gerard@cpas-namur.example.be

Ce courriel et ses annexes éventuelles sont confidentiels et destinés exclusivement à la personne
ou à l'organisme à qui ils sont adressés. Si vous l'avez reçu par erreur, merci d'en avertir
l'expéditeur et de le supprimer."""
CPAS = ("Delphine Gérard", "d.gerard@cpas-namur.example.be")
DRIVER = ("Kevin Dufrasne", "kevdufrasne.truck@mail.example.com")
KREUSCH = ("Helmut Kreusch", "info@kreusch-schreibwaren.example.be")
KREUSCH_SIG = """Mit freundlichen Grüßen

Helmut Kreusch
Schreibwaren & Tabak Kreusch
Kirchstraße 14 - 4720 Kelmis
Tel. 087 00 65 12 - MwSt. BE 0612.345.789"""
ROSA = ("Rosa Vanhoutte", "rosa.vanhoutte48@mail.example.be")
KURT = ("Kurt Declercq", "kurt.declercq@kustnet.example.be")
LAWYER = ("Nadia Ferreira", "n.ferreira@ferreira-lambert.example.be")
LAWYER_SIG_FR = """Nadia Ferreira
Avocate au barreau de Bruxelles
FERREIRA LAMBERT AVOCATS
Avenue de la Toison d'Or 77 – 1060 Bruxelles
T +32 2 000 41 90 – www.ferreira-lambert.example.be

Ce message est couvert par le secret professionnel."""
LAWYER_SIG_EN = """Nadia Ferreira
Lawyer – Avocate – Advocaat
FERREIRA LAMBERT AVOCATS | Brussels Bar
Avenue de la Toison d'Or 77 – 1060 Brussels
T +32 2 000 41 90 | www.ferreira-lambert.example.be

This e-mail may contain privileged and confidential information. If you are not the intended
recipient, please notify the sender and delete it."""
GEOFF = ("Geoffrey Hartnell", "g.hartnell@mail.example.org")


def rcv(host, ip, day):
    return (f"from {host} ({host} [{ip}])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id "
            f"{rng.randrange(16**10):010X}\n\tfor <{MAILBOX}>; {day}")


# =========================================================================== CPAS Namur (fr)
def m_cpas_handicap():
    body = """Madame, Monsieur,

Je suis assistante sociale au CPAS de Namur et je vous écris pour Monsieur Joseph Lambotte
(né le 14/02/1969), que j'accompagne depuis l'an dernier et qui m'a autorisée par écrit à
intervenir pour lui.

Après son AVC de mars 2025, Monsieur Lambotte a demandé, via l'administration communale, une
allocation pour son handicap (remplacement de revenus + intégration). La demande date du 11 juin
2025. Depuis : rien. En ligne, le dossier affiche toujours « en traitement – évaluation
médicale », alors qu'il a été vu par votre médecin le 2 octobre.

J'ai appelé le numéro gratuit sept fois entre novembre et janvier. Soit la ligne coupe après
vingt-cinq minutes d'attente, soit on me répond qu'on ne donne pas d'information à un tiers,
alors que la procuration signée vous a été envoyée deux fois (recommandé du 4 novembre, puis
e-mail du 9 décembre).

Entre-temps, c'est le CPAS qui lui avance un revenu d'intégration. Monsieur Lambotte vit seul,
il ne sait plus écrire de la main droite et il ne comprend pas pourquoi « l'argent du handicap »
n'arrive pas. Honnêtement, moi non plus.

Pourriez-vous me dire :
- si la procuration a bien été enregistrée ;
- ce qui bloque encore dans le dossier ;
- dans quel délai une décision peut raisonnablement être attendue ?

Je précise qu'il n'y a aucune décision à contester : il n'y en a tout simplement pas encore.

Je vous remercie d'avance pour votre retour.

""" + CPAS_SIG
    p = multipart("alternative", [text(body, cs="windows-1252"),
                                  text(htmlize(body, "p{margin:0 0 8pt 0;font-family:Calibri}"),
                                       sub="html", cs="windows-1252")])
    raw = message([
        ("Received", rcv("smtp.cpas-namur.example.be", "198.51.100.23", "Tue, 10 Feb 2026 09:14:22 +0100")),
        ("From", addr(*CPAS, cs="windows-1252")),
        ("To", MAILBOX),
        ("Subject", ew("Dossier de M. Lambotte – demande introduite en juin 2025, toujours sans nouvelles",
                       "windows-1252")),
        ("Date", "Tue, 10 Feb 2026 09:14:05 +0100"),
        ("Message-ID", "<AM0PR04MB7718A2B0C1@AM0PR04MB7718.eurprd04.prod.example.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr-BE"),
    ], p, crlf=True)
    add(raw, "complaint", "fr", "social_security", None,
        "Social worker (CPAS) writing for a beneficiary: disability allowance application stuck "
        "8 months, unreachable helpdesk, power of attorney ignored. Service never named ('l'argent "
        "du handicap'); contains questions and says explicitly no decision to contest -> complaint. "
        "Outlook multipart/alternative windows-1252 QP, Q-encoded windows-1252 subject and name, CRLF.")


def m_cpas_insertion():
    body = """Madame, Monsieur,

Je me permets de vous contacter au sujet de Monsieur Dylan Hubaux (23 ans, domicilié à Namur),
bénéficiaire que je suis au CPAS.

Monsieur Hubaux a reçu un courrier daté du 12 janvier lui annonçant que ses allocations
d'insertion étaient suspendues à partir du 1er février, parce qu'il ne se serait pas présenté à
l'entretien d'évaluation de ses recherches d'emploi du 4 décembre et n'aurait « pas justifié son
absence ».

Or, du 28 novembre au 19 décembre, Monsieur Hubaux était hospitalisé (service de psychiatrie du
CHR). L'attestation d'hospitalisation a été déposée par sa maman à la caisse de paiement du
syndicat le 8 décembre ; elle a gardé le reçu. Il n'a donc pas pu se présenter, et l'absence
était justifiée dans les délais.

Il a aussi continué à rentrer sa carte de contrôle chaque mois, comme demandé.

Pourriez-vous, au vu de ces éléments, revoir cette décision et rétablir ses allocations à partir
du 1er février ? Sans elles, il n'a plus de revenu et c'est le CPAS qui devra intervenir, ce
qui n'a pas de sens puisqu'il remplit les conditions.

Je tiens une copie de l'attestation et du reçu à votre disposition.

Avec mes remerciements,

""" + CPAS_SIG
    raw = message([
        ("Received", rcv("smtp.cpas-namur.example.be", "198.51.100.23", "Mon, 26 Jan 2026 15:02:48 +0100")),
        ("From", addr(*CPAS)),
        ("To", MAILBOX),
        ("Subject", ew("Demande de réexamen – M. Dylan Hubaux – allocations d'insertion suspendues")),
        ("Date", "Mon, 26 Jan 2026 15:02:31 +0100"),
        ("Message-ID", "<0d1f2a7e-55c1-4b7e-9a02-cpas1147@cpas-namur.example.be>"),
        ("User-Agent", "Mozilla/5.0 Thunderbird/115.6.0"),
    ], text(body))
    add(raw, "appeal", "fr", "unemployment", None,
        "Social worker asks to 'revoir cette décision et rétablir ses allocations' (suspension of "
        "'allocations d'insertion' for a missed evaluation interview while hospitalised): request to "
        "change a decision without legal words -> appeal. Agency never named (caisse du syndicat, "
        "carte de contrôle). text/plain UTF-8 QP, Q-encoded subject.")


def m_cpas_grapa():
    body = """Bonjour,

Une question pour une dame que j'accompagne, Madame Huguette Dorval, 71 ans, qui perçoit la
garantie de revenus pour personnes âgées (elle a une toute petite pension de salariée à côté).

Son fils de 38 ans a perdu son logement et doit venir habiter chez elle, a priori pour quelques
mois, le temps de retrouver quelque chose. Il touche des allocations de chômage.

Mes questions :
1. Est-ce que le fait qu'il s'inscrive à son adresse va diminuer le montant qu'elle reçoit, et
   si oui, à partir de quand ?
2. Doit-elle le déclarer elle-même, et à qui ? Ou est-ce que l'information arrive
   automatiquement par le Registre national ?
3. Si le fils repart après quatre ou cinq mois, le montant est-il revu automatiquement ?

Madame Dorval a très peur de devoir rembourser plus tard, elle a déjà vécu ça il y a quelques
années avec une autre allocation.

Petite remarque en passant : la seule brochure que j'ai trouvée à ce sujet date de 2019 et n'est
franchement pas lisible pour nos usagers. Un simple exemple chiffré aiderait beaucoup.

Merci d'avance,

""" + CPAS_SIG
    p = multipart("alternative", [text(body, cte="base64"),
                                  text(htmlize(body), sub="html", cte="base64")])
    raw = message([
        ("Received", rcv("smtp.cpas-namur.example.be", "198.51.100.23", "Wed, 18 Feb 2026 11:40:09 +0100")),
        ("From", addr(*CPAS)),
        ("To", MAILBOX),
        ("Subject", ew("Question – revenu garanti d'une personne âgée si son fils vient habiter chez elle", mode="B")),
        ("Date", "Wed, 18 Feb 2026 11:39:51 +0100"),
        ("Message-ID", "<CAHq8=gr4pa7Xv1@cpas-namur.example.be>"),
    ], p)
    add(raw, "information_request", "fr", "pensions", None,
        "Social worker asks how cohabitation with an adult son affects an elderly person's income "
        "guarantee (GRAPA, paid by the pension service; never named); small grumble about an "
        "unreadable 2019 brochure -> information_request. Mentions 'allocations de chômage' of the son "
        "(distractor). multipart/alternative, both parts UTF-8 base64; B-encoded subject.")


def m_cpas_forward_tax():
    inner_body = """Bonjour Madame Gérard

Comme je vous est dit au rendez vous jeudi, j'ai recu la lettre des contributions que je serai
remboursée de 612,40 euros. Mais l'argent a été versé sur mon ancien compte que j'ai fermé en
2024 quand je suis partie de chez mon ex. J'ai jamais reçu l'argent.

J'ai téléphoné au bureau, la dame m'a dit que c'est pas leur faute et que je devais changer mon
numéro de compte sur internet. Mais j'ai pas de lecteur de carte ni itsme, mon téléphone est trop
vieux. Je suis allée au guichet à Namur, le monsieur m'a dit de revenir avec un rendez vous mais
il y a pas de rendez vous avant le mois de mars et on peut les prendre que sur internet !!

Personne veut m'aider. C'est l'argent pour les fournitures et la cantine des enfants. Est ce que
vous pouvez l'envoyer à la bonne personne svp, moi je sais plus à qui écrire.

Merci beaucoup
Sabrina El Khattabi
"""
    inner = message([
        ("From", addr("Sabrina El Khattabi", "sabrina.elk90@mail.example.com")),
        ("To", addr(*CPAS)),
        ("Subject", "mon remboursement"),
        ("Date", "Fri, 13 Feb 2026 22:47:13 +0100"),
        ("Message-ID", "<CAF9x8sEl3kh_q@mail.example.com>"),
    ], text(inner_body, cs="iso-8859-1", cte="8bit"))
    outer_body = """Bonjour,

Je vous transfère ci-joint, avec son accord, le message que m'a envoyé Madame Sabrina
El Khattabi, que nous suivons au CPAS. Elle ne savait pas à qui l'adresser et je n'ai pas trouvé
de meilleure porte d'entrée que votre service.

Pour information, Madame El Khattabi est seule avec trois enfants et n'a pas d'accès aux services
en ligne. Nous pouvons l'accompagner à un rendez-vous si on lui en donne un.

Bien à vous,

""" + CPAS_SIG
    p = multipart("mixed", [text(outer_body), rfc822(inner)])
    raw = message([
        ("Received", rcv("smtp.cpas-namur.example.be", "198.51.100.23", "Mon, 16 Feb 2026 08:55:40 +0100")),
        ("From", addr(*CPAS)),
        ("To", MAILBOX),
        ("Subject", "TR: mon remboursement"),
        ("Date", "Mon, 16 Feb 2026 08:55:21 +0100"),
        ("Message-ID", "<7c1b0e44-fwd-elk@cpas-namur.example.be>"),
    ], p)
    add(raw, "complaint", "fr", "taxes", None,
        "Forward by a CPAS social worker carrying the citizen's own mail as message/rfc822: tax refund "
        "paid to a closed bank account, no help at the phone or counter, appointments online only "
        "('la lettre des contributions', tax service not named) -> complaint. Outer text/plain UTF-8 QP; "
        "inner text/plain ISO-8859-1 8bit with typos.")


def m_cpas_followup():
    t = "PLT-2026-002163"
    body = f"""Bonjour,

Suite à mon courriel du 3 février concernant Madame Liliane Poncelet (indemnités d'incapacité de
travail non versées depuis novembre), je vous communique un élément nouveau.

La mutualité a finalement versé un montant le 19 février, mais uniquement pour le mois de janvier.
Les mois de novembre et décembre manquent toujours, et personne ne sait nous dire pourquoi : la
mutualité dit attendre « un feu vert de l'institut », et l'institut ne répond pas.

Je maintiens donc la plainte pour la partie non payée. Je joins volontiers le relevé bancaire de
Madame Poncelet si c'est utile.

Bien à vous,

Delphine Gérard
Assistante sociale - CPAS de Namur

-----Message d'origine-----
""" + ack_quote_fr(t, "mardi 3 février 2026 16:02")
    p = multipart("alternative", [text(body, cs="iso-8859-1"),
                                  text(htmlize(body), sub="html", cs="iso-8859-1")])
    raw = message([
        ("Received", rcv("smtp.cpas-namur.example.be", "198.51.100.23", "Mon, 23 Feb 2026 10:21:57 +0100")),
        ("From", addr(*CPAS, cs="iso-8859-1")),
        ("To", MAILBOX),
        ("Subject", ew(f"RE: [{t}] Accusé de réception de votre plainte", "iso-8859-1")),
        ("Date", "Mon, 23 Feb 2026 10:21:40 +0100"),
        ("Message-ID", "<AM0PR04MB77189F1E2D@AM0PR04MB7718.eurprd04.prod.example.com>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("References", f"<ack.{t.lower()}@federal.example.be>"),
        ("Thread-Topic", ew(f"[{t}] Accusé de réception de votre plainte", "iso-8859-1")),
    ], p)
    add(raw, "follow_up", "fr", "social_security", t,
        "Reply to our French ack (RE: + In-Reply-To) adding a new fact (sickness benefits paid only "
        "for one of three months) and maintaining the complaint -> follow_up; category of the "
        "original: sickness/incapacity benefits (mutualité / 'l'institut' = INAMI) -> social_security. "
        "Outlook multipart/alternative ISO-8859-1 QP; whole subject Q-encoded.")


# =========================================================================== lorry driver, Charleroi (fr)
def m_driver_tacho():
    body = """bonjour

ca fait 5 semaines que j'ai demander le renouvellement de ma carte conducteur pour le tachy. elle
expire le 28. j'ai tout rempli en ligne, payé les 60 euros et depuis RIEN. au telephone on me dit
"c'est en production monsieur". en production de quoi ??? c'est une carte en plastique

si j'ai pas ma carte le 28 je peux plus rouler, mon patron va me mettre au chomage et c'est qui
qui paye ? vous ?

je veux une reponse pas un mail automatique

Kevin Dufrasne
Gosselies

Envoyé de mon téléphone"""
    raw = message([
        ("Received", rcv("smtp.mail.example.com", "203.0.113.77", "Thu, 12 Feb 2026 05:48:12 +0100")),
        ("From", addr(*DRIVER)),
        ("To", MAILBOX),
        ("Subject", "CARTE TACHYGRAPHE !!!!"),
        ("Date", "Thu, 12 Feb 2026 05:48:03 +0100"),
        ("Message-ID", "<8C2F10D4-77A1-4E0B-B1D0-DRV0212@mail.example.com>"),
        ("X-Mailer", "iPhone Mail (21D61)"),
    ], text(body, cte="8bit"))
    add(raw, "complaint", "fr", "mobility", None,
        "Short angry lorry driver: renewal of the digital tachograph driver card delayed (issued by "
        "the mobility administration, never named) -> complaint, mobility. 'chomage' is only a feared "
        "consequence (distractor for unemployment). text/plain UTF-8 8bit, all-caps ASCII subject.")


def m_driver_fine():
    body = """Bonjour,

J'ai reçu une amende de 174 euros pour excès de vitesse sur la E42 à Daussoulx le 14/01 à 03h12
avec le camion 1-TRK-448.

Le 14/01 à 3h du matin j'étais en repos obligatoire sur un parking à Metz, j'ai les données du
tachy pour le prouver. C'est mon collègue Steve Ronveaux qui avait le camion cette nuit là, mon
patron (Transports Ledent) peut le confirmer, c'est lui qui fait les plannings.

Je paye pas pour un autre. Je conteste cette amende et je demande qu'elle soit mise au nom du bon
chauffeur.

Référence sur la lettre : 31/DAUS/2026/004417
Photo de la lettre en pièce jointe.

K. Dufrasne
0470 00 18 52"""
    p = multipart("mixed", [text(body, cs="iso-8859-1", cte="8bit"),
                            attachment("image/jpeg", "IMG_20260203_1812.jpg", fake_jpeg(7))])
    raw = message([
        ("Received", rcv("smtp.mail.example.com", "203.0.113.77", "Tue, 03 Feb 2026 18:15:44 +0100")),
        ("From", addr(*DRIVER)),
        ("To", MAILBOX),
        ("Subject", "amende E42 c pas moi"),
        ("Date", "Tue, 03 Feb 2026 18:15:30 +0100"),
        ("Message-ID", "<CAOj2kz7fineE42@mail.example.com>"),
    ], p)
    add(raw, "appeal", "fr", "police", None,
        "Contests a speed-camera fine ('je conteste cette amende', another driver had the lorry) -> "
        "appeal, police (traffic fine convention). multipart/mixed: text/plain ISO-8859-1 8bit + "
        "JPEG photo of the letter.")


def m_driver_control():
    body = """Madame, Monsieur,

Mardi 17/02 vers 14h j'ai été arrêté pour un contrôle poids lourds sur l'aire de Saint-Ghislain
(E19 direction Mons). Je vais pas discuter le PV pour la surcharge : j'avais 380 kg de trop sur
l'essieu arrière, c'est le chargeur qui a mal réparti mais bon, je payerai.

Par contre le policier (le grand chauve, pas celui qui s'occupait de la balance) m'a parlé comme à
un chien. Il m'a tutoyé tout le temps, il m'a dit "vous les carolos vous êtes tous les mêmes", il a
jeté mes papiers sur le siège, et il m'a fait attendre 2h20 dehors sous la pluie alors que le
contrôle était fini depuis longtemps, juste pour "m'apprendre". Quand j'ai demandé son nom il a
rigolé.

Je fais ce métier depuis 22 ans, j'ai jamais eu de problème avec la police. Je veux que ce monsieur
soit recadré. C'est possible de savoir ce qui va être fait ?

Kevin Dufrasne
Gosselies"""
    raw = message([
        ("Received", rcv("smtp.mail.example.com", "203.0.113.77", "Thu, 19 Feb 2026 21:03:26 +0100")),
        ("From", addr(*DRIVER)),
        ("To", MAILBOX),
        ("Subject", ew("Contrôle routier de mardi – comportement inadmissible d'un policier")),
        ("Date", "Thu, 19 Feb 2026 21:03:11 +0100"),
        ("Message-ID", "<CAOj2kz7ctrlE19@mail.example.com>"),
    ], text(body))
    add(raw, "complaint", "fr", "police", None,
        "Police CONDUCT at a roadside lorry check (insults, humiliating wait); the driver explicitly "
        "accepts the overload ticket ('je vais pas discuter le PV') -> complaint, not appeal. Ends "
        "with a question. text/plain UTF-8 QP, Q-encoded subject.")


def m_driver_followup():
    t = "PLT-2026-002208"
    body = f"""je vous ai ecrit il y a 3 semaines pour mon chomage temporaire de decembre et janvier (quand
la boite a plus eu de contrats). vous m'avez envoye un accuse avec ce numero {t} et depuis
plus rien.

la caisse dit que c'est chez vous, vous dites rien. j'ai un loyer moi, et un gamin.

Kevin Dufrasne"""
    raw = message([
        ("Received", rcv("smtp.mail.example.com", "203.0.113.77", "Wed, 04 Mar 2026 06:12:09 +0100")),
        ("From", addr(*DRIVER)),
        ("To", MAILBOX),
        ("Subject", f"{t} TOUJOURS RIEN"),
        ("Date", "Wed, 04 Mar 2026 06:12:01 +0100"),
        ("Message-ID", "<CAOj2kz7rappel0304@mail.example.com>"),
    ], text(body, cs="us-ascii", cte="7bit"))
    add(raw, "follow_up", "fr", "unemployment", t,
        "New message (no reply headers) quoting our ticket in subject and body: reminder about "
        "temporary unemployment benefits never paid -> follow_up, unemployment. text/plain us-ascii "
        "7bit, no accents at all.")


# =========================================================================== Brussels lawyer (fr/en)
def m_lawyer_legalisation():
    body = """Madame, Monsieur,

Je représente les intérêts de Monsieur Patrick Mbuyi Kasongo, domicilié à 1080 Molenbeek-Saint-Jean,
et de son épouse, Madame Esther Ilunga Mwamba.

Par décision du 9 janvier 2026, notifiée le 21 janvier, l'Ambassade de Belgique à Kinshasa a
refusé de légaliser l'acte de mariage des époux (réf. consulaire LEG/KIN/2025/3318), au motif que
la signature de l'officier de l'état civil de la commune de Limete « ne figure pas dans la base
des spécimens de signature ».

Mes clients contestent cette décision. L'officier de l'état civil concerné est en fonction depuis
2019 ; son spécimen de signature a été transmis par les autorités congolaises et une attestation
en ce sens, délivrée le 2 février 2026, est jointe au présent courriel. Le refus prive Monsieur
Mbuyi Kasongo de la possibilité d'introduire la demande de regroupement familial de son épouse.

Je vous prie dès lors de considérer le présent courriel comme un recours contre la décision de
refus du 9 janvier 2026 et de bien vouloir procéder à la légalisation de l'acte ou, à tout le
moins, au réexamen du dossier. Dans l'hypothèse où votre service ne serait pas compétent, je vous
saurais gré de transmettre ce recours au service des légalisations et de m'en informer.

Mes clients se réservent tous droits.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

""" + LAWYER_SIG_FR
    p = multipart("mixed", [text(body),
                            attachment("application/pdf", "Attestation specimen signature Limete.pdf",
                                       fake_pdf("attestation")),
                            attachment("application/pdf", "Decision refus 2026-01-09.pdf",
                                       fake_pdf("refus"))])
    raw = message([
        ("Received", rcv("mail.ferreira-lambert.example.be", "192.0.2.140", "Fri, 20 Feb 2026 17:31:55 +0100")),
        ("From", addr(*LAWYER)),
        ("To", MAILBOX),
        ("Subject", ew("Recours - refus de légalisation - acte de mariage Mbuyi Kasongo / Ilunga Mwamba "
                       "- réf. LEG/KIN/2025/3318", "iso-8859-1")),
        ("Date", "Fri, 20 Feb 2026 17:31:40 +0100"),
        ("Message-ID", "<DB9PR01MB4410C3E1@DB9PR01MB4410.eurprd01.prod.example.com>"),
    ], p)
    add(raw, "appeal", "fr", "foreign_affairs", None,
        "Lawyer lodges a formal 'recours' against an embassy's refusal to legalise a marriage "
        "certificate -> appeal, foreign_affairs. Non-PLT consular reference only. multipart/mixed: "
        "text/plain UTF-8 QP + two PDFs (file names with spaces); ISO-8859-1 Q-encoded subject.")


def m_lawyer_passport():
    body = """Dear Sir or Madam,

We act for Ms Grace Okonkwo-Peeters, a Belgian national who has lived in Accra since 2019.

On 16 September 2025 Ms Okonkwo-Peeters applied for a new passport at the Belgian Embassy in Accra.
As required, she handed in her old passport, which had a valid Ghanaian residence visa in it. More
than five months later she has received neither the new passport nor her old one. She cannot
travel, and her Ghanaian residence status is now in question because she cannot show the visa.

Our e-mails to the Embassy of 3 November, 1 December and 12 January went unanswered. The telephone
line plays a recorded message referring callers to the website. The only written reply our client
ever received is this automatic message, which we quote as received:

    « Votre demande a bien été enregistrée. En raison d'un volume exceptionnel, le délai de
    traitement peut être prolongé. Nous vous remercions de ne pas envoyer de rappel. »

We find it difficult to accept that a citizen is left without any identity document for five
months and without a single human answer. We would be grateful if you could find out (1) where
our client's old passport is and (2) when the new passport will be issued, and let us know.

Our client reserves all her rights.

Kind regards,

""" + LAWYER_SIG_EN
    sig_html = ("<table style=\"border-top:1px solid #8a1c2b;margin-top:12px\"><tr><td style=\"font-size:9pt;color:#555\">"
                + html.escape(LAWYER_SIG_EN).replace("\n", "<br>") + "</td></tr></table>\n")
    main = body.replace("\n\n" + LAWYER_SIG_EN, "")
    p = multipart("alternative", [text(body),
                                  text(htmlize(main, "body{font-family:Georgia,serif;font-size:11pt}", sig_html),
                                       sub="html")])
    raw = message([
        ("Received", rcv("mail.ferreira-lambert.example.be", "192.0.2.140", "Tue, 24 Feb 2026 12:09:03 +0100")),
        ("From", addr(*LAWYER)),
        ("To", MAILBOX),
        ("Cc", addr("Grace Okonkwo-Peeters", "grace.op@mail.example.net")),
        ("Subject", "Passport application at the Embassy in Accra - no passport, no reply since September"),
        ("Date", "Tue, 24 Feb 2026 12:08:47 +0100"),
        ("Message-ID", "<DB9PR01MB4410D88A@DB9PR01MB4410.eurprd01.prod.example.com>"),
    ], p)
    add(raw, "complaint", "en", "foreign_affairs", None,
        "Lawyer complains for a Belgian abroad: embassy kept her old passport and issued nothing for "
        "five months, no answers -> complaint, foreign_affairs. MIXED EN/FR (quoted French auto-message); "
        "dominant language en. multipart/alternative UTF-8 QP with HTML signature table; Cc to the client.")


def m_lawyer_a1():
    body = """Dear Sir or Madam,

Our ref.: 2026/0147 – Construções Barbosa Lda

We advise a Portuguese construction company which has posted three workers to a building site in
Antwerp since January. Last week one of them was questioned on site by an inspector who told him
that "nothing was found" for him, i.e. neither the posting declaration nor the Portuguese A1
certificate showing that he remains insured in Portugal. The company holds a receipt for both.

Could you tell us:

1. how a foreign employer (or its lawyer) can check online whether a posting declaration has been
   correctly registered on the Belgian side, and under which number;
2. which Belgian institution we should contact if an A1 certificate issued abroad does not appear
   in the Belgian systems;
3. whether the worker is at any risk of having to pay Belgian social contributions in the
   meantime.

I have to say that the websites send one round in circles between three institutions, none of
which seems to answer in English. A pointer to the right door would already help a great deal.

Kind regards,

""" + LAWYER_SIG_EN
    raw = message([
        ("Received", rcv("mail.ferreira-lambert.example.be", "192.0.2.140", "Wed, 04 Mar 2026 09:47:31 +0100")),
        ("From", addr(*LAWYER)),
        ("To", MAILBOX),
        ("Subject", "Query - posted worker, A1 certificate not found (our ref. 2026/0147)"),
        ("Date", "Wed, 04 Mar 2026 09:47:12 +0100"),
        ("Message-ID", "<DB9PR01MB4410E019@DB9PR01MB4410.eurprd01.prod.example.com>"),
    ], text(body, cte="base64"))
    add(raw, "information_request", "en", "social_security", None,
        "Lawyer asks how to verify a posting declaration / A1 certificate and which institution to "
        "contact (social security coverage of posted workers); grumble about websites going in circles "
        "but only questions -> information_request. text/plain UTF-8 base64.")


def m_lawyer_airport():
    body_txt = """Dear Sir or Madam,

Re: Mr Tariq Haddad – arrival at the airport on 7 February 2026

I am writing on behalf of my client, Mr Tariq Haddad, holder of a valid Belgian residence card
(type F, valid until 2029), to file a formal complaint about the way he was treated by police
officers at the airport border control on 7 February 2026.

On arrival from Beirut at about 06:30, Mr Haddad was taken aside and held for close to six hours
in the police offices in the arrivals area. During that time:

- no interpreter was provided, although he speaks Arabic and only limited English, and he was
  asked to sign a statement in Dutch which he could not read;
- his telephone was taken from him and he was refused permission to call his wife or his lawyer;
- one officer remarked, in English and in front of other travellers, that "people like you always
  have a story";
- he was given no written reason for his detention and was eventually released without any
  decision being notified to him.

His residence card was valid throughout; a copy is available on request.

My client asks that this complaint be registered and investigated, that the identity of the
officers concerned be established and that any camera images of the arrivals area for that
morning be preserved. We would also like to receive a copy of the statement he was made to sign.

Yours faithfully,

Nadia Ferreira
Lawyer – Brussels Bar"""
    style = ("body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;color:#1a1a1a}"
             " .sig{color:#8a1c2b;font-weight:bold} .disc{font-size:8pt;color:#888}")
    sig = ("<p class=\"sig\">FERREIRA LAMBERT AVOCATS</p>\n<p>Avenue de la Toison d'Or 77 &ndash; 1060 Brussels"
           "<br>T +32 2 000 41 90 | <a href=\"https://www.ferreira-lambert.example.be\">www.ferreira-lambert.example.be</a></p>\n"
           "<p class=\"disc\">This e-mail may contain privileged and confidential information.</p>\n")
    raw = message([
        ("Received", rcv("mail.ferreira-lambert.example.be", "192.0.2.140", "Mon, 09 Feb 2026 16:20:12 +0100")),
        ("From", addr(*LAWYER)),
        ("To", MAILBOX),
        ("Subject", "Formal complaint - treatment of Mr T. Haddad by officers at the airport, 7 Feb 2026"),
        ("Date", "Mon, 09 Feb 2026 16:19:58 +0100"),
        ("Message-ID", "<DB9PR01MB4410A7C2@DB9PR01MB4410.eurprd01.prod.example.com>"),
        ("X-MS-Has-Attach", ""),
    ], text(htmlize(body_txt, style, sig), sub="html"))
    add(raw, "complaint", "en", "police", None,
        "Lawyer files a complaint about POLICE CONDUCT at airport border control (no interpreter, phone "
        "taken, remark); the word 'border' and 'residence card' are distractors for foreign affairs; no "
        "decision contested -> complaint, police. HTML-only UTF-8 QP with <style> and signature.")


# =========================================================================== British retiree (en)
def m_geoff_tax():
    body = """Dear Sir or Madam,

I hope you will forgive my writing in English. My French is adequate for the boulangerie but not,
I am afraid, for the tax authorities.

My wife and I retired to a village near Bouillon in 2021. I receive two pensions from the United
Kingdom: the UK State Pension, and a civil service pension from the Ministry of Defence, where I
worked for 31 years.

In December I received the tax bill for the 2025 assessment year (article number 912.337.441)
asking for EUR 3,912.66. As far as my neighbour and I can make out, your office has taxed my civil
service pension as well as the state pension. Under the double taxation convention between the
United Kingdom and Belgium, a government service pension is taxable only in the UK, and HMRC has
already deducted tax from it at source (I have the P60 forms for the year).

I would be most grateful if you could look at the calculation again and correct it, and let me
know whether I should pay the undisputed part in the meantime – I have no wish to be charged
interest. For what it is worth, I also made an advance payment of EUR 500 last October, which
does not seem to appear anywhere on the bill.

I did telephone the number on the letter and was told, very kindly, "en français, s'il vous
plaît".

Yours faithfully,

Geoffrey Hartnell
Rue du Moulin 3, 5550 Vresse-sur-Semois"""
    p = multipart("alternative", [text(body), text(htmlize(body), sub="html")])
    raw = message([
        ("Received", rcv("smtp.mail.example.org", "203.0.113.9", "Sat, 07 Feb 2026 10:32:18 +0100")),
        ("From", addr(*GEOFF)),
        ("To", MAILBOX),
        ("Subject", "My Belgian tax bill - UK civil service pension taxed twice?"),
        ("Date", "Sat, 07 Feb 2026 09:32:05 +0000"),
        ("Message-ID", "<5f0c1a2e-98b1-4a55-b7f0-hartnell0207@mail.example.org>"),
        ("User-Agent", "Mozilla/5.0 Thunderbird/128.4.0"),
    ], p)
    add(raw, "appeal", "en", "taxes", None,
        "Retiree asks to 'look at the calculation again and correct it' (UK government pension taxed "
        "in Belgium despite the treaty): request to change a tax assessment without legal words -> "
        "appeal, taxes; 'pension' and 'advance payment' are distractors. multipart/alternative UTF-8 QP; "
        "Date in +0000 (UK habit).")


def m_geoff_licence():
    body = """Dear Sir or Madam,

In November I asked my commune to exchange my UK driving licence for a Belgian one. The lady at
the commune was very helpful, kept my British licence, gave me a paper receipt and told me the
file had to go "to Brussels" for the usual check with the DVLA. That was eleven weeks ago.

Since then:
- the commune tells me it is now "in Brussels" and they cannot do anything;
- I have written twice to the address they gave me for the mobility helpdesk (22 December and
  30 January) and received nothing, not even an automatic reply;
- the telephone number on your website is answered in French and Dutch only and the call is cut
  after the menu.

Meanwhile I have no licence. The paper receipt is not accepted outside Belgium -- I was turned back
by a very polite gendarme near Sedan last week -- and we live twenty minutes from the border.

Is there anyone who actually knows where my licence is? I would settle for that.

Yours faithfully,
Geoffrey Hartnell
Vresse-sur-Semois"""
    raw = message([
        ("Received", rcv("smtp.mail.example.org", "203.0.113.9", "Wed, 11 Feb 2026 14:56:33 +0100")),
        ("From", addr(*GEOFF)),
        ("To", MAILBOX),
        ("Subject", "Driving licence exchange - eleven weeks and counting"),
        ("Date", "Wed, 11 Feb 2026 13:56:20 +0000"),
        ("Message-ID", "<a73e44d0-hartnell0211@mail.example.org>"),
    ], text(body, cs="iso-8859-1", cte="quoted-printable"))
    add(raw, "complaint", "en", "mobility", None,
        "Driving licence exchange stuck, ping-pong commune/'Brussels', no replies; 'gendarme' is a "
        "distractor for police -> complaint, mobility; ends with a question. text/plain ISO-8859-1 QP "
        "(pure ASCII content).")


def m_geoff_archives():
    body = """Dear Sir or Madam,

My wife and I are trying to trace the history of our house, an old mill, and we have been told
that the State Archives reading room in Arlon holds the relevant land registers.

My wife uses a wheelchair. Your website says that the building is accessible "on request". Could
you tell me whom we should ask, how far in advance, and whether there is a parking space close to
the entrance? We would like to come on a Tuesday in April.

I must say it seems a little odd to have to ask permission to use a lift, but no doubt there is a
reason.

With thanks and kind regards,
Geoffrey Hartnell"""
    raw = message([
        ("Received", rcv("smtp.mail.example.org", "203.0.113.9", "Thu, 05 Mar 2026 19:22:47 +0100")),
        ("From", addr(*GEOFF)),
        ("To", MAILBOX),
        ("Subject", "Wheelchair access - reading room"),
        ("Date", "Thu, 05 Mar 2026 18:22:40 +0000"),
        ("Message-ID", "<c90b11f2-hartnell0305@mail.example.org>"),
    ], text(body, cs="us-ascii", cte="7bit", flowed=True))
    add(raw, "information_request", "en", "other", None,
        "Question about wheelchair access to a federal archives reading room, with a mild grumble "
        "('odd to ask permission to use a lift') -> information_request; federal building / scientific "
        "institution is none of the seven domains -> other. text/plain us-ascii 7bit format=flowed.")


def m_geoff_camera():
    body = """Dear Sir or Madam,

Ref.: 62/MAR/2026/118702 - speed camera, Marche-en-Famenne, 3 February 2026, 16:41

I have received the above notice for driving at 61 km/h in a 50 km/h zone, with a proposal to pay
EUR 53.

I do not believe the offence was committed with my car. Following the instructions on the letter I
looked at the photograph online. It shows a white delivery van; my car is a dark blue Skoda Octavia
estate. The number plate on the picture is partly hidden, and I suspect it has been misread: mine is
1-HRT-508, and the van's plate seems to end in 608 or 808.

In any case, on 3 February my wife and I were at the hospital in Libramont all afternoon (I can send
the appointment letter).

I should be grateful if you would cancel the notice, or tell me what else you need from me.

Yours faithfully,
Geoffrey Hartnell
Vresse-sur-Semois"""
    raw = message([
        ("Received", rcv("smtp.mail.example.org", "203.0.113.9", "Mon, 16 Feb 2026 08:05:51 +0100")),
        ("From", addr(*GEOFF)),
        ("To", MAILBOX),
        ("Subject", "Speed camera notice 62/MAR/2026/118702 - wrong vehicle"),
        ("Date", "Mon, 16 Feb 2026 07:05:44 +0000"),
        ("Message-ID", "<e11d0e6b-hartnell0216@mail.example.org>"),
    ], text(body, cs="us-ascii", cte="7bit"), crlf=True)
    add(raw, "appeal", "en", "police", None,
        "Polite request to cancel a speed-camera fine (wrong vehicle on the photo), no legal words -> "
        "appeal, police (traffic fine convention). text/plain us-ascii 7bit, CRLF line endings.")


def webform(lang_label, name, mail, phone, service, subject_line, msg_text, when, date, mid, extra_fields=""):
    return f"""Nouveau message reçu via le formulaire de plainte en ligne.
Nieuw bericht ontvangen via het online klachtenformulier.

Date / Datum       : {when}
Langue / Taal      : {lang_label}
Nom / Naam         : {name}
E-mail             : {mail}
Téléphone / Tel.   : {phone}
Service / Dienst   : {service}
{extra_fields}Objet / Onderwerp  : {subject_line}

Message / Bericht :
{msg_text}

--
Ce message a été généré automatiquement. Répondez au citoyen via « Répondre » (Reply-To).
Dit bericht werd automatisch gegenereerd. Antwoord de burger via « Beantwoorden » (Reply-To).
"""


def m_geoff_webform():
    msg = """This is my third attempt to submit this form, so forgive the tone.

1. The "telephone" field refuses my UK mobile number (+44 7700 900123). The error message appears
   in Dutch only, even though I had chosen English at the top of the page.
2. The postcode field would not accept anything until I removed the space I had typed.
3. Twice, the "Submit" button sent me back to an empty form, and everything I had written was gone.

I have now entered a made-up Belgian number just to get through. Not everybody living in Belgium
has a Belgian telephone number, and as far as I can see this form is the only way you offer to
make a complaint at all. Please would somebody fix it.

G. Hartnell"""
    body = webform("EN", "Geoffrey Hartnell", GEOFF[1], "061 00 00 00", "Autre / Andere",
                   "Your complaint form", msg, "2026-02-22 20:14", "", "")
    p = multipart("alternative", [text(body), text(htmlize(body, "body{font-family:monospace}"), sub="html")])
    raw = message([
        ("Received", "from web-app02.federal.example.be (web-app02.federal.example.be [10.20.4.12])\n\tby "
                     "mx1.federal.example.be (Postfix) with ESMTP id 4Q2Z7X0CWEB1\n\tfor <"
                     + MAILBOX + ">; Sun, 22 Feb 2026 20:14:37 +0100"),
        ("From", addr("Formulaire de plainte / Klachtenformulier", "no-reply-webform@federal.example.be")),
        ("Reply-To", addr(*GEOFF)),
        ("To", MAILBOX),
        ("Subject", "[Webform] Nouvelle plainte / Nieuwe klacht - Autre / Andere"),
        ("Date", "Sun, 22 Feb 2026 20:14:37 +0100"),
        ("Message-ID", "<webform.20260222201437.88213@federal.example.be>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Webform-Mailer/2.3"),
    ], p)
    add(raw, "complaint", "en", "other", None,
        "Web-form notification (no-reply-webform, Auto-Submitted set by OUR site, citizen in Reply-To) "
        "whose content is a complaint ABOUT THE COMPLAINT FORM ITSELF -> complaint, other; language = "
        "citizen's text (en), not the bilingual FR/NL form labels. multipart/alternative UTF-8 QP.")


# =========================================================================== Ostend widow (nl) + son
def m_rosa_pension():
    body = """Goeiendag,

'k Ben Rosa Vanhoutte, de weduwe van Marcel Declercq. Marcel is gestorven op 2 december. Hij was
visser, 41 jaar op zee, de laatste twintig jaar op zijn eigen boot, de O.312.

Zijn pensioen is gestopt in januari, da is normaal zeggen ze. Maar van mijn eigen pensioen als
weduwe heb ik nog geen euro gezien en 't is nu al half februari. 'k Heb de papieren die ze mij
gestuurd hebben in januari ingevuld en teruggestuurd met de post, mijn zoon heeft er nog een kopie
van gemaakt.

'k Heb drie keer gebeld naar da gratis nummer. Ge zit daar een half uur te wachten met een
muziekske en dan zeggen ze "mevrouw, het is in behandeling". Da zeggen ze alle drie de keren.
'k Heb de huur en de begrafenis moeten betalen van mijn spaarboekske en da is nu bijna op.

Mijn zoon zegt dat ik moet schrijven, dus 'k schrijf. Kunt ge mij zeggen wanneer dat ze dat gaan
betalen?

Met vriendelijke groeten
Rosa Vanhoutte
Oostende"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Tue, 10 Feb 2026 15:44:02 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", "pensioen van mijne man"),
        ("Date", "Tue, 10 Feb 2026 15:43:49 +0100"),
        ("Message-ID", "<000001dc9a41$2f4b1e30$8de15a90$@mail.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body, cs="iso-8859-1", cte="8bit"))
    add(raw, "complaint", "nl", "pensions", None,
        "Widow (West-Flemish touches: 'k, ge, da, mijne man) complains that her survivor's pension "
        "has not been paid for two months and the phone line only says 'in behandeling'; ends with a "
        "question -> complaint, pensions. text/plain ISO-8859-1 8bit.")


def m_kurt_recalc():
    body = """Geachte heer, mevrouw,

Ik schrijf u in naam van mijn moeder, mevrouw Rosa Vanhoutte (Oostende), weduwe van Marcel
Declercq. Mijn moeder heeft mij gevraagd dit voor haar op te volgen; zij is zelf niet zo vlot met
de computer.

Op 2 maart heeft zij eindelijk de beslissing over haar overlevingspensioen ontvangen. Het bedrag
(1.184,27 euro bruto per maand) ligt een pak lager dan wat men haar aan de telefoon had
voorgespiegeld. Bij nazicht van de loopbaanstaat die bij de brief zat, blijkt dat de jaren 1979 tot
1991 ontbreken. In die periode voer mijn vader als matroos en later als schipper op schepen van
een Oostendse rederij, dus als zeevisser in loondienst. Alleen de jaren als zelfstandig
reder-schipper (vanaf 1992) zijn meegeteld.

Wij hebben zijn zeemansboekje nog, met alle aanmonsteringen, en kunnen daar kopieën van bezorgen.

Zou u het dossier daarom opnieuw willen bekijken en de volledige loopbaan van mijn vader laten
meetellen in de berekening? Als u daarvoor nog iets van ons nodig hebt, hoor ik het graag.

Met vriendelijke groeten,

Kurt Declercq
Bredene
0485 00 27 14"""
    p = multipart("alternative", [text(body, flowed=False),
                                  text("<div dir=\"ltr\">" + htmlize(body).split("<body>\n", 1)[1].rsplit("</body>", 1)[0]
                                       + "</div>\n", sub="html")], bnd="000000000000a1b2c3d4e5f60718")
    raw = message([
        ("Received", rcv("smtp.kustnet.example.be", "198.51.100.90", "Mon, 09 Mar 2026 20:31:15 +0100")),
        ("From", addr(*KURT)),
        ("To", MAILBOX),
        ("Subject", "Berekening overlevingspensioen mevr. Rosa Vanhoutte (mijn moeder)"),
        ("Date", "Mon, 09 Mar 2026 20:31:02 +0100"),
        ("Message-ID", "<CAJ7kq+declercq0309@kustnet.example.be>"),
    ], p)
    add(raw, "appeal", "nl", "pensions", None,
        "Son writes for his mother: asks to look at the survivor's pension decision again and count "
        "the missing years at sea ('opnieuw bekijken ... laten meetellen'), no legal words -> appeal, "
        "pensions. Gmail-like multipart/alternative UTF-8 QP.")


def m_rosa_tax():
    body = """Goeiendag,

'k Ben het weer, Rosa Vanhoutte uit Oostende. 'k Heb al eens geschreven voor mijn pensioen, da is
nummer PLT-2026-002047, en da is nog altijd nie opgelost, maar nu is er iets anders.

'k Heb een aanslagbiljet gekregen op naam van "de nalatenschap van Marcel Declercq" en 'k moet
2.341,18 euro betalen tegen eind april. Er staat op dat het geld van zijn groepsverzekering van de
rederij bij zijn inkomen is geteld, aan 't volle tarief. Meneer Claeys, die al dertig jaar de
boekhouding van de boot doet, zegt dat da aan een apart tarief moest en dat ulder u vergist hebt.

'k Ben daar nie mee akkoord. 'k Wil dat ge da opnieuw uitrekent. Het aanslagbiljet ligt hier, 'k
kan een kopie opsturen als ge da wilt, of meneer Claeys kan u bellen.

Met vriendelijke groeten
Rosa Vanhoutte"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Tue, 24 Feb 2026 11:07:29 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", "aanslagbiljet Marcel"),
        ("Date", "Tue, 24 Feb 2026 11:07:18 +0100"),
        ("Message-ID", "<000001dca5b2$7730c210$65924630$@mail.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body, cs="windows-1252"))
    add(raw, "appeal", "nl", "taxes", "PLT-2026-002047",
        "Widow disagrees with a tax assessment on her late husband's estate and asks to recalculate it "
        "('nie mee akkoord ... opnieuw uitrekent') -> appeal, taxes. She cites her EARLIER pension ticket "
        "PLT-2026-002047 -> refers_to set, but this is a new matter, NOT a follow_up, and the category "
        "is taxes, not pensions. text/plain windows-1252 QP.")


def m_rosa_plate_webform():
    msg = """Ik schrijf voor mijn grootmoeder, zij zit naast mij en zegt wat ik moet zetten.

"De auto van Marcel, mijne man zaliger, is verkocht aan de garage in Gistel. De garagist zegt dat
ik zelf de nummerplaat moet laten schrappen. Op internet moet ge da doen met itsme of nen
kaartlezer en da heb ik nie. In 't postkantoor zeggen ze: ge moet naar Brussel. 'k Ben 77 jaar,
'k ga nie met den trein naar Brussel voor ne nummerplaat. En ondertussen blijft de verzekering
geld afhalen want de plaat staat nog altijd op zijn naam. Da kan toch nie de bedoeling zijn."

Mijn oma heeft de nummerplaat nog hier liggen. Kan iemand haar gewoon helpen?
Lotte (kleindochter)"""
    body = webform("NL", "Rosa Vanhoutte", ROSA[1], "059 00 72 31", "Mobiliteit / Mobilité",
                   "nummerplaat van mijn overleden man", msg, "2026-02-27 17:02", "", "")
    p = multipart("alternative", [text(body, cte="base64"),
                                  text(htmlize(body, "body{font-family:monospace}"), sub="html", cte="base64")])
    raw = message([
        ("Received", "from web-app01.federal.example.be (web-app01.federal.example.be [10.20.4.11])\n\tby "
                     "mx1.federal.example.be (Postfix) with ESMTP id 4Q3K1L2WEB9\n\tfor <"
                     + MAILBOX + ">; Fri, 27 Feb 2026 17:02:51 +0100"),
        ("From", addr("Formulaire de plainte / Klachtenformulier", "no-reply-webform@federal.example.be")),
        ("Reply-To", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", "[Webform] Nieuwe klacht / Nouvelle plainte - Mobiliteit / Mobilité"),
        ("Date", "Fri, 27 Feb 2026 17:02:51 +0100"),
        ("Message-ID", "<webform.20260227170251.88731@federal.example.be>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Webform-Mailer/2.3"),
    ], p)
    add(raw, "complaint", "nl", "mobility", None,
        "Web-form notification (citizen in Reply-To) typed by a granddaughter for the widow: cancelling "
        "the late husband's number plate impossible without itsme, sent from counter to counter -> "
        "complaint, mobility (plates; insurance is a distractor). multipart/alternative, UTF-8 base64.")


def m_rosa_police():
    body = """Goeiendag,

'k Wil een klacht indienen over den agent aan het onthaal van het politiekantoor in Oostende.

Op 5 februari heeft er ne mens naar mij gebeld die zei dat hij van de bank was en dat er iemand
met mijn kaart aan 't betalen was. Hij was heel vriendelijk en hij wist mijn naam en adres. 'k
Heb hem mijn codes gegeven. 's Avonds was er 1.900 euro weg van mijn rekening.

Den dag erna ben ik naar 't politiekantoor gegaan om aangifte te doen. Den agent aan 't onthaal
heeft mij uitgelachen. Hij zei "ge moet ook nie alles geloven, madammeke" en "da is toch uw eigen
schuld". Hij wou eerst geen proces-verbaal maken, "da heeft toch geen zin, da geld ziet ge nooit
terug". 'k Heb daar een uur buiten op de bank in de gang gezeten tot mijn zoon kwam, en toen ging
het ineens wel.

'k Weet da 'k dom geweest ben met die codes. Maar 'k ben 77 en 'k heb net mijne man verloren, en
'k voelde mij daar lijk een onnozel kind. Da moet een agent toch nie zeggen tegen ne mens die
bestolen is.

'k Zou graag hebben dat ze hem daar iets over zeggen.

Rosa Vanhoutte"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Mon, 16 Feb 2026 10:12:40 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", "over den agent aan het politiekantoor"),
        ("Date", "Mon, 16 Feb 2026 10:12:29 +0100"),
        ("Message-ID", "<000001dc9f0e$1a2b3c40$4e5f6a70$@mail.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body))
    add(raw, "complaint", "nl", "police", None,
        "Phone-fraud victim complains about the officer at the police desk (mocking, refusing to take "
        "the report at first) -> complaint about police conduct; 'bank', 'bestolen' and the money lost "
        "are distractors. Dialect. text/plain UTF-8 QP.")


def m_rosa_statbel():
    body = """Goeiendag,

Ze blijven mij bellen en brieven sturen voor een enquête over "het budget van de huishoudens", van
't statistiekbureau in Brussel. Ze willen dat ik een maand lang alles opschrijf wat ik uitgeef.

'k Heb aan de telefoon al twee keer gezegd dat ik nie wil meedoen, mijne man is in december
gestorven en 'k heb wel ander zorgen. Nu krijg ik nen brief dat het "verplicht" is en dat ik een
boete kan krijgen als ik nie meedoe. Is da waar? Een boete omdat ge geen boekske wilt bijhouden?

'k Wil da da stopt, die telefoons. 'k Word daar zenuwachtig van.

Rosa Vanhoutte
Oostende"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Thu, 12 Mar 2026 09:51:18 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", ew("die enquête", "iso-8859-1")),
        ("Date", "Thu, 12 Mar 2026 09:51:07 +0100"),
        ("Message-ID", "<000001dcb1f4$5e6d7c80$1b2a3940$@mail.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body, cs="iso-8859-1"))
    add(raw, "complaint", "nl", "other", None,
        "Complaint about repeated calls/letters for a statistics survey (household budget) threatening "
        "a fine; contains a question ('Is da waar?'); 'boete' is a distractor for police/taxes -> "
        "complaint, other. text/plain ISO-8859-1 QP, ISO-8859-1 Q-encoded subject.")


def m_rosa_maf():
    body = """Goeiendag,

'k Heb een vraag over de terugbetaling van mijn dokterskosten.

Sinds mijne man gestorven is heb ik veel minder inkomen, alleen mijn eigen pensioentje en nu
het weduwepensioen. Mijn buurvrouw zegt dat er iets bestaat dat als ge boven een bepaald bedrag
aan dokter en apotheek zit, ge de rest helemaal terugkrijgt, en dat het bedrag lager is als ge
weinig inkomen hebt.

Moet ik dat zelf aanvragen, of gebeurt dat vanzelf? En weet het ziekenfonds dat mijn inkomen nu
lager is, of moet ik hen dat laten weten? 'k Heb dit jaar al veel kosten gehad voor mijn knie.

Niemand legt da ne keer gewoon uit, 't is altijd "kijk op de website".

Dank u
Rosa Vanhoutte"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Wed, 18 Mar 2026 14:26:54 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", "vraag terugbetaling dokterskosten"),
        ("Date", "Wed, 18 Mar 2026 14:26:41 +0100"),
        ("Message-ID", "<000001dcb6d2$0a1b2c30$4d5e6f70$@mail.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body, cte="8bit", flowed=True))
    add(raw, "information_request", "nl", "social_security", None,
        "Question about the health-care cost ceiling (maximumfactuur, never named) and whether the "
        "health insurance fund knows her income dropped; small grumble at the end -> information_request, "
        "social_security (health insurance); 'pensioen' is a distractor. text/plain UTF-8 8bit format=flowed.")


def m_rosa_followup():
    t = "PLT-2026-002047"
    body = f"""Goeiendag,

'k Heb vandaag eindelijk geld gekregen van 't pensioen, twee maanden in een keer. Merci daarvoor.

Maar 't is wel minder dan wat ze aan de telefoon gezegd hadden. Mijn zoon Kurt gaat daar nog over
schrijven, hij verstaat da beter dan ik. Over het lange wachten moogt ge mijn klacht afsluiten.

Rosa Vanhoutte

> Van: Klachtendienst <{MAILBOX}>
> Verzonden: dinsdag 10 februari 2026 16:05
> Aan: Rosa Vanhoutte
> Onderwerp: [{t}] Ontvangstbevestiging van uw klacht
>
> Geachte mevrouw,
>
> Wij hebben uw bericht goed ontvangen. Het werd geregistreerd onder het nummer {t}.
> Vermeld dit nummer in al uw verdere correspondentie.
>
> De klachtendienst
"""
    raw = message([
        ("Received", rcv("smtp.mail.example.be", "198.51.100.61", "Tue, 03 Mar 2026 16:40:11 +0100")),
        ("From", addr(*ROSA)),
        ("To", MAILBOX),
        ("Subject", f"Antw: [{t}] Ontvangstbevestiging van uw klacht"),
        ("Date", "Tue, 03 Mar 2026 16:40:02 +0100"),
        ("Message-ID", "<000001dcab1c$6f7e8d90$2a3b4c50$@mail.example.be>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("References", f"<ack.{t.lower()}@federal.example.be>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
    ], text(body, cs="iso-8859-1"))
    add(raw, "follow_up", "nl", "pensions", t,
        "Reply ('Antw:' + In-Reply-To) to our Dutch ack: pension now paid, she withdraws the delay "
        "complaint and announces her son will write about the amount -> follow_up, pensions. "
        "text/plain ISO-8859-1 QP with '> ' quoted ack.")


# =========================================================================== Kelmis shop owner (de)
def m_kreusch_tax_appeal():
    body = """Sehr geehrte Damen und Herren,

hiermit lege ich gemäß Artikel 366 EStGB 92 Beschwerde gegen den Steuerbescheid
(Auszug aus der Heberolle) für das Steuerjahr 2025, Einkommen 2024, ein.

Steuerpflichtiger: Helmut Kreusch, Kirchstraße 14, 4720 Kelmis
Artikelnummer: 704.118.552 - Versanddatum: 14.01.2026
Geforderter Betrag: 6.218,40 €

Begründung:
Bei der Veranlagung wurden die von mir angegebenen Berufskosten um 7.940 € gekürzt, ohne dass ich
vorher eine Berichtigungsmitteilung erhalten hätte. Es handelt sich um
1) die Miete für den Lagerraum in Hergenrath (12 x 410 €), in dem ich die Ware für das Geschäft
   lagere, und
2) die Kosten für den Lieferwagen (Kilometergeld für die Lieferungen an Schulen und Büros).

Beide Posten wurden in den Vorjahren immer anerkannt. Den Mietvertrag und das Fahrtenbuch füge ich
bei bzw. kann ich jederzeit vorlegen.

Ich bitte Sie, die Veranlagung entsprechend zu berichtigen und mir den zu viel geforderten Betrag
gutzuschreiben.

""" + KREUSCH_SIG
    p = multipart("mixed", [text(body, cs="iso-8859-15"),
                            attachment("application/pdf", "Mietvertrag Lager Hergenrath.pdf", fake_pdf("miete"))])
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Mon, 02 Feb 2026 19:48:26 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", ew("Beschwerde gegen den Steuerbescheid 2025 - Art. 704.118.552 - Kreusch", "iso-8859-1")),
        ("Date", "Mon, 02 Feb 2026 19:48:10 +0100"),
        ("Message-ID", "<20260202194810.3F1A2@kreusch-schreibwaren.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], p)
    add(raw, "appeal", "de", "taxes", None,
        "Belgian German tax law: 'Beschwerde gegen den Steuerbescheid' (art. 366 EStGB 92) against "
        "rejected business expenses = tax APPEAL, not a service complaint. multipart/mixed: text/plain "
        "ISO-8859-15 QP (euro sign) + PDF; ISO-8859-1 Q-encoded subject.")


def m_kreusch_advance():
    body = """Sehr geehrte Damen und Herren,

ich möchte mich hiermit offiziell beschweren, und zwar nicht über einen Bescheid, sondern über die
Art, wie mit mir umgegangen wird.

Ich habe im Juli und im Oktober 2025 jeweils 1.500 € Vorauszahlung überwiesen, mit der
strukturierten Mitteilung, die auf dem Formular stand. In MyMinfin steht jetzt für 2025: « aucun
versement anticipé ». Das Geld ist offenbar dem Jahr 2024 zugeordnet worden.

Ich habe deswegen am 18. November und am 9. Januar ans Kontaktzentrum geschrieben, mit den
Kontoauszügen im Anhang. Zurück kamen zwei Mails, beide nur auf Französisch: « Veuillez nous
transmettre la preuve de paiement. » Die Belege hatte ich aber jedes Mal beigelegt! Telefonisch
bin ich nach 40 Minuten in der deutschsprachigen Warteschleife rausgeflogen.

Ich verstehe Französisch, wir sind hier in Kelmis an der Grenze. Aber ich bin deutschsprachiger
Bürger und habe ein Recht darauf, in meiner Sprache eine Antwort zu bekommen, und vor allem eine
Antwort, die zeigt, dass jemand meine Mail gelesen hat.

Wer ist bei Ihnen eigentlich zuständig, und wie lange soll das noch dauern? Ich will am Ende nicht
die Erhöhung für fehlende Vorauszahlungen bezahlen, weil jemand zwei Überweisungen falsch gebucht
hat.

""" + KREUSCH_SIG
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Wed, 28 Jan 2026 12:15:09 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", ew("Beschwerde – Vorauszahlungen falsch gebucht, Antworten nur auf Französisch")),
        ("Date", "Wed, 28 Jan 2026 12:14:55 +0100"),
        ("Message-ID", "<20260128121455.7C0D9@kreusch-schreibwaren.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body))
    add(raw, "complaint", "de", "taxes", None,
        "German 'Beschwerde' used for a SERVICE complaint (advance tax payments booked to the wrong "
        "year, form-letter answers only in French, unreachable); he says explicitly it is not about a "
        "decision -> complaint, taxes. Contains French quotes (language still de) and questions. "
        "text/plain UTF-8 QP, Q-encoded subject. Original of ticket PLT-2026-002119.")


def m_kreusch_followup():
    t = "PLT-2026-002119"
    body = f"""Guten Tag,

eine Ergänzung zu meiner Beschwerde:

Gestern hat mich eine Frau Lejeune vom Büro in Eupen angerufen, sehr freundlich und auf Deutsch.
Die beiden Zahlungen wurden gefunden und werden auf 2025 umgebucht. Eine schriftliche Bestätigung
soll in den nächsten Tagen kommen.

Wenn die Bestätigung bis Ende Februar da ist, können Sie die Sache von meiner Seite aus schließen.
Trotzdem: vier Monate und drei Mails für zwei Überweisungen, das sollte nicht normal sein.

Mit freundlichen Grüßen
Helmut Kreusch

-----Ursprüngliche Nachricht-----
Von: Service des plaintes / Klachtendienst <{MAILBOX}>
Gesendet: Mittwoch, 28. Januar 2026 14:02
An: info@kreusch-schreibwaren.example.be
Betreff: [{t}] Eingangsbestätigung Ihrer Beschwerde

Sehr geehrte Dame, sehr geehrter Herr,

wir haben Ihre Nachricht erhalten. Sie wurde unter der Nummer {t} registriert.
Bitte geben Sie diese Nummer bei jedem weiteren Schriftwechsel an.

Der Beschwerdedienst
"""
    p = multipart("alternative", [text(body, cs="iso-8859-1"),
                                  text(htmlize(body), sub="html", cs="iso-8859-1")])
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Thu, 12 Feb 2026 08:30:44 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", ew(f"AW: [{t}] Eingangsbestätigung Ihrer Beschwerde", "iso-8859-1")),
        ("Date", "Thu, 12 Feb 2026 08:30:31 +0100"),
        ("Message-ID", "<20260212083031.9E2B4@kreusch-schreibwaren.example.be>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("References", f"<ack.{t.lower()}@federal.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], p)
    add(raw, "follow_up", "de", "taxes", t,
        "German Outlook 'AW:' reply to our ack with 'Ursprüngliche Nachricht' block: new fact (payments "
        "found, will be rebooked), conditional closing -> follow_up, taxes (category of the original "
        "advance-payment complaint). multipart/alternative ISO-8859-1 QP, Q-encoded subject.")


def m_kreusch_pension_q():
    body = """Sehr geehrte Damen und Herren,

ich habe eine Frage zur Pension meiner Frau.

Meine Frau Marlene arbeitet seit 1994 mit mir im Geschäft. Bis 2005 hatte sie keinen eigenen
Status, seit 2006 ist sie als mithelfende Ehepartnerin angemeldet und zahlt eigene Beiträge. Sie
wird im nächsten Jahr 65.

1) Bekommt sie für die Jahre seit 2006 eine eigene Pension, oder läuft das über meine Pension?
2) Zählen die Jahre 1994–2005 irgendwie mit, und kann man das nachträglich regeln?
3) Wo können wir eine Schätzung bekommen, die wir auch verstehen – auf Deutsch?

Die Sozialversicherungskasse schickt uns zu Ihnen, und ich vermute, Sie schicken uns wieder
zurück. Ich hoffe, diesmal nicht.

""" + KREUSCH_SIG
    p = multipart("alternative", [text(body, cs="windows-1252"),
                                  text(htmlize(body, "p.MsoNormal{margin:0cm;font-family:Calibri}"),
                                       sub="html", cs="windows-1252")])
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Sat, 21 Feb 2026 17:05:12 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", "Frage zur Pension meiner Frau (mithelfende Ehepartnerin)"),
        ("Date", "Sat, 21 Feb 2026 17:04:59 +0100"),
        ("Message-ID", "<20260221170459.1D4C8@kreusch-schreibwaren.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], p)
    add(raw, "information_request", "de", "pensions", None,
        "Questions about the pension rights of a self-employed man's helping spouse; grumble about being "
        "sent back and forth -> information_request, pensions ('Sozialversicherungskasse' is a distractor). "
        "Outlook multipart/alternative windows-1252 QP.")


def m_kreusch_burglary():
    body = """Sehr geehrte Damen und Herren,

in der Nacht vom 8. auf den 9. Januar wurde in mein Geschäft eingebrochen. Die Alarmanlage hat um
2.40 Uhr ausgelöst, ich war um 3 Uhr vor Ort und habe sofort die 101 angerufen.

Die Polizei kam um 5.50 Uhr, also drei Stunden später. Der Beamte sprach nur Französisch. Als ich
ihn bat, das Protokoll auf Deutsch aufzunehmen, sagte er wörtlich: « On n'est pas des
traducteurs, monsieur. » Spuren wurden keine gesichert, obwohl ich darum gebeten habe ("ça ne
sert à rien"). Zu allem Überfluss hat sein Kollege im Laden geraucht, zwischen den Zeitschriften.

Mir wurden Zigaretten und Lottoscheine für über 4.000 € gestohlen. Dass die Polizei nicht jeden
Dieb fängt, weiß ich. Aber so behandelt zu werden, in meinem eigenen Geschäft, in einer
deutschsprachigen Gemeinde, das akzeptiere ich nicht.

Ist das normal? Ich erwarte eine Stellungnahme.

Protokollnummer: VE.11.L1.000311/2026

""" + KREUSCH_SIG
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Tue, 13 Jan 2026 21:40:38 +0100")),
        ("From", addr(*KREUSCH, cs="iso-8859-15")),
        ("To", MAILBOX),
        ("Subject", ew("Einbruch in meinem Geschäft - Verhalten der Polizei", "iso-8859-15")),
        ("Date", "Tue, 13 Jan 2026 21:40:21 +0100"),
        ("Message-ID", "<20260113214021.5B7E1@kreusch-schreibwaren.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cs="iso-8859-15", cte="8bit"))
    add(raw, "complaint", "de", "police", None,
        "Complaint about police conduct after a burglary (3-hour delay, refused German, smoking in the "
        "shop); theft itself is not the complaint -> complaint, police. text/plain ISO-8859-15 8bit (euro sign), ISO-8859-15 Q-encoded subject.")


def m_kreusch_legalisation():
    body = """Sehr geehrte Damen und Herren,

für einen Großkunden in Casablanca brauche ich den Stempel auf einer Handelsrechnung und einem
Ursprungszeugnis, sonst kommt die Ware nicht durch den Zoll.

Das Online-Terminsystem in Brüssel gibt es nur auf Französisch und Niederländisch (« Choisissez
votre créneau »), der nächste freie Termin ist in sieben Wochen. Die angegebene E-Mail-Adresse
antwortet automatisch: « Cette boîte n'est pas surveillée. » Ich bin dann am 3. März selbst nach
Brüssel gefahren, zwei Stunden hin, zwei zurück. Am Eingang wurde ich ohne Termin nicht einmal ins
Gebäude gelassen.

Die Ware steht verpackt in meinem Lager. Mein Kunde wartet und droht, den Auftrag zu stornieren.

Warum gibt es für so einen einfachen Stempel keinen anderen Weg? Und warum kein Deutsch?

""" + KREUSCH_SIG
    p = multipart("alternative", [text(body, cte="base64"), text(htmlize(body), sub="html", cte="base64")])
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Wed, 04 Mar 2026 07:58:02 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", ew("Stempel für Handelsdokumente (Marokko) – Termin erst in 7 Wochen", mode="B")),
        ("Date", "Wed, 04 Mar 2026 07:57:49 +0100"),
        ("Message-ID", "<20260304075749.8A0F3@kreusch-schreibwaren.example.be>"),
    ], p)
    add(raw, "complaint", "de", "foreign_affairs", None,
        "Legalisation of commercial documents for Morocco ('den Stempel', service never named), "
        "appointments only in FR/NL, turned away at the building; 'Zoll' is a distractor for taxes -> "
        "complaint, foreign_affairs. Contains French quotes. multipart/alternative UTF-8 base64, B-encoded subject.")


def m_kreusch_unemployment():
    body = """Sehr geehrte Damen und Herren,

hiermit lege ich im Namen meines Betriebs und meiner Angestellten, Frau Jessica Thomé
(Verkäuferin, Vollzeit), Widerspruch gegen die Entscheidung des Arbeitsamtes vom 5. Februar 2026
ein, mit der ihr Antrag auf zeitweilige Arbeitslosigkeit aus Gründen höherer Gewalt für den
Zeitraum vom 15. Dezember 2025 bis zum 4. Januar 2026 abgelehnt wurde.

Begründung: Am Morgen des 15. Dezember ist im Obergeschoss ein Wasserrohr geplatzt. Der Laden stand
unter Wasser, der Strom musste abgeschaltet werden und das Geschäft blieb drei Wochen geschlossen.
Die Mitteilung der höheren Gewalt wurde noch am selben Tag elektronisch gemacht. In der Entscheidung
heißt es, die höhere Gewalt sei "nicht hinreichend nachgewiesen". Das Gutachten der Versicherung,
die Rechnung des Installateurs und Fotos liegen vor und wurden mit dem Antrag eingereicht.

Frau Thomé hat für diese drei Wochen kein Einkommen erhalten. Ich bitte Sie, die Entscheidung
aufzuheben und ihr die Leistungen für diesen Zeitraum zu gewähren.

""" + KREUSCH_SIG
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Thu, 19 Feb 2026 13:22:16 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", ew("Widerspruch – zeitweilige Arbeitslosigkeit Frau J. Thomé (Wasserschaden)")),
        ("Date", "Thu, 19 Feb 2026 13:22:03 +0100"),
        ("Message-ID", "<20260219132203.2C6A5@kreusch-schreibwaren.example.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body), crlf=True)
    add(raw, "appeal", "de", "unemployment", None,
        "Employer lodges 'Widerspruch' for his employee against refusal of temporary unemployment for "
        "force majeure (burst pipe) -> appeal, unemployment; 'Versicherung' is a distractor. "
        "text/plain UTF-8 QP, CRLF line endings.")


def m_kreusch_import_car():
    body = """Guten Tag,

ich habe in Aachen einen gebrauchten Lieferwagen (VW Caddy, Baujahr 2021) gekauft. Er hat im Moment
deutsche Kurzzeitkennzeichen, die am 14. März ablaufen.

Was brauche ich genau, um ihn in Belgien anzumelden? Ich habe den Fahrzeugbrief (Teil I und II),
den Kaufvertrag und die Rechnung. Muss er hier noch einmal zur technischen Kontrolle, bevor ich das
Kennzeichen beantragen kann, und brauche ich eine Konformitätsbescheinigung vom Hersteller? Kann
mein Versicherungsmakler die Anmeldung für mich machen?

Auf Ihrer Internetseite ist die Hälfte der Informationen auf Deutsch, beim Rest steht „nur auf
FR/NL verfügbar“. Das hilft bei einer Frist von zwei Wochen nicht wirklich weiter.

Danke im Voraus
H. Kreusch
Kelmis"""
    raw = message([
        ("Received", rcv("mail.kreusch-schreibwaren.example.be", "192.0.2.211", "Fri, 27 Feb 2026 18:11:47 +0100")),
        ("From", addr(*KREUSCH)),
        ("To", MAILBOX),
        ("Subject", "Frage: Auto in Aachen gekauft - wie hier anmelden?"),
        ("Date", "Fri, 27 Feb 2026 18:11:35 +0100"),
        ("Message-ID", "<20260227181135.6E9D1@kreusch-schreibwaren.example.be>"),
    ], text(body, cs="windows-1252"))
    add(raw, "information_request", "de", "mobility", None,
        "Registering a van bought in Germany (plates, technical inspection, certificate of conformity); "
        "grumble about half-translated website -> information_request, mobility. text/plain windows-1252 QP "
        "(German low-high quotes are windows-1252 bytes 0x84/0x93).")


# =========================================================================== auto-replies
def ar_fr_re():
    t = "PLT-2026-002231"
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 9 mars inclus, sans accès à mes e-mails.

Pour toute question urgente concernant les plannings et les chauffeurs, vous pouvez contacter
Olivier Masset au 071 00 93 40 ou écrire à planning@transports-ledent.example.com.

Bonne journée,

Stéphanie Moreau
Responsable administrative
Transports Ledent SA – Zoning de Jumet"""
    raw = message([
        ("Received", rcv("mx.transports-ledent.example.com", "203.0.113.150", "Mon, 02 Mar 2026 10:03:12 +0100")),
        ("From", addr("Stéphanie Moreau", "s.moreau@transports-ledent.example.com")),
        ("To", MAILBOX),
        ("Subject", ew(f"Re: [{t}] Accusé de réception de votre plainte")),
        ("Date", "Mon, 02 Mar 2026 10:03:05 +0100"),
        ("Message-ID", "<a1f2e3d4-ooo-0302@transports-ledent.example.com>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("References", f"<ack.{t.lower()}@federal.example.be>"),
    ], text(body, cte="8bit"))
    add(raw, "auto_reply", "fr", "other", t,
        "Human-looking 'Re: [PLT-...] Accusé de réception' with In-Reply-To to our ack but the body is "
        "only an out-of-office notice and there is NO auto-reply header -> auto_reply, refers_to = "
        "returned ticket. 'chauffeurs' hints at the lorry-driver case (distractor). text/plain UTF-8 8bit.")


def ar_nl_exchange():
    t = "PLT-2026-002245"
    body = """Bedankt voor uw bericht.

Ik ben met ouderschapsverlof tot en met 31 maart 2026. Uw e-mail wordt niet doorgestuurd en pas na
mijn terugkeer gelezen.

Voor dringende vragen over een dossier kunt u terecht bij het onthaal van de sociale dienst:
059 00 18 00 (elke werkdag van 9 tot 12 uur) of onthaal.sociaal@ocmw-kust.example.be.

Met vriendelijke groeten,
Jolien Vermeersch
Maatschappelijk werker - OCMW"""
    p = multipart("alternative", [text(body, cs="us-ascii", cte="7bit"),
                                  text(htmlize(body, "p.MsoNormal{margin:0}"), sub="html")])
    raw = message([
        ("Received", rcv("mail.ocmw-kust.example.be", "198.51.100.180", "Wed, 11 Mar 2026 13:47:40 +0100")),
        ("From", addr("Vermeersch Jolien", "jolien.vermeersch@ocmw-kust.example.be")),
        ("To", MAILBOX),
        ("Subject", f"Automatisch antwoord: [{t}] Ontvangstbevestiging van uw klacht"),
        ("Date", "Wed, 11 Mar 2026 12:47:38 +0000"),
        ("Message-ID", "<5e0a7b21c44d4f0e@AS8PR02MB6611.eurprd02.prod.example.com>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jolien.vermeersch@ocmw-kust.example.be"),
        ("Thread-Topic", f"[{t}] Ontvangstbevestiging van uw klacht"),
    ], p)
    add(raw, "auto_reply", "nl", "other", t,
        "Exchange 'Automatisch antwoord:' (parental leave) with Auto-Submitted: auto-replied and "
        "X-Auto-Response-Suppress; a social worker's mailbox, 'dossier' and 'klacht' in subject -> "
        "auto_reply, refers_to from the subject. multipart/alternative us-ascii 7bit + UTF-8 QP HTML.")


def ar_de_aw():
    t = "PLT-2026-002252"
    body = f"""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 13.03.2026, nicht im Büro und
habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter 080 00 21 66.

Mit freundlichen Grüßen
Bernd Hilger
Schreinerei Hilger GmbH - St. Vith

-----Ursprüngliche Nachricht-----
Von: Service des plaintes / Klachtendienst <{MAILBOX}>
Gesendet: Montag, 9. März 2026 11:20
Betreff: [{t}] Eingangsbestätigung Ihrer Beschwerde
"""
    raw = message([
        ("Received", rcv("mail.schreinerei-hilger.example.be", "192.0.2.77", "Mon, 09 Mar 2026 11:20:49 +0100")),
        ("From", addr("Bernd Hilger", "b.hilger@schreinerei-hilger.example.be")),
        ("To", MAILBOX),
        ("Subject", ew(f"AW: [{t}] Eingangsbestätigung Ihrer Beschwerde", "iso-8859-1")),
        ("Date", "Mon, 09 Mar 2026 11:20:44 +0100"),
        ("Message-ID", "<20260309112044.ooo.4471@schreinerei-hilger.example.be>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
    ], text(body, cs="iso-8859-1"))
    add(raw, "auto_reply", "de", "other", t,
        "Human-looking 'AW: [PLT-...] Eingangsbestätigung Ihrer Beschwerde' with a quoted header block, "
        "but the text is only an absence notice; NO auto-reply headers -> auto_reply (not follow_up), "
        "refers_to set. text/plain ISO-8859-1 QP, Q-encoded subject.")


def ar_en_ooo_html():
    t = "PLT-2026-002260"
    html_body = f"""<html><head><style>body{{font-family:Segoe UI,Arial;font-size:10pt}} .muted{{color:#777}}</style></head>
<body>
<p>Thank you for your email.</p>
<p>I am out of the office until Monday 16 March with very limited access to email. If your matter is
urgent, please contact my colleague Priya Shah (<a href="mailto:p.shah@harbourline-logistics.example.com">p.shah@harbourline-logistics.example.com</a>).</p>
<p>Best regards,<br>Daniel Okafor<br><span class="muted">Harbourline Logistics Ltd &ndash; Antwerp branch</span></p>
<p class="muted">Your message &quot;[{t}] Acknowledgement of your complaint&quot; will be read on my return.</p>
</body></html>
"""
    raw = message([
        ("Received", rcv("mx.harbourline-logistics.example.com", "203.0.113.201", "Thu, 12 Mar 2026 08:15:30 +0100")),
        ("From", addr("Daniel Okafor", "d.okafor@harbourline-logistics.example.com")),
        ("To", MAILBOX),
        ("Subject", "Out of Office"),
        ("Date", "Thu, 12 Mar 2026 07:15:27 +0000"),
        ("Message-ID", "<ooo.7Q1C.20260312071527@harbourline-logistics.example.com>"),
        ("In-Reply-To", f"<ack.{t.lower()}@federal.example.be>"),
        ("X-Autoreply", "yes"),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
    ], text(html_body, sub="html"))
    add(raw, "auto_reply", "en", "other", t,
        "Bare 'Out of Office' subject without ticket; X-Autoreply + Auto-Submitted; the ticket appears "
        "only in the HTML body line quoting our ack subject (and lower-case in In-Reply-To) -> auto_reply "
        "with refers_to. HTML-only UTF-8 QP with <style>.")


def ar_nl_ticket():
    body = """Beste,

Wij hebben uw e-mail goed ontvangen. Uw vraag kreeg het ticketnummer 2026031210000417.

Een medewerker van onze klantendienst behandelt uw vraag binnen 5 werkdagen. Vermeld dit
ticketnummer in het onderwerp als u ons nog iets wilt bezorgen, zo komt het bij hetzelfde dossier.

Wist u dat u de meeste zaken ook zelf kunt regelen via ons online loket?
https://loket.zorgkas-noord.example.be

Dit is een automatisch bericht. Gelieve niet te antwoorden op deze e-mail.

Met vriendelijke groeten,
Klantendienst Zorgkas Noord"""
    p = multipart("alternative", [text(body), text(htmlize(body, "body{font-family:Verdana;font-size:9pt}")
                                                   .replace("</body>", "<img src=\"https://t.zorgkas-noord.example.be/o.gif?t=2026031210000417\" width=\"1\" height=\"1\" alt=\"\"></body>"),
                                                   sub="html")])
    raw = message([
        ("Received", rcv("helpdesk.zorgkas-noord.example.be", "198.51.100.202", "Thu, 12 Mar 2026 10:00:22 +0100")),
        ("From", addr("Klantendienst Zorgkas Noord", "noreply@helpdesk.zorgkas-noord.example.be")),
        ("To", MAILBOX),
        ("Subject", "[Ticket#2026031210000417] Uw vraag werd goed ontvangen"),
        ("Date", "Thu, 12 Mar 2026 10:00:20 +0100"),
        ("Message-ID", "<1741770020.88812.otrs@helpdesk.zorgkas-noord.example.be>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Loop", "helpdesk.zorgkas-noord.example.be"),
        ("Precedence", "bulk"),
    ], p)
    add(raw, "auto_reply", "nl", "other", None,
        "Ticket-system auto-acknowledgement of ANOTHER organisation (a health insurance fund) with its "
        "own ticket number only, no PLT reference -> auto_reply, refers_to null. Auto-Submitted, X-Loop, "
        "Precedence: bulk; multipart/alternative UTF-8 QP with tracking pixel.")


# =========================================================================== bounces
def bounce_exim_en():
    t = "PLT-2026-002238"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a
permanent error. The following address(es) failed:

  kevdufrasne.truk@mail.example.com
    host mx1.mail.example.com [192.0.2.45]
    SMTP error from remote mail server after RCPT TO:<kevdufrasne.truk@mail.example.com>:
    550 5.1.1 <kevdufrasne.truk@mail.example.com>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <{MAILBOX}>
Received: from mx1.federal.example.be ([198.51.100.10])
\tby relay3.mailhost.example.net with esmtps (Exim 4.97)
\tid 1vQx7C-0004Zt-2b
\tfor kevdufrasne.truk@mail.example.com; Thu, 26 Feb 2026 09:12:44 +0100
From: Service des plaintes <{MAILBOX}>
To: kevdufrasne.truk@mail.example.com
Subject: [{t}] Accusé de réception de votre plainte
Date: Thu, 26 Feb 2026 09:12:40 +0100
Message-ID: <ack.{t.lower()}@federal.example.be>
Content-Type: text/plain; charset=utf-8

Madame, Monsieur,

Nous avons bien reçu votre message. Il a été enregistré sous la référence {t}.
Merci de mentionner cette référence dans toute correspondance ultérieure.

Le service des plaintes
"""
    raw = message([
        ("Return-Path", "<>"),
        ("Received", "from mailnull by relay3.mailhost.example.net with local (Exim 4.97)\n\tid 1vQx7D-0004a0-8R\n\t"
                     f"for {MAILBOX}; Thu, 26 Feb 2026 09:12:45 +0100"),
        ("X-Failed-Recipients", "kevdufrasne.truk@mail.example.com"),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@relay3.mailhost.example.net>"),
        ("To", MAILBOX),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1vQx7D-0004a0-8R@relay3.mailhost.example.net>"),
        ("Date", "Thu, 26 Feb 2026 09:12:45 +0100"),
    ], text(body, cte="8bit"))
    add(raw, "bounce", "en", "other", t,
        "Exim-style bounce as PLAIN TEXT (no multipart/report): English DSN text, the returned French "
        "acknowledgement copied inline (typo in the citizen's address) -> bounce, language en (DSN text), "
        "refers_to from the returned subject. text/plain UTF-8 8bit; Return-Path <>.")


def bounce_exchange_de():
    t = "PLT-2026-002249"
    human = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: [{t}] Eingangsbestätigung Ihrer Beschwerde
Gesendet: 06.03.2026 14:31

Folgende Empfänger konnten nicht erreicht werden:

'Marlies Kohnen' am 06.03.2026 14:31
    Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie
    es später erneut, oder wenden Sie sich direkt an den Empfänger.
    <mx.gemeinde-amel.example.be #5.2.2 smtp;552 5.2.2 mailbox full>
"""
    ds = Part(["Content-Type: message/delivery-status"],
              ("Reporting-MTA: dns; mx.gemeinde-amel.example.be\n\n"
               "Final-Recipient: rfc822; m.kohnen@gemeinde-amel.example.be\n"
               "Action: failed\nStatus: 5.2.2\n"
               "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n"
               "Remote-MTA: dns; mbx02.gemeinde-amel.example.be\n").encode())
    hdrs = Part(["Content-Type: text/rfc822-headers"],
                (f"Received: from mx1.federal.example.be (198.51.100.10) by mx.gemeinde-amel.example.be\n"
                 f" with ESMTP; Fri, 6 Mar 2026 14:31:09 +0100\n"
                 f"From: Service des plaintes / Klachtendienst <{MAILBOX}>\n"
                 "To: Marlies Kohnen <m.kohnen@gemeinde-amel.example.be>\n"
                 f"Subject: [{t}] =?utf-8?Q?Eingangsbest=C3=A4tigung_Ihrer_Beschwerde?=\n"
                 "Date: Fri, 6 Mar 2026 14:31:02 +0100\n"
                 f"Message-ID: <ack.{t.lower()}@federal.example.be>\n").encode())
    p = multipart("report", [text(human), ds, hdrs], params=" report-type=delivery-status;")
    raw = message([
        ("Received", rcv("mx.gemeinde-amel.example.be", "192.0.2.98", "Fri, 06 Mar 2026 14:31:12 +0100")),
        ("From", "Microsoft Outlook <postmaster@gemeinde-amel.example.be>"),
        ("To", MAILBOX),
        ("Subject", ew(f"Unzustellbar: [{t}] Eingangsbestätigung Ihrer Beschwerde")),
        ("Date", "Fri, 06 Mar 2026 13:31:12 +0000"),
        ("Message-ID", "<4a3b2c1d-ndr-0306@gemeinde-amel.example.be>"),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "de-DE"),
    ], p)
    add(raw, "bounce", "de", "other", t,
        "Exchange NDR in GERMAN ('Unzustellbar:', mailbox full 5.2.2): multipart/report with text/plain "
        "UTF-8 QP, message/delivery-status and text/rfc822-headers -> bounce, language de; contains "
        "'Beschwerde' only in our returned subject.")


# =========================================================================== spam
def spam_fr_tax():
    html_body = """<html><head><style>
.btn{background:#0b3d91;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px}
.hdr{background:#0b3d91;color:#fff;padding:10px;font-size:18px}
</style></head><body>
<div class="hdr">SPF Finances &ndash; Service Remboursements</div>
<p>Cher(e) contribuable,</p>
<p>Après les derniers calculs annuels de votre activité fiscale, nous avons déterminé que vous êtes
éligible à recevoir un remboursement d'impôt de <b>418,60 &euro;</b>.</p>
<p>Référence du dossier : <b>FIN/RB/2026/0071394</b></p>
<p>Suite à votre réclamation, nous vous prions de confirmer vos coordonnées bancaires dans les
<b>48 heures</b>. Passé ce délai, le remboursement sera annulé.</p>
<p><a class="btn" href="https://myminfin-remboursement.example.net/be/fr/confirm?id=0071394">Recevoir mon remboursement</a></p>
<p style="font-size:10px;color:#888">© 2026 SPF Finances. Tous droits réservés. Ceci est un message automatique.</p>
<img src="https://trk.myminfin-remboursement.example.net/p.gif?u=plaintes" width="1" height="1">
</body></html>
"""
    raw = message([
        ("Received", rcv("vps4471.cheap-hosting.example.net", "203.0.113.66", "Sun, 15 Feb 2026 03:12:09 +0100")),
        ("From", addr("SPF Finances - Remboursement", "remboursement@spf-finances-be.example.net")),
        ("To", MAILBOX),
        ("Subject", ew("RE: Votre remboursement d'impôt de 418,60 € – Dossier n° FIN/RB/2026/0071394", mode="B")),
        ("Date", "Sun, 15 Feb 2026 03:12:01 +0100"),
        ("Message-ID", "<20260215031201.4471.refund@spf-finances-be.example.net>"),
    ], text(html_body, sub="html", cs="windows-1252"))
    add(raw, "spam", "fr", "other", None,
        "Fake TAX REFUND phishing from a look-alike domain, fake 'RE:' and 'Dossier n°', uses the word "
        "'réclamation' -> spam, other. HTML-only windows-1252 QP with <style>, button link and tracking "
        "pixel; B-encoded UTF-8 subject with euro sign.")


def spam_nl_parcel():
    txt = """Beste klant,

Uw pakket met trackingnummer BE-7742019385 kon vandaag niet geleverd worden omdat de
invoerrechten (1,99 EUR) nog niet betaald zijn.

Betaal binnen 24 uur via onderstaande link, anders wordt uw pakket teruggestuurd naar de afzender:
https://bpost-levering.example.org/nl/betalen/BE-7742019385

Met vriendelijke groeten,
Pakketdienst"""
    h = htmlize(txt, "body{font-family:Arial}").replace(
        "https://bpost-levering.example.org/nl/betalen/BE-7742019385",
        "<a href=\"https://bpost-levering.example.org/nl/betalen/BE-7742019385\">Nu betalen</a>")
    p = multipart("alternative", [text(txt, cte="base64"), text(h, sub="html", cte="base64")])
    raw = message([
        ("Received", rcv("smtp-out7.bulkmail.example.com", "198.51.100.233", "Tue, 10 Mar 2026 06:44:18 +0100")),
        ("From", addr("Pakketdienst", "info@bpost-levering.example.org")),
        ("To", MAILBOX),
        ("Subject", ew("Uw pakket BE-7742019385 kan niet geleverd worden – betaal €1,99", mode="B")),
        ("Date", "Tue, 10 Mar 2026 06:44:10 +0100"),
        ("Message-ID", "<BE7742019385.1741585450@bpost-levering.example.org>"),
    ], p)
    add(raw, "spam", "nl", "other", None,
        "Fake PARCEL FEE phishing (customs fee of EUR 1.99) from a look-alike postal domain -> spam. "
        "multipart/alternative UTF-8 base64; B-encoded subject with euro sign.")


def spam_de_lottery():
    body = """GEWINNBENACHRICHTIGUNG

Aktenzeichen: EML/DE-8812/26
Losnummer: 44-0917-2283-11

Sehr geehrter Gewinner,

wir freuen uns, Ihnen mitzuteilen, dass Ihre E-Mail-Adresse bei der internationalen
Sonderziehung der Euro-Millionen-Lotterie vom 28.02.2026 als Gewinner ausgelost wurde. Ihnen
steht ein Betrag von

                       850.000,00 EUR

(in Worten: achthundertfünfzigtausend Euro) zu.

Zur Auszahlung wenden Sie sich bitte umgehend an unseren Auszahlungsbeauftragten, Herrn Dr. Klaus
Brenner, unter claims.brenner@freemail.example.net. Geben Sie dabei Ihr Aktenzeichen an. Bitte
beachten Sie, dass eine Bearbeitungs- und Versicherungsgebühr von 480,00 EUR vorab zu entrichten
ist.

Halten Sie diese Benachrichtigung bis zur Auszahlung vertraulich, um Doppelansprüche zu vermeiden.

Mit freundlichen Grüßen
Gewinnabteilung - Euro-Millionen-Lotterie Zentrale"""
    raw = message([
        ("Received", rcv("mail.eurolotto-zentrale.example.com", "203.0.113.14", "Mon, 02 Mar 2026 23:58:41 +0100")),
        ("From", addr("Euro Millionen Lotterie Zentrale", "gewinnabteilung@eurolotto-zentrale.example.com")),
        ("Reply-To", "claims.brenner@freemail.example.net"),
        ("To", "undisclosed-recipients:;"),
        ("Subject", ew("GEWINNBENACHRICHTIGUNG: 850.000,00 € für Sie - Aktenzeichen EML/DE-8812/26", "iso-8859-15")),
        ("Date", "Mon, 02 Mar 2026 23:58:37 +0100"),
        ("Message-ID", "<8812.26.0302235837@eurolotto-zentrale.example.com>"),
    ], text(body, cs="iso-8859-15", cte="8bit"))
    add(raw, "spam", "de", "other", None,
        "LOTTERY / advance-fee scam with a fake 'Aktenzeichen', Reply-To on another domain, To: "
        "undisclosed-recipients -> spam. text/plain ISO-8859-15 8bit, ISO-8859-15 Q-encoded subject.")


def spam_en_barrister():
    txt = """Dear Sir/Madam,

Re: COMPLAINT REGARDING UNCLAIMED DEPOSIT – FILE NO. LC/ACC/0419/2026

I am Barrister Edward K. Mensah, personal attorney to the late Engr. Pierre Vandenabeele, a Belgian
national who worked with a mining company here until he died with his wife and only daughter in a
car accident in 2022. He left a deposit of USD 8,500,000.00 (Eight Million Five Hundred Thousand
United States Dollars) with a security company, which has now issued me a notice to present a next
of kin or the fund will be confiscated.

Since your office handles complaints of Belgian citizens, I am contacting you to assist in
presenting a beneficiary. The proceeds will be shared 40% for you, 55% for me and 5% for expenses.
This transaction is 100% risk free and legal.

Kindly reply with your full name, private telephone number and a copy of your ID to
barr.mensah.chambers@freemail.example.net for more details.

Yours faithfully,
Barr. Edward K. Mensah (Esq.)
Mensah & Associates Law Chambers"""
    p = multipart("alternative", [text(txt, cte="7bit" if all(ord(c) < 128 for c in txt) else "quoted-printable"),
                                  text(htmlize(txt), sub="html")])
    raw = message([
        ("Received", rcv("smtp.lawchambers.example.org", "192.0.2.250", "Sat, 14 Mar 2026 11:07:33 +0100")),
        ("From", addr("Barr. Edward K. Mensah", "barr.edwardmensah@lawchambers.example.org")),
        ("Reply-To", "barr.mensah.chambers@freemail.example.net"),
        ("To", MAILBOX),
        ("Subject", "Re: Complaint regarding unclaimed deposit - your urgent attention"),
        ("Date", "Sat, 14 Mar 2026 10:07:29 +0000"),
        ("Message-ID", "<LC.0419.2026.mensah@lawchambers.example.org>"),
    ], p)
    add(raw, "spam", "en", "other", None,
        "INHERITANCE / advance-fee scam from a fake 'barrister' (contrast with the real Brussels lawyer "
        "in this set), fake 'Re: Complaint', fake file number -> spam. multipart/alternative UTF-8 QP.")


def spam_nl_crypto():
    html_body = """<html><body style="font-family:Arial;font-size:14px">
<p>Beste klant,</p>
<p>Naar aanleiding van uw klacht over de blokkering van uw account (ref. <b>KL-2026-0412</b>) hebben wij
besloten uw saldo van <b>3.480,00 EUR</b> vrij te geven, inclusief de opgebouwde rendementen.</p>
<p>Om de terugbetaling te activeren, dient u uw portefeuille eenmalig te verifiëren met een storting
van 250 EUR. Dit bedrag wordt onmiddellijk bij uw saldo gevoegd.</p>
<p style="text-align:center"><a href="https://app.bitvermogen-invest.example.net/verify?ref=KL-2026-0412"
style="background:#f7931a;color:#fff;padding:12px 30px;text-decoration:none">Terugbetaling activeren</a></p>
<p>Let op: de terugbetaling vervalt na 72 uur.</p>
<p>Met vriendelijke groeten,<br>Team Klantenservice<br>BitVermogen Invest</p>
<p style="font-size:10px;color:#999">U ontvangt deze e-mail omdat u zich heeft ingeschreven.
<a href="https://app.bitvermogen-invest.example.net/unsub">Uitschrijven</a></p>
<img src="https://app.bitvermogen-invest.example.net/open.png?r=KL-2026-0412" width="1" height="1">
</body></html>
"""
    raw = message([
        ("Received", rcv("mta2.bitvermogen-invest.example.net", "198.51.100.145", "Fri, 06 Mar 2026 15:30:05 +0100")),
        ("From", addr("Team Klantenservice", "service@bitvermogen-invest.example.net")),
        ("To", MAILBOX),
        ("Subject", "RE: uw klacht ref. KL-2026-0412 - terugbetaling goedgekeurd"),
        ("Date", "Fri, 06 Mar 2026 15:30:01 +0100"),
        ("Message-ID", "<kl20260412.88aa@bitvermogen-invest.example.net>"),
    ], text(html_body, sub="html"))
    add(raw, "spam", "nl", "other", None,
        "CRYPTO 'recovery' scam pretending to answer 'uw klacht' with a fake reference KL-2026-0412 (not "
        "a PLT ticket), fake 'RE:' -> spam, refers_to null. HTML-only UTF-8 QP with tracking pixel.")


# --------------------------------------------------------------------------- build + check
BUILDERS = [
    m_cpas_handicap, m_cpas_insertion, m_cpas_grapa, m_cpas_forward_tax, m_cpas_followup,
    m_driver_tacho, m_driver_fine, m_driver_control, m_driver_followup,
    m_lawyer_legalisation, m_lawyer_passport, m_lawyer_a1, m_lawyer_airport,
    m_geoff_tax, m_geoff_licence, m_geoff_archives, m_geoff_camera, m_geoff_webform,
    m_rosa_pension, m_kurt_recalc, m_rosa_tax, m_rosa_plate_webform, m_rosa_police,
    m_rosa_statbel, m_rosa_maf, m_rosa_followup,
    m_kreusch_tax_appeal, m_kreusch_advance, m_kreusch_followup, m_kreusch_pension_q,
    m_kreusch_burglary, m_kreusch_legalisation, m_kreusch_unemployment, m_kreusch_import_car,
    ar_fr_re, ar_nl_exchange, ar_de_aw, ar_en_ooo_html, ar_nl_ticket,
    bounce_exim_en, bounce_exchange_de,
    spam_fr_tax, spam_nl_parcel, spam_de_lottery, spam_en_barrister, spam_nl_crypto,
]

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police",
        "foreign_affairs", "other"}
TICKET_RE = re.compile(r"^PLT-\d{4}-\d{6}$")
ALLOWED = ("example.be", "example.com", "example.org", "example.net", "example.test")
TLDS = {"be", "com", "org", "net", "test", "nl", "de", "fr", "eu", "uk", "io", "lu", "info",
        "biz", "co", "ru", "cn", "lt", "us", "ma", "gh", "cd", "lb", "pt"}
HOST_RE = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])", re.I)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            for block in part.get_payload():
                out.extend(f"{k}: {v}" for k, v in block.items())
    return "\n".join(out)


def check(path, label):
    errs = []
    raw = open(path, "rb").read()
    for i, line in enumerate(raw.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            errs.append(f"line {i + 1} longer than 998 octets")
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    txt = decoded_text(msg)
    if label["kind"] not in KINDS:
        errs.append("bad kind")
    if label["language"] not in LANGS:
        errs.append("bad language")
    if label["category"] not in CATS:
        errs.append("bad category")
    if label["acknowledge"] != (label["kind"] in ("complaint", "appeal", "information_request")):
        errs.append("acknowledge rule")
    if label["kind"] in ("auto_reply", "bounce", "spam") and label["category"] != "other":
        errs.append("non-case must be category other")
    if label["kind"] == "follow_up" and not label["refers_to"]:
        errs.append("follow_up without refers_to")
    if label["refers_to"] is not None:
        if not TICKET_RE.match(label["refers_to"]):
            errs.append("bad refers_to format")
        elif label["refers_to"].lower() not in txt.lower():
            errs.append("refers_to not in message")
    scan = txt
    for m in HOST_RE.finditer(scan):
        host, tld = m.group(1).lower(), m.group(2).lower()
        if tld not in TLDS:
            continue
        if not any(host == d or host.endswith("." + d) for d in ALLOWED):
            errs.append(f"non-example domain: {host}")
    if not label["notes"]:
        errs.append("empty notes")
    return sorted(set(errs))


def main():
    for b in BUILDERS:
        b()
    order = list(range(len(MESSAGES)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        raw, lab = MESSAGES[idx]
        name = f"{PREFIX}-{n:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        labels.append({"file": name, **lab})
    for old in os.listdir(OUT):
        if re.fullmatch(rf"{PREFIX}-\d{{3}}\.eml", old) and int(old[len(PREFIX) + 1:-4]) > len(order):
            os.remove(os.path.join(OUT, old))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump([{k: l[k] for k in ("file", "kind", "language", "category", "acknowledge",
                                      "refers_to", "notes")} for l in labels],
                  f, ensure_ascii=False, indent=2)
        f.write("\n")
    bad = 0
    for lab in labels:
        errs = check(os.path.join(OUT, lab["file"]), lab)
        for e in errs:
            print(f"ERROR {lab['file']}: {e}", file=sys.stderr)
        bad += bool(errs)
    print(f"{len(labels)} messages written to {OUT}; {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
