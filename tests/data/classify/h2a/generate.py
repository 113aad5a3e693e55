#!/usr/bin/env python3
"""Held-out test corpus h2a: writes h2a-NNN.eml + labels.json, then re-parses and checks.

Standard library only, deterministic (fixed seed, fixed dates, fixed boundaries).
Run: python3 generate.py
"""
import base64
import json
import os
import quopri
import random
import re
import sys
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h2a"
SEED = 46017
MBOX = "plaintes.klachten@federal.example.be"
WEBFORM = "no-reply-webform@federal.example.be"

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police",
        "foreign_affairs", "other"}
ACK_KINDS = {"complaint", "appeal", "information_request"}


# ---------------------------------------------------------------- MIME helpers
class P:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def ew(s, charset="utf-8", mode="q", name="Subject"):
    """RFC 2047 encode (folded) if not pure ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if charset.lower() == "iso-8859-1":
        s = s.translate(LATIN1_FALLBACK)
    cs = Charset(charset)
    cs.header_encoding = QP if mode == "q" else BASE64
    return Header(s, charset=cs, header_name=name, maxlinelen=76).encode(linesep="\n")


def addr(name, email, charset="utf-8", mode="q"):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, mode, "From"), email)
    if re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


LATIN1_FALLBACK = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'",
                                "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2026": "...", "\u20ac": "EUR"})


def leaf(ctype, content, charset=None, cte="quoted-printable", extra=(), params=""):
    if isinstance(content, str) and charset and charset.lower() in ("iso-8859-1", "us-ascii"):
        # what a mail client does when it falls back to Latin-1 / ASCII
        content = content.translate(LATIN1_FALLBACK)
    elif isinstance(content, str) and charset and charset.lower() == "iso-8859-15":
        content = content.translate({k: v for k, v in LATIN1_FALLBACK.items() if k != 0x20AC})
    raw = content.encode(charset) if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = ctype + ('; charset="%s"' % charset if charset else "") + params
    h = [("Content-Type", ct)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return P(h + list(extra), body)


def text(content, charset="utf-8", cte="quoted-printable", params=""):
    return leaf("text/plain", content, charset, cte, params=params)


def html(content, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", content, charset, cte)


def attach(ctype, name, data, inline=False):
    disp = "inline" if inline else "attachment"
    return leaf('%s; name="%s"' % (ctype, name), data, None, "base64",
                extra=[("Content-Disposition", '%s; filename="%s"' % (disp, name))])


def multi(subtype, parts, boundary, params="", preamble=True):
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + ser(p) + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return P([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], out)


def rfc822(inner_bytes, name=None):
    h = [("Content-Type", "message/rfc822")]
    if name:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % name))
    return P(h, inner_bytes)


def ser(p):
    hs = "".join("%s: %s\n" % (k, v) for k, v in p.headers)
    return hs.encode("utf-8") + b"\n" + p.body


def build(headers, root, crlf=False, mime=True):
    allh = list(headers) + ([("MIME-Version", "1.0")] if mime else []) + root.headers
    data = "".join("%s: %s\n" % (k, v) for k, v in allh).encode("utf-8") + b"\n" + root.body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def para_html(txt, style=None, sig=None):
    """Turn plain paragraphs into simple HTML, as mail clients do."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = txt.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)
    head = "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
    if style:
        head += "<style>%s</style>" % style
    head += "</head>"
    return "<html>%s<body>\n<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</div>%s\n</body></html>\n" % (
        head, body, sig or "")


def fake_pdf(title, seed):
    r = random.Random(seed)
    blob = bytes(r.randrange(256) for _ in range(600))
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (" + title.encode("ascii") +
            b") /Producer (ScanSnap Manager) >>\nendobj\n2 0 obj\n<< /Length 600 /Filter /FlateDecode >>\nstream\n" +
            blob + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_jpg(seed, n=900):
    r = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + \
        bytes(r.randrange(256) for _ in range(n)) + b"\xff\xd9"


def rcv(helo, ip, when, mx="mx2.federal.example.be", qid="4Zq1"):
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
            (helo, helo, ip, mx, qid, MBOX, when))


def ack_subject(ticket, lang):
    return {"fr": "[%s] Accusé de réception de votre plainte",
            "nl": "[%s] Ontvangstbevestiging van uw klacht",
            "de": "[%s] Eingangsbestätigung Ihrer Beschwerde",
            "en": "[%s] Acknowledgement of your complaint"}[lang] % ticket


def ack_mid(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()


# ---------------------------------------------------------------- the messages
import datetime as _dt
from email.utils import format_datetime as _fmt

MESSAGES = []


def reg(f):
    MESSAGES.append(f)
    return f


def dt(y, mo, d, h, mi, s=0, tz=2):
    t = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=tz)))
    return _fmt(t)


def spec(kind, lang, cat, data, notes, ref=None):
    return {"kind": kind, "lang": lang, "cat": cat, "data": data, "notes": notes, "ref": ref}


# ===== Voice 1: Walloon accountant (Christophe Jacquemart, Gembloux) writing for clients =====
CJ = addr("Christophe Jacquemart", "c.jacquemart@fiduciaire-jacquemart.example.be")
CJ_SIG = """
Christophe Jacquemart
Comptable-fiscaliste agréé ITAA n° 50.214.377
Fiduciaire Jacquemart srl
Rue des Chasseurs 14 – 5030 Gembloux
Tél. 081 00 47 22 – www.fiduciaire-jacquemart.example.be
"""


@reg
def m_cj_advance_payments():
    body = """Madame, Monsieur,

Je vous écris en qualité de comptable de Mme Sandrine Mottet (salon de coiffure « L'Atelier de Sandrine », Jemeppe-sur-Sambre), NN 79.11.03-284.52, dont j'ai le mandat.

Ma cliente a effectué quatre versements anticipés pour les revenus 2025, chaque fois avec la communication structurée reçue via MyMinfin, pour un total de 6.400,00 €. Sur la situation de compte à laquelle j'ai accès, seuls deux versements apparaissent (2 × 1.600 €). Les deux autres – 9 octobre et 18 décembre 2025 – ont bien été débités de son compte (extraits bancaires disponibles) mais ne figurent nulle part.

J'ai écrit le 14 janvier, puis le 20 février, puis j'ai rempli le formulaire de contact le 11 mars. Rien. Au téléphone on m'a dit deux fois de « patienter, c'est en traitement » et une fois que je n'étais « pas au bon service ». Personne n'a pu me dire où est l'argent.

Je ne conteste rien pour l'instant, il n'y a d'ailleurs encore aucune décision. Mais si ces 3.200 € ne sont pas retrouvés avant l'enrôlement, ma cliente va se voir appliquer une majoration alors qu'elle a payé à temps, et je devrai introduire une réclamation pour un problème qui se règle en cinq minutes en regardant dans vos comptes d'attente. C'est du temps perdu pour tout le monde, et ce n'est pas ma cliente qui devrait le payer.

Je vous remercie de faire le nécessaire et de me tenir informé.

Bien à vous,
""" + CJ_SIG
    root = multi("alternative", [text(body, "windows-1252"), html(para_html(body), "windows-1252")],
                 "----=_NextPart_000_0A1C_01DCC2B1.5F3E9A20", preamble=True)
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 3, 30, 8, 47, 12)),
           ("From", CJ), ("To", MBOX), ("Date", dt(2026, 3, 30, 8, 46, 58)),
           ("Subject", ew("Versements anticipés de ma cliente introuvables – 3e demande sans réponse", "windows-1252", "q")),
           ("Message-ID", "<000a01dcc2b1$5f3e9a20$1dbbce60$@fiduciaire-jacquemart.example.be>"),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzCsV8+mh8Wq2UxR9eZ0k2aGfXs1w=="),
           ("Content-Language", "fr-be")]
    return spec("complaint", "fr", "taxes", build(hdr, root, crlf=True),
                "Accountant writing FOR a client: advance tax payments ('versements anticipés') not booked, letters unanswered. "
                "Mentions a future 'majoration' and 'réclamation' only hypothetically - no decision exists, nothing contested -> complaint, taxes "
                "(SPF Finances never named, only MyMinfin). Outlook multipart/alternative windows-1252 QP both parts; windows-1252 Q subject with en dash; CRLF.")


@reg
def m_cj_reclamation_starter():
    body = """Madame, Monsieur,

Concerne : M. Jean-Luc Hardy, chauffagiste, rue du Try 7, 5032 Isnes – NN 84.06.21-151.33
Avertissement-extrait de rôle exercice d'imposition 2025 (revenus 2024), article 1078, envoi du 12/02/2026

Par la présente, j'introduis au nom et pour compte de mon client, dont je joins la procuration, une réclamation contre la cotisation reprise sous rubrique, sur base de l'article 366 du CIR 92.

La cotisation comprend une majoration pour absence de versements anticipés de 1.184,62 EUR. Or M. Hardy s'est installé comme indépendant à titre principal le 1er mars 2022 (numéro BCE 0798.552.140). L'exercice 2025 correspond donc à la troisième année d'activité, pour laquelle la majoration n'est pas due (art. 157, al. 2 CIR 92 – « starters »). Il s'agit manifestement d'un oubli de la case 1750 lors de l'encodage, qui figurait pourtant bien dans la déclaration.

Je vous demande dès lors de dégrever la majoration de 1.184,62 EUR ainsi que les additionnels communaux y afférents, et de rembourser le montant déjà payé le 3 mars.

J'ai bien conscience que cette adresse est celle du service des plaintes ; le formulaire MyMinfin refusait hier mon mandat (erreur « 403 »). Je vous remercie de transmettre au service compétent si nécessaire, le délai courant toujours.

Pièces jointes : avertissement-extrait de rôle, procuration signée, extrait BCE.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
""" + CJ_SIG
    root = multi("mixed", [text(body, "iso-8859-1"),
                           attach("application/pdf", "AER_Hardy_ex2025.pdf", fake_pdf("AER 2025", 11)),
                           attach("application/pdf", "procuration_Hardy.pdf", fake_pdf("Procuration", 12))],
                 "=_mixed_3f9c21a0_h2a", preamble=False)
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 8, 16, 5, 40)),
           ("From", CJ), ("To", MBOX), ("Date", dt(2026, 4, 8, 16, 5, 31)),
           ("Subject", ew("Réclamation AER ex. 2025 - M. Jean-Luc Hardy - majoration versements anticipés", "iso-8859-1", "q")),
           ("Message-ID", "<6f1d3a2e-0c55-4b7e-9b41-ha2rdy@fiduciaire-jacquemart.example.be>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0")]
    return spec("appeal", "fr", "taxes", build(hdr, root),
                "Formal 'réclamation' (art. 366 CIR 92) by an accountant on behalf of a client against a tax assessment (surcharge for missing "
                "advance payments, starter exemption forgotten); sent to the complaints box because the online form failed -> appeal, taxes. "
                "multipart/mixed, no preamble: text/plain ISO-8859-1 QP + 2 PDFs; ISO-8859-1 Q subject.")


@reg
def m_cj_passerelle():
    body = """Bonjour,

Je me permets de revenir vers vous pour ma cliente, Mme Nathalie Piérard (boulangerie-pâtisserie Piérard, Chaussée de Namur 212 à Sauvenière).

Suite aux inondations du 17 janvier, la boulangerie a dû fermer complètement pendant 6 semaines (four et chambre froide hors d'usage, rapport de l'expert en annexe de la demande). Nous avons demandé le droit passerelle pour février et mars via sa caisse d'assurances sociales. Elle vient de recevoir un refus au motif que « l'interruption n'est pas d'au moins un mois civil complet ».

Or la fermeture a duré du 17 janvier au 2 mars : tout le mois de février est donc un mois civil complet sans aucune activité. Je pense que le dossier a été lu trop vite, ou que la date de réouverture a été confondue avec la date de la demande (2 mars).

La caisse nous renvoie vers l'INASTI, l'INASTI nous renvoie vers la caisse. Je vous écris donc ici en espérant que quelqu'un puisse regarder le dossier. Pourriez-vous le faire réexaminer et revenir sur ce refus, au moins pour février ? Ma cliente a deux apprentis à payer et chaque mois compte.

Je tiens toutes les pièces à votre disposition (rapport d'expertise, attestation de la commune, photos).

Merci d'avance et bonne journée,
""" + CJ_SIG
    root = text(body, "utf-8", "8bit", params="; format=flowed")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 14, 11, 22, 8)),
           ("From", CJ), ("To", MBOX), ("Date", dt(2026, 4, 14, 11, 21, 55)),
           ("Subject", "Boulangerie Pierard - refus droit passerelle fevrier/mars"),
           ("Message-ID", "<b8a4e0f2-7d1c-44a0-8c0e-pierard.passerelle@fiduciaire-jacquemart.example.be>"),
           ("User-Agent", "Mozilla Thunderbird")]
    return spec("appeal", "fr", "social_security", build(hdr, root),
                "Accountant for a self-employed baker: asks to re-examine and reverse a refused bridging right ('droit passerelle', self-employed "
                "social security) - no legal word (no recours/réclamation) but wants the decision changed -> appeal; also grumbles about ping-pong "
                "(dominant intent = reversal). text/plain UTF-8 8bit format=flowed, ASCII subject without accents.")


@reg
def m_cj_chomage_temporaire():
    body = """Madame, Monsieur,

Je suis le comptable de la SRL Le Comptoir Gembloutois (café-brasserie, Grand-Place 3 à Gembloux), employeur de deux serveurs, M. Dylan Gérard et Mme Océane Lardinois.

En raison des travaux de voirie sur la Grand-Place, l'établissement a été inaccessible de fin janvier à fin avril. Le chômage temporaire pour force majeure a été accepté, aucun problème de ce côté-là, je le précise pour éviter tout malentendu : la décision est correcte et nous ne la remettons pas en cause.

Le problème, c'est le paiement. Les deux travailleurs sont affiliés auprès de la CAPAC. Toutes les déclarations électroniques (scénario 5) ont été faites dans les temps par notre secrétariat social, les formulaires sont complets. Pourtant :
- février : payé le 28 mars pour M. Gérard, toujours rien pour Mme Lardinois ;
- mars : rien pour personne à ce jour.

Mme Lardinois élève seule deux enfants. Elle est venue pleurer au bureau la semaine dernière. Le bureau de Namur ne répond pas au téléphone (« tous nos collaborateurs sont occupés », puis la ligne coupe), les e-mails restent sans réponse, et au guichet on lui a dit de « revenir avec son employeur ». Mon client, qui n'y est pour rien, se fait reprocher par son personnel de ne pas les payer.

Est-il normal qu'un paiement prenne plus de deux mois quand tout est en ordre ? Je vous demande d'intervenir pour que ces paiements soient faits et qu'on nous explique ce qui bloque.

Cordialement,
""" + CJ_SIG
    root = text(body, "utf-8", "base64")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 21, 9, 3, 2)),
           ("From", CJ), ("To", MBOX), ("Cc", "comptoir.gembloutois@example.be"),
           ("Date", dt(2026, 4, 21, 9, 2, 47)),
           ("Subject", ew("Chômage temporaire – paiements bloqués pour deux travailleurs", "utf-8", "b")),
           ("Message-ID", "<20260421090247.71a3@fiduciaire-jacquemart.example.be>")]
    return spec("complaint", "fr", "unemployment", build(hdr, root),
                "Accountant for an employer: temporary unemployment accepted (decision explicitly NOT contested) but the payment body (CAPAC) pays "
                "months late, unreachable -> complaint, unemployment; contains a question. text/plain UTF-8 base64; B-encoded subject; Cc.")


@reg
def m_cj_nondette():
    body_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Bonjour,</div>
<div><br></div>
<div>Un de mes clients (entreprise de toiture, 8 ouvriers) répond à un marché public communal et doit joindre une <b>attestation de non-dette fiscale</b> récente.</div>
<div><br></div>
<div>Questions :</div>
<ol>
<li>Est-ce que l'attestation peut encore être demandée par le comptable mandataire, ou seulement par le gérant lui-même ?</li>
<li>Quel est le délai habituel de délivrance ? La remise des offres est le 12 mai.</li>
<li>Si le client a un plan de paiement en cours (respecté), l'attestation est-elle quand même délivrée ?</li>
</ol>
<div>Je me permets de vous signaler au passage que le lien « Demander une attestation » sur la page d'aide renvoie depuis au moins trois semaines vers une page d'erreur, et que le numéro indiqué juste en dessous n'est plus attribué. Ce serait bien de le corriger, on n'est sûrement pas les seuls à chercher.</div>
<div><br></div>
<div>Merci pour votre retour.</div>
<div><br></div>
<div>Christophe Jacquemart<br>Fiduciaire Jacquemart srl – Gembloux<br>081 00 47 22</div>
<img src="https://track.mailsuite.example.com/o/8f2c91d0.gif" width="1" height="1" alt="">
</body></html>
"""
    root = html(body_html, "utf-8", "quoted-printable")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 27, 14, 40, 19)),
           ("From", CJ), ("To", MBOX), ("Date", dt(2026, 4, 27, 14, 40, 1)),
           ("Subject", ew("Question : attestation de non-dette fiscale (marché public)", "utf-8", "q")),
           ("Message-ID", "<CAH4x9w+Kq2nondette.7731@mail.example.com>")]
    return spec("information_request", "fr", "taxes", build(hdr, root),
                "Three questions about obtaining a tax clearance certificate, plus a side remark about a dead link and a dead phone number: "
                "question with a small grumble -> information_request, taxes (no service named). HTML-only UTF-8 QP with ordered list and tracking pixel.")


@reg
def m_cj_followup_delhaye():
    t = "PLT-2026-001142"
    body = """Bonjour,

Je complète ma plainte ci-dessous pour le Garage Delhaye.

Le bureau de recouvrement m'a enfin rappelé vendredi. Bonne nouvelle : le dossier existe. Moins bonne nouvelle : on me demande maintenant de renvoyer PAR LA POSTE, en recommandé, les pièces que j'ai déjà déposées trois fois via MyMinfin (bilan intermédiaire, plan de trésorerie, preuve du premier versement), parce que « le dépôt électronique n'est pas visible pour le gestionnaire ».

Je les renvoie donc aujourd'hui, mais je tiens à ce que ce soit noté dans le traitement de ma plainte : trois dépôts électroniques perdus, puis une demande papier, pour une simple demande de plan d'apurement. Entretemps la contrainte n'a toujours pas été suspendue.

Cordialement,

Christophe Jacquemart
Fiduciaire Jacquemart srl

-----Message d'origine-----
De : Service des plaintes – Klachtendienst <plaintes.klachten@federal.example.be>
Envoyé : mardi 3 mars 2026 10:12
À : Christophe Jacquemart <c.jacquemart@fiduciaire-jacquemart.example.be>
Objet : [PLT-2026-001142] Accusé de réception de votre plainte

Madame, Monsieur,

Nous avons bien reçu votre plainte du 2 mars 2026 et l'avons enregistrée sous la référence PLT-2026-001142.
Objet : demande de plan de paiement non traitée – Garage Delhaye srl.
Elle sera transmise au service concerné. Vous recevrez une réponse dans un délai de 30 jours ouvrables.

Merci de mentionner cette référence dans toute correspondance.

Le service des plaintes
"""
    root = multi("alternative", [text(body, "windows-1252"), html(para_html(body), "windows-1252")],
                 "----=_NextPart_001_0B2E_01DCB7A2.9C21D4F0")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 3, 23, 10, 15, 44, 1)),
           ("From", CJ), ("To", addr("Service des plaintes – Klachtendienst", MBOX)),
           ("Date", dt(2026, 3, 23, 10, 15, 30, 1)),
           ("Subject", ew("RE: [PLT-2026-001142] Accusé de réception de votre plainte", "windows-1252", "q")),
           ("Message-ID", "<001c01dcbaf0$2b4e7c10$81eb7430$@fiduciaire-jacquemart.example.be>"),
           ("In-Reply-To", ack_mid(t)), ("References", ack_mid(t)),
           ("Thread-Index", "AQHcqM3r0kfV1a6cC0ml5H2b9Q7xWg=="), ("X-Mailer", "Microsoft Outlook 16.0")]
    return spec("follow_up", "fr", "taxes", build(hdr, root, crlf=True),
                "Outlook 'RE:' reply to our acknowledgement (In-Reply-To/References to the ack, '-----Message d'origine-----' header-block quoting, "
                "no '>'), adds new facts to an open complaint about an unprocessed payment-plan request (tax collection) -> follow_up, taxes. "
                "multipart/alternative windows-1252 QP; CRLF.", ref=t)


@reg
def m_cj_maternite():
    body = """Madame, Monsieur,

Je vous écris pour une autre cliente que celle qui fait l'objet de notre plainte PLT-2026-001142 (Garage Delhaye), sans rapport avec celle-ci.

Mme Élodie Marchal, graphiste indépendante à titre principal à Perwez, a accouché le 4 décembre 2025. Elle a introduit sa demande d'indemnités de maternité auprès de sa mutualité dans les délais, avec toutes les attestations. Le repos de maternité est terminé depuis le 12 mars. Elle n'a toujours pas reçu un seul euro.

La mutualité lui répond que le dossier est « bloqué en attente d'un contrôle de l'assujettissement » et que cela « dépend de Bruxelles ». Sa caisse d'assurances sociales a pourtant confirmé par écrit, le 20 janvier, que ses cotisations sont en ordre (attestation jointe à la demande). Personne ne sait dire qui doit faire quoi, ni quand.

Ma cliente a dû fermer son activité pendant trois mois, elle a un bébé et un crédit hypothécaire. Je trouve inadmissible que, quatre mois après l'accouchement, personne ne soit capable de lui donner une date.

Pouvez-vous faire en sorte que le dossier soit débloqué et nous indiquer un interlocuteur ?

Salutations distinguées,
""" + CJ_SIG
    root = text(body, "iso-8859-1", "8bit")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 2, 17, 31, 20)),
           ("From", CJ), ("To", MBOX), ("Date", dt(2026, 4, 2, 17, 31, 9)),
           ("Subject", ew("Indemnités de maternité indépendante – aucun paiement depuis 4 mois", "iso-8859-1", "q")),
           ("Message-ID", "<5c0e9b71-marchal-maternite@fiduciaire-jacquemart.example.be>")]
    return spec("complaint", "fr", "social_security", build(hdr, root),
                "NEW complaint that explicitly cites an existing ticket of the same sender only to say it is unrelated (refers_to set per the "
                "README: the message references PLT-2026-001142, but it is not a follow_up). Self-employed maternity benefit not paid (mutualité "
                "/ INAMI, never named) -> complaint, social_security. text/plain ISO-8859-1 8bit; ISO-8859-1 Q subject.",
                ref="PLT-2026-001142")


@reg
def m_cj_ooo():
    t = "PLT-2026-001377"
    body = """Bonjour,

Je suis absent du bureau jusqu'au mercredi 22 avril inclus (formations ITAA) et je n'ai qu'un accès limité à ma messagerie.

Pour les dossiers urgents (réclamations dont le délai expire, contrôles TVA, saisies), veuillez contacter Mme Laurence Gilson au 081 00 47 23 ou l.gilson@fiduciaire-jacquemart.example.be.

Votre message ne sera pas transféré.

Christophe Jacquemart
Fiduciaire Jacquemart srl
"""
    root = multi("alternative", [text(body, "utf-8"), html(para_html(body), "utf-8")],
                 "_000_AM0PR02MB7731AB12C9E0F00A1D2B3C4AM0PR02MB7731eurp_")
    hdr = [rcv("smtp.fiduciaire-jacquemart.example.be", "198.51.100.61", dt(2026, 4, 16, 13, 2, 51)),
           ("From", CJ), ("To", addr("Service des plaintes – Klachtendienst", MBOX)),
           ("Date", dt(2026, 4, 16, 13, 2, 49)),
           ("Subject", ew("Réponse automatique : " + ack_subject(t, "fr"), "utf-8", "q")),
           ("Message-ID", "<AM0PR02MB77316C1D0E9F00auto@AM0PR02MB7731.eurprd02.prod.outlook.example.com>"),
           ("In-Reply-To", ack_mid(t)), ("References", ack_mid(t)),
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "c.jacquemart@fiduciaire-jacquemart.example.be")]
    return spec("auto_reply", "fr", "other", build(hdr, root, crlf=True),
                "Exchange out-of-office of the accountant answering our French acknowledgement (ticket in subject and In-Reply-To); the body "
                "mentions 'réclamations' and 'contrôles TVA' but is automatic -> auto_reply, refers_to set. Auto-Submitted + X-Auto-Response-Suppress; "
                "multipart/alternative UTF-8 QP; Q-encoded subject; CRLF.", ref=t)

# ===== Voice 2: Brussels bilingual family Peeters-Lemaire (Schaerbeek) =====
KOEN = addr("Koen Peeters", "koen.peeters@telenet.example.be")
ISA = addr("Isabelle Lemaire", "isa.lemaire@proximus.example.be")


@reg
def m_koen_bomma_pension():
    body = """Goedemiddag,

Ik schrijf u namens mijn moeder, mevrouw Godelieve Peeters-Van Damme (°1939), rijksregisternummer 39.08.14-062.85. Ik heb een volmacht van haar, die kan ik doorsturen indien nodig. Zelf kan ze niet meer mailen of bellen.

Mama is in januari verhuisd naar een woonzorgcentrum in Jette. We hebben toen haar oude rekening bij de bank afgesloten en op 22 januari het nieuwe rekeningnummer doorgegeven via het formulier, met kopie van haar identiteitskaart. Op 5 februari kregen we een brief – in het Frans, terwijl mama altijd alles in het Nederlands kreeg – met de tekst: "Nous avons bien pris note de votre nouveau numéro de compte, qui sera utilisé à partir du prochain paiement."

Toch is het pensioen van maart EN april opnieuw op de oude rekening gestort. De bank heeft het geld teruggestuurd, dat duurt volgens hen een tot twee maanden voor het terug bij jullie is. Ondertussen moet het woonzorgcentrum betaald worden, 2.150 euro per maand, en dat schiet ik nu voor uit eigen zak.

Ik heb drie keer gebeld. Eén keer werd ik na 40 minuten wachten doorverbonden naar de Franstalige lijn, twee keer viel de verbinding weg. Via de website kan ik niets doen omdat ik niet mama ben.

Kan iemand mij zeggen wanneer die twee maanden uitbetaald worden, en waarom het nieuwe nummer niet gebruikt wordt terwijl jullie zelf schrijven dat het genoteerd is? En graag voortaan de brieven in het Nederlands.

Met vriendelijke groeten,
Koen Peeters
Rue Josaphat 188, 1030 Schaerbeek
0470 00 12 34
"""
    h = para_html(body)
    root = multi("alternative", [text(body, "utf-8"), html(h, "utf-8")], "000000000000a9c3f10613e7d2b4")
    hdr = [rcv("mail-ej1-f44.google.example.com", "203.0.113.44", dt(2026, 4, 9, 13, 38, 2)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 4, 9, 13, 37, 41)),
           ("Subject", "Pensioen mama op verkeerde rekening (2 maanden!)"),
           ("Message-ID", "<CAKp9f3Tq0bomma.2e41@mail.gmail.example.com>")]
    return spec("complaint", "nl", "pensions", build(hdr, root),
                "Son writing FOR his elderly mother (proxy): pension paid twice to a closed account despite a written confirmation; quotes a "
                "French sentence from the letter (mixed NL/FR, dominant nl); ends with questions but dominant intent is dissatisfaction -> complaint, "
                "pensions. Gmail multipart/alternative UTF-8 QP.")


@reg
def m_isa_arthur_police():
    body = """Bonjour,

Je souhaite porter plainte contre le comportement d'un policier envers mon fils Arthur, 16 ans.

Samedi 11 avril vers 19h15, Arthur et un copain rentraient du parc Josaphat sur une trottinette partagée, à deux dessus (ce qui est interdit, je sais, et ils le savent aussi). Une patrouille les a arrêtés avenue Rogier. Jusque-là, rien à dire : ils ont reçu chacun une amende de 58 euros, on va la payer, c'est mérité.

Ce qui ne va pas, c'est la suite. Le policier le plus grand a arraché le téléphone des mains d'Arthur quand il a voulu m'appeler, l'a traité de « petit con » et lui a dit que « des gosses comme lui, on les retrouve au dépôt dans deux ans ». Il a refusé de donner son nom ou son numéro quand Arthur l'a demandé poliment. Sa collègue n'a rien dit. Le copain d'Arthur confirme tout, et une dame qui attendait le bus a aussi vu la scène.

Arthur est un gamin calme, il est rentré en tremblant. Je ne trouve pas normal qu'un adulte en uniforme parle comme ça à un mineur.

Deux questions : comment puis-je connaître l'identité de ce policier ? Et est-ce que cette plainte doit aussi être envoyée au Comité P ou est-ce que vous la transmettez ?

Isabelle Lemaire
Rue Josaphat 188
1030 Schaerbeek
"""
    root = text(body, "iso-8859-1", "quoted-printable")
    hdr = [rcv("smtp.proximus.example.be", "198.51.100.130", dt(2026, 4, 13, 21, 9, 33)),
           ("From", ISA), ("To", MBOX), ("Date", dt(2026, 4, 13, 21, 9, 20)),
           ("Subject", ew("Comportement d'un policier envers mon fils mineur", "iso-8859-1", "q")),
           ("Message-ID", "<1744571360.48213@webmail.proximus.example.be>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5")]
    return spec("complaint", "fr", "police", build(hdr, root),
                "Police CONDUCT towards a minor at a stop; the fine itself is explicitly accepted (not contested) -> complaint, not appeal; "
                "ends with two questions (still a complaint). Mother writing for her son. text/plain ISO-8859-1 QP; ISO-8859-1 Q subject.")


@reg
def m_koen_boete():
    body = """Geachte,

Ik heb op 2 april een "voorstel tot onmiddellijke inning" ontvangen voor een snelheidsovertreding op 9 maart om 06:52 in de Leopold II-tunnel, richting Basiliek: 68 km/u waar 50 km/u toegelaten zou zijn. Referentie 2026/BX/00418877, bedrag 116 euro.

Die ochtend waren er werken aan de ingang van de tunnel. De borden "50" stonden er toen niet: het bord aan de ingang was afgedekt met een zwarte zak en er stond enkel een tijdelijk bord 70 van de aannemer. Ik rij daar elke dag en heb de volgende dag zelf een foto genomen (in bijlage, met datum), omdat ik me toen al afvroeg wat nu de snelheid was. Een collega die dezelfde weg neemt heeft trouwens dezelfde boete gekregen.

Ik ga hier niet zomaar mee akkoord. Ik vraag u om deze boete te annuleren, of minstens na te kijken welke signalisatie er op dat moment stond. Als dat niet via dit adres kan, hoor ik graag waar ik dit dan wel moet indienen, want op de brief staat enkel een rekeningnummer.

Mijn gegevens: Koen Peeters, nummerplaat 1-KPL-318, Rue Josaphat 188, 1030 Schaarbeek.

Met vriendelijke groet,
Koen Peeters
"""
    root = multi("mixed", [text(body, "utf-8", "8bit"),
                           attach("image/jpeg", "IMG_20260310_065811.jpg", fake_jpg(91, 1400))],
                 "Apple-Mail=_4C1B2E3A-77D0-4F10-9E1A-5B6C7D8E9F00", preamble=False)
    hdr = [rcv("mail-wm1-f53.google.example.com", "203.0.113.53", dt(2026, 4, 6, 20, 44, 10)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 4, 6, 20, 43, 52)),
           ("Subject", "Boete 2026/BX/00418877 - klopt niet"),
           ("Message-ID", "<D5A2C1E0-9B7F-4C31-8A2E-boete418877@telenet.example.be>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]
    return spec("appeal", "nl", "police", build(hdr, root),
                "Contests a speed-camera fine (signage covered during roadworks) and asks to cancel it, without the words bezwaar/beroep -> appeal, "
                "police (traffic fine convention). multipart/mixed: text/plain UTF-8 8bit + JPEG photo; no preamble.")


@reg
def m_lotte_apostille():
    body = """Hallo,

Ik vertrek in september voor een stage van 6 maanden naar Quito (Ecuador) en de universiteit daar vraagt dat mijn geboorteakte en mijn diploma "gelegaliseerd of geapostilleerd" zijn. Ik snap eerlijk gezegd niet goed wat het verschil is.

Mijn vragen:
1. Moet ik eerst naar de gemeente (Schaarbeek) voor een nieuw afschrift van de geboorteakte, en daarna pas bij jullie voor die stempel?
2. Kan dat online of moet ik ergens langsgaan? Zo ja, moet ik een afspraak maken?
3. Wat kost het per document?
4. Mijn diploma is van de VUB, moet dat eerst nog ergens anders langs?

Ik heb al een uur op jullie website gezocht maar ik word telkens van de ene pagina naar de andere gestuurd en op het einde kom ik weer op de startpagina uit. Een simpel stappenplan zou echt helpen...

Alvast bedankt!
Lotte Peeters

Verstuurd vanaf mijn iPhone
"""
    root = text(body, "utf-8", "quoted-printable")
    hdr = [rcv("smtp.student.example.be", "192.0.2.77", dt(2026, 5, 4, 23, 51, 40)),
           ("From", addr("Lotte Peeters", "lotte.peeters@student.example.be")), ("To", MBOX),
           ("Date", dt(2026, 5, 4, 23, 51, 28)),
           ("Subject", "vraag stempel geboorteakte voor buitenland"),
           ("Message-ID", "<7E3F0C2A-5D41-4E19-B3A2-lotte0504@student.example.be>"),
           ("X-Mailer", "iPhone Mail (21E236)")]
    return spec("information_request", "nl", "foreign_affairs", build(hdr, root),
                "Student asks how to get the 'stamp' (legalisation/apostille) on a birth certificate and diploma for abroad; never names the "
                "service (FOD Buitenlandse Zaken); website-maze grumble -> information_request, foreign_affairs. iPhone text/plain UTF-8 QP, lower-case subject.")


@reg
def m_isa_avions_forward():
    inner_body = """Madame, Monsieur,

Je me permets de m'adresser à la commune car je ne sais plus à qui m'adresser.

Depuis la mi-mars, des avions passent au-dessus de notre rue toutes les 3 à 4 minutes à partir de 5h50 du matin, et encore jusqu'à 23h30. Avant, ça n'arrivait que quand il y avait du vent d'est. Mon voisin néerlandophone m'a expliqué qu'il s'agit d'un changement de « het spreidingsplan » et des routes de décollage, mais personne ne nous a prévenus.

J'ai écrit deux fois au « service de médiation » dont le numéro figure sur le site de l'aéroport : un accusé de réception automatique en février, puis rien. J'ai appelé le numéro fédéral indiqué dans un article de presse : on m'a dit que « ce n'est pas une compétence fédérale » puis que « c'est la Région ». La Région m'a répondu que les routes aériennes, c'est le fédéral.

Mon fils de 16 ans passe ses examens en juin. Mon mari dort avec des bouchons d'oreille. Je voudrais simplement qu'on me réponde : qui décide de ces routes, pourquoi n'avons-nous pas été informés, et à qui faut-il s'adresser ? Être baladée de service en service pendant trois mois, ce n'est pas acceptable.

Isabelle Lemaire
Rue Josaphat 188 – 1030 Schaerbeek
"""
    inner = build([("From", ISA), ("To", "info.citoyens@schaerbeek-commune.example.be"),
                   ("Date", dt(2026, 4, 18, 7, 12, 5)),
                   ("Subject", ew("Avions au-dessus de la rue Josaphat dès 5h50 – à qui m'adresser ?", "utf-8", "q")),
                   ("Message-ID", "<cb91e2a0-3f47-avions@proximus.example.be>")],
                  text(inner_body, "utf-8", "8bit"))
    cover = """Madame, Monsieur,

Veuillez trouver ci-joint le courriel de Mme Isabelle Lemaire, reçu le 18 avril par notre service Info-Citoyens.

Les nuisances liées aux routes aériennes ne relevant pas de la compétence communale, nous vous le transmettons pour suite utile. L'intéressée a été informée de cette transmission.

Bien cordialement,

Service Info-Citoyens
Administration communale – Gemeentebestuur
"""
    root = multi("mixed", [text(cover, "utf-8", "quoted-printable"),
                           rfc822(inner, "Avions rue Josaphat.eml")], "b1_3e91a7c0f2d4h2a_fwd")
    hdr = [rcv("relay.schaerbeek-commune.example.be", "198.51.100.200", dt(2026, 4, 22, 10, 31, 4)),
           ("From", addr("Info-Citoyens", "info.citoyens@schaerbeek-commune.example.be")),
           ("To", MBOX), ("Date", dt(2026, 4, 22, 10, 30, 55)),
           ("Subject", "TR: Plainte nuisances avions - Mme Lemaire"),
           ("Message-ID", "<fwd.20260422.103055.5512@schaerbeek-commune.example.be>")]
    return spec("complaint", "fr", "mobility", build(hdr, root),
                "Commune forwards a citizen's mail as message/rfc822 (complainant = inner From). Airport noise / take-off routes (federal mobility) - "
                "never says 'mobilité', only 'avions', 'routes aériennes', mediation service; one Dutch phrase quoted; ping-pong between services "
                "-> complaint, mobility. Outer text/plain QP + message/rfc822 with UTF-8 8bit inner body and Q-encoded inner subject.")


@reg
def m_maxime_uitsluiting():
    body_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Beste,<br><br>
Ik heb op 24 april een brief gekregen dat mijn inschakelingsuitkering geweigerd wordt vanaf 1 mei. Ik kreeg de brief in het Frans (ik ben blijkbaar ooit als Franstalige ingeschreven, mijn mama is Franstalig) en er staat: <i>"évaluation négative de vos efforts de recherche d'emploi – absence à l'entretien du 19 mars"</i>.<br><br>
Op 19 maart lag ik in het UZ Brussel, ik ben daar op 18 maart 's avonds binnengebracht met een blindedarmontsteking en geopereerd. Ik heb de attest van opname en ontslag. Ik heb de bemiddelaar dezelfde week nog gemaild, maar blijkbaar is dat nooit in mijn dossier gekomen.<br><br>
Verder heb ik sinds januari 23 sollicitaties gedaan (ik heb alles bijgehouden in een Excel) en twee interims gedaan.<br><br>
Kunnen jullie dit alsjeblieft opnieuw bekijken en die weigering intrekken? Ik woon nog thuis maar ik wil mijn ouders niet alles laten betalen. Ik weet niet goed of ik hiervoor hier moet zijn, op de brief staat iets over de arbeidsrechtbank maar dat lijkt me wat zwaar.<br><br>
Groeten,<br>
Maxime Peeters<br>
RRN 02.10.30-357.61
</div>
</body></html>
"""
    root = html(body_html, "utf-8", "quoted-printable")
    hdr = [rcv("EUR05-AM6-obe.outbound.protection.outlook.example.com", "203.0.113.9", dt(2026, 4, 29, 0, 17, 50)),
           ("From", addr("Maxime Peeters", "maxime.peeters02@outlook.example.com")), ("To", MBOX),
           ("Date", dt(2026, 4, 29, 0, 17, 33)),
           ("Subject", "Weigering inschakelingsuitkering - was in het ziekenhuis"),
           ("Message-ID", "<AS8P190MB1320A7C1D2E3F4maxime@AS8P190MB1320.EURP190.PROD.OUTLOOK.example.com>"),
           ("Content-Language", "nl-BE")]
    return spec("appeal", "nl", "unemployment", build(hdr, root),
                "Young jobseeker asks to look again at and withdraw a refusal of his integration allowance (missed interview while in hospital): "
                "no legal words (explicitly hesitant about the labour court) -> appeal, unemployment. Dutch text quoting a French decision (dominant nl). "
                "Outlook.com HTML-only UTF-8 QP, no text/plain.")


@reg
def m_koen_mutualiteit():
    body = """Geachte mevrouw, geachte heer,

Ik ben sinds september 2025 arbeidsongeschikt (burn-out). Sinds 12 januari ben ik halftijds opnieuw aan het werk, met toestemming van de adviserend arts van mijn ziekenfonds (brief van 8 januari). Dat is toch wat iedereen wil, dat mensen weer beginnen werken?

Resultaat: sinds januari krijg ik voor de niet-gewerkte uren niets meer. Niet te weinig, gewoon niets. Het ziekenfonds zegt dat de berekening "bij het RIZIV ligt" omdat mijn loon van vorig jaar niet juist doorgekomen is. Het RIZIV (ik heb uiteindelijk iemand aan de lijn gekregen) zegt dat zij niets berekenen en dat het ziekenfonds de gegevens moet opvragen bij mijn werkgever. Mijn werkgever heeft de gegevens al twee keer elektronisch doorgestuurd, ik heb daar bewijs van.

Ik ben nu vier maanden verder en ik draai in het rond. Ik heb een gezin met drie kinderen. Niemand neemt verantwoordelijkheid, iedereen verwijst naar iemand anders. Voor iemand die net uit een burn-out komt is dit exact wat je niet nodig hebt.

Ik vraag dat iemand dit dossier eindelijk oppakt en mij laat weten wie het behandelt.

Koen Peeters
Rue Josaphat 188, 1030 Schaarbeek
Lid ziekenfonds nr. 0301-447782-15
"""
    root = text(body, "windows-1252", "8bit")
    hdr = [rcv("smtp.telenet.example.be", "198.51.100.17", dt(2026, 5, 6, 22, 4, 18)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 5, 6, 22, 4, 2)),
           ("Subject", "Progressieve werkhervatting - 4 maanden geen uitkering"),
           ("Message-ID", "<20260506220402.GA18811@telenet.example.be>"),
           ("User-Agent", "Mutt/2.2.12")]
    return spec("complaint", "nl", "social_security", build(hdr, root),
                "Sickness benefit during part-time return to work unpaid for 4 months, ping-pong between health insurance fund and RIZIV "
                "-> complaint, social_security. text/plain windows-1252 8bit (no euro sign needed, curly-free), Mutt.")


@reg
def m_koen_followup_mutualiteit():
    t = "PLT-2026-001209"
    body = """Goedemorgen,

Aanvulling bij mijn klacht met nummer PLT-2026-001209 (progressieve werkhervatting, geen uitkering sinds januari).

Gisteren kreeg ik van het ziekenfonds een brief, opnieuw in het Frans, waarin staat: "Un montant de 1.240,36 EUR vous a été versé indûment pour la période du 01/09/2025 au 31/12/2025 et doit être remboursé." Dus niet alleen krijg ik al vier maanden niets, nu moet ik ook nog geld terugbetalen voor de periode dat ik volledig thuis was. Ik begrijp er niets meer van.

Ik ga daar wellicht apart tegen in, mijn vakbond bekijkt dat. Maar ik wil dat het bij mijn klachtdossier komt, want het toont nog maar eens dat niemand het overzicht heeft. De brief zit in bijlage.

Daarnaast: het ziekenfonds heeft me op 7 mei gebeld en gezegd dat "de betaling in orde komt". Sindsdien niets.

Met vriendelijke groeten,
Koen Peeters
"""
    root = multi("mixed", [text(body, "iso-8859-1", "quoted-printable"),
                           attach("application/pdf", "brief ziekenfonds 19-05.pdf", fake_pdf("Indu", 31))],
                 "------------f3Zc0Yb1mutualiteit2026")
    hdr = [rcv("smtp.telenet.example.be", "198.51.100.17", dt(2026, 5, 21, 8, 12, 44)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 5, 21, 8, 12, 30)),
           ("Subject", "aanvulling dossier PLT-2026-001209"),
           ("Message-ID", "<4b0d8f2c-aanvulling-001209@telenet.example.be>"),
           ("User-Agent", "Mozilla Thunderbird")]
    return spec("follow_up", "nl", "social_security", build(hdr, root),
                "NEW message (no In-Reply-To) that adds a document to an existing complaint quoted by number in subject and body -> follow_up, "
                "category of the original (sickness benefit). Mentions a recovery decision he may contest SEPARATELY later (not an appeal here). "
                "Quotes French (dominant nl). multipart/mixed: text/plain ISO-8859-1 QP + PDF with spaces in filename.", ref=t)


@reg
def m_koen_formulier():
    body = """Goedendag,

Ik probeer al sinds vorige week via jullie klachtenformulier een klacht in te dienen. Het lukt niet.

- Het veld rijksregisternummer aanvaardt mijn nummer niet, met of zonder puntjes en streepje ("formaat ongeldig").
- Als ik het leeg laat, mag ik verder, maar na het typen van mijn tekst (ongeveer 10 minuten) krijg ik "sessie verlopen" en ben ik alles kwijt. Twee keer gebeurd.
- De captcha staat alleen in het Frans, ook als ik Nederlands kies.

Een klachtenformulier waarover je een klacht moet indienen, dat is wel heel sterk. De klacht zelf (over iets anders) stuur ik wel apart per mail, als dat mag.

Koen Peeters
"""
    root = text(body, "us-ascii", "7bit")
    hdr = [rcv("smtp.telenet.example.be", "198.51.100.17", dt(2026, 3, 17, 19, 55, 1, 1)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 3, 17, 19, 54, 48, 1)),
           ("Subject", "KLACHTENFORMULIER WERKT NIET"),
           ("Message-ID", "<20260317195448.1f2e@telenet.example.be>")]
    return spec("complaint", "nl", "other", build(hdr, root, crlf=True),
                "Complaint about the complaint web form itself (validation, session timeout, French-only captcha); the sender's underlying matter "
                "is explicitly NOT described -> complaint, category other. text/plain us-ascii 7bit, all-caps subject, CRLF.")


@reg
def m_koen_nummerplaat():
    body = """Goedemiddag,

Mijn moeder (86) woont sinds kort in een woonzorgcentrum en gaat niet meer met de auto rijden. We willen haar auto verkopen of laten wegslepen, en de nummerplaat moet dus weg.

Een paar praktische vragen:
- Moet de nummerplaat fysiek ergens binnengebracht worden, of volstaat het online? Ik lees op een forum dat het via bpost moet, elders staat dat het "digitaal" kan.
- Kan ik dat doen in haar plaats met een volmacht, of moet ze zelf iets ondertekenen?
- Wanneer stopt de verzekering en de verkeersbelasting? Pas na de schrapping, neem ik aan?
- Haar rijbewijs: moet ze dat ook ergens inleveren?

Ik vind er niets duidelijks over, en de helft van wat ik vind staat enkel in het Frans. Mijn moeder is Nederlandstalig, ik ook.

Dank bij voorbaat,
Koen Peeters
"""
    h = para_html(body)
    root = multi("alternative", [text(body, "utf-8", "base64"), html(h, "utf-8", "quoted-printable")],
                 "000000000000f1e2d30614a0b1c2")
    hdr = [rcv("mail-ej1-f44.google.example.com", "203.0.113.44", dt(2026, 5, 12, 12, 58, 9)),
           ("From", KOEN), ("To", MBOX), ("Date", dt(2026, 5, 12, 12, 57, 50)),
           ("Subject", "nummerplaat en rijbewijs van mijn moeder"),
           ("Message-ID", "<CAKp9f3Rz8nummerplaat.91aa@mail.gmail.example.com>")]
    return spec("information_request", "nl", "mobility", build(hdr, root),
                "Practical questions about cancelling a number plate and a driving licence for an elderly parent (vehicle registration, never named) "
                "with a small grumble about French-only information -> information_request, mobility. multipart/alternative: plain base64 + HTML QP.")

# ===== Voice 3: retired primary-school teacher from Eupen (Gertrud Schmetz-Kohnen) =====
GS = addr("Gertrud Schmetz", "g.schmetz@skynet-mail.example.be")
GS_ADR = """Gertrud Schmetz-Kohnen
Lehrerin i. R.
Herbesthaler Straße 41
4700 Eupen
Tel. 087 00 56 19"""


@reg
def m_gs_steuer():
    body = """Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen den Steuerbescheid für das Steuerjahr 2025 (Einkünfte 2024) ein, Artikelnummer 842.117.309, versandt am 18. März 2026 (Art. 366 EStGB 92).

Begründung:
Ich habe im Jahr 2024 neben meiner Ruhestandspension an der Volkshochschule Aachen einen Lehrauftrag gehabt (Deutschkurse für Zugewanderte, insgesamt 3.870 Euro). Diese Vergütung ist in Deutschland versteuert worden; die Bescheinigung des Finanzamts Aachen lag meiner Erklärung bei und ich habe den Betrag unter dem Kode für steuerbefreite ausländische Einkünfte angegeben.

Im Steuerbescheid wird dieser Betrag jedoch als in Belgien steuerpflichtiges Einkommen behandelt und voll besteuert. Nach dem Doppelbesteuerungsabkommen zwischen Belgien und Deutschland ist er in Belgien von der Steuer zu befreien (allenfalls unter Progressionsvorbehalt). Es ergibt sich dadurch eine Mehrforderung von ca. 1.240 Euro.

Ich beantrage daher die Berichtigung des Steuerbescheids und die Erstattung des zu viel gezahlten Betrags.

Ich bitte um Entschuldigung, falls diese Adresse nicht die richtige ist – auf dem Bescheid steht eine Anschrift in Lüttich, aber ich möchte die Frist nicht verpassen, und ich möchte das Verfahren auf Deutsch führen.

Anlagen: Steuerbescheid, Bescheinigung Finanzamt Aachen, Vertrag VHS (werden per Post nachgereicht, mein Scanner ist defekt).

Mit freundlichen Grüßen

""" + GS_ADR + "\nNationalregisternummer 56.02.27-214.80\n"
    root = text(body, "iso-8859-1", "quoted-printable")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 10, 10, 2, 17)),
           ("From", addr("Gertrud Schmetz-Kohnen", "g.schmetz@skynet-mail.example.be", "iso-8859-1")),
           ("To", MBOX), ("Date", dt(2026, 4, 10, 10, 2, 3)),
           ("Subject", ew("Beschwerde gegen den Steuerbescheid Steuerjahr 2025 - Art. 842.117.309", "iso-8859-1", "q")),
           ("Message-ID", "<a0c7b2e4-steuer2025-schmetz@skynet-mail.example.be>")]
    return spec("appeal", "de", "taxes", build(hdr, root),
                "Belgian German tax law: 'Beschwerde gegen den Steuerbescheid' (art. 366 EStGB 92) = formal tax APPEAL (German income taxed "
                "twice) -> appeal, taxes, not a service complaint. text/plain ISO-8859-1 QP; ISO-8859-1 Q-encoded subject.")


@reg
def m_gs_pension_sprache():
    body = """Sehr geehrte Damen und Herren,

ich bin seit 2019 im Ruhestand und beziehe eine Pension als ehemalige Lehrerin des Gemeinschaftsunterrichts. An der Höhe meiner Pension habe ich nichts auszusetzen, das möchte ich vorab klarstellen.

Was mich aber seit Jahren ärgert und jetzt wirklich zu weit geht:

1. Ich habe dreimal schriftlich (2021, 2023 und im Januar dieses Jahres) darum gebeten, meine Post auf Deutsch zu erhalten. Trotzdem kam auch die Mitteilung über die Indexanpassung im Februar wieder ausschließlich auf Französisch.

2. Die Bescheinigung für die Steuererklärung kam erst am 27. März – meine Nachbarin hat ihre im Februar bekommen. Als ich angerufen habe, hieß es, die deutschsprachigen Bescheinigungen würden „später gedruckt“.

3. Am Telefon wählt man „Deutsch“ im Menü und landet dann bei einer freundlichen Dame, die nur Französisch spricht. Ich spreche Französisch, zum Glück, aber viele ältere Leute hier in Eupen nicht.

Wir sind eine der drei Gemeinschaften dieses Landes, und ich erwarte von einem föderalen Dienst, dass er die Sprachengesetze einhält. Warum ist das so schwer?

Ich bitte um eine schriftliche Antwort – auf Deutsch.

Mit freundlichen Grüßen
""" + GS_ADR + "\n"
    h = para_html(body)
    root = multi("alternative", [text(body, "utf-8"), html(h, "utf-8")], "------------0A1B2C3D4E5F6G7H8I9J0K1L")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 3, 15, 40, 2)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 4, 3, 15, 39, 48)),
           ("Subject", ew("Schon wieder nur Französisch – Pensionsdienst", "utf-8", "q")),
           ("Message-ID", "<3d1e6a8f-sprache-pension@skynet-mail.example.be>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"),
           ("Content-Language", "de-BE")]
    return spec("complaint", "de", "pensions", build(hdr, root),
                "Language-law complaint (French-only letters, late tax certificate, German phone option leads to French speaker) from a pensioner "
                "who explicitly accepts her pension amount -> complaint, pensions; contains a rhetorical question. Thunderbird multipart/alternative "
                "UTF-8 QP; Q subject.")


@reg
def m_gs_followup_zahlung():
    t = "PLT-2026-000987"
    body = """Guten Tag,

kurze Ergänzung zu meiner Beschwerde: Die Februarzahlung ist am 9. März endlich auf meinem Konto eingegangen, vielen Dank.

Ich ziehe die Beschwerde aber nicht zurück. Mir hat bis heute niemand erklärt, warum die Zahlung ausgeblieben ist, und die Märzzahlung kam nun wieder drei Tage später als üblich (am 3. April statt am 31. März). Ich habe Daueraufträge für Miete und Versicherungen, die am 1. laufen, und die Bank hat mir beim ersten Mal 15 Euro Gebühren berechnet.

Bitte teilen Sie mir mit, ob das jetzt dauerhaft so bleibt, damit ich meine Daueraufträge verschieben kann.

Mit freundlichen Grüßen
Gertrud Schmetz-Kohnen

Am 02.03.26 um 10:41 schrieb Beschwerdestelle:
> Sehr geehrte Frau Schmetz-Kohnen,
>
> wir haben Ihre Beschwerde vom 27. Februar 2026 erhalten und unter der
> Nummer PLT-2026-000987 registriert.
>
> Betreff: Pensionszahlung Februar nicht erhalten
>
> Ihre Beschwerde wird an den zuständigen Dienst weitergeleitet. Eine
> Antwort erhalten Sie innerhalb von 30 Werktagen.
>
> Mit freundlichen Grüßen
> Beschwerdestelle
"""
    root = text(body, "utf-8", "8bit", params="; format=flowed")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 4, 9, 20, 11)),
           ("From", GS), ("To", addr("Beschwerdestelle", MBOX)),
           ("Date", dt(2026, 4, 4, 9, 19, 58)),
           ("Subject", ew("Re: " + ack_subject(t, "de"), "utf-8", "b")),
           ("Message-ID", "<7f0a2c11-re000987@skynet-mail.example.be>"),
           ("In-Reply-To", ack_mid(t)), ("References", ack_mid(t)),
           ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-BE")]
    return spec("follow_up", "de", "pensions", build(hdr, root),
                "Thunderbird 'Re:' reply ('Am ... schrieb' + '>' quoting) to our German acknowledgement: payment arrived but complaint maintained, "
                "new facts -> follow_up, pensions (from quoted original subject). text/plain UTF-8 8bit format=flowed; B-encoded subject.", ref=t)


@reg
def m_gs_bussgeld():
    body = """Sehr geehrte Damen und Herren,

gegen die Zahlungsaufforderung Nr. 26/LG/0077215 vom 30. März 2026 (Geschwindigkeitsüberschreitung am 14. März 2026 um 19:42 Uhr auf der E40 bei Lüttich, 142 km/h statt 120 km/h, 200 Euro) lege ich Widerspruch ein.

Ich war zu diesem Zeitpunkt nachweislich nicht auf der E40: Ich war von 19:00 bis 21:30 Uhr bei der Chorprobe des Kirchenchors St. Nikolaus in Eupen, was die Chorleiterin und 20 Sängerinnen und Sänger bestätigen können. Mein Auto stand vor dem Pfarrheim.

Außerdem: Auf dem Foto, das man mir auf Nachfrage geschickt hat, ist ein dunkelgrauer Kombi zu sehen. Ich fahre einen roten Toyota Yaris (Foto meines Fahrzeugs anbei). Offenbar wurde mein Kennzeichen 1-GSK-562 falsch gelesen oder, was mir mehr Sorgen macht, von jemandem kopiert.

Ich bitte Sie, das Verfahren einzustellen und mir mitzuteilen, ob ich wegen des möglicherweise gefälschten Kennzeichens Anzeige erstatten muss.

Mit freundlichen Grüßen
""" + GS_ADR + "\n"
    root = multi("mixed", [multi("alternative", [text(body, "utf-8"), html(para_html(body), "utf-8")],
                                 "------------alt7Q2w9E4r6T8y0", preamble=False),
                           attach("image/jpeg", "Yaris_rot.jpg", fake_jpg(402, 1200)),
                           attach("application/pdf", "Zahlungsaufforderung_0077215.pdf", fake_pdf("PV", 403))],
                 "------------mix3N5b7V9c1X3z5")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 7, 18, 1, 40)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 4, 7, 18, 1, 22)),
           ("Subject", ew("Widerspruch Zahlungsaufforderung 26/LG/0077215 – ich war nicht auf der E40", "utf-8", "q")),
           ("Message-ID", "<c55e90b3-widerspruch-0077215@skynet-mail.example.be>"),
           ("User-Agent", "Mozilla Thunderbird")]
    return spec("appeal", "de", "police", build(hdr, root),
                "'Widerspruch' against a speeding fine (misread or cloned plate, alibi); also asks whether to report a possible crime - dominant "
                "intent = have the fine cancelled -> appeal, police. Nested multipart/mixed > multipart/alternative + JPEG + PDF; UTF-8 QP.")


@reg
def m_gs_zug():
    body = """Sehr geehrte Damen und Herren,

am Dienstag, dem 21. April, wollte ich mit dem Zug um 8:06 Uhr von Eupen nach Welkenraedt und weiter nach Lüttich fahren, wo ich um 10:00 Uhr einen Termin bei einem Facharzt hatte (Wartezeit für diesen Termin: vier Monate).

Am Bahnhof Eupen: kein Zug, kein Aushang, keine Durchsage. Ein Schild in der Tür auf Französisch, dass „des bus de remplacement“ fahren, ohne Abfahrtszeit und ohne Haltestelle. Der Fahrkartenautomat war außer Betrieb. Der Ersatzbus kam um 8:40 Uhr. In Welkenraedt habe ich dann den Anschluss verpasst.

Im Zug nach Lüttich hat der Zugbegleiter mir einen Bordzuschlag von 7 € berechnet, weil ich keine Fahrkarte hatte – obwohl ich ihm erklärt habe, dass der Automat in Eupen kaputt war. Er hat nur auf Französisch gesagt, das sei „pas son problème“.

Die 7 € sind nicht das Thema, es geht mir ums Prinzip. Ich habe den Arzttermin verpasst und muss jetzt wieder drei Monate warten. Ich bin 70 Jahre alt, fahre bewusst mit dem Zug, und werde so behandelt.

Ich erwarte, dass solche Arbeiten in Ostbelgien rechtzeitig und auf Deutsch angekündigt werden.

Mit freundlichen Grüßen
""" + GS_ADR + "\n"
    root = text(body, "iso-8859-15", "8bit")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 22, 8, 30, 44)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 4, 22, 8, 30, 31)),
           ("Subject", ew("Ersatzbus ohne Ankündigung, Arzttermin verpasst", "iso-8859-15", "q")),
           ("Message-ID", "<e2b7f13c-ersatzbus@skynet-mail.example.be>")]
    return spec("complaint", "de", "mobility", build(hdr, root),
                "Rail replacement bus without notice, broken ticket machine, on-board surcharge (explicitly NOT asking for it back: 'es geht ums "
                "Prinzip') -> complaint, mobility (rail operator never named). text/plain ISO-8859-15 8bit (euro sign), ISO-8859-15 Q subject.")


@reg
def m_gs_manfred():
    body = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen für meinen Mann, Manfred Schmetz (NRN 53.11.09-177.41), der seit 2016 an Multipler Sklerose erkrankt ist und selbst nicht mehr am Computer schreiben kann.

Mein Mann erhält seit Jahren Geld wegen seiner Behinderung – zwei Beträge, die zusammen monatlich ausgezahlt werden. Mit Schreiben vom 2. März (auf Französisch, wir haben es uns übersetzen lassen) wurde uns mitgeteilt, dass der Betrag ab März von 1.212 € auf 486 € sinkt, wegen „Neuberechnung aufgrund des Einkommens des Haushalts“.

Ich verstehe, dass mein Einkommen mitzählt. Aber offenbar wurde das Einkommen von 2023 genommen, und in diesem Jahr hatte ich noch die Nachzahlung meiner Pension für 2021–2022 erhalten (einmalig, ca. 14.000 €). Mein normales Einkommen ist nur meine Lehrerpension. Ohne diese Nachzahlung wäre die Kürzung viel kleiner oder gar nicht da.

Könnten Sie die Berechnung bitte noch einmal prüfen und auf Grundlage unseres tatsächlichen Einkommens neu berechnen? Ich lege gern die Steuerbescheide 2023 und 2024 vor.

Für uns sind 726 € weniger im Monat sehr viel – die Pflege, die Medikamente und der Umbau des Badezimmers kosten.

Mit freundlichen Grüßen
Gertrud Schmetz-Kohnen (für Manfred Schmetz)
Herbesthaler Straße 41, 4700 Eupen
"""
    h = para_html(body)
    root = multi("alternative", [text(body, "windows-1252"), html(h, "windows-1252")],
                 "----=_NextPart_000_0011_01DCC9A0.1B2C3D40")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 3, 24, 14, 11, 9, 1)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 3, 24, 14, 10, 57, 1)),
           ("Subject", ew("Kürzung – Geld für die Behinderung meines Mannes", "windows-1252", "q")),
           ("Message-ID", "<001101dcc9a0$1b2c3d40$518ab7c0$@skynet-mail.example.be>"),
           ("X-Mailer", "Microsoft Outlook 16.0")]
    return spec("appeal", "de", "social_security", build(hdr, root, crlf=True),
                "Wife writing FOR her disabled husband: asks to re-check and recalculate a reduced disability allowance ('Geld wegen seiner "
                "Behinderung', service never named), no legal words (no Widerspruch/Einspruch) -> appeal, social_security. Outlook "
                "multipart/alternative windows-1252 QP (euro sign, en dash); CRLF.")


@reg
def m_gs_enkelin_kanada():
    body = """Guten Tag,

meine Tochter Anne lebt seit sechs Jahren in Montréal (Kanada), sie ist Belgierin, ihr Mann ist Kanadier. Am 28. März ist ihre Tochter Léa geboren, unsere erste Enkelin.

Anne möchte, dass Léa auch die belgische Staatsangehörigkeit bekommt und einen belgischen Reisepass, damit sie uns im Sommer besuchen kann. Ich helfe ihr bei der Suche, weil sie mit dem Baby wenig Zeit hat.

Meine Fragen:
– Muss die Geburt beim Konsulat registriert werden, und gibt es dafür eine Frist?
– Muss Anne persönlich mit dem Baby hin (das sind von Montréal aus mehrere Stunden), oder geht das per Post?
– Reicht die kanadische Geburtsurkunde, oder braucht sie eine Übersetzung bzw. Beglaubigung?
– Kann das Kind mit einem kanadischen Pass einreisen, falls der belgische nicht rechtzeitig fertig wird?

Die Internetseite des Konsulats gibt es nur auf Französisch, Niederländisch und Englisch. Als Deutschsprachige ist man in diesem Land manchmal Bürger zweiter Klasse, aber das nur nebenbei.

Vielen Dank für Ihre Hilfe.

Gertrud Schmetz
Eupen
"""
    root = text(body, "utf-8", "base64")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 4, 15, 20, 16, 30)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 4, 15, 20, 16, 18)),
           ("Subject", ew("Fragen: Geburt Enkelin in Kanada, belgischer Pass", "utf-8", "q")),
           ("Message-ID", "<8a6c0d94-enkelin-montreal@skynet-mail.example.be>")]
    return spec("information_request", "de", "foreign_affairs", build(hdr, root),
                "Grandmother asks on behalf of her daughter abroad about birth registration and a first passport at a consulate; side grumble "
                "('Bürger zweiter Klasse') -> information_request, foreign_affairs. text/plain UTF-8 base64.")


@reg
def m_gs_webform_statistik():
    fields = [("Name", "Gertrud Schmetz-Kohnen"), ("E-Mail", "g.schmetz@skynet-mail.example.be"),
              ("Telefon", "087 00 56 19"), ("Sprache", "Deutsch"), ("Thema", "Sonstiges"),
              ("Betrifft Dienst", "weiß nicht")]
    msg = """Seit Februar bekomme ich Briefe und jetzt auch Anrufe von einer "Erhebung über Einkommen und Lebensbedingungen". Die Dame am Telefon sagte, ich sei "ausgewählt" worden und müsse einen Fragebogen über mein Einkommen, meine Wohnung und meine Gesundheit ausfüllen, ca. 45 Minuten.

Ist diese Umfrage Pflicht, oder kann ich ablehnen? Gibt es eine Strafe, wenn ich nicht mitmache? Und woher hat man meine Telefonnummer, die steht in keinem Telefonbuch?

Ich möchte nur wissen, ob das seriös ist. Man hört so viel von Betrügern am Telefon. Beim dritten Anruf war ich, ehrlich gesagt, etwas genervt."""
    plain = "Neue Nachricht über das Kontaktformular (Seite: /de/beschwerde-einreichen)\n\n" + \
        "\n".join("%s: %s" % f for f in fields) + "\n\nNachricht:\n" + msg + \
        "\n\n--\nFormular-ID: WF-DE-2026-04-0193\nÜbermittelt am 24.04.2026 um 16:52:07\nIP: 203.0.113.152\n"
    rows = "\n".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>" % f for f in fields)
    hbody = ("<html><body><h3>Neue Nachricht über das Kontaktformular</h3>\n<table border=\"1\" cellpadding=\"4\">\n" + rows +
             "\n<tr><th align=\"left\" valign=\"top\">Nachricht</th><td>" +
             msg.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "<br><br>\n") +
             "</td></tr>\n</table>\n<p style=\"color:#888\">Formular-ID: WF-DE-2026-04-0193</p></body></html>\n")
    root = multi("alternative", [text(plain, "utf-8"), html(hbody, "utf-8")], "=_webform_0193_de", preamble=False)
    hdr = [("Received", "from web03.federal.example.be (web03.federal.example.be [10.20.3.13])\n\tby mx2.federal.example.be (Postfix) with ESMTP id 4ZqW2c; " + dt(2026, 4, 24, 16, 52, 8)),
           ("From", addr("Kontaktformular", WEBFORM)), ("To", MBOX),
           ("Reply-To", addr("Gertrud Schmetz-Kohnen", "g.schmetz@skynet-mail.example.be")),
           ("Date", dt(2026, 4, 24, 16, 52, 8)),
           ("Subject", ew("[Kontaktformular] Neue Nachricht – Sonstiges", "utf-8", "q")),
           ("Message-ID", "<wf-de-2026-04-0193@federal.example.be>"),
           ("Auto-Submitted", "auto-generated"), ("X-Webform-Id", "WF-DE-2026-04-0193")]
    return spec("information_request", "de", "other", build(hdr, root),
                "WEB-FORM notification (from no-reply-webform, Auto-Submitted set by our own site, citizen in Reply-To and fields): asks whether "
                "a statistics survey (income and living conditions) is compulsory; mild annoyance -> information_request, category other "
                "(statistics office is none of the seven). multipart/alternative UTF-8 QP with HTML table.")


@reg
def m_gs_kevin():
    body = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen und mit Einverständnis von Herrn Kevin Radermacher (24 Jahre, wohnhaft in Kelmis), einem ehemaligen Schüler von mir, der mich um Hilfe gebeten hat. Er steht in Kopie.

Kevin ist seit Dezember arbeitslos, nachdem seine Firma (Metallbau) Konkurs gemacht hat. Sein Anspruch wurde ohne Probleme anerkannt. Aber:

– Das Arbeitslosengeld für Januar kam am 3. März, das für Februar am 14. April. Für März hat er bis heute nichts.
– Die Zahlstelle sagt, seine monatliche Kontrollkarte sei „nicht eingegangen“. Kevin füllt sie jeden Monat in der App aus und hat Bildschirmfotos der Bestätigung.
– Er war zweimal persönlich in Eupen. Beim ersten Mal war der Schalter wegen Personalmangels geschlossen, beim zweiten Mal sagte man ihm, er solle „eine E-Mail schreiben“. Auf seine E-Mails hat niemand geantwortet.

Kevin ist ein zurückhaltender junger Mann, der sich nicht gut wehren kann. Er hat inzwischen Mietrückstände. Es kann doch nicht sein, dass ein junger Mensch, der alles richtig macht, drei Monate auf sein Geld wartet.

Ich bitte Sie dringend, sich der Sache anzunehmen.

Mit freundlichen Grüßen
""" + GS_ADR + "\n"
    root = text(body, "utf-8", "quoted-printable")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 5, 5, 11, 45, 2)),
           ("From", GS), ("To", MBOX), ("Cc", addr("Kevin Radermacher", "kevin.radermacher@example.net")),
           ("Date", dt(2026, 5, 5, 11, 44, 49)),
           ("Subject", ew("Arbeitslosengeld für Herrn Radermacher – seit März nichts", "utf-8", "q")),
           ("Message-ID", "<f91b3e07-radermacher@skynet-mail.example.be>")]
    return spec("complaint", "de", "unemployment", build(hdr, root),
                "Retired teacher writes FOR a former pupil (in Cc): unemployment benefit paid late, monthly control card 'not received' although "
                "filed in the app, counter closed, e-mails unanswered; entitlement not disputed -> complaint, unemployment (HfA/CAPAC never named). "
                "text/plain UTF-8 QP; Q subject.")


@reg
def m_gs_ooo_kur():
    t = "PLT-2026-001305"
    body = """Guten Tag,

vielen Dank für Ihre Nachricht.

Wir sind vom 3. bis zum 24. Mai zur Kur in Bad Neuenahr und lesen unsere E-Mails nur unregelmäßig. In dringenden Fällen erreichen Sie unsere Tochter Claudia unter 0475 00 81 42.

Mit freundlichen Grüßen
Gertrud und Manfred Schmetz
"""
    root = text(body, "iso-8859-1", "quoted-printable")
    hdr = [rcv("smtp.skynet-mail.example.be", "198.51.100.88", dt(2026, 5, 6, 7, 1, 12)),
           ("From", GS), ("To", MBOX), ("Date", dt(2026, 5, 6, 7, 1, 10)),
           ("Subject", ew("AW: " + ack_subject(t, "de"), "iso-8859-1", "q")),
           ("Message-ID", "<auto.20260506070110.gs@skynet-mail.example.be>"),
           ("In-Reply-To", ack_mid(t))]
    return spec("auto_reply", "de", "other", build(hdr, root),
                "TRICKY: 'AW: [PLT-...] Eingangsbestätigung Ihrer Beschwerde' + In-Reply-To, polite 'vielen Dank für Ihre Nachricht', NO "
                "auto-reply headers, but the body is only a spa-stay absence notice -> auto_reply, refers_to = the acknowledged ticket. "
                "text/plain ISO-8859-1 QP; ISO-8859-1 Q subject.", ref=t)

# ===== Voice 4: English-speaking spouse of an EU official (Hannah Whitcombe, Woluwe-Saint-Lambert) =====
HW = addr("Hannah Whitcombe", "hannah.whitcombe@fastmail.example.com")


@reg
def m_hw_rail_app():
    body = """Hello,

I'd like to complain about the way a simple refund request has been handled.

On 2 March I bought a 10-journey card in your rail app (Brussels-Luxembourg to Leuven, for my tutoring job). The app froze at the payment step, so I tried again. Both payments went through: I was charged 2 x EUR 79.20. Only one card appeared in the app.

I asked for a refund of the duplicate through the in-app form the same day. The answer (three weeks later) was that a refund is "not possible because the ticket has been activated". I only ever activated ONE card - the other one doesn't exist in the app, I've only got the bank statement to prove it was paid.

I then tried the chat, which just sends me back to the same form, and the desk at Brussels-Luxembourg station, where I was told it's "an app problem, not our problem" and to phone a number that charges 50 cents a minute.

It's EUR 79.20, not the end of the world, but I don't think I should have to spend hours to get back money I paid twice for nothing. Could somebody with access to the actual transaction records look at it?

Order references: 4471-0302-XK19 and 4471-0302-XK20 (the second one is the ghost).

Regards,
Hannah Whitcombe
Avenue Slegers 96, 1200 Woluwe-Saint-Lambert
"""
    root = text(body, "utf-8", "quoted-printable", params="; format=flowed; delsp=yes")
    hdr = [rcv("out2-smtp.fastmail.example.com", "192.0.2.55", dt(2026, 4, 1, 19, 33, 3)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 4, 1, 19, 32, 49)),
           ("Subject", "Charged twice for a 10-journey card, refund refused"),
           ("Message-ID", "<6B2E1F0A-44C3-4E21-9D7A-hw.rail@fastmail.example.com>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)")]
    return spec("complaint", "en", "mobility", build(hdr, root),
                "Duplicate payment in the rail app, refund refused, chat and station desk unhelpful -> complaint, mobility (rail company never "
                "named). Asks someone to 'look at it' but the refund refusal is a commercial answer, not an administrative decision -> complaint, "
                "not appeal. Apple Mail text/plain format=flowed delsp=yes, UTF-8 QP.")


@reg
def m_hw_followup_licence():
    t = "PLT-2025-004471"
    new = """Hi,

Just an update on my complaint about the driving licence exchange, since it's now five months and I still can't drive.

The commune told me on Monday that my file has been sent BACK to them from "the federal service" because a "confirmation from the DVLA" is missing. The DVLA (UK) tells me they sent the confirmation directly to Brussels on 14 January and gave me the reference D-EX-22871. So either someone has it and hasn't opened it, or it's lost.

Meanwhile my UK licence is still held by the commune, so I can't even drive with that. I've had to turn down two tutoring clients outside Brussels.

Can the person handling my complaint please check whether the DVLA letter arrived?

Thanks,
Hannah
"""
    quote = """On Thu, 11 Dec 2025 at 09:03, Complaints Service <plaintes.klachten@federal.example.be> wrote:
> Dear Ms Whitcombe,
>
> We have received your complaint of 10 December 2025 and registered it under the
> reference PLT-2025-004471.
>
> Subject: Exchange of UK driving licence - no news since November
>
> Your complaint has been forwarded to the service concerned. You will receive an answer
> within 30 working days.
>
> Kind regards,
> Complaints Service
"""
    plain = new + "\n" + quote
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    qhtml = "<br>\n".join(esc(l[2:] if l.startswith("> ") else l.lstrip(">")) for l in quote.splitlines()[1:])
    h = ('<div dir="ltr">' + "<br>\n".join(esc(l) for l in new.splitlines()) + '</div><br>\n'
         '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 11 Dec 2025 at 09:03, Complaints Service &lt;'
         '<a href="mailto:plaintes.klachten@federal.example.be">plaintes.klachten@federal.example.be</a>&gt; wrote:<br></div>\n'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
         + qhtml + "\n</blockquote></div>\n")
    root = multi("alternative", [text(plain, "utf-8"), html(h, "utf-8")], "0000000000007c81a206151d9e33", preamble=False)
    hdr = [rcv("mail-lf1-f41.google.example.com", "203.0.113.41", dt(2026, 5, 13, 8, 2, 55)),
           ("From", addr("Hannah Whitcombe", "hannah.whitcombe@gmail.example.com")), ("To", addr("Complaints Service", MBOX)),
           ("Date", dt(2026, 5, 13, 8, 2, 40)),
           ("Subject", "Re: " + ack_subject(t, "en")),
           ("Message-ID", "<CAF7hw+Lq9licence.3308@mail.gmail.example.com>"),
           ("In-Reply-To", ack_mid(t)), ("References", ack_mid(t))]
    return spec("follow_up", "en", "mobility", build(hdr, root),
                "Gmail reply to a December 2025 acknowledgement (ticket from the PREVIOUS YEAR) with gmail_quote blockquote; new facts about a "
                "UK driving licence exchange -> follow_up, mobility. Sent from a different address of the same person than her other mails. "
                "multipart/alternative UTF-8 QP, no preamble.", ref=t)


@reg
def m_hw_tax_childcare():
    body = """Dear Sir or Madam,

I received my tax assessment for income year 2024 last week (joint assessment with my husband, although as you will know his salary from the European Commission is exempt, so in practice only my income is taxed here). My income is from freelance English tutoring.

Two things look wrong to me:

1. In my return I declared childcare costs for our son (born 2019) - after-school care, EUR 1,614, with the certificate from the school. The assessment doesn't show any reduction for childcare at all.

2. The assessment also seems to have added my husband's exempt salary when working out the rate - my tax is nearly double what the online simulation gave me. I may be misreading this, the explanation page is only in French and Dutch.

Could you please have another look at the assessment and correct it? I'm happy to send the childcare certificate again, and the page from my return.

I apologise if this isn't the right address - the letter gave a postal address in Brussels but no e-mail, and I didn't want to miss whatever deadline there is.

Kind regards,
Hannah Whitcombe
National number 83.05.19-402.66
"""
    h = para_html(body, style="p{margin:0 0 8pt 0}")
    root = multi("alternative", [text(body, "us-ascii", "7bit"), html(h, "utf-8", "quoted-printable")],
                 "_000_DB9PR07MB8412F1E2D3C4B5A69788DB9PR07MB8412eurp_")
    hdr = [rcv("EUR02-VI1-obe.outbound.protection.outlook.example.com", "203.0.113.21", dt(2026, 5, 18, 10, 27, 33)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 5, 18, 10, 27, 10)),
           ("Subject", "Query about my tax assessment (income 2024) - childcare costs missing"),
           ("Message-ID", "<DB9PR07MB8412C0FFEE11whitcombe@DB9PR07MB8412.eurprd07.prod.outlook.example.com>"),
           ("Thread-Topic", "Query about my tax assessment (income 2024) - childcare costs missing"),
           ("Content-Language", "en-GB")]
    return spec("appeal", "en", "taxes", build(hdr, root, crlf=True),
                "Subject says 'Query' but the mail asks to have another look at and CORRECT a tax assessment (childcare deduction missing, "
                "exempt EU salary possibly used for the rate): no legal words -> appeal, taxes. Outlook multipart/alternative (us-ascii 7bit plain "
                "+ UTF-8 QP HTML with <style>); CRLF.")


@reg
def m_hw_roadside():
    body_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family: Arial, sans-serif; font-size: 14px;">
<p>To whom it may concern,</p>
<p>On Friday 24 April at about 23:10 I was stopped at an alcohol check on the Boulevard de la Woluwe, on my way home from a friend's birthday dinner. I had been driving, so I had not been drinking, and the breath test showed 0.00.</p>
<p>What happened next is why I'm writing. The officer who tested me - tall, shaved head, no visible name badge - kept my driving licence and my husband's and my special ID cards for about 35 minutes without explanation. When I asked (in French) what the problem was, he answered in Dutch, then said in English "you expats think the rules are for other people". He then searched my boot, without asking and without saying why, and laughed at my husband's Commission laissez-passer to his colleague.</p>
<p>I was alone, it was dark, and frankly I was frightened. I have no problem at all with alcohol checks - I think they're a good thing. But I don't think anyone should be treated like this at one.</p>
<p>Is a search of the boot normal at a simple alcohol check? And how do I find out the officer's identity so that this can be looked into properly? I would like this complaint registered.</p>
<p>Hannah Whitcombe<br>Avenue Slegers 96<br>1200 Woluwe-Saint-Lambert<br>+32 470 00 66 81</p>
</div>
<div style="font-size:11px;color:#999">Sent with Fastmail</div>
</body></html>
"""
    root = html(body_html, "utf-8", "base64")
    hdr = [rcv("out2-smtp.fastmail.example.com", "192.0.2.55", dt(2026, 4, 26, 11, 4, 41)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 4, 26, 11, 4, 29)),
           ("Subject", "Treatment at a roadside alcohol check on Friday night"),
           ("Message-ID", "<a3f0b6e9-roadside-0424@app.fastmail.example.com>"),
           ("User-Agent", "Fastmail webmail")]
    return spec("complaint", "en", "police", build(hdr, root),
                "Police CONDUCT at a roadside alcohol check (intimidation, unexplained search, remarks); 'police' hardly named (officer, check) "
                "and ends with questions -> complaint, police. HTML-only UTF-8 base64, no text/plain.")


@reg
def m_hw_pension_record():
    body = """Hello,

I'm British and have lived in Belgium since 2009. I worked as an employee for a language school in Brussels from 2009 to 2014, then had a career break when our children were born, and have been working again since 2023 (employed part-time at a translation agency until February, plus some freelance tutoring).

I'd like to understand where I stand for a Belgian pension:
- How can I see which years are on my record? The online pension site wants me to log in with itsme, but itsme won't accept my special ID card (I'm a Commission spouse, so I don't have a normal Belgian residence card).
- Do my UK National Insurance years (1999–2008) count towards anything here, or is that completely separate?
- Do the career-break years count at all?

I've been going round in circles on the website for an evening - the "calculate your pension" page just says "you don't have access to this service". A simple human answer would be wonderful.

Many thanks,
Hannah Whitcombe
"""
    root = text(body, "windows-1252", "quoted-printable")
    hdr = [rcv("out2-smtp.fastmail.example.com", "192.0.2.55", dt(2026, 3, 12, 21, 48, 20, 1)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 3, 12, 21, 48, 5, 1)),
           ("Subject", ew("How do I check my Belgian pension record? (can’t log in)", "windows-1252", "q")),
           ("Message-ID", "<0c2d9f41-pension-record@app.fastmail.example.com>")]
    return spec("information_request", "en", "pensions", build(hdr, root),
                "Questions about a pension record and login problems with a special (EU) ID card; frustration ('going round in circles') but "
                "purely asking -> information_request, pensions. text/plain windows-1252 QP (en dash, curly apostrophe); windows-1252 Q subject.")


@reg
def m_hw_protocol_card():
    body = """Dear Sir or Madam,

I am writing about the refusal of my special identity card, which I applied for through my husband's employer (European Commission) in February, as the spouse of an official. My husband's own card was renewed without any issue.

The letter I received on 15 April (ref. PROT/SP/2026/01877) says the application is refused because "the marriage certificate has not been legalised/apostilled". This is simply not correct. Our UK marriage certificate was apostilled by the Foreign, Commonwealth & Development Office in London on 3 November 2025 (apostille no. APO-25-4471290), and the apostille was stapled to the certificate that we sent. I attach a scan of both.

Without the card I cannot renew my registration with the commune or my health insurance, and I have a trip to see my mother in Cape Town in June.

Please treat this as an appeal against the refusal, and reconsider the application on the basis of the documents attached. If a new original is needed, please tell me where to send it.

Yours faithfully,
Hannah Whitcombe
Avenue Slegers 96, 1200 Woluwe-Saint-Lambert
"""
    root = multi("mixed", [multi("alternative", [text(body, "utf-8"), html(para_html(body), "utf-8")],
                                 "b2_a1c9e0f3d7h2a_alt", preamble=False),
                           attach("application/pdf", "marriage certificate + apostille.pdf", fake_pdf("Apostille", 77)),
                           attach("application/pdf", "refusal letter PROT-SP-2026-01877.pdf", fake_pdf("Refusal", 78))],
                 "b1_a1c9e0f3d7h2a_mix")
    hdr = [rcv("out2-smtp.fastmail.example.com", "192.0.2.55", dt(2026, 4, 20, 9, 14, 33)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 4, 20, 9, 14, 11)),
           ("Subject", "Refusal of special ID card (spouse of EU official) - ref PROT/SP/2026/01877"),
           ("Message-ID", "<7d21c0aa-protocol-card@app.fastmail.example.com>")]
    return spec("appeal", "en", "foreign_affairs", build(hdr, root),
                "Explicit 'appeal' against the refusal of a special identity card for the spouse of an EU official (issued by the protocol service of "
                "Foreign Affairs, never named) -> appeal, foreign_affairs. Non-PLT reference. Nested multipart/mixed > multipart/alternative + 2 PDFs "
                "(filenames with spaces and '+').")


@reg
def m_hw_museum():
    body = """Hello,

In January we bought a family annual pass (EUR 95) for the fine arts museum up by the Mont des Arts, mainly because our 9-year-old loves the old Flemish paintings.

Since then we've been three times. The first time, half of the old masters section was closed "for technical reasons". The second time, the whole section was closed, with a paper sign on the door. Last Sunday it was still closed, and the desk said it would be "several months". Nothing on the website, nothing in an e-mail to pass holders.

On top of that, the cloakroom attendant refused to take our pushchair and told us, quite rudely, to "leave it outside then".

I don't really expect a refund, but I do expect a federal museum to tell its paying visitors when most of what they came for is shut. Is anyone responsible for this?

Hannah Whitcombe
"""
    root = text(body, "us-ascii", "7bit")
    hdr = [rcv("out2-smtp.fastmail.example.com", "192.0.2.55", dt(2026, 5, 11, 18, 3, 1)),
           ("From", HW), ("To", MBOX), ("Date", dt(2026, 5, 11, 18, 2, 50)),
           ("Subject", "annual pass - rooms closed for months, no info"),
           ("Message-ID", "<5e8a2b10-museum@app.fastmail.example.com>")]
    return spec("complaint", "en", "other", build(hdr, root),
                "Complaint about a federal art museum (closed wing, no information, rude cloakroom) -> complaint, category other (not one of the "
                "seven domains). text/plain us-ascii 7bit, lower-case subject.")


@reg
def m_hw_webform_unemployment():
    fields = [("Name", "Hannah Whitcombe"), ("E-mail", "hannah.whitcombe@fastmail.example.com"),
              ("Phone", "+32 470 00 66 81"), ("Language", "English"), ("Subject area", "Other / I don't know"),
              ("National number", "83.05.19-402.66")]
    msg = """I was made redundant by my employer (a translation agency) on 28 February. I registered as a jobseeker in March and chose the public payment office, since I'm not in a union.

Since then: my file has been "lost" twice. The first time they said my C4 form from the employer was missing - my employer sent it by e-mail AND by post. The second time they said my "unemployment card" (the control card you fill in every month) was not valid because I had filled it in in English?! I was told to come in person. I did, waited 2 hours, and was given a printed list in French of documents I had already given.

It is now 10 weeks without any payment. Every letter I receive is in French only, and when I ask for an explanation in English or even slower French I'm told "ce n'est pas possible". I understand Belgium has three official languages and English isn't one, but surely someone can explain what is missing in a way I can understand.

I would like someone to look at my file and tell me, in writing, exactly what is missing."""
    plain = "New message submitted via the contact form (page: /en/complaints/submit)\n\n" + \
        "\n".join("%s: %s" % f for f in fields) + "\n\nMessage:\n" + msg + \
        "\n\n--\nForm ID: WF-EN-2026-05-0407\nSubmitted: 2026-05-14 07:41:55 CEST\nIP: 2001:db8:4a1:7::19\n"
    root = text(plain, "utf-8", "quoted-printable")
    hdr = [("Received", "from web02.federal.example.be (web02.federal.example.be [10.20.3.12])\n\tby mx1.federal.example.be (Postfix) with ESMTP id 4ZrB7m; " + dt(2026, 5, 14, 7, 41, 56)),
           ("From", addr("Contact form", WEBFORM)), ("To", MBOX),
           ("Reply-To", addr("Hannah Whitcombe", "hannah.whitcombe@fastmail.example.com")),
           ("Date", dt(2026, 5, 14, 7, 41, 56)),
           ("Subject", "[Contact form] New message - Other / I don't know"),
           ("Message-ID", "<wf-en-2026-05-0407@federal.example.be>"),
           ("X-Webform-Id", "WF-EN-2026-05-0407")]
    return spec("complaint", "en", "unemployment", build(hdr, root),
                "WEB-FORM notification (citizen in Reply-To and fields) where the citizen picked 'Other / I don't know': lost file, 'unemployment "
                "card' rejected, French-only letters, 10 weeks unpaid by the public payment office (CAPAC, never named) -> complaint, unemployment "
                "(form field is misleading). text/plain UTF-8 QP; no Auto-Submitted header this time.")


@reg
def m_daniel_ooo():
    t = "PLT-2026-001333"
    body = """Thank you for your message. I am on mission in Luxembourg until Friday 15 May with limited access to e-mail. For urgent matters, please contact the Unit secretariat (+32 2 000 41 10).

Je suis en mission à Luxembourg jusqu'au vendredi 15 mai avec un accès limité à ma messagerie. Pour toute question urgente, veuillez contacter le secrétariat de l'unité.

Daniel WHITCOMBE
Policy Officer
"""
    root = multi("alternative", [text(body, "utf-8", "quoted-printable"), html(para_html(body), "utf-8", "quoted-printable")],
                 "_000_PR3P154MB0921whitcombeooo_")
    hdr = [rcv("mx.ec-mail.example.org", "198.51.100.240", dt(2026, 5, 11, 16, 20, 9)),
           ("From", addr("WHITCOMBE Daniel", "daniel.whitcombe@ec-mail.example.org")),
           ("To", addr("Complaints Service", MBOX)), ("Date", dt(2026, 5, 11, 16, 20, 7)),
           ("Subject", "Automatic reply: " + ack_subject(t, "en")),
           ("Message-ID", "<PR3P154MB0921AA77auto@PR3P154MB0921.EURP154.PROD.OUTLOOK.example.com>"),
           ("In-Reply-To", ack_mid(t)), ("References", ack_mid(t)),
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Thread-Topic", ack_subject(t, "en"))]
    return spec("auto_reply", "en", "other", build(hdr, root, crlf=True),
                "Exchange out-of-office of an EU official (bilingual EN/FR, English first -> en) answering our English acknowledgement -> "
                "auto_reply, refers_to set. Auto-Submitted + X-Auto-Response-Suppress; multipart/alternative UTF-8 QP; CRLF.", ref=t)

# ===== Non-cases collected in the mailbox: ticket systems, bounces, spam =====
@reg
def m_rail_ticketsystem_nl():
    t = "PLT-2026-001251"
    body = """Beste klant,

Dit is een automatisch bericht. Gelieve niet op deze e-mail te antwoorden.

Wij hebben uw bericht met onderwerp "Doorgestuurde klacht PLT-2026-001251 - terugbetaling abonnement" goed ontvangen. Het werd geregistreerd onder referentie KD-2026-0412-88213.

Onze klantendienst behandelt uw vraag binnen 10 werkdagen. Door de grote drukte kan dit uitzonderlijk langer duren.

Vermeld bij verdere correspondentie altijd uw referentie KD-2026-0412-88213 in het onderwerp.

Met vriendelijke groeten,
Klantendienst

-------------------------------------------
Dit bericht werd automatisch verstuurd door ons ticketsysteem.
"""
    root = text(body, "utf-8", "quoted-printable")
    hdr = [rcv("tickets.spoorweg-klantendienst.example.com", "198.51.100.71", dt(2026, 4, 12, 10, 4, 33)),
           ("From", addr("Klantendienst", "noreply-klantendienst@spoorweg-klantendienst.example.com")),
           ("To", MBOX), ("Date", dt(2026, 4, 12, 10, 4, 31)),
           ("Subject", "[#KD-2026-0412-88213] Uw bericht werd goed ontvangen: Doorgestuurde klacht PLT-2026-001251"),
           ("Message-ID", "<ticket-88213.1744445071@tickets.spoorweg-klantendienst.example.com>"),
           ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
           ("X-Loop", "noreply-klantendienst@spoorweg-klantendienst.example.com")]
    return spec("auto_reply", "nl", "other", build(hdr, root),
                "Ticket-system auto-acknowledgement of another organisation (rail customer service) after we forwarded a complaint; quotes OUR "
                "ticket next to its own KD- reference; contains 'klacht' -> auto_reply, refers_to = our ticket. Auto-Submitted + Precedence: bulk + "
                "X-Loop; text/plain UTF-8 QP.", ref=t)


@reg
def m_other_admin_ticket_fr():
    body_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style>body{font-family:Arial;font-size:13px;color:#222} .ref{background:#eef3f8;padding:8px;border-left:4px solid #2a5d8f} .foot{font-size:11px;color:#777}</style></head>
<body>
<p>Madame, Monsieur,</p>
<p>Nous accusons réception de votre message intitulé « <i>Demande de coordonnées – service titres-services</i> ».</p>
<p class="ref">Numéro de ticket : <b>[Ticket#2026041710000457]</b><br>Date de réception : 17/04/2026 14:22</p>
<p>Votre demande sera traitée par le service compétent dans les meilleurs délais. Pour toute réclamation relative à un dossier en cours, veuillez utiliser exclusivement le formulaire en ligne.</p>
<p>Merci de ne pas répondre à ce courriel : cette boîte n'est pas consultée.</p>
<p class="foot">Service public régional – Emploi et formation<br>Ce message a été généré automatiquement.</p>
</body></html>
"""
    root = html(body_html, "windows-1252", "quoted-printable")
    hdr = [rcv("otrs.emploi-region.example.org", "198.51.100.150", dt(2026, 4, 17, 14, 22, 40)),
           ("From", addr("Service clientèle", "ne-pas-repondre@emploi-region.example.org")),
           ("To", MBOX), ("Date", dt(2026, 4, 17, 14, 22, 38)),
           ("Subject", ew("[Ticket#2026041710000457] Votre demande a bien été enregistrée", "windows-1252", "q")),
           ("Message-ID", "<1744899758.4471.ticket@otrs.emploi-region.example.org>"),
           ("Auto-Submitted", "auto-generated"), ("X-OTRS-Loop", "yes")]
    return spec("auto_reply", "fr", "other", build(hdr, root),
                "Ticket-system (OTRS-like) acknowledgement from a REGIONAL administration answering a message our mailbox sent without a ticket; "
                "only its own Ticket# reference (no PLT) -> auto_reply, refers_to null; word 'réclamation' present. Auto-Submitted + X-OTRS-Loop; "
                "HTML-only windows-1252 QP with <style>; windows-1252 Q subject.")


def _ack_message(t, lang, to, body, charset="utf-8"):
    return build([("From", addr("Service des plaintes – Klachtendienst", MBOX)), ("To", to),
                  ("Date", dt(2026, 4, 28, 9, 0, 4)),
                  ("Subject", ew(ack_subject(t, lang), "utf-8", "q")),
                  ("Message-ID", ack_mid(t)), ("Auto-Submitted", "auto-replied")],
                 text(body, charset, "quoted-printable"))


@reg
def m_bounce_postfix_en():
    t = "PLT-2026-001290"
    ack_body = """Sehr geehrte Damen und Herren,

wir haben Ihre Beschwerde erhalten und unter der Nummer PLT-2026-001290 registriert.
Sie wird an den zuständigen Dienst weitergeleitet. Eine Antwort erhalten Sie innerhalb von 30 Werktagen.

Mit freundlichen Grüßen
Beschwerdestelle
"""
    returned = _ack_message(t, "de", "kevin.radermacher@gmial.example.com", ack_body)
    notice = """This is the mail system at host mx-out1.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kevin.radermacher@gmial.example.com>: Host or domain name not found. Name
    service error for name=gmial.example.com type=MX: Host not found, try again
"""
    ds = """Reporting-MTA: dns; mx-out1.federal.example.be
X-Postfix-Queue-ID: 4ZqR1x3kLmz2Tt
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Tue, 28 Apr 2026 09:00:05 +0200 (CEST)

Final-Recipient: rfc822; kevin.radermacher@gmial.example.com
Original-Recipient: rfc822;kevin.radermacher@gmial.example.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.example.com type=MX: Host not found, try again
"""
    root = multi("report", [leaf("text/plain", notice, "us-ascii", None, extra=[("Content-Description", "Notification")]),
                            P([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
                            P([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], returned)],
                 "4ZqR1x3kLmz2Tt.1777359605/mx-out1.federal.example.be", params="; report-type=delivery-status", preamble=False)
    root.body = b"This is a MIME-encapsulated message.\n\n" + root.body
    hdr = [("Return-Path", "<>"),
           ("Received", "by mx-out1.federal.example.be (Postfix)\n\tid 4ZqR1x5Pq8z2Tv; " + dt(2026, 4, 28, 9, 0, 6)),
           ("Date", dt(2026, 4, 28, 9, 0, 6)),
           ("From", "MAILER-DAEMON@mx-out1.federal.example.be (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", MBOX),
           ("Auto-Submitted", "auto-replied"),
           ("Message-Id", "<20260428070006.4ZqR1x5Pq8z2Tv@mx-out1.federal.example.be>")]
    return spec("bounce", "en", "other", build(hdr, root),
                "Postfix DSN (domain typo gmial) from our own outbound relay; human-readable part in ENGLISH while the returned acknowledgement is "
                "GERMAN -> language en. multipart/report: text/plain + message/delivery-status + full message/rfc822 (QP body, Q-encoded subject) "
                "-> ticket only inside the returned message.", ref=t)


@reg
def m_bounce_exchange_nl():
    t = "PLT-2026-001268"
    notice = """Uw bericht heeft de volgende ontvangers niet bereikt:

els.vermeiren@gemeente-voorbeeld.example.be
Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.

Diagnostische gegevens voor beheerders:

Genererende server: EX02.gemeente-voorbeeld.example.be

els.vermeiren@gemeente-voorbeeld.example.be
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Oorspronkelijke berichtkoppen:
"""
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
         "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Uw bericht heeft de volgende ontvangers niet bereikt:</font></b></p>\n"
         "<p><a href=\"mailto:els.vermeiren@gemeente-voorbeeld.example.be\">els.vermeiren@gemeente-voorbeeld.example.be</a><br>\n"
         "Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen.</p>\n"
         "<p><font color=\"#808080\" size=\"2\">Diagnostische gegevens voor beheerders:<br>Genererende server: EX02.gemeente-voorbeeld.example.be<br>"
         "Remote Server returned '554 5.2.2 mailbox full'</font></p>\n</body></html>\n")
    ds = """Reporting-MTA: dns;EX02.gemeente-voorbeeld.example.be
Received-From-MTA: dns;mx-out1.federal.example.be
Arrival-Date: Mon, 4 May 2026 14:30:12 +0000

Final-Recipient: rfc822;els.vermeiren@gemeente-voorbeeld.example.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    rh = """Received: from mx-out1.federal.example.be (198.51.100.9) by
 EX02.gemeente-voorbeeld.example.be (10.1.4.22) with Microsoft SMTP Server id
 15.1.2507.39; Mon, 4 May 2026 16:30:12 +0200
From: =?utf-8?q?Service_des_plaintes_=E2=80=93_Klachtendienst?= <plaintes.klachten@federal.example.be>
To: <els.vermeiren@gemeente-voorbeeld.example.be>
Subject: [PLT-2026-001268] Ontvangstbevestiging van uw klacht
Date: Mon, 4 May 2026 16:30:05 +0200
Message-ID: <ack.plt-2026-001268@federal.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    alt = multi("alternative", [text(notice, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")],
                "_001_DB8PR01MB5512nl_alt_", preamble=False)
    root = multi("report", [alt,
                            P([("Content-Type", "message/delivery-status")], ds.encode()),
                            P([("Content-Type", "text/rfc822-headers")], rh.encode())],
                 "_000_DB8PR01MB5512nl_report_", params="; report-type=delivery-status", preamble=False)
    hdr = [("Return-Path", "<>"),
           rcv("EX02.gemeente-voorbeeld.example.be", "198.51.100.180", dt(2026, 5, 4, 16, 30, 14)),
           ("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gemeente-voorbeeld.example.be")),
           ("To", MBOX), ("Date", dt(2026, 5, 4, 14, 30, 13, 0)),
           ("Subject", "Onbestelbaar: " + ack_subject(t, "nl")),
           ("Message-ID", "<d2a1c0b9-ndr-001268@EX02.gemeente-voorbeeld.example.be>"),
           ("In-Reply-To", ack_mid(t)), ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "nl-NL")]
    return spec("bounce", "nl", "other", build(hdr, root, crlf=True),
                "Exchange NDR in DUTCH ('Onbestelbaar:', 554 5.2.2 mailbox full) returning our Dutch acknowledgement sent to a municipal employee -> "
                "language nl, refers_to from subject/headers. multipart/report > multipart/alternative (plain + HTML) + message/delivery-status + "
                "text/rfc822-headers; CRLF.", ref=t)


@reg
def m_spam_de_refund():
    h = """<html><head><meta charset="utf-8"><style>.btn{background:#1b4f8a;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px}</style></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><img src="https://cdn.foed-finanzen-erstattung.example.net/logo_fod.png" alt="FÖD Finanzen" width="180"></td></tr>
<tr><td>
<p>Sehr geehrte/r Steuerpflichtige/r,</p>
<p>nach der jährlichen Berechnung Ihrer Steuerlast haben wir festgestellt, dass Sie Anspruch auf eine <b>Steuerrückerstattung in Höhe von 487,30 €</b> haben.</p>
<p>Vorgangsnummer: <b>SR-2026-7741-BE</b><br>Frist: <b>48 Stunden</b></p>
<p>Um die Erstattung zu erhalten, bestätigen Sie bitte Ihre Bankdaten über unser sicheres Portal. Nach Ablauf der Frist verfällt der Anspruch.</p>
<p style="text-align:center"><a class="btn" href="https://myminfin.example.be.rueckerstattung-sicher.example.net/de/login?id=7741">Erstattung jetzt beantragen</a></p>
<p>Mit freundlichen Grüßen<br>Föderaler Öffentlicher Dienst Finanzen<br>Abteilung Rückerstattungen</p>
<p style="font-size:10px;color:#999">Diese E-Mail wurde automatisch generiert. © 2026 FÖD Finanzen</p>
</td></tr></table>
<img src="https://t.rueckerstattung-sicher.example.net/open?u=plaintes.klachten" width="1" height="1">
</body></html>
"""
    root = html(h, "utf-8", "base64")
    hdr = [("Received", "from vps-31077.hosting.example.net (unknown [203.0.113.201])\n\tby mx1.federal.example.be (Postfix) with ESMTP id 4ZsT9q; " + dt(2026, 5, 7, 3, 12, 40)),
           ("Authentication-Results", "mx1.federal.example.be; spf=fail smtp.mailfrom=foed-finanzen-erstattung.example.net; dkim=none; dmarc=fail"),
           ("From", addr("FÖD Finanzen – MyMinfin", "erstattung@foed-finanzen-erstattung.example.net", "utf-8", "b")),
           ("To", MBOX), ("Date", dt(2026, 5, 7, 3, 12, 37)),
           ("Subject", ew("Ihre Steuerrückerstattung von 487,30 € – Aktion erforderlich (Vorgang SR-2026-7741)", "utf-8", "b")),
           ("Message-ID", "<20260507031237.7741@foed-finanzen-erstattung.example.net>")]
    return spec("spam", "de", "other", build(hdr, root),
                "PHISHING: fake German-language tax refund from a look-alike domain with a fake 'Vorgangsnummer', 48h deadline, link host "
                "myminfin.example.be.rueckerstattung-sicher.example.net; SPF/DMARC fail. HTML-only UTF-8 base64 with tracking pixel; B-encoded "
                "subject and display name.")


@reg
def m_spam_en_parcel():
    plain = """Parcel notification

Dear customer,

Your parcel BE-4471-2291-03 could not be delivered on 06/05/2026 because an import fee of EUR 1.99 is outstanding.

To schedule a new delivery, please pay the fee within 24 hours:
https://parcel-be-delivery.example.com/track/BE447122910?pay=1

If the fee is not paid, the parcel will be returned to the sender.

Parcel Service Belgium
"""
    h = """<html><body style="font-family:Helvetica,Arial;margin:0">
<div style="background:#e30613;color:#fff;padding:14px;font-size:20px">Parcel notification</div>
<div style="padding:16px">
<p>Dear customer,</p>
<p>Your parcel <b>BE-4471-2291-03</b> could not be delivered on 06/05/2026 because an import fee of <b>EUR 1.99</b> is outstanding.</p>
<p><a href="https://parcel-be-delivery.example.com/track/BE447122910?pay=1" style="background:#e30613;color:#fff;padding:10px 18px;text-decoration:none">Pay &amp; reschedule</a></p>
<p style="font-size:11px;color:#666">If the fee is not paid within 24 hours, the parcel will be returned to the sender.</p>
</div><img src="https://parcel-be-delivery.example.com/px.gif?m=8812" width="1" height="1"></body></html>
"""
    root = multi("alternative", [text(plain, "us-ascii", "7bit"), html(h, "utf-8", "quoted-printable")],
                 "--==_mimepart_6639a1f2_8812", preamble=False)
    hdr = [("Received", "from mail.parcel-be-delivery.example.com (unknown [192.0.2.199])\n\tby mx2.federal.example.be (Postfix) with ESMTP id 4ZsV1a; " + dt(2026, 5, 7, 11, 48, 2)),
           ("From", addr("Parcel Service", "notify@parcel-be-delivery.example.com")),
           ("To", "undisclosed-recipients:;"), ("Date", dt(2026, 5, 7, 11, 47, 58)),
           ("Subject", "Your parcel BE-4471-2291-03 is on hold - action required"),
           ("Message-ID", "<6639a1f2.8812@parcel-be-delivery.example.com>")]
    return spec("spam", "en", "other", build(hdr, root),
                "Fake parcel-fee SMS-style scam (EUR 1.99 'import fee'); To: undisclosed-recipients. multipart/alternative us-ascii 7bit + UTF-8 QP "
                "HTML with tracking pixel.")


@reg
def m_spam_fr_heritage():
    body = """Cher(e) ami(e),

Je fais suite à mon précédent courrier resté sans réponse.

Je suis Maître Aurélien Koffi-Dubreuil, avocat au barreau de Lomé, en charge de la succession de feu M. Laurent Dubreuil, ressortissant belge décédé sans héritier connu dans un accident de la route le 11 septembre 2023. Le défunt laisse une somme de 4.850.000,00 € (quatre millions huit cent cinquante mille euros) déposée auprès d'une banque de la place.

Après de longues recherches, votre administration a été identifiée comme pouvant servir de bénéficiaire pour le rapatriement de ces fonds. Je vous propose un partage 40 % / 50 % / 10 % (frais).

Réf. dossier : SUC/2026/0451 – merci de rappeler cette référence.

Pour la suite, veuillez me faire parvenir dans les plus brefs délais :
- vos nom et prénom complets,
- votre numéro de téléphone,
- une copie de votre pièce d'identité.

Cette transaction est 100 % légale et sans risque. Merci de me répondre uniquement à mon adresse privée : me.koffi.dubreuil@freemail.example.com

Dans l'attente de votre réponse favorable,
Me Aurélien Koffi-Dubreuil
"""
    root = text(body, "windows-1252", "quoted-printable")
    hdr = [("Received", "from [198.51.100.222] (unknown [198.51.100.222])\n\tby mx1.federal.example.be (Postfix) with ESMTP id 4ZsK2b; " + dt(2026, 4, 30, 2, 41, 9, 0)),
           ("From", addr("Me Aurélien Koffi-Dubreuil", "cabinet.koffi@avocats-lome.example.org", "windows-1252", "q")),
           ("Reply-To", "me.koffi.dubreuil@freemail.example.com"),
           ("To", MBOX), ("Date", dt(2026, 4, 30, 2, 41, 5, 0)),
           ("Subject", ew("RE: Succession de feu M. Laurent Dubreuil – Réf. SUC/2026/0451", "windows-1252", "q")),
           ("Message-ID", "<20260430024105.SUC0451@avocats-lome.example.org>")]
    return spec("spam", "fr", "other", build(hdr, root),
                "Inheritance / advance-fee scam with a FAKE 'RE:' (no In-Reply-To), fake 'Réf. dossier', Reply-To to a freemail address. "
                "text/plain windows-1252 QP; windows-1252 Q subject and display name.")


@reg
def m_spam_nl_factuur():
    body = """Geachte klant,

Volgens onze administratie staat factuur 2026-0318 van 12/03/2026 (drukwerk folders en affiches, 3.486,20 EUR incl. btw) nog open. De vervaldatum was 11/04/2026.

Let op: door een bankwissel is ons rekeningnummer gewijzigd. Gelieve vanaf nu uitsluitend te betalen op:

IBAN: LT58 3250 0719 4402 1176
BIC: REVOLT21
t.n.v. Drukkerij Van Acker

Betalingen op het oude rekeningnummer kunnen niet meer verwerkt worden en worden teruggestort.

Gelieve het openstaande bedrag binnen 5 werkdagen over te maken om bijkomende kosten en een dossier bij ons incassobureau te vermijden. Bij vragen of klachten kunt u ons steeds contacteren op dit adres.

De factuur vindt u in bijlage.

Met vriendelijke groeten,
Sandra De Smet
Boekhouding - Drukkerij Van Acker
"""
    root = multi("mixed", [text(body, "utf-8", "quoted-printable"),
                           attach("application/pdf", "Factuur_2026-0318.pdf", fake_pdf("Factuur", 318))],
                 "----=_Part_772190_1180244613.1746519000", preamble=False)
    hdr = [("Received", "from smtp.mailrelay.example.net (unknown [203.0.113.144])\n\tby mx2.federal.example.be (Postfix) with ESMTP id 4ZsM8c; " + dt(2026, 5, 6, 9, 10, 3)),
           ("From", addr("Boekhouding Drukkerij Van Acker", "boekhouding@drukkerij-vanacker.example.org")),
           ("Reply-To", "facturatie.vanacker@mailbox.example.net"),
           ("To", MBOX), ("Date", dt(2026, 5, 6, 9, 9, 59)),
           ("Subject", "Herinnering: factuur 2026-0318 nog niet voldaan - gewijzigde bankgegevens"),
           ("Message-ID", "<772190.1746519000@drukkerij-vanacker.example.org>")]
    return spec("spam", "nl", "other", build(hdr, root),
                "INVOICE FRAUD: reminder for an invoice never ordered + 'changed bank details' to a foreign IBAN, Reply-To elsewhere; contains "
                "'klachten' in a boilerplate sentence. multipart/mixed: text/plain UTF-8 QP + PDF.")


@reg
def m_spam_en_crypto():
    plain = """RE: your enquiry

Dear colleague,

Following up on our previous message: places in the EuroStaff Yield Programme for staff of European and Belgian public institutions close on Friday.

- 14.2% APY on stablecoin staking, paid weekly
- capital "protected" by our institutional partners
- tax-efficient structure for international civil servants
- minimum deposit only EUR 2,500

Over 3,100 public-sector professionals in Brussels and Luxembourg have already joined.

Reserve your place: https://eurostaff-yield.example.com/join?ref=fed-BE-22

Unsubscribe: https://eurostaff-yield.example.com/u?e=plaintes.klachten
"""
    h = "<html><body>" + para_html(plain).split("<body>", 1)[1]
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")],
                 "=_a8b1c2d3e4f5eurostaff")
    hdr = [("Received", "from out-14.esp-mailer.example.com (out-14.esp-mailer.example.com [192.0.2.14])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id 4ZsP0d; " + dt(2026, 5, 12, 15, 30, 12)),
           ("From", addr("EuroStaff Yield", "invest@eurostaff-yield.example.com")),
           ("To", MBOX), ("Date", dt(2026, 5, 12, 15, 30, 8)),
           ("Subject", "RE: your enquiry - EuroStaff Yield Programme (14.2% APY) - last places"),
           ("Message-ID", "<cmp-22.3108@eurostaff-yield.example.com>"),
           ("List-Unsubscribe", "<https://eurostaff-yield.example.com/u?e=plaintes.klachten>"),
           ("Precedence", "bulk")]
    return spec("spam", "en", "other", build(hdr, root),
                "CRYPTO investment marketing aimed at civil servants with a fake 'RE: your enquiry'; List-Unsubscribe + Precedence: bulk. "
                "multipart/alternative: plain UTF-8 QP + HTML base64.")


# ---------------------------------------------------------------- checks
ALLOWED_DOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
DOC_IP = re.compile(r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^2001:db8:", re.I)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue  # walk() descends into it
        try:
            if part.get_content_maintype() == "text":
                out.append(part.get_content())
            else:
                pl = part.get_payload(decode=True)
                if isinstance(pl, bytes):
                    out.append(pl.decode("latin-1"))
        except Exception as e:  # pragma: no cover
            out.append(str(part.get_payload()))
    return "\n".join(out)


def check(labels):
    errs = []
    parser = BytesParser(policy=policy.default)
    for lab in labels:
        fn = lab["file"]
        path = os.path.join(HERE, fn)
        data = open(path, "rb").read()
        for i, line in enumerate(data.split(b"\n")):
            if len(line.rstrip(b"\r")) > 998:
                errs.append("%s: line %d longer than 998 octets" % (fn, i + 1))
        msg = parser.parsebytes(data)
        if msg.defects:
            errs.append("%s: top-level defects %r" % (fn, msg.defects))
        k, lg, c = lab["kind"], lab["language"], lab["category"]
        if k not in KINDS or lg not in LANGS or c not in CATS:
            errs.append("%s: invalid label value" % fn)
        if lab["acknowledge"] != (k in ACK_KINDS):
            errs.append("%s: acknowledge inconsistent" % fn)
        if k in ("auto_reply", "bounce", "spam") and c != "other":
            errs.append("%s: non-case must be category other" % fn)
        if k == "follow_up" and not lab["refers_to"]:
            errs.append("%s: follow_up without refers_to" % fn)
        txt = decoded_text(msg)
        if lab["refers_to"]:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]):
                errs.append("%s: bad refers_to format" % fn)
            if lab["refers_to"] not in txt:
                errs.append("%s: refers_to %s not in decoded message" % (fn, lab["refers_to"]))
        if not lab["notes"]:
            errs.append("%s: empty notes" % fn)
        for d in re.findall(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)", txt):
            if not ALLOWED_DOM.search(d.rstrip(".")):
                errs.append("%s: non-example e-mail domain %s" % (fn, d))
        for h in re.findall(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>:?#)]+)", txt):
            if not (ALLOWED_DOM.search(h) or DOC_IP.match(h)):
                errs.append("%s: non-example URL host %s" % (fn, h))
        for h in re.findall(r"(?i)\bwww\.[\w-]+(?:\.[\w-]+)+", txt):
            if not ALLOWED_DOM.search(h):
                errs.append("%s: non-example host %s" % (fn, h))
        for ip in re.findall(r"\[(\d+\.\d+\.\d+\.\d+)\]", txt):
            if not (DOC_IP.match(ip) or ip.startswith("10.")):
                errs.append("%s: non-documentation IP %s" % (fn, ip))
    return errs


def main():
    specs = [m() for m in MESSAGES]
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    for old in os.listdir(HERE):
        if re.fullmatch(PREFIX + r"-\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for n, idx in enumerate(order, 1):
        s = specs[idx]
        fn = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(s["data"])
        labels.append({
            "file": fn, "kind": s["kind"], "language": s["lang"], "category": s["cat"],
            "acknowledge": s["kind"] in ACK_KINDS, "refers_to": s.get("ref"), "notes": s["notes"],
        })
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    errs = check(labels)
    if errs:
        print("\n".join(errs))
        print("%d error(s)" % len(errs))
        sys.exit(1)
    print("wrote %d messages + labels.json; all checks passed" % len(labels))


if __name__ == "__main__":
    main()
