#!/usr/bin/env python3
"""Generate the labelled training corpus tr-NNN.eml + labels.json.

Standard library only, deterministic (fixed seed).  Run:  python3 generate.py
All names, addresses, numbers and domains are fictitious (example.* domains only).
"""
import base64
import datetime
import email
import email.policy
import json
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr

SEED = 20261130
PREFIX = "tr"
OUT = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "plaintes.klachten@federal.example.be"
TO_DEFAULT = "Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>"
RNG = random.Random(SEED)
MSGS = []

KINDS = ["complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"]
LANGS = ["fr", "nl", "de", "en"]
CATS = ["taxes", "pensions", "social_security", "unemployment", "mobility", "police",
        "foreign_affairs", "other"]


# --------------------------------------------------------------------------- MIME tree
class Node:
    pass


class Leaf(Node):
    def __init__(self, text, sub="plain", cs="utf-8", cte="qp", declared=None, fname=None,
                 disp=None, ctype=None, extra=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.declared, self.fname, self.disp, self.ctype = declared, fname, disp, ctype
        self.extra = extra or []


def T(text, cs="utf-8", cte="qp", **kw):
    return Leaf(text, "plain", cs, cte, **kw)


def H(html, cs="utf-8", cte="qp", **kw):
    return Leaf(html, "html", cs, cte, **kw)


class Att(Node):
    def __init__(self, data, ctype, fname, inline=False):
        self.data, self.ctype, self.fname, self.inline = data, ctype, fname, inline


class MP(Node):
    def __init__(self, sub, *parts, params="", preamble="This is a multi-part message in MIME format."):
        self.sub, self.parts, self.params, self.preamble = sub, parts, params, preamble


class Raw(Node):
    """message/rfc822, text/rfc822-headers or message/delivery-status with a raw body."""
    def __init__(self, ctype, data, extra=None):
        self.ctype, self.data, self.extra = ctype, data, extra or []


def boundary():
    style = RNG.randrange(4)
    h = "%032x" % RNG.getrandbits(128)
    if style == 0:
        return "----=_Part_%d_%s.%d" % (RNG.randrange(10, 999), h[:10], RNG.randrange(10**12, 10**13))
    if style == 1:
        return "_000_%s_" % h[:30].upper()
    if style == 2:
        return "000000000000" + h[:16]
    return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())


def enc_body(raw, cte):
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw)
    if cte == "b64":
        return "base64", base64.encodebytes(raw)
    if cte == "8bit":
        try:
            raw.decode("ascii")
            return "7bit", raw
        except UnicodeDecodeError:
            return "8bit", raw
    if cte == "7bit":
        raw.decode("ascii")
        return "7bit", raw
    raise ValueError(cte)


def render(node):
    """return (list of header lines, body bytes)"""
    if isinstance(node, Leaf):
        raw = node.text.encode(node.cs)
        cte, body = enc_body(raw, node.cte)
        ct = node.ctype or "text/%s" % node.sub
        cs = node.declared or node.cs
        hl = ['Content-Type: %s; charset="%s"' % (ct, cs) if RNG.random() < .5 else
              "Content-Type: %s; charset=%s" % (ct, cs)]
        if node.fname:
            hl[0] += ';\n\tname="%s"' % node.fname
        hl.append("Content-Transfer-Encoding: %s" % cte)
        if node.disp or node.fname:
            d = node.disp or "attachment"
            hl.append('Content-Disposition: %s; filename="%s"' % (d, node.fname) if node.fname else
                      "Content-Disposition: %s" % d)
        hl += node.extra
        return hl, body
    if isinstance(node, Att):
        hl = ['Content-Type: %s;\n\tname="%s"' % (node.ctype, node.fname),
              "Content-Transfer-Encoding: base64",
              'Content-Disposition: %s;\n\tfilename="%s"' % ("inline" if node.inline else "attachment", node.fname)]
        return hl, base64.encodebytes(node.data)
    if isinstance(node, Raw):
        data = node.data if isinstance(node.data, bytes) else node.data.encode("utf-8")
        hl = ["Content-Type: %s" % node.ctype] + node.extra
        if not data.endswith(b"\n"):
            data += b"\n"
        return hl, data
    if isinstance(node, MP):
        b = boundary()
        hl = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (node.sub, node.params, b)]
        out = b""
        if node.preamble:
            out += node.preamble.encode() + b"\n\n"
        for p in node.parts:
            ph, pb = render(p)
            out += b"--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return hl, out
    raise TypeError(node)


# --------------------------------------------------------------------------- helpers
def hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=76, header_name="Subject").encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def mkdate(s, tz=None):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = "+0200" if 4 <= d.month <= 10 else "+0100"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def msgid(domain):
    h = "%x" % RNG.getrandbits(64)
    style = RNG.randrange(3)
    if style == 0:
        return "<%s.%x@%s>" % (h, RNG.getrandbits(32), domain)
    if style == 1:
        return "<CA%s%s@mail.%s>" % (h.upper(), "%x" % RNG.getrandbits(40), domain)
    return "<%s-%d@%s>" % (h, RNG.randrange(1000, 99999), domain)


def received(frm_domain, date):
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randrange(2, 250))
    return ("Received: from smtp.%s (smtp.%s [%s])\n\tby mx%d.federal.example.be (Postfix) with ESMTPS id %X\n"
            "\tfor <%s>; %s" % (frm_domain, frm_domain, ip, RNG.randrange(1, 3), RNG.getrandbits(36), MAILBOX, date))


def paras_html(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(p.replace("\n", "<br>\n"))
    return out


def auto_html(text, style="outlook", lang="fr"):
    ps = paras_html(text)
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % p for p in ps)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;}\n--></style>\n</head>\n'
                '<body lang="%s-BE" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (lang.upper() if lang != "en" else "EN", body))
    if style == "gmail":
        body = "".join("<div>%s</div><div><br></div>" % p for p in ps)
        return '<div dir="ltr">%s</div>\n' % body
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">%s</body></html>\n'
                % "".join("<div>%s</div><div><br></div>\n" % p for p in ps))
    if style == "plainish":
        return "<html><body>\n%s\n</body></html>\n" % "\n".join("<p>%s</p>" % p for p in ps)
    raise ValueError(style)


def pdf(title):
    t = title.replace("(", "").replace(")", "")
    s = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
         "4 0 obj << /Length %d >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
         "trailer << /Root 1 0 R >>\n%%%%EOF\n" % (len(t) + 30, t))
    return s.encode("latin-1", "replace")


def jpg(n=600):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(RNG.getrandbits(8) for _ in range(n)) + b"\xff\xd9"


PNG1 = base64.b64decode(b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

ACK_SUBJ = {
    "fr": "[%s] Accusé de réception de votre plainte",
    "nl": "[%s] Ontvangstbevestiging van uw klacht",
    "de": "[%s] Eingangsbestätigung Ihrer Beschwerde",
    "en": "[%s] Acknowledgement of your complaint",
}
ACK_BODY = {
    "fr": "Madame, Monsieur,\n\nNous avons bien reçu votre message. Il a été enregistré sous la référence %s.\n"
          "Nous vous répondrons dans les meilleurs délais.\n\nService des plaintes",
    "nl": "Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht goed ontvangen. Het werd geregistreerd onder het nummer %s.\n"
          "Wij antwoorden u zo spoedig mogelijk.\n\nKlachtendienst",
    "de": "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht erhalten. Sie wurde unter der Nummer %s registriert.\n"
          "Wir antworten Ihnen so bald wie möglich.\n\nBeschwerdedienst",
    "en": "Dear Sir or Madam,\n\nWe have received your message. It has been registered under reference %s.\n"
          "We will reply as soon as possible.\n\nComplaints service",
}


def ack_id(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()


def ack_subject(ticket, lang):
    return ACK_SUBJ[lang] % ticket


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def ack_message(ticket, lang, to, date, cs="utf-8"):
    """bytes of our acknowledgement as it left the mailbox (for bounces / quoting)"""
    body = ACK_BODY[lang] % ticket
    h = ["From: %s" % TO_DEFAULT, "To: %s" % to, "Subject: %s" % hdr(ack_subject(ticket, lang)),
         "Date: %s" % date, "Message-ID: %s" % ack_id(ticket), "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
         "Content-Transfer-Encoding: quoted-printable"]
    return ("\n".join(h) + "\n\n").encode() + quopri.encodestring(body.encode("utf-8"))


def ack_headers(ticket, lang, to, date):
    return ack_message(ticket, lang, to, date).split(b"\n\n", 1)[0] + b"\n"


# --------------------------------------------------------------------------- registration
def add(kind, lang, cat, frm, subj, date, notes, body=None, ref=None, fmt="plain", cs="utf-8",
        cte="qp", hdrs=None, hcs="utf-8", crlf=False, to=None, html=None, atts=(), node=None,
        hstyle="outlook", tz=None, reply=None, cc=None, recv=True, replyto=None, mid=None):
    """frm = (display name, address). reply = ticket whose acknowledgement this answers."""
    assert kind in KINDS and lang in LANGS and cat in CATS, (kind, lang, cat)
    if node is None:
        if fmt == "plain":
            node = T(body, cs, cte)
        elif fmt == "html":
            node = H(html or auto_html(body, hstyle, lang), cs, cte)
        elif fmt == "alt":
            node = MP("alternative", T(body, cs, cte), H(html or auto_html(body, hstyle, lang), cs, cte), preamble="")
        elif fmt == "mixed":
            node = MP("mixed", T(body, cs, cte), *atts)
        elif fmt == "altmixed":
            node = MP("mixed", MP("alternative", T(body, cs, cte), H(html or auto_html(body, hstyle, lang), cs, cte), preamble=""), *atts)
        else:
            raise ValueError(fmt)
    name, a = frm
    dom = a.split("@", 1)[1]
    d = mkdate(date, tz)
    lines = []
    if recv:
        lines.append(received(dom, d))
    lines.append("From: %s" % addr(name, a, hcs))
    lines.append("To: %s" % (to or TO_DEFAULT))
    if cc:
        lines.append("Cc: %s" % cc)
    if replyto:
        lines.append("Reply-To: %s" % replyto)
    lines.append("Subject: %s" % hdr(subj, hcs))
    lines.append("Date: %s" % d)
    lines.append("Message-ID: %s" % (mid or msgid(dom)))
    if reply:
        lines.append("In-Reply-To: %s" % ack_id(reply))
        lines.append("References: %s" % ack_id(reply))
    for x in hdrs or []:
        lines.append(x)
    lines.append("MIME-Version: 1.0")
    nh, nb = render(node)
    raw = ("\n".join(lines + nh) + "\n\n").encode("utf-8") + nb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(raw=raw, kind=kind, language=lang, category=cat, refers_to=ref, notes=notes))


def webform(lang, fields, text_intro):
    """HTML + text notification of the web form; fields = [(label, value)]"""
    rows = "\n".join('<tr><td style="font-weight:bold;padding:4px;background:#eef">%s</td>'
                     '<td style="padding:4px">%s</td></tr>' % (k, v.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>"))
                     for k, v in fields)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>table{border-collapse:collapse;font-family:Arial}'
            'td{border:1px solid #ccc}</style></head><body><p>%s</p>\n<table>\n%s\n</table>\n'
            '<img src="https://track.federal.example.be/o.gif?f=%d" width="1" height="1" alt=""></body></html>\n'
            % (text_intro, rows, RNG.randrange(10**5, 10**6)))
    text = text_intro + "\n\n" + "\n".join("%s: %s" % (k, v) for k, v in fields) + "\n"
    return text, html



# =========================================================================== FRENCH
# ---- complaints (11)
add("complaint", "fr", "taxes", ("Nathalie Vandermeulen", "n.vandermeulen@example.be"),
    "Remboursement d'impôts toujours pas reçu", "2026-02-11 08:47",
    "Delay of a tax refund + unreachable call centre; mentions the assessment but does not contest it. UTF-8 QP, Brussels usage (endéans).",
    body="""Bonjour,

Selon mon avertissement-extrait de rôle daté du 14 juillet 2025 (exercice d'imposition 2025), je devais récupérer 1.284,16 €. Le document indique que le remboursement se fait « endéans les deux mois ». Nous sommes en février et je n'ai toujours rien reçu sur mon compte BE71 0961 2345 6769.

J'ai appelé le numéro du contact center à six reprises. Deux fois on m'a mise en attente pendant plus de quarante minutes avant de couper, et les autres fois une voix enregistrée me dit que « toutes les lignes sont occupées, veuillez rappeler plus tard ». Via MyMinfin, le statut est « en traitement » depuis août.

Le montant en lui-même est correct, ce n'est pas la question. Mais je suis mère seule avec deux enfants et je comptais sur cet argent pour la rentrée, puis pour l'hiver. Je trouve inadmissible qu'on ne puisse obtenir aucune explication.

Pouvez-vous me dire ce qui bloque et quand le versement sera effectué ?

Nathalie Vandermeulen
Rue de la Brasserie 41, 1050 Ixelles
GSM 0476 12 34 56""")

add("complaint", "fr", "pensions", ("Jean-Pierre Lambotte", "jp.lambotte@example.net"),
    "Paiement pension en retard + accueil téléphonique déplorable", "2026-03-03 10:05",
    "Late pension payment and rude phone agent. windows-1252 8bit, formal old-fashioned style.",
    cs="windows-1252", cte="8bit", hcs="iso-8859-1",
    body="""Madame, Monsieur,

Retraité depuis 2019, j'ai toujours perçu ma pension le premier jour ouvrable du mois. Ce mois-ci, rien. Le 2 mars, toujours rien.

J'ai donc téléphoné à votre service. La dame qui m'a répondu — je n'ai pas retenu son nom, elle ne l'a d'ailleurs pas donné — m'a fait comprendre que je n'étais « pas le seul » et qu'il fallait « arrêter d'appeler pour deux jours de retard ». Elle m'a ensuite raccroché au nez pendant que je lui demandais s'il y avait un problème avec mon numéro de compte.

J'ai septante-quatre ans, j'ai travaillé quarante-deux ans comme ajusteur chez un sous-traitant à Marchienne et je n'ai jamais été traité de la sorte. Mon loyer et mes médicaments n'attendent pas.

Je vous prie de bien vouloir examiner ce qui s'est passé, tant pour le paiement que pour la manière dont j'ai été reçu.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

J.-P. Lambotte
Chaussée de Bruxelles 212
6040 Jumet""")

add("complaint", "fr", "unemployment", ("Kevin D.", "kev.dlx93@example.com"),
    "toujours rien recu", "2026-01-19 22:41",
    "Phone-typed, no accents, no capitals; unemployment payment delay blamed on lost form. Dominant complaint. text/plain 7bit.",
    cte="8bit",
    body="""bonjour

jai envoyer mon formulaire de chomage (le c4 de mon patron + les papiers de la capac) le 2 decembre et toujours rien . la capac me dit que cest chez l onem, l onem me dit quils ont rien recu ??? jai la preuve que jai depose a la poste

ca fait 7 semaines sans un euro, jai du demander au cpas pour payer mon loyer. personne ne sait rien et chacun renvoie vers l autre

cest pas serieux

kevin dulieux
0488 55 21 90

Envoyé de mon iPhone""", recv=False)

add("complaint", "fr", "social_security", ("Françoise Mathy", "francoise.mathy@example.org"),
    "Lenteur et lettre en néerlandais - dossier allocation", "2026-04-22 14:30",
    "Mentions a refusal decision but explicitly does NOT contest it; complains about 11-month delay and letter in the wrong language. Dominant complaint. ISO-8859-1 QP, RFC2047 ISO-8859-1 name.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Madame, Monsieur,

En mai de l'année passée, j'ai introduit une demande d'allocation d'intégration auprès de la Direction générale Personnes handicapées pour mon fils Thomas (22 ans).

J'ai enfin reçu la décision le 9 avril : la demande est refusée parce que les revenus du ménage dépassent le plafond. Soit. Je ne conteste pas cette décision, les chiffres sont exacts et nous nous y attendions un peu.

Ce que je trouve anormal, c'est :
- qu'il ait fallu onze mois pour une décision qui se base sur des chiffres que vous aviez dès le départ ;
- que le courrier soit arrivé entièrement en néerlandais, alors que nous habitons à Namur et que toute la demande avait été faite en français ;
- qu'entre-temps, trois appels téléphoniques soient restés sans suite alors qu'on m'avait promis d'être rappelée.

J'espère que d'autres familles n'auront pas à attendre aussi longtemps.

Françoise Mathy
Namur""")

add("complaint", "fr", "police", ("Yassine El Amrani", "yassine.elamrani@example.com"),
    "Comportement d'un policier lors d'un contrôle à Anderlecht", "2026-05-09 01:12",
    "Police CONDUCT during a roadside check (tutoiement, insults, ID thrown). HTML-only (Gmail-like div), UTF-8 base64.",
    fmt="html", cte="b64", hstyle="gmail",
    body="""Bonjour,

Je vous écris pour signaler le comportement d'un agent de police lors d'un contrôle ce vendredi 8 mai vers 23h15, boulevard Sylvain Dupuis à Anderlecht, à hauteur de l'arrêt de tram.

J'étais au volant, mon cousin à côté. On nous a arrêtés pour un « contrôle de routine ». Dès le début, un des deux agents (grand, crâne rasé, matricule que je n'ai pas pu lire) m'a tutoyé, m'a demandé « c'est à qui cette voiture, hein ? » alors que c'est la mienne et que je lui ai tendu les papiers. Quand j'ai demandé pourquoi on était contrôlés, il a jeté ma carte d'identité sur le siège passager et m'a dit de « fermer ma gueule ».

Son collègue était correct, je tiens à le dire.

Je n'ai rien contre les contrôles. Mais je ne trouve pas normal d'être traité comme ça devant tout le monde. Je peux donner l'heure exacte et mon cousin peut témoigner.

Yassine El Amrani
0465 33 80 12""")

add("complaint", "fr", "police", ("Marc Hennebert", "marc.hennebert@example.be"),
    "Refus d'acter ma plainte au commissariat", "2026-06-15 09:20",
    "Police station refused to record a theft report (police conduct); the stolen scooter itself is only context. Plain UTF-8 8bit, CRLF.",
    cte="8bit", crlf=True,
    body="""Bonjour,

Samedi matin, je me suis présenté au commissariat de ma zone pour déclarer le vol de mon scooter, volé la nuit devant chez moi (j'ai les images de la caméra de mon voisin).

L'agent à l'accueil m'a dit qu'il n'y avait « personne pour acter » et que je devais revenir lundi ou faire ça « sur internet ». Or la déclaration en ligne ne fonctionne pas pour un véhicule immatriculé, c'est écrit sur le site. J'ai insisté poliment, il a haussé le ton et m'a dit que si je n'étais pas content je pouvais aller ailleurs. Il y avait deux autres personnes dans la salle d'attente qui ont reçu la même réponse.

Mon assurance exige le numéro de PV dans les 48 heures. Je trouve inacceptable qu'un commissariat refuse tout simplement de prendre une plainte un samedi matin.

Merci de faire le nécessaire pour que cela ne se reproduise pas.

Marc Hennebert
Wavre""")

add("complaint", "fr", "foreign_affairs", ("Sophie Delvaux", "sophie.delvaux@example.com"),
    "Impossible d'obtenir un rendez-vous passeport au consulat", "2026-09-02 16:55",
    "Belgian abroad: consulate booking site broken, no answer to e-mails. multipart/alternative (Outlook HTML), UTC-4 timezone.",
    fmt="alt", tz="-0400",
    body="""Bonjour,

Je vis à Montréal depuis 2021 et mon passeport expire en novembre. Depuis le mois de juin, j'essaie de prendre rendez-vous au consulat général pour le renouveler.

Le module de réservation en ligne affiche soit « aucune plage disponible », soit une erreur « Session expired » dès que je clique sur une date. J'ai écrit trois fois à l'adresse indiquée sur le site (11 juin, 3 juillet, 12 août) : aucune réponse, même pas un accusé de réception. Le numéro de téléphone renvoie vers un répondeur qui invite à… écrire un e-mail.

Je dois rentrer en Belgique en décembre pour des raisons familiales et je commence à paniquer. Je trouve inacceptable qu'un service consulaire soit à ce point injoignable.

Merci de transmettre au service concerné.

Sophie Delvaux
Montréal (Québec)
+1 514 555 0147""")

add("complaint", "fr", "mobility", ("Patrick Gillard", "patrick.gillard@example.net"),
    "Est-ce normal ?", "2026-03-17 12:02",
    "Grumble phrased as questions (dominant = complaint): vehicle registration office unreachable. Plain ISO-8859-1 QP.",
    cs="iso-8859-1",
    body="""Bonjour,

Est-ce normal qu'il faille trois semaines pour recevoir une plaque d'immatriculation alors que votre site annonce 48 heures ?

Est-ce normal que le numéro de la DIV sonne dans le vide de 9 à 12 heures, tous les jours ?

Est-ce normal que mon garagiste me dise qu'il a « l'habitude » et que c'est « toujours comme ça chez vous » ?

Et est-ce normal que pendant ce temps ma voiture neuve, payée, reste chez le concessionnaire et que je doive louer un véhicule à mes frais pour aller travailler ?

Je n'attends pas de réponse philosophique, j'attends ma plaque.

P. Gillard""")

add("complaint", "fr", "taxes", ("Comptabilité Ducarme & Fils SRL", "compta@ducarme-fils.example.be"),
    "Intervat inaccessible - déclaration TVA", "2026-04-20 17:48",
    "Company complaint: VAT portal down on deadline day, no info; attaches screenshot (PNG) + long legal disclaimer. multipart/mixed.",
    fmt="mixed", atts=[Att(PNG1, "image/png", "capture_erreur_intervat.png")],
    body="""Madame, Monsieur,

En tant que bureau comptable, nous gérons les déclarations TVA trimestrielles d'une soixantaine de clients. Depuis hier matin, la plateforme de dépôt renvoie systématiquement une erreur 503 (voir capture en annexe), alors que l'échéance est aujourd'hui le 20 avril.

Aucune information sur la page de statut, aucun message sur votre site, et le helpdesk nous répond qu'il « n'est pas au courant d'un incident ». Nous avons pourtant testé depuis trois connexions différentes.

Nous souhaitons :
1. une confirmation écrite qu'aucune amende ne sera appliquée pour un dépôt tardif dû à cette panne ;
2. qu'à l'avenir, les incidents soient communiqués en temps réel.

Il n'est pas acceptable de laisser les professionnels dans le flou un jour d'échéance.

Cordialement,

Isabelle Ducarme
Ducarme & Fils SRL – Comptables-fiscalistes agréés
Avenue des Combattants 8, 1340 Ottignies
Tél. 010 45 67 89

----------------------------------------------------------------
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au(x) destinataire(s). Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.""")

add("complaint", "fr", "social_security", ("Agnieszka Nowak", "a.nowak.liege@example.com"),
    "Dossier perdu remboursement", "2026-05-27 19:33",
    "Second-language French (Polish speaker) with errors; lost file for reimbursement of medical costs abroad. Plain UTF-8 base64.",
    cte="b64",
    body="""Bonjour Madame, Monsieur,

Je suis desolée pour mon français, je l'apprends encore. Je habite à Liège depuis deux ans et je travaille dans le nettoyage.

En janvier je suis été malade en Pologne pendant les vacances et j'ai payé l'hôpital moi-même. J'ai donné tous les factures à ma mutuelle en février, ils ont dit que c'est envoyé à l'INAMI pour le remboursement de l'étranger. Maintenant la mutuelle dit que l'INAMI n'a pas le dossier, et l'INAMI dit de demander à la mutuelle. Personne a mon dossier.

J'ai donné les factures originales, je n'ai que les photos sur mon téléphone. C'est 1.900 euros pour moi c'est beaucoup.

S'il vous plaît, pouvez vous chercher ou est mon dossier ? Je ne comprends pas comment on peut perdre les papiers.

Merci beaucoup
Agnieszka Nowak
0470 98 76 54""")

add("complaint", "fr", "other", ("Luc Remacle", "luc.remacle@example.org"),
    "Transféré cinq fois, aucune réponse", "2026-10-06 11:15",
    "Complaint about a general federal info line bouncing him between services; question about which service is competent is secondary. Category other. multipart/alternative, Apple-style HTML.",
    fmt="alt", hstyle="apple",
    body="""Bonjour,

Ce matin j'ai voulu savoir simplement quel service fédéral est compétent pour une attestation de résidence destinée à une administration étrangère.

J'ai appelé le numéro d'information générale. On m'a transféré vers un autre service, qui m'a renvoyé vers la commune, qui m'a renvoyé vers vous, qui m'avez transféré vers un troisième service où personne n'a décroché, puis retour à la case départ. Cinq transferts, une heure et dix minutes au téléphone, aucune réponse.

Je ne vous demande même plus l'attestation, je voulais juste signaler que ce numéro n'est d'aucune utilité quand la question sort un peu de l'ordinaire. Chaque agent était poli, mais personne ne savait rien et personne ne prenait la responsabilité de chercher.

Luc Remacle
Verviers""")

# ---- appeals (7)
add("appeal", "fr", "taxes", ("Olivier Pirard", "olivier.pirard@example.be"),
    "Avertissement-extrait de rôle 2025 - garde alternée non prise en compte", "2026-01-08 20:14",
    "Appeal without legal words: disagrees with the tax amount (shared custody not counted) and asks to correct it. Plain UTF-8 QP.",
    body="""Bonjour,

Je viens de recevoir mon avertissement-extrait de rôle pour l'exercice 2025 (revenus 2024) et je ne suis pas d'accord avec le montant qui m'est réclamé : 2.316 € à payer.

Depuis notre séparation en 2023, mes deux filles sont hébergées chez moi une semaine sur deux, et cet hébergement égalitaire a été enregistré à la commune et mentionné dans ma déclaration (cadre II). Or, dans le calcul, je ne vois aucune réduction pour enfants à charge, ni la moitié de la quotité exemptée supplémentaire.

Je vous joins le jugement et le certificat de composition de ménage si nécessaire. Pourriez-vous revoir ce calcul et m'envoyer un avertissement corrigé ?

Numéro d'article : 715.123.456
Numéro national : 79.04.12-123.45

Olivier Pirard
Rue Haute 17, 5100 Jambes""")

add("appeal", "fr", "pensions", ("Monique Fagnoul", "monique.fagnoul@example.net"),
    "Ma pension - années en France oubliées ?", "2026-02-24 15:40",
    "Appeal phrased politely as a request to review the pension calculation (French career years missing). HTML-only Outlook, windows-1252 QP.",
    fmt="html", cs="windows-1252", hcs="windows-1252",
    body="""Madame, Monsieur,

J'ai bien reçu votre courrier du 5 février m'annonçant le montant de ma pension de retraite à partir du 1er juin : 1.412,37 € brut par mois.

Ce montant me semble nettement trop bas. En relisant le détail de carrière, je constate que les années 1984 à 1991, pendant lesquelles j'ai travaillé comme infirmière à Maubeuge, ne figurent nulle part. J'avais pourtant joint à ma demande le relevé de carrière français (document CNAV).

Je sais bien que la partie française sera payée par la France, mais on m'avait expliqué que cela pouvait influencer le calcul belge (pension minimum, carrière totale).

Auriez-vous l'amabilité de revoir le calcul en tenant compte de ces années, ou au moins de m'expliquer pourquoi elles ne changent rien ?

Avec mes remerciements anticipés,

Monique Fagnoul
Quaregnon""")

add("appeal", "fr", "unemployment", ("Samir Benali", "samir.benali1990@example.com"),
    "Sanction de 8 semaines - je n'ai jamais reçu la convocation", "2026-07-14 07:58",
    "Contests an unemployment sanction (exclusion) without legal vocabulary: convocation sent to old address. Plain UTF-8 8bit.",
    cte="8bit",
    body="""Bonjour,

J'ai reçu hier une lettre de l'ONEM m'informant que je suis exclu du bénéfice des allocations pendant 8 semaines parce que je ne me suis pas présenté à un entretien le 16 juin.

Je n'ai jamais reçu cette convocation. J'ai déménagé le 1er juin de Schaerbeek à Evere, j'ai fait le changement d'adresse à la commune le jour même (attestation en ma possession) et je l'ai signalé à mon syndicat. La lettre a été envoyée à l'ancienne adresse.

Je n'ai jamais manqué un seul rendez-vous en deux ans. Sans ces 8 semaines d'allocations je ne peux pas payer mon loyer.

Je vous demande de revenir sur cette sanction et de me fixer un nouveau rendez-vous, je viendrai évidemment.

Samir Benali
NISS 90.03.25-245.17
0493 11 22 33""")

add("appeal", "fr", "foreign_affairs", ("Hamid Ouazzani", "h.ouazzani@example.be"),
    "Visa refusé pour ma mère", "2026-08-11 13:26",
    "Asks to re-examine a refused short-stay visa; no legal words. Mixed with frustration at the consulate (dominant = appeal). Plain ISO-8859-1 8bit.",
    cs="iso-8859-1", cte="8bit",
    body="""Madame, Monsieur,

Ma mère, Fatima Ouazzani, 71 ans, habitant à Tanger, a demandé un visa de court séjour pour venir assister au mariage de ma fille le 19 septembre. Le visa a été refusé avec comme motif « le but et les conditions du séjour envisagé n'ont pas été justifiés ».

Je ne comprends pas ce refus. Elle est déjà venue quatre fois depuis 2015 et est toujours rentrée à temps. J'ai fourni une prise en charge signée à la commune, l'invitation au mariage, ses billets aller-retour et sa pension marocaine. Tout était dans le dossier.

Je vous prie de bien vouloir réexaminer sa demande avant la date du mariage. Je peux envoyer à nouveau tous les documents si nécessaire.

Je précise aussi qu'il a été impossible d'avoir quelqu'un au téléphone pour comprendre ce qui manquait.

Respectueusement,
Hamid Ouazzani
Molenbeek-Saint-Jean""")

add("appeal", "fr", "social_security", ("Me Caroline Dethier", "c.dethier@avocats-dethier.example.be"),
    "V/Réf. indépendant - N/Réf. 2026/0412 - Demande de dispense de cotisations",
    "2026-03-30 11:00",
    "Lawyer's formal letter contesting refusal of contribution exemption for a self-employed client; explicit legal vocabulary; PDF attached. multipart/mixed, ISO-8859-1 QP.",
    fmt="mixed", cs="iso-8859-1", hcs="iso-8859-1",
    atts=[Att(pdf("Recours - dispense de cotisations - M. Collignon"), "application/pdf", "2026-0412_lettre_recours.pdf")],
    body="""Madame, Monsieur,

Je vous écris en qualité de conseil de Monsieur Thierry Collignon, travailleur indépendant (NISS 72.11.03-157.82), domicilié à 4000 Liège.

Par décision du 3 mars 2026, la demande de dispense de cotisations sociales introduite par mon client pour les deux premiers trimestres de 2025 a été rejetée au motif que l'état de besoin ne serait pas établi.

Mon client conteste formellement cette décision. Les pièces jointes à sa demande (attestation du CPAS, extraits de compte, avis d'imposition) démontrent au contraire qu'il se trouvait dans une situation financière critique à la suite de l'incendie de son atelier en novembre 2024.

Vous trouverez en annexe mon courrier motivé. Je vous saurais gré de bien vouloir procéder au réexamen du dossier et de m'informer de la suite réservée à la présente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Caroline Dethier
Avocate
Rue Louvrex 55, 4000 Liège""")

add("appeal", "fr", "taxes", ("Bernard Lejeune", "bernard.lejeune@example.com"),
    "Accroissement d'impôt injustifié ET accueil lamentable", "2026-06-02 18:21",
    "Mixed: angry about a rude agent (complaint part) but dominant intent is to have a 10% tax surcharge cancelled (appeal). multipart/alternative, UTF-8 base64 both parts.",
    fmt="alt", cte="b64", hstyle="gmail",
    body="""Bonjour,

Je suis passé vendredi au bureau de Nivelles pour comprendre pourquoi on m'applique un accroissement d'impôt de 10 % sur ma déclaration 2025. L'agent au guichet a à peine levé les yeux de son écran, m'a dit « c'est le système, monsieur » et m'a fait signe de partir. Passons.

Le fond du problème : cet accroissement est appliqué parce que j'aurais rentré ma déclaration en retard. C'est faux. Je l'ai déposée via Tax-on-web le 14 juillet 2025, j'ai la confirmation de dépôt avec l'heure (je la joins volontiers). C'était dans le délai.

Je demande donc que cet accroissement de 287,40 € soit retiré et que l'avertissement-extrait de rôle soit corrigé.

Bernard Lejeune
Nivelles""")

add("appeal", "fr", "mobility", ("Fernanda Costa Ribeiro", "fernanda.costa.r@example.com"),
    "Echange permis de conduire brésilien refusé", "2026-10-20 10:44",
    "Foreign-born writer, decent French with small errors; asks to reconsider refusal to exchange a driving licence. No legal words. Plain UTF-8 QP, RFC2047 name.",
    body="""Bonjour,

J'ai demandé à la commune d'Etterbeek d'échanger mon permis de conduire brésilien contre un permis belge. La commune a envoyé la demande et j'ai reçu la réponse que l'échange n'est pas possible car le Brésil « ne figure pas sur la liste des pays avec lesquels un accord existe ».

Mais ma collègue brésilienne a fait exactement la même chose à Gand en 2024 et elle a eu son permis belge. Je conduis depuis 2009 sans accident, je travaille comme infirmière à domicile et j'ai besoin de la voiture.

Est-ce que vous pouvez regarder encore une fois mon dossier ? Si il y a un document qui manque, je peux l'apporter. Je ne veux pas repasser tout l'examen si c'est une erreur.

Merci d'avance,
Fernanda Costa Ribeiro""")

# =========================================================================== DUTCH
# ---- complaints (11)
add("complaint", "nl", "taxes", ("Stijn", "stijn.verhaegen@example.be"),
    "tax on web werkt niet!!", "2026-06-29 23:52",
    "Phone-typed Flemish (ge, da's, allez), broken online tax filing, deadline stress. Plain UTF-8 8bit, no signature beyond first name.",
    cte="8bit", recv=False,
    body="""Hallo

Al 3 avonden probeer ik mijn aangifte in te dienen via tax on web en elke keer als ik op 'ondertekenen en indienen' klik krijg ik 'er is een technisch probleem opgetreden, probeer later opnieuw'. Alles moet ik dan opnieuw invullen want het wordt niet bewaard.

Gebeld naar het nummer: 'al onze medewerkers zijn in gesprek'. Na 35 min ingehaakt.

Allez, de deadline is binnen een paar dagen en ge krijgt dan nog een boete ook als het te laat is. Da's toch belachelijk.

Stijn

Verzonden vanaf mijn Galaxy""")

add("complaint", "nl", "pensions", ("Godelieve De Smet", "godelieve.desmet@example.net"),
    "Overlevingspensioen - documenten voor de derde keer kwijt", "2026-01-27 10:31",
    "Widow: survivor pension documents lost three times; long, polite but exasperated. ISO-8859-1 QP, RFC2047 ISO subject.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Geachte mevrouw, mijnheer,

Mijn man Roger is overleden op 4 oktober. Op aanraden van de begrafenisondernemer heb ik in oktober het overlevingspensioen aangevraagd.

In november kreeg ik een brief dat de huwelijksakte en zijn laatste loonfiche ontbraken. Ik heb die aangetekend opgestuurd op 18 november. In december kreeg ik exact dezelfde brief. Ik heb alles opnieuw opgestuurd, deze keer via mijn dochter die het persoonlijk aan het loket in Gent heeft afgegeven. Vorige week kreeg ik wéér dezelfde brief.

Ik ben 78 jaar, ik heb geen computer, en ik moet telkens mijn dochter vragen om vrij te nemen. Intussen leef ik al drie maanden van mijn eigen klein pensioen en van mijn spaarcenten.

Ik vraag u vriendelijk om uit te zoeken waar die documenten blijven. Het is echt niet mijn schuld dat ze telkens verdwijnen.

Met vriendelijke groeten,

Godelieve De Smet
Kerkstraat 14
9300 Aalst
Tel. 053 21 43 65""")

add("complaint", "nl", "unemployment", ("Dirk Van Looy", "dirk.vanlooy@example.com"),
    "DRIE MAANDEN geen uitkering tijdelijke werkloosheid", "2026-04-08 07:12",
    "Angry, partial capitals: temporary unemployment benefits unpaid for 3 months, services blame each other. Plain UTF-8 QP.",
    body="""Goedemorgen,

Ik werk als lasser bij een metaalbedrijf in Geel en ben sinds januari regelmatig tijdelijk werkloos door gebrek aan werk. Mijn werkgever heeft alles correct doorgegeven, dat heeft de personeelsdienst mij bevestigd.

Sinds januari heb ik GEEN ENKELE uitkering ontvangen. DRIE MAANDEN. De hulpkas zegt dat ze wachten op de RVA, de RVA zegt dat het dossier bij de hulpkas ligt. Ik heb op 2 weken tijd 9 keer gebeld en 2 mails gestuurd, nul antwoord.

Ik heb een lening lopen voor ons huis en twee kinderen. Ik vind het schandalig dat niemand verantwoordelijkheid neemt.

Dirk Van Looy
Geel""")

add("complaint", "nl", "police", ("Jonas Claeys", "jonas.claeys@example.be"),
    "Klacht over optreden politie bij alcoholcontrole Gent", "2026-02-15 13:47",
    "Police conduct at an alcohol check (mocking, handcuffs too tight). Test was negative. HTML+text alternative, Outlook style, windows-1252 QP.",
    fmt="alt", cs="windows-1252", hcs="windows-1252", hstyle="outlook",
    body="""Geachte,

Op zaterdagnacht 14 februari omstreeks 2u30 werd ik tegengehouden voor een alcoholcontrole op de Kennedylaan in Gent. Ik heb meegewerkt en geblazen: de test was negatief (0,00).

Toch moest ik uitstappen. Een van de agenten vroeg waarom ik "zo zenuwachtig deed" en begon mijn wagen te doorzoeken zonder iets te zeggen. Toen ik vroeg waarom, werd ik tegen de auto geduwd en kreeg ik handboeien om, zo strak dat ik nu nog blauwe polsen heb (foto's beschikbaar). Ze hebben mij ongeveer twintig minuten laten staan terwijl ze grapjes maakten over mijn "Antwerps accent".

Daarna werd ik zonder uitleg vrijgelaten. Geen PV, niets.

Ik vind dit gedrag onaanvaardbaar en wil dat dit onderzocht wordt.

Jonas Claeys
Sint-Amandsberg""")

add("complaint", "nl", "taxes", ("An Verbruggen", "an.verbruggen@example.org"),
    "Waarom moet ik in het Frans geholpen worden aan het loket?", "2026-03-12 15:05",
    "Grumble phrased as a question: Dutch speaker served only in French at a Brussels tax counter. Dominant complaint. Plain UTF-8 base64.",
    cte="b64",
    body="""Goedemiddag,

Waarom moet ik als Nederlandstalige in Brussel aan het loket van de belastingdienst in het Frans geholpen worden?

Vanmorgen kwam ik met een vraag over mijn voorafbetalingen. De medewerker zei letterlijk "désolé, je ne parle pas néerlandais" en stelde voor dat ik "later zou terugkomen, misschien is mijn collega er dan". Er was geen enkele Nederlandstalige medewerker aanwezig. Ik heb een half uur aangeschoven en een halve dag verlof genomen.

Ik spreek gelukkig Frans, dus ik heb mijn antwoord uiteindelijk gekregen. Maar dit is een federale dienst in Brussel, en de taalwetgeving geldt ook voor u. Ik vind het niet normaal dat ik dit moet melden.

An Verbruggen
Jette""")

add("complaint", "nl", "foreign_affairs", ("Pieter-Jan Wouters", "pj.wouters@example.com"),
    "Geen hulp van ambassade na diefstal paspoort in Thailand", "2026-11-10 04:18",
    "Belgian abroad got no consular help after passport theft; emergency line unreachable. multipart/alternative Gmail-like, UTC+7.",
    fmt="alt", hstyle="gmail", tz="+0700",
    body="""Beste,

Ik schrijf vanuit Chiang Mai. Op 6 november werd mijn rugzak met paspoort, bankkaarten en telefoon gestolen op de nachtbus. De lokale politie heeft een verklaring opgesteld (in het Thai).

Sindsdien probeer ik de ambassade te bereiken voor een noodreisdocument. Het noodnummer op de website gaat na vijf keer overgaan naar een voicemail die vol zit. Twee mails naar het consulaire adres zijn onbeantwoord. Ik heb van een andere reiziger gehoord dat ik "gewoon naar Bangkok moet gaan", maar dat is 700 km en ik heb geen geld meer behalve wat mijn ouders via een geldtransfer stuurden.

Mijn vlucht naar Brussel is op 15 november. Ik begrijp dat ze het druk hebben, maar een ambassade die in een noodgeval onbereikbaar is, daar heb ik als Belg weinig aan.

Pieter-Jan Wouters
(voorlopig bereikbaar via het mailadres van mijn vriendin: lotte.maes@example.com)""")

add("complaint", "nl", "mobility", ("Wim Peeters", "wim.peeters@example.be"),
    "Compensatieformulier treinvertraging kapot", "2026-09-23 18:40",
    "Short complaint: repeated train delays and the online compensation form crashes. Plain ASCII 7bit.",
    cte="7bit",
    body="""Dag,

Sinds september heb ik tussen Mechelen en Brussel-Noord 11 keer meer dan 15 minuten vertraging gehad. Ik heb recht op compensatie. Maar het online formulier geeft bij het opladen van mijn treinkaart telkens "Fout 500" en alles is weg.

Per mail sturen kan niet, telefonisch "gebruik het formulier". Zo ontmoedig je mensen natuurlijk.

Graag een oplossing.

Wim Peeters""")

add("complaint", "nl", "social_security", ("Els Mertens", "els.mertens@example.net"),
    "Houding van de controlearts", "2026-05-05 09:55",
    "Complaint about a control doctor's rude behaviour; the resulting decision (return to work) is explicitly accepted. Dominant complaint. Plain ISO-8859-1 8bit.",
    cs="iso-8859-1", cte="8bit",
    body="""Geachte mevrouw, mijnheer,

Ik ben sinds november arbeidsongeschikt na een zware rugoperatie. Op 28 april moest ik op controle bij de adviserend arts in Hasselt.

Het gesprek duurde amper vijf minuten. De arts keek niet naar de verslagen van mijn chirurg die ik meebracht, zei dat "iedereen wel eens rugpijn heeft" en vroeg of ik "niet gewoon liever thuis zat". Toen ik begon te huilen, zei ze dat ik "het toneel mocht laten".

Om duidelijk te zijn: ik ben ondertussen halftijds terug aan het werk en daar ben ik eigenlijk blij om, de beslissing zelf vecht ik niet aan. Maar zo spreek je niet tegen mensen die ziek zijn. Ik wil dat dit gemeld wordt.

Els Mertens
Genk""")

add("complaint", "nl", "unemployment", ("Bouwbedrijf Janssens BV - Personeelsdienst", "personeel@bouw-janssens.example.be"),
    "Foute informatie gekregen over tijdelijke werkloosheid wegens weerverlet", "2026-02-19 11:22",
    "Employer complaint: wrong information from the phone line led to late declarations; not contesting any decision, wants it acknowledged. multipart/mixed with PDF, disclaimer.",
    fmt="mixed", atts=[Att(pdf("Overzicht aangiftes weerverlet januari 2026"), "application/pdf", "overzicht_weerverlet_jan2026.pdf")],
    body="""Geachte,

In januari hebben wij voor 14 arbeiders tijdelijke werkloosheid wegens slecht weer ingevoerd. Op 8 januari belde onze medewerker naar uw infolijn met de vraag of de elektronische aangifte vooraf of achteraf moest gebeuren. Er werd ons gezegd dat dat "achteraf per maand" mocht.

Dat bleek fout te zijn. Uw diensten hebben ons nu laten weten dat de aangiftes te laat zijn en een aantal dagen niet vergoed worden voor onze arbeiders. Onze mensen zijn daar uiteraard niet blij mee en wij ook niet.

Wij begrijpen dat de regel de regel is. Maar wij hebben ons gebaseerd op wat uw eigen medewerker zei. Wij vragen dat u de gesprekken van 8 januari (rond 10u15) nakijkt en dat de infolijn correcte informatie geeft.

In bijlage het overzicht van onze aangiftes.

Met vriendelijke groeten,

Kristel Janssens
Personeelsdienst
Bouwbedrijf Janssens BV
Industrieweg 12, 2440 Geel

Dit bericht is vertrouwelijk. Bent u niet de bedoelde ontvanger, verwittig dan de afzender en verwijder dit bericht.""")

add("complaint", "nl", "unemployment", ("Ionut Popescu", "ionut.popescu88@example.com"),
    "klacht loket", "2026-07-01 16:16",
    "Second-language Dutch (Romanian worker), many errors; treated rudely at an unemployment office counter. Plain UTF-8 QP.",
    body="""Goeiedag

Ik ben Ionut, ik werk 4 jaar in Belgie bij een fabriek in Antwerpen en nu ik ben werkloos sinds mei. Ik ging naar het loket in Antwerpen voor mijn papier van werkloos.

De vrouw aan het loket was niet vriendelijk. Ik spreek een beetje nederlands, niet perfect, en ik vraag of zij kan een beetje engels spreken voor het moeilijke woorden. Zij zegt "hier is Vlaanderen, hier spreekt men nederlands" en zij geeft mij papier en zegt volgende. Ik heb niet verstaan wat ik moet doen met het papier.

Ik wil alleen mijn papier goed doen. Ik vind niet normaal zo behandeld worden. Ik betaal ook belasting hier.

Dank u
Ionut Popescu""")

add("complaint", "nl", "other", ("Marleen Goossens", "marleen.goossens@example.org"),
    "Website onbruikbaar met schermlezer", "2026-08-18 14:02",
    "Blind user: federal website forms unusable with screen reader (CAPTCHA, unlabeled buttons). Category other. HTML-only plainish, UTF-8 QP.",
    fmt="html", hstyle="plainish",
    body="""Geachte,

Ik ben blind en gebruik een schermlezer. Sinds de nieuwe versie van uw website in juli kan ik geen enkel formulier meer zelfstandig invullen.

De knoppen hebben geen label (mijn schermlezer leest "knop, knop, knop"), er is een beeld-CAPTCHA zonder audio-alternatief en de foutmeldingen verschijnen alleen in het rood zonder tekst. Voorheen lukte alles perfect.

Ik moet nu voor elke administratieve handeling een buur vragen om mee te kijken, ook voor persoonlijke gegevens. Dat is niet alleen vervelend, het is ook in strijd met de toegankelijkheidsregels voor overheidswebsites.

Ik hoop dat dit snel wordt rechtgezet.

Marleen Goossens
Leuven""")

# ---- appeals (7)
add("appeal", "nl", "taxes", ("Koen Dewulf", "koen.dewulf@example.be"),
    "Aanslagbiljet 2025 - werkelijke beroepskosten", "2026-01-21 21:03",
    "Appeal without the word bezwaar: disagrees that actual professional expenses were replaced by the flat rate; asks to look again. Plain UTF-8 QP.",
    body="""Goeienavond,

Ik heb mijn aanslagbiljet voor aanslagjaar 2025 ontvangen en ik snap er niks van. In mijn aangifte had ik mijn werkelijke beroepskosten ingevuld (woon-werkverkeer met de wagen, 68 km enkel, plus een deel van mijn bureau thuis). Op het aanslagbiljet staat gewoon het forfait, zonder enige uitleg.

Ik heb nooit een vraag om inlichtingen gekregen, anders had ik met plezier mijn bewijzen gestuurd. Het verschil is voor mij ruim 1.100 euro.

Kunt ge mijn aanslag nog eens bekijken en mijn kosten alsnog aanvaarden? Ik heb een rittenlijst, de facturen en een plan van mijn bureau.

Alvast bedankt,
Koen Dewulf
Torhout
Rijksregisternummer 84.07.19-331.52""")

add("appeal", "nl", "pensions", ("Hilda Vermeiren", "hilda.vermeiren@example.net"),
    "Gezinspensioen geweigerd", "2026-05-12 10:47",
    "Disagrees with refusal of household-rate pension (spouse's small foreign pension); asks to re-evaluate. No legal words. multipart/alternative, ISO-8859-1 QP.",
    fmt="alt", cs="iso-8859-1", hcs="iso-8859-1", hstyle="outlook",
    body="""Geachte mevrouw, mijnheer,

Mijn man ontving tot nu toe een pensioen aan gezinsbedrag. Sinds april ontvangt hij nog maar een pensioen als alleenstaande, omdat ik een klein pensioen uit Nederland krijg (ik heb daar vijf jaar als verkoopster gewerkt in de jaren zeventig).

Dat Nederlandse pensioen bedraagt 94 euro per maand. Door uw beslissing verliezen wij samen bijna 300 euro per maand. Dat kan toch niet de bedoeling zijn? Er zijn toch regels waarbij men kan kiezen voor het gezinspensioen als dat voordeliger is?

Ik vraag u om deze beslissing te herbekijken en rekening te houden met wat voor ons het voordeligste is.

Met beleefde groeten,

Hilda Vermeiren
Herentals""")

add("appeal", "nl", "unemployment", ("Sarah Van den Broeck", "sarah.vdbroeck@example.com"),
    "terugvordering 3.412 euro - wij zijn GEEN gezin", "2026-06-08 20:30",
    "Contests a recovery of unemployment benefits (cohabitant status); no legal vocabulary, emotional. Plain UTF-8 8bit.",
    cte="8bit",
    body="""Goedenavond,

Ik kreeg vandaag een brief waarin staat dat ik 3.412 euro aan werkloosheidsuitkeringen moet terugbetalen omdat ik "samenwonend" zou zijn in plaats van alleenstaande.

Dat klopt niet. Ik huur een kamer in een huis in Mechelen waar nog drie andere mensen wonen. Wij delen de keuken en de badkamer, maar we hebben elk ons eigen huurcontract, eigen kamer, eigen boodschappen. We zijn geen koppel en geen familie. Ik heb dat ook zo gemeld toen ik er ging wonen.

Ik ben het daar dus absoluut niet mee eens. Ik kan de huurcontracten en een verklaring van de eigenaar bezorgen. Zo'n bedrag kan ik trouwens nooit terugbetalen.

Wat moet ik doen om dit recht te zetten?

Sarah Van den Broeck
0472 61 84 20""")

add("appeal", "nl", "social_security", ("Rudi Hermans", "rudi.hermans@example.be"),
    "Bezwaar tegen beslissing erkenning handicap", "2026-03-25 09:10",
    "Explicit 'bezwaar' against a disability-points decision; formal, with scanned medical report. multipart/mixed: text + PDF + JPG.",
    fmt="mixed",
    atts=[Att(pdf("Verslag neuroloog Dr. V. - 12/03/2026"), "application/pdf", "verslag_neuroloog.pdf"),
          Att(jpg(), "image/jpeg", "beslissing_pagina1.jpg")],
    body="""Geachte,

Hierbij teken ik bezwaar aan tegen de beslissing van 2 maart 2026 (uw kenmerk 26/HE/0045871) waarbij mijn zelfredzaamheid werd vastgesteld op 9 punten.

Sinds mijn herseninfarct in 2025 ben ik volledig afhankelijk van mijn vrouw voor het aankleden, wassen en verplaatsingen buitenshuis. De beoordeling gebeurde na een gesprek van tien minuten via de telefoon, zonder lichamelijk onderzoek. Het verslag van mijn neuroloog, dat ik in bijlage nogmaals meestuur, spreekt van een ernstige beperking.

Ik vraag een nieuwe beoordeling, bij voorkeur met een onderzoek ter plaatse.

Hoogachtend,

Rudi Hermans
Hasselt
(opgesteld met hulp van mijn echtgenote)""")

add("appeal", "nl", "mobility", ("Tom Vanhove", "tom.vanhove@example.com"),
    "Inschrijving ingevoerde wagen geweigerd - graag herbekijken", "2026-07-22 12:37",
    "Asks to reconsider refusal of vehicle registration (imported car, COC issue); no legal words. Plain windows-1252 QP.",
    cs="windows-1252",
    body="""Dag,

Ik heb in juni een tweedehands wagen gekocht in Duitsland (bouwjaar 2021). Mijn aanvraag tot inschrijving werd geweigerd omdat het gelijkvormigheidsattest "niet overeenstemt met het voertuig".

Volgens mij is dat een vergissing. Het verschil zit enkel in de bandenmaat: de vorige eigenaar heeft winterbanden op originele velgen gelegd die in de COC staan als optie (pagina 2, punt 32). De keuring heeft de wagen zonder opmerkingen goedgekeurd.

Zou u mijn dossier nog eens willen bekijken? Ik heb nu al zes weken een auto op de oprit staan die ik niet mag gebruiken, terwijl ik er wel verzekering voor betaal.

Met vriendelijke groet,
Tom Vanhove
Kortrijk""")

add("appeal", "nl", "foreign_affairs", ("Leen Vercammen", "leen.vercammen@example.org"),
    "paspoort voor onze zoon - toestemming vader", "2026-04-14 08:25",
    "Mother abroad: consulate refuses child passport without father's signature although she has sole authority; asks to reconsider. Mixed with complaint about tone; dominant appeal. HTML-only Apple, base64.",
    fmt="html", hstyle="apple", cte="b64", tz="+0400",
    body="""Beste,

Ik woon met mijn zoon (7) in Dubai. Ik heb bij het consulaat een paspoort voor hem aangevraagd. Dat wordt geweigerd omdat de handtekening van zijn vader ontbreekt.

Het gaat hier echter om een vader die sinds 2022 geen contact meer heeft en ik heb een vonnis van de familierechtbank van Antwerpen dat mij het exclusieve ouderlijk gezag toekent. Dat vonnis zat bij de aanvraag. De medewerker zei aan de telefoon dat hij "geen tijd had om vonnissen te lezen".

Ik vraag u om deze weigering te herzien op basis van het vonnis. Het paspoort van mijn zoon vervalt in mei en we moeten in juni naar België voor de begrafenis van mijn grootvader.

Groeten,
Leen Vercammen""")

add("appeal", "nl", "taxes", ("Accountantskantoor Claes & Partners", "info@claes-partners.example.be"),
    "Verzoek kwijtschelding administratieve boete btw - klant Frituur 't Pleintje",
    "2026-10-09 14:50",
    "Accountant asks to cancel a VAT fine for a client (remission request = contests the fine). Formal, HTML-only Outlook with table-ish layout, UTF-8 QP.",
    fmt="html", hstyle="outlook",
    body="""Geachte heer, mevrouw,

Namens onze cliënt, Frituur 't Pleintje (ondernemingsnummer 0712.345.678), vragen wij u de administratieve geldboete van 500 euro voor de laattijdige indiening van de btw-aangifte van het tweede kwartaal 2026 kwijt te schelden.

De aangifte werd één dag te laat ingediend omdat de zaakvoerder op dat moment in het ziekenhuis lag na een arbeidsongeval (attest beschikbaar) en ons kantoor pas na zijn ontslag uit het ziekenhuis over de nodige stukken beschikte. De btw zelf werd tijdig betaald. Onze cliënt heeft in acht jaar nooit een overtreding begaan.

Wij verzoeken u dan ook deze boete te annuleren of minstens te herleiden.

Met vriendelijke groeten,

Bart Claes
Gecertificeerd accountant
Claes & Partners
Stationsstraat 40, 9100 Sint-Niklaas""")

# =========================================================================== GERMAN
# ---- complaints (10)
add("complaint", "de", "taxes", ("Achim Kessler", "achim.kessler@example.be"),
    "Steuerbescheid seit Monaten ausstehend - und nur Post auf Französisch", "2026-03-09 19:25",
    "Cross-border worker (Grenzgänger) from Ostbelgien: tax assessment delayed and letters only in French. Complaint, not contesting amounts. ISO-8859-1 QP.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Sehr geehrte Damen und Herren,

ich bin Grenzgänger und arbeite seit 2019 in Aachen. Meine Steuererklärung für das Einkommensjahr 2024 habe ich fristgerecht im Juni 2025 eingereicht, mit allen Bescheinigungen aus Deutschland.

Bis heute habe ich keinen Steuerbescheid erhalten. Stattdessen habe ich zwei Schreiben bekommen, in denen weitere Unterlagen angefragt werden, die ich längst eingereicht hatte, und zwar beide ausschließlich auf Französisch, obwohl ich in Raeren wohne und meine Erklärung auf Deutsch abgegeben habe.

Bei meinem Anruf wurde ich an einen Kollegen weitergeleitet, der "kein Deutsch" sprach und mir riet, "einen Übersetzer zu nehmen". Ich finde es nicht in Ordnung, dass man als Bürger der Deutschsprachigen Gemeinschaft so behandelt wird.

Ich bitte um Klärung, wann mein Bescheid kommt, und künftig um Post in meiner Sprache.

Mit freundlichen Grüßen

Achim Kessler
Raeren""")

add("complaint", "de", "pensions", ("Maria Schröder", "maria.schroeder@example.net"),
    "Keine Auskunft auf Deutsch beim Pensionsdienst", "2026-02-03 11:02",
    "Pensioner in St. Vith: phone line offers no German option; explicitly says the pension amount is fine. Complaint. windows-1252 8bit.",
    cs="windows-1252", cte="8bit", hcs="windows-1252",
    body="""Guten Tag,

ich bin seit Januar Rentnerin und möchte mich über den Telefondienst beschweren.

Ich hatte eine einfache Frage zu meiner Steuerbescheinigung für die Pension. Beim Anruf gibt es die Auswahl 1 für Französisch und 2 für Niederländisch. Deutsch gibt es nicht. Ich habe es dann mit meinem Schulfranzösisch versucht, aber die Dame hat so schnell gesprochen, dass ich nichts verstanden habe. Als ich um jemanden bat, der Deutsch spricht, hieß es, das gebe es "vielleicht in Eupen".

Die Pension selbst ist korrekt berechnet, darüber beschwere ich mich nicht. Aber Deutsch ist eine Landessprache, und wir alten Leute in der Eifel können nicht alle Französisch.

Mit freundlichen Grüßen
Maria Schröder
St. Vith""")

add("complaint", "de", "unemployment", ("Dennis", "dennis.k.eupen@example.com"),
    "arbeitslosengeld kommt nicht", "2026-08-27 21:38",
    "Phone-typed German without umlauts (ae/oe/ue), lowercase; unemployment payment delay. Plain ASCII 7bit.",
    cte="7bit", recv=False,
    body="""hallo

ich bin seit anfang juli arbeitslos und habe alles bei der zahlstelle abgegeben, auch die formulare vom arbeitgeber. bis jetzt keinen cent bekommen. bei der zahlstelle sagen sie es liegt am landesamt, beim landesamt geht keiner ans telefon. ich hab 3 mal eine mail geschickt, keine antwort

ich muss miete zahlen und mein auto, so geht das nicht weiter. wer ist da ueberhaupt zustaendig??

gruss dennis koenig
eupen

Von meinem Smartphone gesendet""")

add("complaint", "de", "police", ("Thomas Lentz", "thomas.lentz@example.be"),
    "Verhalten eines Polizeibeamten bei Kontrolle in Kelmis", "2026-05-18 08:14",
    "Police conduct at a traffic stop (refused German, threatened to tow the car, mocked). multipart/alternative Outlook HTML, UTF-8 QP.",
    fmt="alt", hstyle="outlook",
    body="""Sehr geehrte Damen und Herren,

am Samstag, dem 16. Mai, wurde ich gegen 17:30 Uhr auf der Lütticher Straße in Kelmis von einer Polizeistreife angehalten, weil mein Rücklicht defekt war. Das war berechtigt, ich wusste es nicht.

Der jüngere Beamte hat allerdings nur Französisch mit mir gesprochen. Als ich höflich fragte, ob wir das auf Deutsch machen könnten, sagte er: "On est en Belgique, monsieur." Ich bin auch in Belgien, in Kelmis, und hier ist Deutsch Amtssprache. Daraufhin drohte er, meinen Wagen abschleppen zu lassen, und machte sich vor meinen Kindern auf dem Rücksitz über meinen Akzent lustig.

Die Geldbuße für das Rücklicht habe ich bezahlt, das ist in Ordnung. Das Verhalten des Beamten aber nicht.

Mit freundlichen Grüßen
Thomas Lentz
Kelmis""")

add("complaint", "de", "social_security", ("Gabriele Heinen", "gabi.heinen@example.org"),
    "Unterlagen Invalidität verschwunden", "2026-01-14 16:20",
    "Lost file (invalidity benefits); long, polite Ostbelgien phrasing (Krankenkasse, Telefonat). Plain UTF-8 base64.",
    cte="b64",
    body="""Guten Tag,

seit März 2025 bin ich wegen einer Krebserkrankung arbeitsunfähig. Im November sollte der Übergang in die Invalidität erfolgen. Meine Krankenkasse in Eupen hat mir bestätigt, dass sie die Akte im Oktober an das LIKIV/INAMI weitergeleitet hat.

Seitdem ist die Akte offenbar nicht auffindbar. Bei meinem letzten Telefonat hieß es, man habe "keine Spur" davon, ich solle alles neu einreichen. Darunter sind ärztliche Berichte, die ich nicht einfach noch einmal bekommen kann, da mein damaliger Onkologe in Rente ist.

Ich muss mich gerade um meine Gesundheit kümmern und nicht darum, verlorene Papiere hinterherzulaufen. Bitte sorgen Sie dafür, dass nach meiner Akte gesucht wird.

Freundliche Grüße
Gabriele Heinen
Kettenis""")

add("complaint", "de", "foreign_affairs", ("Jan-Hendrik Maraite", "jh.maraite@example.com"),
    "Botschaftsseite ohne Deutsch", "2026-09-14 10:12",
    "Belgian living in Cologne: embassy web pages and forms only in FR/NL/EN, no German. Grumble with a small question at the end; dominant complaint. HTML-only Gmail-style, UTF-8 QP.",
    fmt="html", hstyle="gmail",
    body="""Sehr geehrte Damen und Herren,

ich bin Belgier aus Bütgenbach und lebe seit drei Jahren in Köln. Ich wollte mich bei der Botschaft in Berlin registrieren, um bei den nächsten Wahlen per Post wählen zu können.

Die gesamte Website der Botschaft, einschließlich der Formulare, gibt es auf Französisch, Niederländisch und Englisch. Auf Deutsch nichts, ausgerechnet in Deutschland und obwohl Deutsch eine der drei Amtssprachen Belgiens ist. Die Mitarbeiterin am Telefon meinte, das sei "nicht vorgesehen".

Ich habe das Formular am Ende auf Englisch ausgefüllt, aber das kann doch nicht der Sinn der Sache sein. Gibt es wenigstens Pläne, das zu ändern?

Mit freundlichen Grüßen
Jan-Hendrik Maraite""")

add("complaint", "de", "mobility", ("Ute Brüll", "ute.bruell@example.be"),
    "Wie lange soll ich noch auf meinen Führerschein warten?", "2026-04-28 13:33",
    "Grumble phrased as question (dominant complaint): new driving licence card delayed 9 weeks, municipality blames federal system. Plain ISO-8859-1 8bit, RFC2047 name.",
    cs="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    body="""Guten Tag,

wie lange soll ich eigentlich noch auf meinen Führerschein warten?

Ich habe am 20. Februar bei der Gemeinde Lontzen den neuen Führerschein im Scheckkartenformat beantragt, weil mein alter rosa Führerschein beim Waschen kaputtgegangen ist. Die Gemeinde sagt seit neun Wochen, das "föderale System" habe die Karte noch nicht freigegeben und sie könnten nichts machen. Ich habe nur eine provisorische Bescheinigung, die im Ausland nicht anerkannt wird, und ich arbeite als Pflegerin in Aachen.

Das ist einfach unzumutbar.

Ute Brüll
Lontzen
GSM 0497 12 88 31""")

add("complaint", "de", "taxes", ("Schreinerei Mockel", "info@schreinerei-mockel.example.be"),
    "Zahlungserinnerung trotz Vorauszahlung / niemand erreichbar", "2026-11-04 07:45",
    "Self-employed: reminder received although advance payment made (booked to wrong year), phone unreachable; wants the booking fixed, does not contest a tax decision. Complaint. multipart/mixed with PDF bank statement.",
    fmt="mixed", atts=[Att(pdf("Kontoauszug Nr. 44 - Vorauszahlung 3. Quartal"), "application/pdf", "Kontoauszug_44.pdf")],
    body="""Guten Morgen,

ich habe gestern eine Zahlungserinnerung über 2.150 EUR bekommen, mit dem Hinweis auf mögliche Zinsen. Diesen Betrag habe ich aber bereits am 8. Oktober als Vorauszahlung überwiesen, mit der richtigen strukturierten Mitteilung (Kontoauszug anbei).

Wie es aussieht, wurde meine Zahlung dem falschen Jahr zugeordnet. Ich habe seitdem fünf Mal angerufen, einmal 50 Minuten in der Warteschleife, dann wurde die Verbindung getrennt. Meine Mail an das Kontrollamt blieb ohne Antwort.

Ich bin Handwerker, ich habe keine Zeit, jeden Vormittag am Telefon zu hängen. Bitte buchen Sie die Zahlung richtig und bestätigen Sie mir das schriftlich.

Mit freundlichen Grüßen

Marco Mockel
Schreinerei Mockel
Industriezone Kaiserbaracke, Amel
Tel. 080 34 56 78""")

add("complaint", "de", "social_security", ("Sandra Theissen", "sandra.theissen@example.net"),
    "Parkausweis für meinen Vater - 5 Monate", "2026-06-30 17:05",
    "Daughter writes for her father: disability parking card took 5 months, letters unanswered. multipart/alternative Apple style, windows-1252 QP.",
    fmt="alt", hstyle="apple", cs="windows-1252", hcs="windows-1252",
    body="""Sehr geehrte Damen und Herren,

ich schreibe im Namen meines Vaters, Hubert Theissen (84), wohnhaft in Eynatten.

Seine Behinderung ist seit Januar anerkannt. Den Parkausweis für Personen mit Behinderung haben wir Anfang Februar beantragt. Seitdem: nichts. Zwei Briefe und eine E-Mail sind unbeantwortet geblieben. Am Telefon bekam ich im Mai die Auskunft, die Karte sei "in Produktion", im Juni hieß es, es gebe "keinen Antrag".

Mein Vater kann nur wenige Meter gehen. Ohne den Ausweis kann ich ihn bei Arztterminen in Aachen und Eupen nirgendwo in der Nähe absetzen. Ich finde es sehr traurig, wie wenig Rücksicht hier genommen wird.

Mit freundlichen Grüßen
Sandra Theissen""")

add("complaint", "de", "other", ("Lukas Jost", "lukas.jost@example.com"),
    "Auswahlprüfung auf Deutsch kurzfristig abgesagt", "2026-10-15 12:48",
    "Complaint about a federal recruitment exam in German cancelled at short notice without explanation. Category other. Plain UTF-8 QP, CRLF line endings.",
    crlf=True,
    body="""Sehr geehrte Damen und Herren,

ich hatte mich für die Auswahlprüfung für Verwaltungsassistenten (deutschsprachige Rolle) angemeldet, die am 13. Oktober in Brüssel stattfinden sollte. Am Abend vorher, um 21:40 Uhr, bekam ich eine E-Mail, dass die Prüfung "aus organisatorischen Gründen" abgesagt ist.

Ich hatte mir einen Tag Urlaub genommen und ein nicht erstattbares Zugticket ab Welkenraedt gekauft. Ein neuer Termin wurde nicht genannt, eine Entschuldigung auch nicht. Die französisch- und niederländischsprachigen Prüfungen fanden am selben Tag ganz normal statt.

So geht man nicht mit Bewerbern um. Ich erwarte zumindest eine Erklärung.

Lukas Jost
Welkenraedt""")

# ---- appeals (7)
add("appeal", "de", "taxes", ("Paul Gennen", "paul.gennen@example.be"),
    "Beschwerde gegen Steuerbescheid Steuerjahr 2025", "2026-02-17 10:30",
    "Belgian German tax law: 'Beschwerde' against a tax assessment = APPEAL, not complaint. Formal. Plain ISO-8859-1 QP.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen den Steuerbescheid für das Steuerjahr 2025 (Einkünfte 2024), Artikelnummer 2025/702.118.346, datiert vom 6. Februar 2026, ein.

Begründung: Die Unterhaltszahlungen an meine geschiedene Frau in Höhe von 4.800 EUR jährlich (Rubrik VI meiner Erklärung) wurden nicht zu 80 % abgezogen. Die Zahlungen erfolgen aufgrund eines Urteils des Familiengerichts Eupen vom 12.09.2022 und sind durch Kontoauszüge belegt.

Ich beantrage, den Steuerbescheid entsprechend zu berichtigen und den zu viel gezahlten Betrag zu erstatten. Die Belege reiche ich gerne nach.

Mit freundlichen Grüßen

Paul Gennen
Hauptstraße 102
4730 Raeren
Nationalregisternummer 68.02.14-089.61""")

add("appeal", "de", "pensions", ("Wilfried Reuter", "w.reuter@example.org"),
    "Meine Pensionsberechnung", "2026-05-21 09:08",
    "Polite request to recheck pension calculation (years in Luxembourg missing); no legal words. multipart/alternative, ISO-8859-1 QP.",
    fmt="alt", cs="iso-8859-1", hcs="iso-8859-1", hstyle="outlook",
    body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Mitteilung vom 30. April über meine Ruhestandspension ab dem 1. Oktober.

Beim Durchlesen der Aufstellung ist mir aufgefallen, dass die Jahre 1987 bis 1994 fehlen. In dieser Zeit war ich als Grenzgänger in Luxemburg bei einer Spedition beschäftigt. In der Berechnung steht eine Laufbahn von 37 Jahren, ich komme aber auf 45.

Könnten Sie die Berechnung bitte noch einmal überprüfen und die luxemburgischen Jahre berücksichtigen? Falls Unterlagen fehlen, sagen Sie mir bitte, welche. Ich habe alle Lohnfichen aus der Zeit noch im Keller.

Mit freundlichen Grüßen
Wilfried Reuter
Burg-Reuland""")

add("appeal", "de", "unemployment", ("Kevin Backes", "kevin.backes@example.com"),
    "Sperre Arbeitslosengeld - bitte nochmal überdenken", "2026-03-04 18:55",
    "Asks to reconsider an unemployment sanction for refusing a job 60 km away without public transport (Eifel). No legal words. Plain UTF-8 8bit.",
    cte="8bit",
    body="""Guten Abend,

ich habe heute den Brief bekommen, dass mir das Arbeitslosengeld für 4 Wochen gestrichen wird, weil ich eine "angemessene Beschäftigung" abgelehnt habe.

Es ging um eine Stelle in einem Lager in Verviers, Frühschicht ab 5 Uhr. Ich wohne in Manderfeld, habe kein Auto (Führerschein wegen Epilepsie abgegeben, ärztliches Attest liegt vor) und um diese Uhrzeit fährt kein Bus. Ich habe das beim Termin auch genau so erklärt und gesagt, dass ich jede Arbeit annehme, die ich erreichen kann.

Ich bitte Sie, diese Entscheidung nochmal zu überdenken. Ich will ja arbeiten, aber ich kann nicht 60 km laufen.

Kevin Backes
Manderfeld""")

add("appeal", "de", "social_security", ("Renate Cormann", "renate.cormann@example.be"),
    "Widerspruch Rückforderung Krankengeld", "2026-07-07 11:40",
    "Explicit 'Widerspruch' against a recovery of sickness benefits; attaches a scan. multipart/mixed, text QP + JPG.",
    fmt="mixed", atts=[Att(jpg(900), "image/jpeg", "Scan_Rueckforderung.jpg")],
    body="""Sehr geehrte Damen und Herren,

gegen die Rückforderung von 1.874,20 EUR Krankengeld (Schreiben vom 24.06.2026, Scan anbei) lege ich Widerspruch ein.

Mir wird vorgeworfen, während meiner Arbeitsunfähigkeit eine nicht genehmigte Tätigkeit ausgeübt zu haben. Tatsächlich habe ich lediglich zweimal meiner Tochter im Blumenladen beim Kassieren ausgeholfen, unentgeltlich und auf ärztlichen Rat hin als Wiedereingliederung. Mein Arzt hatte mir bestätigt, dass dies erlaubt sei; die Bescheinigung reiche ich nach.

Ich bitte um Aufhebung der Rückforderung.

Mit freundlichen Grüßen
Renate Cormann
Eupen""")

add("appeal", "de", "police", ("Herbert Lambertz", "herbert.lambertz@example.net"),
    "Bußgeld - das Auto gehörte mir nicht mehr", "2026-09-09 15:17",
    "Contests a speed-camera fine: car was sold and plate returned before the date; asks to cancel. No legal words. Plain windows-1252 QP.",
    cs="windows-1252", hcs="windows-1252",
    body="""Guten Tag,

ich habe eine Zahlungsaufforderung über 116 EUR erhalten wegen einer Geschwindigkeitsüberschreitung am 21. August in Namur.

Das kann nicht sein: Ich habe das Fahrzeug (VW Golf) am 2. August an einen Händler in Lüttich verkauft und das Kennzeichen am 4. August zurückgegeben, die Bestätigung der Rückgabe liegt mir vor. Ich war am 21. August außerdem im Urlaub in Österreich.

Ich möchte Sie bitten, die Geldbuße zu streichen und sich an den neuen Halter zu wenden. Kopien vom Kaufvertrag und der Rückgabebestätigung schicke ich Ihnen gerne.

Mit freundlichen Grüßen
Herbert Lambertz
Hergenrath""")

add("appeal", "de", "foreign_affairs", ("Frank Hilgers", "frank.hilgers@example.com"),
    "Visum Verlobte abgelehnt", "2026-11-21 20:20",
    "Asks to re-examine a refused visa for his fiancée (Philippines); mixes in French term 'refus'; some frustration but dominant appeal. HTML-only, ISO-8859-1 base64.",
    fmt="html", hstyle="plainish", cs="iso-8859-1", cte="b64", hcs="iso-8859-1",
    body="""Sehr geehrte Damen und Herren,

meine Verlobte, Maricel Santos, hat in Manila ein Visum beantragt, um im Frühjahr zur Hochzeit nach Belgien zu kommen. Wir haben jetzt einen "refus" bekommen, mit der Begründung, die Beziehung sei "nicht ausreichend belegt".

Wir kennen uns seit vier Jahren, ich war fünfmal auf den Philippinen (Flugtickets, Fotos, Stempel im Pass), wir schreiben uns täglich. Das Aufgebot beim Standesamt in Amel ist bestellt. Alles war in der Akte.

Ich verstehe die Ablehnung wirklich nicht. Bitte prüfen Sie den Antrag noch einmal. Ich kann jederzeit weitere Belege schicken.

Frank Hilgers
Amel""")

add("appeal", "de", "taxes", ("Irmgard Piette", "irmgard.piette@example.org"),
    "Neuer Katasterertrag viel zu hoch", "2026-08-05 10:02",
    "Disagrees with new cadastral income after small renovation; asks for re-evaluation. No legal words, some grumbling. multipart/alternative Gmail, UTF-8 base64.",
    fmt="alt", hstyle="gmail", cte="b64",
    body="""Guten Tag,

ich habe die Mitteilung über den neuen Katasterertrag für mein Haus in Weywertz bekommen. Er wurde von 742 auf 1.318 EUR erhöht, "wegen Umbauarbeiten".

Die Umbauarbeiten waren: neue Fenster und ein neues Badezimmer an derselben Stelle wie das alte. Es wurde nichts angebaut, keine Wohnfläche dazu. Der Beamte, der vorbeikam, war nicht einmal im Haus, er hat nur von außen Fotos gemacht.

Ich bin damit nicht einverstanden und bitte Sie, den Katasterertrag neu zu bewerten, gerne mit einer Besichtigung von innen. Ich bin Witwe und jede Erhöhung der Steuer spüre ich deutlich.

Mit freundlichen Grüßen
Irmgard Piette""")

# =========================================================================== ENGLISH
# ---- complaints (10)
add("complaint", "en", "taxes", ("Gareth Pritchard", "gareth.pritchard@example.com"),
    "Non-resident tax return lost - passed from pillar to post", "2026-03-19 12:40",
    "British expat: non-resident tax return lost, sent between offices. Complaint (no decision yet). Plain UTF-8 QP.",
    body="""Dear Sir or Madam,

I am writing to complain about the handling of my non-resident tax return for income year 2024.

I worked in Antwerp until March 2024 and then moved back to Cardiff. I filed my non-resident return on paper in October 2025 (Tax-on-web would not accept my UK address) and sent it by recorded delivery. The Royal Mail tracking shows it was signed for on 21 October.

Since then I have been passed from pillar to post. The Brussels non-residents office says it is "not in the system", the Antwerp office says I should ask Brussels, and an e-mail I sent in January has never been answered. I have now been asked, for the second time, to pay a provisional amount that does not take into account the return I filed.

I appreciate that non-resident files are not your most common case, but I would expect a recorded-delivery letter not to simply vanish.

Kind regards,
Gareth Pritchard
Cardiff, United Kingdom""", tz="+0000")

add("complaint", "en", "pensions", ("Margaret O'Connell", "maggie.oconnell@example.net"),
    "Pension stopped - life certificate ignored", "2026-04-06 09:15",
    "Irish pensioner living in Spain: Belgian pension suspended although life certificate was sent twice. multipart/alternative Outlook, windows-1252 QP.",
    fmt="alt", cs="windows-1252", hstyle="outlook", tz="+0200",
    body="""Dear Sir/Madam,

I worked in Belgium for twelve years (1988–2000) and have received a small Belgian pension since 2017. I now live in Alicante.

In January my pension payments stopped without warning. When I finally got through on the phone (after several attempts, the line is only open in the morning), I was told that my "certificate of life" had not been received. I sent it in November, signed and stamped by the local town hall, and again in February by registered post. I have the receipts.

I am 76 and this pension pays a large part of my rent. Nobody has written to me to explain anything, and the person on the phone could only say "it will be looked at".

I would like my payments restored, including the arrears, and an explanation of why two certificates have gone missing.

Yours faithfully,
Margaret O'Connell""")

add("complaint", "en", "social_security", ("Daniel Okafor", "daniel.okafor@example.org"),
    "New issue - previous complaint PLT-2025-004417 was resolved", "2026-02-12 14:05",
    "NEW complaint that mentions an old, resolved ticket: refers_to is set because the message references it, but kind stays complaint (not a follow-up). Plain UTF-8 8bit.",
    ref="PLT-2025-004417", cte="8bit",
    body="""Hello,

Last year I wrote to you (your reference PLT-2025-004417) about my child benefit paperwork and that was sorted out, thank you. This is a different matter.

In December I applied for a European Health Insurance Card through my health insurance fund because I am travelling to Portugal for work in March. They tell me the card has been "blocked" because my social security registration shows a gap in 2025, which is simply wrong: I have been employed by the same company in Mechelen without interruption since 2021.

My employer's HR department has checked their declarations and everything is correct on their side. Nobody can tell me who has to fix the gap. I have now spent four lunch breaks on hold.

Please can someone look into this and tell me which office is responsible?

Daniel Okafor""")

add("complaint", "en", "police", ("Rafael Mendes", "rafael.mendes@example.com"),
    "Treatment by police officers at Brussels-South station", "2026-07-19 22:30",
    "Police conduct: aggressive ID check at a station, officer refused to give his number. HTML-only Gmail, UTF-8 base64.",
    fmt="html", hstyle="gmail", cte="b64",
    body="""Dear Sir or Madam,

On Friday 17 July, around 19:45, I was stopped by two police officers in the main hall of Brussels-South station while waiting for my train to Lille.

I am Portuguese and have lived in Saint-Gilles for six years. One officer shouted at me to show my ID "now", took my phone out of my hand when I was getting my wallet, and pushed me against a pillar. When I asked for his name or number, he laughed and said "you don't need that". His colleague told me to "go back to where you come from" when I said I would file a complaint.

I was released after about ten minutes without any explanation. I missed my train. Several people saw it and one woman gave me her number as a witness.

I would like this to be investigated and I would like to know the identity of the officers.

Rafael Mendes""")

add("complaint", "en", "unemployment", ("Lucía Fernández", "lucia.fernandez.gent@example.com"),
    "Letters only in Dutch, nobody explains", "2026-05-29 17:50",
    "Spanish expat, imperfect English: unemployment office only writes in Dutch and refused to explain in English. Plain ISO-8859-1 QP, RFC2047 ISO name.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Hello,

I am Spanish and live in Gent since 2022. I lost my job in March and I am receiving unemployment since April, it's ok.

But all letters I receive are only in dutch and very official dutch, I don't understand. I receive one letter in May that says something about "beschikbaarheid" and a date, I ask at the office if somebody can explain me in english or french or spanish, the man says they are not allowed to speak other language than dutch and I must bring a translator. I don't have money for translator.

Now I am afraid I miss something important and I lose my money. I think a public office must can explain in simple way to people who are learning the language. I am doing dutch course 2 times a week.

Thank you,
Lucía Fernández""")

add("complaint", "en", "foreign_affairs", ("HR Mobility Team - Northbridge Pharma", "hr-mobility@northbridge-pharma.example.com"),
    "Legalisation of diplomas - 10 weeks and counting", "2026-06-10 10:20",
    "Company HR complaining about delays in legalisation of documents at the consular office; signature block + legal footer. multipart/alternative, UTF-8 QP.",
    fmt="alt", hstyle="outlook",
    body="""Dear colleagues,

We are writing on behalf of Northbridge Pharma Belgium regarding the legalisation of academic documents for four of our employees who are relocating to our site in the Gulf region.

The documents were submitted in person on 31 March. We were told to expect a processing time of three weeks. It has now been ten weeks. The online tracking page shows "in progress" for all four files and the phone number on your website plays a message that "this line is no longer in service".

Two of our employees have had to postpone their start dates, one of them twice, and the family of one is already abroad. We would be grateful if you could tell us what is causing the delay and when we can expect the documents.

Kind regards,

Charlotte Dubois-Hale
Global Mobility Lead
Northbridge Pharma Belgium NV

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""")

add("complaint", "en", "mobility", ("Hugh Kennedy", "hugh.kennedy@example.net"),
    "Night flights over Kraainem - again", "2026-08-02 03:27",
    "Airport noise complaint sent at 3 a.m., sarcastic; dissatisfaction with the federal handling of night-flight routes. Short. Plain ASCII 7bit.",
    cte="7bit",
    body="""It is 3:20 in the morning. That is the fourth cargo plane tonight directly over our house in Kraainem, low enough to rattle the windows.

I have written to the noise office three times this year. I received one standard reply saying the routes "comply with the applicable rules". Nobody has ever addressed the question of why the night routes changed in April without any consultation.

I would genuinely like to know if anyone reads these. I'll be at work in four hours.

H. Kennedy""", tz="+0200")

add("complaint", "en", "social_security", ("Priya Raman", "priya.raman@example.com"),
    "Does anyone at your office actually read emails?", "2026-10-28 13:12",
    "Grumble phrased as a question; dominant complaint about an unanswered disability-card application. Plain UTF-8 QP, LF.",
    body="""Does anyone at your office actually read emails?

I have sent five e-mails since July about my husband's recognition of disability (application made online on 3 July). Not one reply. Not even an automatic one. The status page still says "application received" four months later.

I have also tried the phone number four times and each time I got "due to high call volume, we cannot take your call" and then the line went dead.

I'm not asking for special treatment. I'm asking for someone to acknowledge that we exist.

Priya Raman
Zaventem""")

add("complaint", "en", "taxes", ("Jeroen Bakker (Bakker Logistics B.V.)", "j.bakker@bakker-logistics.example.net"),
    "EU VAT refund claim pending 14 months", "2026-09-30 08:05",
    "Dutch company writing in English: foreign VAT refund claim pending 14 months, no response. Complaint, not contesting a decision. multipart/mixed with PDF list.",
    fmt="mixed", atts=[Att(pdf("VAT refund claims 2025 - overview"), "application/pdf", "vat_refund_claims_overview.pdf")],
    body="""Dear Sir or Madam,

Bakker Logistics B.V. (Rotterdam) filed a VAT refund claim through the EU electronic portal for fuel and toll costs incurred in Belgium in 2024 (claim reference attached). The claim was transmitted on 12 July 2025.

Under the applicable EU rules a decision should be taken within four months. Fourteen months later we have received neither a refund, nor a request for additional information, nor a refusal. Our messages to the listed contact address remain unanswered.

The amount (EUR 18,460.22) is significant for a company of our size. We would appreciate an explanation and a date.

Best regards,

Jeroen Bakker
Finance Director
Bakker Logistics B.V.
Waalhaven 201, Rotterdam, NL""")

wf_text, wf_html = webform("en", [
    ("Form", "Complaint / Klacht / Plainte"),
    ("Name", "Oliver Grant"),
    ("E-mail", "oliver.grant@example.org"),
    ("Language", "English"),
    ("Subject area", "Other"),
    ("Message", "I tried to get my eID PIN code reset at the national register helpdesk. I was told on the phone the new letter would be sent in 5 days. That was 6 weeks ago, I called three times, each time they said it was sent, each time nothing arrives. Meanwhile I cannot sign anything online, including my tax return. I find it hard to believe that a PIN letter can get lost three times."),
], "A new message has been submitted via the contact form.")
add("complaint", "en", "other", ("Formulaire web - Webformulier", "no-reply-webform@federal.example.be"),
    "Webform: new message #58213", "2026-05-06 15:33",
    "Web-form notification: sender is the no-reply webform, the citizen is in Reply-To and the fields. eID PIN letter never arrives -> category other. multipart/alternative with tracking pixel.",
    node=MP("alternative", T(wf_text, cte="qp"), H(wf_html, cte="qp"), preamble=""),
    replyto="Oliver Grant <oliver.grant@example.org>",
    hdrs=["X-Mailer: WebformNotifier 3.2"])

# ---- appeals (7)
add("appeal", "en", "taxes", ("Akira Tanaka", "akira.tanaka@example.com"),
    "Tax assessment treats me as resident - please correct", "2026-01-29 11:11",
    "Expat asks to correct an assessment that wrongly treats him as a resident for the whole year. No 'objection' wording. Plain UTF-8 QP.",
    body="""Dear Sir or Madam,

I received my tax assessment for income year 2024 and I believe there is a mistake.

I moved to Belgium on 1 September 2024 to work for a research institute in Leuven. Before that I lived in Osaka and was taxed in Japan. However, the assessment seems to treat my worldwide income for the whole of 2024 as taxable in Belgium: the amount of salary on it matches my annual Japanese salary plus my Belgian salary.

I only expected to pay Belgian tax on the September-December salary. Could you please look at this again and issue a corrected assessment? I can provide my Japanese tax certificate and my registration date from the commune.

Thank you for your help.

Akira Tanaka
Heverlee""")

add("appeal", "en", "pensions", ("Elizabeth Hartley", "liz.hartley@example.org"),
    "Survivor's pension - I don't think the amount is right", "2026-03-02 16:44",
    "British widow disagrees with the reduced survivor's pension amount (cumulation with own pension) and asks to reconsider; polite, no legal words. multipart/alternative, windows-1252 QP.",
    fmt="alt", cs="windows-1252", hcs="iso-8859-1", hstyle="apple",
    body="""Dear Sir or Madam,

My husband Peter, who worked for 28 years at a chemical plant in Antwerp, passed away last October. I have now received your letter about my survivor's pension.

I'm afraid I don't agree with the amount. The letter says that because I have my own small Belgian pension (from 11 years as a part-time teacher), the survivor's pension is reduced to £ — sorry, to € 612 a month. A friend in the same situation received much more, and as I understood it I should be able to receive whichever is more favourable.

Would you be kind enough to look at the calculation again? I have kept all of Peter's papers and can send whatever you need.

With thanks,
Elizabeth Hartley
Brasschaat""")

add("appeal", "en", "unemployment", ("Tomasz Zielinski", "tomasz.zielinski@example.com"),
    "Temporary unemployment days refused", "2026-04-23 19:02",
    "Mixed: complains about delay but dominant intent is to have refused temporary-unemployment days paid (contests decision). Polish speaker, fair English. Plain UTF-8 base64.",
    cte="b64",
    body="""Good evening,

I work in a bakery factory in Ghent. In February our factory was closed 9 days because of a fire in the production hall, and my employer put us on temporary unemployment.

Now I received a decision that only 4 days are paid, and for 5 days it says the "force majeure is not proved". I do not agree. The fire was in the newspaper, the firemen came, my employer sent all the papers. All my colleagues got the 9 days. Why only me 4?

Also it took 2 months to get any answer, but that is not my main question. I would like you to change this and pay the other 5 days.

Thank you,
Tomasz Zielinski
NISS 87.10.05-411.23""")

add("appeal", "en", "social_security", ("Chloé Martin-Webb", "chloe.martinwebb@example.net"),
    "Request to waive late-payment increase on my contributions", "2026-07-30 10:36",
    "Freelancer asks to waive a late-payment surcharge on self-employed contributions (reminder sent to old address). Contests a decision to charge; appeal. HTML-only Outlook, UTF-8 QP.",
    fmt="html", hstyle="outlook",
    body="""Dear Sir or Madam,

I am a freelance translator registered as self-employed since 2023. I have just been charged a 7% increase (EUR 163.80) for late payment of my Q1 social contributions.

The reason I paid late is that the quarterly payment notice was sent to my previous address in Ixelles, although I had updated my address with both the commune and my social insurance fund in January. As soon as I found out (through my bank, not through any letter) I paid the full amount the same day.

I would be grateful if you could cancel this increase, since the delay was not caused by me.

Best regards,
Chloé Martin-Webb
Etterbeek""")

add("appeal", "en", "foreign_affairs", ("Arjun Venkatesh", "arjun.venkatesh@example.com"),
    "Kind request to reconsider student visa refusal", "2026-08-20 06:45",
    "Indian-English phrasing ('kindly', 'do the needful'); asks to reconsider a refused student visa. No legal words. Plain UTF-8 QP, UTC+0530.",
    tz="+0530",
    body="""Respected Sir/Madam,

I am writing with reference to my student visa application for the Master of Science in Bioinformatics at Ghent University, starting September 2026. My application was refused on 14 August stating that my "financial means are not sufficiently demonstrated".

Kindly note that I had submitted a blocked account statement for the full first year as well as a sponsorship letter from my uncle residing in Leuven, along with his payslips. It is possible that the sponsorship annex was overlooked since it was uploaded as a separate file.

I humbly request you to kindly reconsider my application and do the needful at the earliest, as classes begin on 21 September. I am ready to provide any additional document required.

Thanking you,
Yours sincerely,
Arjun Venkatesh
Chennai, India""")

add("appeal", "en", "mobility", ("Sean Murphy", "sean.murphy@example.org"),
    "Number plate cancelled and fine - insurer's mistake", "2026-02-26 08:58",
    "Contests cancellation of a number plate and fine caused by the insurer's error; asks to reinstate and cancel the fine. Short. Plain ASCII 7bit, CRLF.",
    cte="7bit", crlf=True,
    body="""Hello,

My number plate was cancelled on 10 February and I received a fine for driving without insurance. I have been insured continuously with the same company since 2019. The insurer confirmed in writing (letter attached to my next mail if needed) that they wrongly reported the policy as terminated after an IT migration.

Could you please reinstate the registration and cancel the fine? It was not my fault at all.

Thanks,
Sean Murphy
Overijse""")

add("appeal", "en", "taxes", ("Hollis & Verhoeven Tax Lawyers", "litigation@hollis-verhoeven.example.com"),
    "Notice of objection - Arcturus Components BV - assessment year 2024",
    "2026-05-15 17:10",
    "Law firm's formal objection (explicit legal word 'objection') against a corporate tax assessment, in English. multipart/mixed, text + PDF, UTF-8 QP.",
    fmt="mixed",
    atts=[Att(pdf("Notice of objection - Arcturus Components BV - AY 2024"), "application/pdf", "Objection_Arcturus_AY2024.pdf")],
    body="""Dear Sir or Madam,

On behalf of our client Arcturus Components BV (enterprise number 0654.321.987), we hereby lodge a formal objection against the corporate income tax assessment for assessment year 2024, dated 28 March 2026, article number 2024/318.551.902.

The assessment disallows the deduction of intra-group service fees of EUR 412,000. Our client disputes this adjustment in full, for the reasons set out in the attached notice, which contains our detailed arguments and supporting documentation (transfer pricing report and service agreements).

We request that the assessment be annulled to that extent and that we be invited to a hearing.

Yours faithfully,

Anne-Sophie Verhoeven
Partner
Hollis & Verhoeven Tax Lawyers
Brussels""")

# =========================================================================== INFORMATION REQUESTS
# ---- fr (5)
add("information_request", "fr", "taxes", ("Véronique Stassart", "veronique.stassart@example.be"),
    "Demande d'accès à mes données personnelles (art. 15 RGPD)", "2026-02-02 09:00",
    "Formal GDPR access request = information_request (not a complaint). Plain UTF-8 QP.",
    body="""Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de me communiquer :

1. une copie de l'ensemble des données à caractère personnel me concernant que votre administration traite dans le cadre de mon dossier fiscal ;
2. les finalités de ces traitements ;
3. les destinataires auxquels ces données ont été communiquées, notamment d'autres administrations ;
4. la durée de conservation prévue.

Pour faciliter l'identification : Véronique Stassart, née le 3 août 1981, numéro de registre national 81.08.03-224.09, domiciliée rue des Glycines 6 à 4020 Liège.

Je peux fournir une copie de ma carte d'identité si vous l'estimez nécessaire. Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Véronique Stassart""")

add("information_request", "fr", "pensions", ("Christiane Bodart", "christiane.bodart@example.net"),
    "Pension de conjoint divorcé : quel formulaire ?", "2026-06-18 14:22",
    "Question that also grumbles about the website (dominant = question). Plain ISO-8859-1 8bit.",
    cs="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    body="""Bonjour,

J'ai été mariée 26 ans avant mon divorce en 2009 et j'aurai 67 ans en janvier. On m'a dit que j'avais peut-être droit à une « pension de conjoint divorcé » en plus de ma propre pension.

Votre site est un vrai labyrinthe, j'ai passé une heure à chercher et je tourne en rond entre trois pages qui renvoient l'une vers l'autre.

Mes questions sont simples :
- Faut-il faire une demande séparée, ou est-ce examiné automatiquement avec ma pension ?
- Si une demande est nécessaire, quel formulaire, et à envoyer où ?
- Quels documents faut-il joindre (jugement de divorce ?) ?

Merci d'avance pour votre réponse.

Christiane Bodart
Mons""")

add("information_request", "fr", "foreign_affairs", ("Salma B.", "salma.bk2000@example.com"),
    "passeport bebe", "2026-09-08 12:03",
    "Phone-typed question, no accents: documents for a baby's passport at a consulate. Plain 7bit.",
    cte="7bit", recv=False,
    body="""bonjour
je suis belge et jhabite a casablanca depuis 1 an. mon bebe est ne en juillet ici. quels documents je dois amener au consulat pour faire son passeport belge ? il faut d abord lacte de naissance belge ou pas? et le papa doit venir aussi?
merci bcp
salma""")

add("information_request", "fr", "unemployment", ("Gilles Marchal", "gilles.marchal03@example.com"),
    "Job étudiant et allocations d'insertion ?", "2026-03-26 20:48",
    "Clear question about combining a student-type job with unemployment integration allowances. multipart/alternative, UTF-8 base64.",
    fmt="alt", cte="b64", hstyle="gmail",
    body="""Bonjour,

J'ai terminé mes études en juin dernier et je touche des allocations d'insertion depuis février. Un ami me propose de travailler les samedis dans son restaurant, environ 8 heures par semaine.

Est-ce que j'ai le droit de le faire tout en gardant mes allocations ? Si oui, est-ce que je dois le déclarer quelque part (carte de contrôle ?) et est-ce que mes allocations seront réduites ?

Je préfère demander avant plutôt que d'avoir des problèmes après.

Merci,
Gilles Marchal""")

wf_text, wf_html = webform("fr", [
    ("Formulaire", "Question / Vraag / Frage"),
    ("Nom", "Didier Scohy"),
    ("Adresse e-mail", "didier.scohy@example.be"),
    ("Langue", "Français"),
    ("Thème", "Mobilité"),
    ("Message", "Bonjour, je viens d'acheter une remorque de 900 kg chez un particulier. Dois-je l'immatriculer à mon nom et quels documents faut-il (certificat de conformité, ancien certificat d'immatriculation ?). Puis-je le faire moi-même en ligne ou dois-je passer par un courtier ? Merci."),
], "Un nouveau message a été envoyé via le formulaire de contact.")
add("information_request", "fr", "mobility", ("Formulaire web - Webformulier", "no-reply-webform@federal.example.be"),
    "Formulaire de contact : nouveau message #60177", "2026-04-11 10:51",
    "Web-form notification with citizen in Reply-To; question about registering a trailer. multipart/alternative with tracking pixel.",
    node=MP("alternative", T(wf_text, cte="qp"), H(wf_html, cte="b64"), preamble=""),
    replyto="Didier Scohy <didier.scohy@example.be>", hdrs=["X-Mailer: WebformNotifier 3.2"])

# ---- nl (4)
add("information_request", "nl", "social_security", ("Ahmed Bouzid", "ahmed.bouzid@example.be"),
    "Hoe lang nog voor een beslissing?", "2026-07-09 10:10",
    "Question about processing time of a disability allowance application; mild grumbling, dominant = question. Plain UTF-8 QP.",
    body="""Goeiemorgen,

Ik heb in april een aanvraag ingediend voor een inkomensvervangende tegemoetkoming. Op de website staat dat de gemiddelde behandeltijd "enkele maanden" is, wat niet echt duidelijk is.

Mag ik vragen:
- hoe lang het gemiddeld nog duurt vanaf de medische beoordeling (die was op 12 juni)?
- of ik de stand van mijn dossier ergens online kan volgen?
- of de tegemoetkoming met terugwerkende kracht wordt betaald vanaf de aanvraag?

Het is een beetje moeilijk om zo lang in het ongewisse te zitten, maar ik begrijp dat er veel dossiers zijn.

Dank u,
Ahmed Bouzid
Anderlecht""")

add("information_request", "nl", "other", ("Lies Vandenberghe", "lies.vandenberghe@example.org"),
    "Inzageverzoek AVG - politionele gegevens", "2026-05-20 15:35",
    "GDPR access request about police databases: mentions police but NOT police conduct -> category other; information_request. HTML-only Outlook, windows-1252 QP.",
    fmt="html", cs="windows-1252", hcs="windows-1252",
    body="""Geachte,

Bij een sollicitatie voor een job in de beveiliging werd mij gezegd dat er "iets" over mij in de politionele databanken zou staan. Ik heb nooit een veroordeling gehad en weet niet waarover het gaat.

Graag had ik vernomen hoe ik onrechtstreekse toegang kan vragen tot de gegevens die de politie over mij bijhoudt: bij welke instantie moet ik dat vragen, welke documenten zijn nodig en hoe lang duurt zo'n procedure?

Mocht mijn vraag niet bij u thuishoren, kunt u ze dan doorsturen naar de juiste dienst?

Met vriendelijke groeten,
Lies Vandenberghe
Brugge""")

add("information_request", "nl", "pensions", ("Jef Van Gorp", "jef.vangorp@example.net"),
    "bijverdienen met pensioen", "2026-01-06 16:58",
    "Short Flemish question: how much can a pensioner earn on top of his pension. Plain ISO-8859-1 QP.",
    cs="iso-8859-1",
    body="""Dag mevrouw, mijnheer,

Ik ben sinds december met pensioen (67 jaar, 44 jaar loopbaan). Mijn vroegere baas vraagt of ik nog twee dagen per week kan komen helpen in de winkel.

Mag dat zonder dat mijn pensioen verminderd wordt, en moet ik dat ergens melden? Ik heb gehoord dat er geen grens meer is na 45 jaar loopbaan maar ik heb er 44.

Groeten,
Jef Van Gorp
Turnhout""")

add("information_request", "nl", "mobility", ("Geert Lemmens", "geert.lemmens@example.com"),
    "Inschrijving oldtimer uit Frankrijk", "2026-10-01 19:19",
    "Question on registering a classic car imported from France (documents, plate type). multipart/alternative Gmail, UTF-8 QP.",
    fmt="alt", hstyle="gmail",
    body="""Hallo,

Ik ga binnenkort een Citroën DS uit 1972 kopen in Frankrijk. Ik zou die graag als oldtimer inschrijven in België.

Welke documenten heb ik nodig? Volstaat de Franse "carte grise" of is er een apart attest nodig? Moet de wagen eerst naar de keuring voor ik de aanvraag doe, en kan ik een oldtimerplaat met O aanvragen als ik er ook af en toe in het weekend mee wil rijden?

Bedankt voor de info!

Geert""")

# ---- de (5)
add("information_request", "de", "pensions", ("Elke Zimmermann", "elke.zimmermann@example.be"),
    "Welche Unterlagen für die Pensionsberechnung (Arbeit in Deutschland)?", "2026-02-09 08:40",
    "Question about documents needed when part of the career was in Germany. Plain ISO-8859-1 QP, RFC2047 subject.",
    cs="iso-8859-1", hcs="iso-8859-1",
    body="""Guten Tag,

ich werde im nächsten Jahr 65 und möchte mich rechtzeitig um meine Pension kümmern. Ich habe 22 Jahre in Belgien und 19 Jahre in Deutschland (Aachen, Düren) gearbeitet.

Meine Fragen:
1. Muss ich die deutsche Rente separat bei der Deutschen Rentenversicherung beantragen, oder läuft das über Sie?
2. Welche Unterlagen aus Deutschland brauchen Sie von mir?
3. Wie viele Monate vorher sollte ich den Antrag stellen?

Vielen Dank im Voraus.

Elke Zimmermann
Eupen""")

add("information_request", "de", "taxes", ("Rolf Hansen", "rolf.hansen@example.net"),
    "Deutsche Rente in der belgischen Steuererklärung angeben?", "2026-05-04 11:25",
    "Cross-border pensioner asks whether his German pension must be declared in Belgium. Plain UTF-8 8bit, CRLF.",
    cte="8bit", crlf=True,
    body="""Sehr geehrte Damen und Herren,

ich wohne in Kelmis und beziehe seit letztem Jahr eine kleine Rente aus Deutschland (ca. 480 EUR im Monat), die dort bereits versteuert wird.

Muss ich diese Rente trotzdem in meiner belgischen Steuererklärung angeben? Und wenn ja, in welcher Rubrik? Meine Nachbarin sagt, man müsse sie angeben, sie werde aber "nur für den Satz" berücksichtigt. Ich verstehe nicht genau, was das bedeutet.

Für eine kurze Erklärung wäre ich Ihnen sehr dankbar.

Mit freundlichen Grüßen
Rolf Hansen""")

add("information_request", "de", "social_security", ("Natalie Kirch", "natalie.kirch@example.com"),
    "Auskunftsersuchen nach Art. 15 DSGVO", "2026-09-25 14:00",
    "Formal GDPR access request to a social security body = information_request. multipart/mixed with ID scan JPG.",
    fmt="mixed", atts=[Att(jpg(500), "image/jpeg", "Personalausweis_Kopie.jpg")],
    body="""Sehr geehrte Damen und Herren,

gemäß Artikel 15 der Datenschutz-Grundverordnung (DSGVO) bitte ich um Auskunft darüber, welche personenbezogenen Daten Ihre Dienststelle über mich im Rahmen meiner Akte zur Arbeitsunfähigkeit verarbeitet, zu welchem Zweck, an wen sie weitergegeben wurden und wie lange sie gespeichert werden.

Bitte stellen Sie mir außerdem eine Kopie dieser Daten zur Verfügung, vorzugsweise elektronisch.

Zur Identifizierung füge ich eine Kopie meines Personalausweises bei.

Mit freundlichen Grüßen
Natalie Kirch
Büllingen""")

add("information_request", "de", "foreign_affairs", ("Jessica", "jessi.m.lux@example.com"),
    "Reisepass Kind", "2026-06-23 21:14",
    "Phone-typed short question: passport for a child when living in Luxembourg. Plain UTF-8 QP, no Received header.",
    recv=False,
    body="""Hallo, kurze Frage: wir wohnen seit Februar in Luxemburg (vorher Sankt Vith) und unser Sohn (4) braucht einen neuen Reisepass für die Ferien im August. Geht das bei der Botschaft in Luxemburg oder müssen wir nach Belgien zur Gemeinde? Und wie lange dauert das ungefähr? Danke! Jessica

Von meinem iPhone gesendet""")

add("information_request", "de", "unemployment", ("Norbert Hilger", "norbert.hilger@example.be"),
    "Wo sehe ich die Zahlungen?", "2026-11-03 09:31",
    "Question that grumbles about the website (dominant = question): where to check unemployment payments online. Plain windows-1252 QP.",
    cs="windows-1252", hcs="windows-1252",
    body="""Guten Morgen,

wo kann man eigentlich nachsehen, welche Beträge Arbeitslosengeld für welchen Monat überwiesen wurden? Auf Ihrer Internetseite findet man dazu nichts, jedenfalls nichts auf Deutsch.

Ich brauche eine Übersicht für die letzten sechs Monate für meine Bank (Kreditantrag). Gibt es so eine Bescheinigung, und wie bekomme ich sie? Reicht eine E-Mail, oder muss ich irgendwo hinfahren?

Danke und freundliche Grüße
Norbert Hilger
Weismes""")

# ---- en (4)
add("information_request", "en", "foreign_affairs", ("Megan Clarke", "megan.clarke@example.com"),
    "Legalising a Belgian birth certificate for Canada", "2026-03-14 15:05",
    "Straight question about legalisation procedure. multipart/alternative Outlook, UTF-8 QP.",
    fmt="alt", hstyle="outlook",
    body="""Hello,

My daughter was born in Leuven in 2023 and we are moving to Toronto in the summer. The Canadian authorities ask for a "legalised" copy of her birth certificate.

Could you tell me:
- whether I first need a multilingual extract from the commune, or a full copy;
- whether the legalisation is done by your office or by the Canadian embassy (or both);
- whether I can send the documents by post or must come in person, and how much it costs?

Many thanks,
Megan Clarke""")

add("information_request", "en", "pensions", ("Robert Fairbairn", "robert.fairbairn@example.org"),
    "Subject access request - pension file", "2026-08-12 10:00",
    "Formal GDPR subject access request for pension file = information_request. Plain UTF-8 7bit.",
    cte="7bit",
    body="""Dear Data Protection Officer,

I am making a subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with a copy of all personal data you hold about me in relation to my Belgian pension entitlement (career records, calculations, correspondence and any notes), together with the information listed in Article 15(1), in particular the sources of the career data.

My details: Robert James Fairbairn, born 14/02/1960, Belgian national register number 60.02.14-371.88, currently resident in Edinburgh.

I look forward to your response within one month.

Yours sincerely,
Robert Fairbairn""", tz="+0100")

add("information_request", "en", "taxes", ("Sofia Lindqvist", "sofia.lindqvist@example.net"),
    "Do I still have to file a Belgian tax return?", "2026-04-16 21:30",
    "Expat moved away; asks whether she must still file; grumbles mildly that the FAQ is only in FR/NL (dominant = question). HTML-only Apple, UTF-8 base64.",
    fmt="html", hstyle="apple", cte="b64",
    body="""Hi,

I lived and worked in Brussels until 31 January 2026 and then moved back to Stockholm. I have de-registered at the commune.

Do I still have to file a Belgian tax return next year for the one month of January 2026, and if so, as a resident or non-resident? And will I receive the paper form in Sweden or do I have to do it online?

I tried to find this in your FAQ, but it seems only available in French and Dutch, which makes it a bit of a guessing game with a translator.

Thanks in advance,
Sofia Lindqvist""")

add("information_request", "en", "unemployment", ("Kwame Asante", "kwame.asante@example.com"),
    "Documents needed to apply for unemployment benefit", "2026-11-18 08:30",
    "Plain question about documents needed when a fixed-term contract ends. Plain UTF-8 QP.",
    body="""Good morning,

My fixed-term contract with a hospital in Liège ends on 31 December and it will not be renewed. I have worked there for 22 months.

What documents do I need to apply for unemployment benefit, and where do I submit them? Do I need to join a union first, or can I apply through the public payment office? Is there anything I should ask my employer for before I leave?

I speak some French but would prefer an answer in English if possible.

Kind regards,
Kwame Asante""")

# =========================================================================== FOLLOW-UPS
# ---- fr (3)
add("follow_up", "fr", "taxes", ("Alain Wéry", "alain.wery@example.be"),
    "RE: " + ack_subject("PLT-2026-000412", "fr"), "2026-02-20 13:15",
    "Reply to our acknowledgement, adds a document (PDF) and quotes the ack; Outlook 'De/Envoyé' quote header. multipart/mixed.",
    ref="PLT-2026-000412", reply="PLT-2026-000412", hcs="iso-8859-1",
    fmt="mixed", atts=[Att(pdf("Preuve de paiement precompte - 2025"), "application/pdf", "preuve_paiement.pdf")],
    body="""Bonjour,

Suite à votre accusé de réception, je vous transmets en annexe la preuve de paiement dont je parlais dans mon premier message. Vous verrez que le montant a bien été versé le 12 décembre.

Bien à vous,
Alain Wéry

-----Message d'origine-----
De : Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Envoyé : lundi 16 février 2026 08:02
À : alain.wery@example.be
Objet : [PLT-2026-000412] Accusé de réception de votre plainte

""" + ACK_BODY["fr"] % "PLT-2026-000412")

add("follow_up", "fr", "unemployment", ("Kevin Gobert", "kevin.gobert@example.com"),
    "plainte PLT-2026-000877 toujours rien !!", "2026-05-11 18:02",
    "Angry news request about an existing ticket, no reply headers; looks like a complaint but is a follow_up. Plain 8bit UTF-8.",
    ref="PLT-2026-000877", cte="8bit",
    body="""Bonjour,

Je vous ai écrit le 14 avril (référence PLT-2026-000877) au sujet de mes allocations de chômage bloquées. Depuis, rien. Pas un mot, pas un appel.

Ça fait maintenant presque quatre mois que je n'ai rien touché. Vous m'aviez dit que vous reviendriez vers moi. Je voudrais savoir où en est ma plainte.

Kevin Gobert""")

add("follow_up", "fr", "pensions", ("Jacqueline Dumont", "jacqueline.dumont@example.net"),
    "Re: " + ack_subject("PLT-2026-000593", "fr"), "2026-03-24 10:45",
    "Reply to the acknowledgement saying the problem is solved (pension paid); ticket only in subject/quote/In-Reply-To. Gmail-style quote, multipart/alternative.",
    ref="PLT-2026-000593", reply="PLT-2026-000593", fmt="alt", hstyle="gmail",
    body="""Bonjour,

Je vous informe que ma pension a finalement été versée ce matin, avec le mois de retard. Vous pouvez donc classer ma plainte. Merci à la personne qui m'a rappelée vendredi, elle a été très aimable.

Jacqueline Dumont

Le jeu. 19 mars 2026 à 09:12, Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be> a écrit :
""" + quote(ACK_BODY["fr"] % "PLT-2026-000593"))

# ---- nl (3)
add("follow_up", "nl", "mobility", ("Bart Desmet", "bart.desmet@example.be"),
    "Antw: " + ack_subject("PLT-2026-000734", "nl"), "2026-04-30 12:12",
    "Reply to the Dutch acknowledgement adding a phone number and new facts; Outlook 'Van/Verzonden' quote. Plain windows-1252 QP.",
    ref="PLT-2026-000734", reply="PLT-2026-000734", cs="windows-1252", hcs="windows-1252",
    body="""Goedemiddag,

Nog een aanvulling op mijn klacht: ondertussen heb ik wel een nummerplaat ontvangen, maar met een verkeerd chassisnummer op het inschrijvingsbewijs. Dus ik kan nog steeds niet rijden. Ik ben overdag bereikbaar op 0475 62 19 03.

Mvg,
Bart Desmet

Van: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Verzonden: dinsdag 28 april 2026 16:40
Aan: bart.desmet@example.be
Onderwerp: [PLT-2026-000734] Ontvangstbevestiging van uw klacht

""" + ACK_BODY["nl"] % "PLT-2026-000734")

add("follow_up", "nl", "police", ("Yusuf Demir", "yusuf.demir@example.com"),
    "Stand van zaken klacht PLT-2026-001093", "2026-09-16 09:05",
    "Asks for news on an earlier complaint about police conduct; category follows the original (police). Plain UTF-8 QP.",
    ref="PLT-2026-001093",
    body="""Geachte,

Op 20 augustus diende ik een klacht in over het optreden van twee agenten tijdens een huiszoeking bij mijn buren, waarbij ik zonder reden op de grond werd gewerkt (uw referentie PLT-2026-001093).

Ik kreeg een ontvangstbevestiging maar sindsdien niets meer. Mag ik vragen of mijn klacht werd doorgestuurd naar de bevoegde dienst en of ik gehoord zal worden? Mijn advocaat vraagt het mij ook.

Met vriendelijke groeten,
Yusuf Demir""")

add("follow_up", "nl", "social_security", ("Rita Claessens", "rita.claessens@example.net"),
    "FW: mijn klacht - NOG STEEDS GEEN ANTWOORD", "2026-06-03 20:44",
    "Forwards her own earlier mail (inline) that carries the ticket number; angry tone but it is a follow_up on an existing ticket. HTML-only Outlook, UTF-8 QP.",
    ref="PLT-2026-000958", fmt="html", hstyle="outlook",
    body="""Ik stuur u mijn mail van 12 mei nog eens door. Nog steeds geen antwoord, en mijn ziekte-uitkering is nog altijd niet betaald. Dit is de derde keer dat ik schrijf.

Rita Claessens

Van: Rita Claessens <rita.claessens@example.net>
Verzonden: dinsdag 12 mei 2026 19:02
Aan: plaintes.klachten@federal.example.be
Onderwerp: RE: [PLT-2026-000958] Ontvangstbevestiging van uw klacht

Beste,
Bedankt voor de bevestiging. Wanneer mag ik een antwoord verwachten? Mijn uitkering staat sinds maart stil en ik moet rondkomen met het loon van mijn man.
Rita""")

# ---- de (2)
add("follow_up", "de", "foreign_affairs", ("Claudia Radermacher", "claudia.radermacher@example.be"),
    "AW: " + ack_subject("PLT-2026-000665", "de"), "2026-04-09 16:26",
    "Reply to the German acknowledgement with a 'Nachtrag' and attached document; quote with 'Ursprüngliche Nachricht'. multipart/mixed, ISO-8859-1 QP.",
    ref="PLT-2026-000665", reply="PLT-2026-000665", cs="iso-8859-1", hcs="iso-8859-1",
    fmt="mixed", atts=[Att(pdf("Bestaetigung Termin Konsulat"), "application/pdf", "Terminbestaetigung.pdf")],
    body="""Guten Tag,

als Nachtrag zu meiner Beschwerde: Ich habe inzwischen doch noch einen Termin beim Konsulat bekommen, allerdings erst für den 2. Juni, also nach meiner geplanten Reise. Die Terminbestätigung hänge ich an. Die Sache hat sich also leider nicht erledigt.

Mit freundlichen Grüßen
Claudia Radermacher

-----Ursprüngliche Nachricht-----
Von: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Gesendet: Montag, 6. April 2026 11:03
An: claudia.radermacher@example.be
Betreff: [PLT-2026-000665] Eingangsbestätigung Ihrer Beschwerde

""" + ACK_BODY["de"] % "PLT-2026-000665")

add("follow_up", "de", "taxes", ("Helmut Lennertz", "helmut.lennertz@example.org"),
    "Sachstandsanfrage - Ihr Zeichen PLT-2026-000650", "2026-07-27 08:50",
    "Formal status request on an existing ticket (Ihr Zeichen). Plain UTF-8 base64.",
    ref="PLT-2026-000650", cte="b64",
    body="""Sehr geehrte Damen und Herren,

am 3. April 2026 hatte ich mich an Sie gewandt, weil meine Steuererstattung seit mehr als einem Jahr aussteht (Ihr Zeichen PLT-2026-000650). Den Eingang haben Sie mir bestätigt.

Da ich seither nichts gehört habe, bitte ich höflich um eine kurze Mitteilung zum Stand der Bearbeitung.

Mit freundlichen Grüßen
Helmut Lennertz
Eupen""")

# ---- en (3)
add("follow_up", "en", "police", ("Lena Fischer-Boyd", "lena.fb@example.com"),
    "Re: " + ack_subject("PLT-2026-001021", "en"), "2026-08-25 07:35",
    "Top-posted reply to the English acknowledgement adding the officer's number; quoted ack below. Plain UTF-8 QP.",
    ref="PLT-2026-001021", reply="PLT-2026-001021",
    body="""Thank you. One thing I forgot: a witness has since sent me a photo on which the number on the officer's uniform is readable, it's 1742 (or 1747, the last digit is slightly blurred). I can forward the photo if that helps.

Lena

On 24 Aug 2026, at 18:05, Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be> wrote:

""" + quote(ACK_BODY["en"] % "PLT-2026-001021"))

add("follow_up", "en", "pensions", ("Derek Whitfield", "d.whitfield@example.net"),
    "Chasing PLT-2026-001187", "2026-10-19 11:00",
    "Very short chaser on an existing pension ticket. Plain ASCII 7bit.",
    ref="PLT-2026-001187", cte="7bit",
    body="""Hi,

Any update on PLT-2026-001187? It's been five weeks.

Derek Whitfield""")

add("follow_up", "en", "social_security", ("Amira Haddad", "amira.haddad@example.org"),
    "Re: " + ack_subject("PLT-2026-000999", "en"), "2026-07-02 15:48",
    "Reply to the ack (Gmail quote) adding info AND asking a side question; dominant = follow_up on existing ticket. multipart/alternative, UTF-8 QP.",
    ref="PLT-2026-000999", reply="PLT-2026-000999", fmt="alt", hstyle="gmail",
    body="""Hello again,

A small update on my complaint: the health insurance fund has now confirmed in writing that they sent my file to you on 4 June, so it really is with you. I have their letter if you need it.

Also, can you tell me whether the benefits will be paid retroactively once the file is found? That would help me plan.

Thank you,
Amira Haddad

On Tue, 30 Jun 2026 at 09:21, Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be> wrote:
""" + quote(ACK_BODY["en"] % "PLT-2026-000999"))

# =========================================================================== AUTO-REPLIES
AR = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---- fr (4)
add("auto_reply", "fr", "other", ("Delphine Masset", "delphine.masset@example.be"),
    "Réponse automatique : " + ack_subject("PLT-2026-000301", "fr"), "2026-08-10 07:03",
    "Outlook out-of-office answering our acknowledgement, with Auto-Submitted; ticket in subject -> refers_to but not a follow-up. Plain UTF-8 QP.",
    ref="PLT-2026-000301", reply="PLT-2026-000301", hdrs=AR,
    body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à ma messagerie.
Pour toute urgence, vous pouvez contacter mon collègue Thierry Lenoir (thierry.lenoir@example.be).

Bien à vous,
Delphine Masset""")

add("auto_reply", "fr", "other", ("Céline Wauters - Commune de Forest", "c.wauters@forest-commune.example.be"),
    "Absence", "2026-03-02 09:30",
    "Out-of-office WITHOUT any auto-reply header, generic subject, no ticket -> refers_to null. Plain ISO-8859-1 8bit.",
    cs="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    body="""Bonjour,

Je suis actuellement en congé de maternité et ce jusqu'au 15 juin 2026. Votre message ne sera pas transféré.

Pour les questions relatives au service Population, merci d'écrire à population@forest-commune.example.be ou de téléphoner au 02 370 22 11 (de 8h30 à 12h).

Céline Wauters""")

add("auto_reply", "fr", "other", ("Service clientèle Assurances Mosane", "service.clients@assurances-mosane.example.com"),
    "Re: " + ack_subject("PLT-2026-000517", "fr") + " [Demande n° 558812]", "2026-05-19 14:00",
    "Company ticket-system auto-acknowledgement (their own ticket number next to ours). Auto-Submitted: auto-generated. HTML+text alternative.",
    ref="PLT-2026-000517", reply="PLT-2026-000517", fmt="alt", hstyle="plainish",
    hdrs=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""Madame, Monsieur,

Nous accusons réception de votre message, qui a été enregistré sous le numéro de demande 558812.

Nos conseillers traitent les demandes dans l'ordre d'arrivée. Le délai de réponse est actuellement de 5 jours ouvrables. Merci de ne pas répondre à ce message ; pour compléter votre demande, utilisez votre espace client en mentionnant le numéro ci-dessus.

Le service clientèle
Assurances Mosane SA""")

add("auto_reply", "fr", "other", ("Joris Van Damme", "joris.vandamme@example.be"),
    "Absent: " + ack_subject("PLT-2026-000846", "fr"), "2026-07-21 11:47",
    "Trilingual Belgian out-of-office (FR first, then NL and EN; language = fr, the first one); X-Autoreply header only. Plain UTF-8 base64.",
    ref="PLT-2026-000846", reply="PLT-2026-000846", cte="b64", hdrs=["X-Autoreply: yes"],
    body="""[FR] Je suis en congé jusqu'au 7 août. Je n'ai pas accès à mes e-mails. En cas d'urgence : secretariat@example.be.

[NL] Ik ben met verlof tot 7 augustus en heb geen toegang tot mijn e-mail. Voor dringende zaken: secretariat@example.be.

[EN] I am on leave until 7 August with no access to e-mail. For urgent matters: secretariat@example.be.

Joris Van Damme""")

# ---- nl (4)
add("auto_reply", "nl", "other", ("Evelien Jacobs", "evelien.jacobs@example.org"),
    "Automatisch antwoord: " + ack_subject("PLT-2026-000288", "nl"), "2026-07-06 16:20",
    "Outlook vacation reply to our Dutch acknowledgement with Auto-Submitted; refers_to from subject. multipart/alternative Outlook.",
    ref="PLT-2026-000288", reply="PLT-2026-000288", hdrs=AR, fmt="alt", hstyle="outlook",
    body="""Beste,

Bedankt voor uw bericht. Ik ben met vakantie tot en met 18 juli en lees mijn mails niet.
Voor dringende zaken kunt u terecht bij mijn collega Sven op het nummer 03 234 56 78.

Groeten,
Evelien""")

add("auto_reply", "nl", "other", ("Filip Van Hecke", "filip.vanhecke@example.net"),
    "Afwezig", "2026-10-30 18:01",
    "Out-of-office with NO auto-reply headers and no ticket -> refers_to null. Short. Plain UTF-8 7bit.",
    cte="7bit",
    body="""Beste,

Ik ben niet op kantoor tot maandag 9/11. Uw mail wordt niet doorgestuurd en ik lees hem na mijn terugkeer.

Filip""")

add("auto_reply", "nl", "other", ("Marc Verlinden", "marc.verlinden@oud-bedrijf.example.com"),
    "RE: " + ack_subject("PLT-2026-000712", "nl"), "2026-04-16 10:02",
    "'Address no longer in use' notice from a mail server rule (NOT a DSN): auto_reply without any auto headers, looks like a human 'RE:'. Plain windows-1252 QP.",
    ref="PLT-2026-000712", reply="PLT-2026-000712", cs="windows-1252", hcs="windows-1252",
    body="""Dit e-mailadres is niet meer in gebruik sinds 1 april 2026.
Uw bericht werd niet gelezen en niet doorgestuurd.

Gelieve voortaan te mailen naar marc.verlinden@nieuw-bedrijf.example.com.

Met dank voor uw begrip.""")

add("auto_reply", "nl", "other", ("Gemeente Zonnebeke - Meldpunt", "meldpunt@zonnebeke-gemeente.example.be"),
    "Uw melding M-2026-18842 werd geregistreerd (Re: " + ack_subject("PLT-2026-000803", "nl") + ")", "2026-06-25 08:15",
    "Municipal helpdesk auto-acknowledgement quoting our subject; Auto-Submitted: auto-generated. HTML-only with table, UTF-8 QP.",
    ref="PLT-2026-000803", reply="PLT-2026-000803", hdrs=["Auto-Submitted: auto-generated"],
    node=H("""<html><head><style>td{font-family:Verdana;font-size:12px}</style></head><body>
<table width="600" cellpadding="8"><tr><td style="background:#2a6f97;color:#fff"><b>Meldpunt gemeente Zonnebeke</b></td></tr>
<tr><td>Beste,<br><br>Wij hebben uw melding goed ontvangen. Ze werd geregistreerd onder nummer <b>M-2026-18842</b>.<br>
Uw melding wordt binnen de 10 werkdagen behandeld door de bevoegde dienst.<br><br>
Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.</td></tr>
<tr><td style="color:#888;font-size:10px">Onderwerp van uw bericht: """ + ack_subject("PLT-2026-000803", "nl") + """</td></tr></table>
<img src="https://mail.zonnebeke-gemeente.example.be/t.png?id=18842" width="1" height="1"></body></html>
"""))

# ---- de (4)
add("auto_reply", "de", "other", ("Stefanie Kohnen", "stefanie.kohnen@example.be"),
    "Automatische Antwort: " + ack_subject("PLT-2026-000560", "de"), "2026-08-03 06:58",
    "Outlook out-of-office reply to our German acknowledgement with Auto-Submitted. Plain ISO-8859-1 QP.",
    ref="PLT-2026-000560", reply="PLT-2026-000560", hdrs=AR, cs="iso-8859-1", hcs="iso-8859-1",
    body="""Guten Tag,

ich bin bis einschließlich 14.08. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 087 59 12 34.

Mit freundlichen Grüßen
Stefanie Kohnen""")

add("auto_reply", "de", "other", ("Bernd Schmitz", "bernd.schmitz@example.com"),
    "Abwesenheitsnotiz", "2026-11-23 12:00",
    "German out-of-office without any auto-reply header and without ticket -> refers_to null. Plain UTF-8 8bit.",
    cte="8bit",
    body="""Vielen Dank für Ihre Nachricht.

Ich befinde mich bis zum 1. Dezember im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Freundliche Grüße
Bernd Schmitz""")

add("auto_reply", "de", "other", ("Kanzlei Heck & Reinartz", "kanzlei@heck-reinartz.example.be"),
    "AW: " + ack_subject("PLT-2026-000624", "de"), "2026-03-30 12:31",
    "Law firm's automatic receipt confirmation (X-Autoreply only), worded like a human 'AW:' reply. Plain UTF-8 QP.",
    ref="PLT-2026-000624", reply="PLT-2026-000624", hdrs=["X-Autoreply: yes"],
    body="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer E-Mail. Ihre Nachricht wird an den zuständigen Rechtsanwalt weitergeleitet, der sich innerhalb von 48 Stunden bei Ihnen meldet.

Bitte beachten Sie, dass Fristsachen nicht per E-Mail, sondern nur per Einschreiben oder persönlich in unserer Kanzlei in Eupen (Klosterstraße 12) wirksam eingereicht werden können.

Kanzlei Heck & Reinartz""")

add("auto_reply", "de", "other", ("Annette Meyers", "annette.meyers@example.net"),
    "Abwesend: " + ack_subject("PLT-2026-000931", "de"), "2026-09-28 09:40",
    "Sick-leave out-of-office, HTML-only, Auto-Submitted header, ticket in subject. windows-1252 QP.",
    ref="PLT-2026-000931", reply="PLT-2026-000931", hdrs=AR, fmt="html", cs="windows-1252", hcs="windows-1252",
    hstyle="outlook",
    body="""Guten Tag,

ich bin krankheitsbedingt bis auf Weiteres abwesend. Ihre E-Mail wird nicht automatisch weitergeleitet.

Bitte wenden Sie sich an info@example.net.

Annette Meyers""")

# ---- en (3)
add("auto_reply", "en", "other", ("Tom Harrington", "tom.harrington@example.com"),
    "Re: " + ack_subject("PLT-2026-001140", "en"), "2026-08-28 13:22",
    "Gmail vacation responder ('Re:' subject, Auto-Submitted). Plain UTF-8 7bit.",
    ref="PLT-2026-001140", reply="PLT-2026-001140", hdrs=["Auto-Submitted: auto-replied"], cte="7bit",
    body="""Hi,

I'm travelling with limited access to e-mail until 3 September. I'll get back to you when I'm back.

Cheers,
Tom""")

add("auto_reply", "en", "other", ("Brightside Energy Support", "support@brightside-energy.example.com"),
    "Request received: " + ack_subject("PLT-2026-000977", "en"), "2026-07-15 10:08",
    "Helpdesk ticket-system auto-acknowledgement (their own request #48213) WITHOUT Auto-Submitted header, only Precedence: bulk. multipart/alternative.",
    ref="PLT-2026-000977", reply="PLT-2026-000977", fmt="alt", hstyle="plainish",
    hdrs=["Precedence: bulk", "X-Mailer: HelpdeskPro"],
    body="""##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Brightside Energy Customer Support
This email is a service from Brightside Energy.""")

add("auto_reply", "en", "other", ("Natasha Reeves", "natasha.reeves@example.org"),
    "Out of Office", "2026-11-12 08:00",
    "Parental-leave out-of-office without auto headers and without ticket -> refers_to null. HTML-only Apple, UTF-8 base64.",
    fmt="html", hstyle="apple", cte="b64",
    body="""Thank you for your email.

I am currently on parental leave and will return on 2 March 2027. Your message will not be forwarded. For anything related to the Brussels office, please contact office@example.org.

Natasha""")

# =========================================================================== BOUNCES
def ds_block(reporting, rcpt, status, diag, arrival, remote=None, action="failed"):
    s = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        reporting, arrival, rcpt, rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return s


def report(human, ds, returned, headers_only=False):
    ret = Raw("text/rfc822-headers", returned) if headers_only else Raw("message/rfc822", returned)
    return MP("report", human, Raw("message/delivery-status", ds), ret,
              params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")


# ---- en: Postfix, headers only
_t, _to, _d = "PLT-2026-000377", "f.delcourt@example.com", mkdate("2026-03-05 09:14")
add("bounce", "en", "other", ("Mail Delivery System", "MAILER-DAEMON@mx1.federal.example.be"),
    "Undelivered Mail Returned to Sender", "2026-03-05 09:14",
    "Postfix DSN multipart/report, returned part text/rfc822-headers only; our French acknowledgement to a mistyped address. refers_to from returned Subject/Message-ID.",
    ref=_t, recv=False,
    hdrs=["Auto-Submitted: auto-replied"],
    node=report(T("""This is the mail system at host mx1.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.example.com[203.0.113.25] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
""" % (_to, _to), cte="7bit", extra=["Content-Description: Notification"]),
        ds_block("mx1.federal.example.be", _to, "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % _to, _d, "mx.example.com"),
        ack_headers(_t, "fr", _to, _d), headers_only=True))

# ---- en: Gmail-like, full message
_t, _to, _d = "PLT-2026-000689", "marieke.devos1987@example.com", mkdate("2026-04-14 15:22")
_h = """Address not found

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""" % _to
add("bounce", "en", "other", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com"),
    "Delivery Status Notification (Failure)", "2026-04-14 15:22",
    "Gmail-style DSN: multipart/report with multipart/alternative human part, full returned message (our Dutch ack). Language = en (DSN text).",
    ref=_t, hdrs=["Auto-Submitted: auto-replied"], tz="-0700",
    node=report(MP("alternative", T(_h, cte="7bit"), H("<html><body><h2>Address not found</h2><p>%s</p></body></html>\n" % _h.split("\n\n", 1)[1].replace("\n", "<br>"), cte="qp"), preamble=""),
                ds_block("googlemail.example.com", _to, "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.", _d, "gmail-smtp-in.l.example.com"),
                ack_message(_t, "nl", _to, _d)))

# ---- en: qmail-like plain text
_t, _to, _d = "PLT-2026-001055", "ahmad.k@example.net", mkdate("2026-09-02 11:40")
add("bounce", "en", "other", ("", "MAILER-DAEMON@mail.example.net"),
    "failure notice", "2026-09-02 11:41",
    "qmail-style plain-text bounce (no multipart/report); original message inline after a separator; ticket in the returned Subject.",
    ref=_t, cte="7bit",
    body="""Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" % _to + ack_message(_t, "en", _to, _d).decode("ascii"))

# ---- fr: Exchange NDR French
_t, _to, _d = "PLT-2026-000455", "g.hanquet@cabinet-hanquet.example.be", mkdate("2026-02-26 10:05")
_fh = """Votre message n'a pas pu être remis à ces destinataires ou groupes :

%s
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer ultérieurement ou contacter directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EX01.cabinet-hanquet.example.be
Code d'erreur : 552 5.2.2 STOREDRV.Deliver; mailbox full
""" % _to
add("bounce", "fr", "other", ("Microsoft Outlook", "postmaster@cabinet-hanquet.example.be"),
    "Non remis : " + ack_subject(_t, "fr"), "2026-02-26 10:06",
    "Exchange NDR in French (mailbox full, 5.2.2) with HTML human part, delivery-status and full returned ack; ticket in the subject.",
    ref=_t, hcs="utf-8",
    node=report(MP("alternative", T(_fh, cte="qp"), H(auto_html(_fh, "plainish"), cte="qp"), preamble=""),
                ds_block("EX01.cabinet-hanquet.example.be", _to, "5.2.2", "552 5.2.2 STOREDRV.Deliver; mailbox full", _d),
                ack_message(_t, "fr", _to, _d)))

# ---- fr: backscatter (a spam we never sent, spoofing our address) -> no ticket
_spam = ("From: " + TO_DEFAULT + "\nTo: info@boulangerie-lemaire.example.be\nSubject: Votre facture impayee - dossier 88213\n"
         "Date: " + mkdate("2026-06-09 03:12") + "\nMessage-ID: <8812.3321@vps77.cheap-host.example.net>\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=us-ascii\n\nBonjour, veuillez regler la facture ci-jointe sous 24h. http://factures-urgentes.example.net/dl\n")
add("bounce", "fr", "other", ("Système de messagerie", "mailer-daemon@mail.boulangerie-lemaire.example.be"),
    "Échec de la remise du message", "2026-06-09 03:14",
    "Backscatter: French DSN returning a scam we never sent (our address was spoofed). Still a bounce; no ticket -> refers_to null. multipart/report, ISO-8859-1 QP human part, RFC2047 subject.",
    hcs="iso-8859-1",
    node=report(T("""Ceci est un message généré automatiquement par le système de messagerie.

Votre message n'a pas pu être remis au destinataire suivant :

  info@boulangerie-lemaire.example.be
  Raison : boîte aux lettres inexistante (550 5.1.1 User unknown)

Le message original est joint.
""", cs="iso-8859-1", cte="qp"),
        ds_block("mail.boulangerie-lemaire.example.be", "info@boulangerie-lemaire.example.be", "5.1.1", "550 5.1.1 User unknown", mkdate("2026-06-09 03:13")),
        _spam.encode()))

# ---- nl: Exchange NDR Dutch
_t, _to, _d = "PLT-2026-000790", "jan.peeters@bouwfirma-peeters.example.be", mkdate("2026-05-07 14:30")
_nh = """Uw bericht kan niet worden bezorgd bij deze geadresseerden of groepen:

%s
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:
Genererende server: MAIL02.bouwfirma-peeters.example.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % _to
add("bounce", "nl", "other", ("Microsoft Outlook", "postmaster@bouwfirma-peeters.example.be"),
    "Onbestelbaar: " + ack_subject(_t, "nl"), "2026-05-07 14:31",
    "Exchange NDR in Dutch (5.1.10 recipient not found), human part HTML-only, returned headers only; ticket in subject and returned headers.",
    ref=_t,
    node=report(H(auto_html(_nh, "outlook", "nl"), cte="b64"),
                ds_block("MAIL02.bouwfirma-peeters.example.be", _to, "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", _d),
                ack_headers(_t, "nl", _to, _d), headers_only=True))

# ---- de: Exim-style, German text, plain text only
_t, _to, _d = "PLT-2026-000612", "k.bongartz@example.net", mkdate("2026-03-27 17:05")
add("bounce", "de", "other", ("Mail Delivery System", "Mailer-Daemon@mx.example.net"),
    "Unzustellbar: " + ack_subject(_t, "de"), "2026-03-27 17:06",
    "Exim-style plain-text bounce with German-localised text (no multipart/report, no DSN fields); original inline; ISO-8859-1 QP; X-Failed-Recipients header.",
    ref=_t, cs="iso-8859-1", hcs="iso-8859-1",
    hdrs=["X-Failed-Recipients: %s" % _to, "Auto-Submitted: auto-replied"],
    body="""Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n) schlugen fehl:

  %s
    host mx.example.net [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<%s>:
    550 5.7.1 Mailbox gesperrt / mailbox disabled

------ Dies ist eine Kopie der Nachricht, einschließlich aller Kopfzeilen. ------

""" % (_to, _to) + ack_message(_t, "de", _to, _d).decode("ascii"))

# =========================================================================== SPAM
def spam_html(inner, pixel_host):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>.btn{background:#c8102e;color:#fff;padding:12px 24px;'
            'text-decoration:none;border-radius:4px}.hid{display:none;font-size:1px;color:#fff}</style></head><body>'
            '<div class="hid">%s</div>\n%s\n<img src="https://%s/open.gif?u=%d" width="1" height="1" alt="">'
            '</body></html>\n' % ("x" * 20, inner, pixel_host, RNG.randrange(10**6, 10**7)))


# ---- fr (4)
add("spam", "fr", "other", ("SPF Finances - Remboursement", "remboursement@spf-fin-be-remboursement.example.net"),
    "Avis de remboursement : 418,60 € en attente", "2026-05-14 06:12",
    "Fake tax-refund phishing from a look-alike domain, HTML-only with button, hidden preheader and tracking pixel. Mentions taxes but category other.",
    fmt="html", cte="b64",
    html=spam_html("""<table width="560" align="center" style="font-family:Arial"><tr><td>
<p><b>SPF FINANCES - Service Remboursements</b></p>
<p>Cher contribuable,</p>
<p>Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous avez droit à un remboursement d'impôt de <b>418,60 €</b>.</p>
<p>Votre remboursement n'a pas pu être traité car vos coordonnées bancaires sont incomplètes. Veuillez confirmer vos informations dans les <b>48 heures</b>, faute de quoi le montant sera annulé.</p>
<p style="text-align:center"><a class="btn" href="https://spf-fin-be-remboursement.example.net/myminfin/login?ref=BE418">Recevoir mon remboursement</a></p>
<p style="font-size:10px;color:#777">© 2026 SPF Finances. Tous droits réservés.</p>
</td></tr></table>""", "spf-fin-be-remboursement.example.net"))

add("spam", "fr", "other", ("Direction Police Judiciaire Fédérale", "convocation.pjf@justice-convocation.example.com"),
    "CONVOCATION JUDICIAIRE - Dossier n° 2026/PJF/00871", "2026-02-24 02:48",
    "'Convocation judiciaire' extortion scam impersonating the federal judicial police, PDF attached; mentions police/justice but it is spam (category other). multipart/mixed, windows-1252 QP.",
    fmt="mixed", cs="windows-1252", hcs="windows-1252",
    atts=[Att(pdf("CONVOCATION - Police Judiciaire Federale"), "application/pdf", "CONVOCATION_2026-PJF-00871.pdf")],
    body="""Madame, Monsieur,

A la demande du Commissaire Divisionnaire, Directeur de la Police Judiciaire Fédérale, nous vous adressons la convocation ci-jointe.

Suite à une saisie informatique, votre adresse électronique a été identifiée dans le cadre d'une enquête pour consultation de sites illégaux. Vous êtes prié de nous faire parvenir vos justifications par retour de courriel dans un délai strict de 72 heures afin qu'elles soient examinées et vérifiées.

Passé ce délai, nous serons dans l'obligation de transmettre notre rapport au Procureur du Roi et de vous inscrire au fichier des délinquants.

Cordialement,

Commissaire Divisionnaire J. Lambert
Police Judiciaire Fédérale""")

add("spam", "fr", "other", ("Mathis - WebBoost Agence", "mathis@webboost-agence.example.org"),
    "Votre site mérite la 1re page de Google", "2026-09-09 10:03",
    "SEO/marketing cold mail in French with unsubscribe line. multipart/alternative, UTF-8 QP.",
    fmt="alt", hstyle="gmail",
    body="""Bonjour,

En analysant votre site, j'ai remarqué plusieurs points qui vous empêchent d'apparaître dans les premiers résultats de Google : temps de chargement trop long, balises manquantes, peu de liens entrants.

Notre agence accompagne plus de 300 PME et administrations en Belgique et en France. Nous pouvons vous garantir un positionnement en première page en 90 jours, ou nous vous remboursons.

Seriez-vous disponible pour un appel de 15 minutes cette semaine ? Je vous offre l'audit complet (valeur 490 €).

Bien à vous,
Mathis Leroy
WebBoost Agence

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP.""")

add("spam", "fr", "other", ("Julie de Crypto Avenir", "julie@crypto-avenir-invest.example.net"),
    "Comment Sandrine de Namur gagne 7.800 EUR par mois depuis chez elle", "2026-07-03 19:19",
    "Crypto-investment scam in French with fake testimonial and link; HTML-only, ISO-8859-1 QP (euro written as EUR).",
    fmt="html", cs="iso-8859-1", hcs="iso-8859-1",
    html=spam_html("""<h2>Elle a quitté son travail grâce à cette plateforme</h2>
<p>Sandrine, 43 ans, maman de deux enfants à Namur, gagne désormais plus de 7.800 EUR par mois grâce à un robot de trading automatique basé sur l'intelligence artificielle.</p>
<p>« Au début j'étais sceptique. J'ai investi 250 EUR et en 6 semaines j'avais déjà doublé mon capital. »</p>
<p>Les places sont limitées à 50 nouveaux membres belges cette semaine.</p>
<p><a href="https://crypto-avenir-invest.example.net/inscription?src=be" class="btn">JE M'INSCRIS MAINTENANT</a></p>
<p style="font-size:9px">Investir comporte des risques. Résultats non garantis.</p>""", "crypto-avenir-invest.example.net"))

# ---- nl (5)
add("spam", "nl", "other", ("itsme", "no-reply@itsme-verificatie.example.net"),
    "Actie vereist: uw itsme-account wordt binnen 24 uur gedeactiveerd", "2026-03-23 05:44",
    "Phishing 'verify your account' impersonating a Belgian ID app; look-alike domain. HTML-only, UTF-8 base64.",
    fmt="html", cte="b64",
    html=spam_html("""<div style="font-family:Helvetica;max-width:520px;margin:auto">
<p><b>Beste klant,</b></p>
<p>Wegens nieuwe Europese veiligheidsrichtlijnen moeten alle gebruikers hun identiteit opnieuw bevestigen. Wij hebben vastgesteld dat uw account nog niet werd geverifieerd.</p>
<p>Indien u dit niet binnen <b>24 uur</b> doet, wordt uw account gedeactiveerd en kunt u niet meer inloggen bij uw bank en de overheid.</p>
<p><a href="https://itsme-verificatie.example.net/bevestig?id=7731" class="btn">Nu bevestigen</a></p>
<p>Met vriendelijke groet,<br>Het itsme-team</p></div>""", "itsme-verificatie.example.net"))

add("spam", "nl", "other", ("bpost", "info@bpost-pakketdienst.example.com"),
    "Uw pakket kon niet worden geleverd (ref. BE-2231-776)", "2026-10-14 13:37",
    "Fake parcel-delivery smishing-style mail asking for a small fee; plain text with link, UTF-8 8bit.",
    cte="8bit",
    body="""Beste klant,

Uw pakket met referentie BE-2231-776 kon vandaag niet worden geleverd wegens onbetaalde verzendkosten (1,99 EUR).

Betaal de verzendkosten binnen 48 uur via onderstaande link, anders wordt uw pakket teruggestuurd naar de afzender:

https://bpost-pakketdienst.example.com/betaal/BE2231776

Bedankt voor uw vertrouwen,
Klantendienst""")

add("spam", "nl", "other", ("Boekhouding Drukkerij Vanwalleghem", "boekhouding@drukkerij-vanwaleghem.example.com"),
    "Herinnering openstaande factuur 2026-0871 - gewijzigd rekeningnummer", "2026-04-02 11:58",
    "Invoice fraud: look-alike supplier domain (one 'l' missing) announces a new bank account; PDF 'invoice' attached. multipart/mixed, ISO-8859-1 QP.",
    fmt="mixed", cs="iso-8859-1", hcs="iso-8859-1",
    atts=[Att(pdf("Factuur 2026-0871 - drukwerk brochures"), "application/pdf", "Factuur_2026-0871.pdf")],
    body="""Geachte klant,

Volgens onze boekhouding staat factuur 2026-0871 (drukwerk brochures, 4.812,50 EUR incl. btw) nog open.

Let op: wegens een bankaudit is ons rekeningnummer gewijzigd. Gelieve uitsluitend nog te betalen op het nieuwe rekeningnummer LT12 1000 0111 0100 1000 met vermelding van het factuurnummer. Betalingen op ons oude rekeningnummer kunnen niet meer verwerkt worden.

Gelieve de betaling vandaag nog uit te voeren om bijkomende kosten te vermijden.

Met vriendelijke groeten,
Sofie De Witte
Boekhouding""")

add("spam", "nl", "other", ("Euro Millions Promotie", "claims@euromillions-promo-nl.example.org"),
    "PROFICIAT!!! U bent de winnaar van 850.000,00 EURO", "2026-01-31 16:00",
    "Lottery scam in clumsy machine-translated Dutch, asks for personal data. Plain ASCII 7bit.",
    cte="7bit",
    body="""PROFICIAT !!!

Wij hebben het genoegen u mede te delen dat uw e-mail adres is geselecteerd als de gelukkige winnaar in onze jaarlijkse Euro Millions Internationale Promotie Programma, gehouden in Madrid.

Uw e-mail adres heeft gewonnen de som van 850.000,00 EURO (Achthonderd vijftig duizend euro). Om uw prijs te claimen, gelieve contact op te nemen met onze claim agent met de volgende gegevens:

1. Volledige naam
2. Adres
3. Telefoonnummer
4. Kopie van identiteitskaart

Claim agent: Mr. Carlos Ruiz, e-mail: carlos.ruiz@euromillions-promo-nl.example.org

Deze informatie moet vertrouwelijk worden gehouden tot uw claim is verwerkt.

Met vriendelijke groeten,
Mevr. Isabella Moreno
Coordinator""")

add("spam", "nl", "other", ("Directeur-generaal", "dg.kabinet@fod-directie.example.com"),
    "Ben je beschikbaar?", "2026-06-16 08:22",
    "CEO fraud: very short mail pretending to be a director-general from a look-alike domain, asking for an urgent discreet task. Plain UTF-8 7bit, no signature.",
    cte="7bit", recv=False,
    body="""Goeiemorgen,

Ben je momenteel op kantoor? Ik heb je hulp nodig voor een dringende en discrete betaling vandaag. Ik zit in vergadering en kan niet bellen. Antwoord me enkel per mail.

Verzonden vanaf mijn iPad""")

# ---- de (5)
add("spam", "de", "other", ("Inkasso Zentrale West", "forderung@inkasso-zentrale-west.example.net"),
    "Aktenzeichen: 2026/4471-K - Letzte Mahnung vor gerichtlichem Mahnverfahren", "2026-02-05 04:17",
    "Fake debt-collection 'Aktenzeichen' scam with a ZIP attachment (fake bytes). multipart/mixed, UTF-8 QP.",
    fmt="mixed",
    atts=[Att(b"PK\x03\x04" + bytes(RNG.getrandbits(8) for _ in range(300)), "application/zip", "Forderungsaufstellung_2026-4471-K.zip")],
    body="""Sehr geehrte Damen und Herren,

trotz mehrfacher Zahlungserinnerung ist die Forderung unseres Mandanten in Höhe von 389,45 EUR bis heute nicht beglichen worden.

Wir fordern Sie hiermit letztmalig auf, den Gesamtbetrag inklusive Mahngebühren bis spätestens 3 Werktage nach Erhalt dieses Schreibens zu überweisen. Andernfalls werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten und einen Vollstreckungsbescheid beantragen. Die entstehenden Kosten gehen zu Ihren Lasten.

Die vollständige Forderungsaufstellung finden Sie im Anhang.

Mit freundlichen Grüßen
Inkasso Zentrale West GmbH
Abteilung Forderungsmanagement""")

add("spam", "de", "other", ("Internationale Lotterie Kommission", "gewinn@lotto-kommission-int.example.org"),
    "Gewinnbenachrichtigung Ref: ILK/77-2026/DE", "2026-08-18 15:15",
    "Lottery scam in stiff German asking for a processing fee. HTML-only, ISO-8859-1 base64.",
    fmt="html", cs="iso-8859-1", cte="b64", hcs="iso-8859-1",
    html=spam_html("""<p><b>GEWINNBENACHRICHTIGUNG</b></p>
<p>Sehr geehrter Gewinner,</p>
<p>Wir freuen uns, Ihnen mitteilen zu können, dass Ihre E-Mail-Adresse bei der Internationalen Lotterie-Ziehung vom 14. August einen Gewinn von <b>1.250.000,00 EUR</b> erzielt hat.</p>
<p>Zur Auszahlung ist lediglich eine einmalige Bearbeitungs- und Notargebühr von 790,00 EUR zu entrichten. Bitte kontaktieren Sie umgehend Ihren Sachbearbeiter, Herrn Dr. Klaus Wegner.</p>
<p>Hochachtungsvoll,<br>Frau Sabine Roth<br>Internationale Lotterie Kommission</p>""", "lotto-kommission-int.example.org"))

add("spam", "de", "other", ("RA Dr. Manuel Ortega", "m.ortega.abogados@example.com"),
    "Vertrauliche Erbschaftsangelegenheit - Ihr Familienname", "2026-05-27 23:58",
    "Inheritance advance-fee scam, 'same surname' story, in slightly broken German. Plain windows-1252 8bit.",
    cs="windows-1252", cte="8bit", hcs="windows-1252",
    body="""Sehr geehrte/r,

ich bin Rechtsanwalt Dr. Manuel Ortega aus Madrid. Ich bitte Sie um Entschuldigung für diese unerwartete Kontaktaufnahme.

Mein verstorbener Mandant, ein deutscher Ingenieur, hinterließ ein Vermögen von 8.700.000 EUR bei einer Bank in Spanien. Er hat keine Erben hinterlassen. Da Sie denselben Familiennamen tragen, kann ich Sie als nächsten Angehörigen vorstellen, damit das Geld nicht an den Staat fällt.

Wir teilen die Summe 50/50. Das Verfahren ist 100% legal und ohne Risiko. Bitte antworten Sie mir mit Ihrem vollständigen Namen, Telefonnummer und Adresse, damit ich Ihnen die Dokumente senden kann.

Mit freundlichen Grüßen
Dr. Manuel Ortega
Abogado""")

add("spam", "de", "other", ("FÖD Finanzen", "erstattung@foed-finanzen-erstattung.example.net"),
    "Ihre Steuererstattung 2025 - Bestätigung erforderlich", "2026-06-04 07:30",
    "Fake tax-refund phishing in German impersonating the FÖD Finanzen (look-alike domain), alternative text+HTML, RFC2047 display name.",
    fmt="alt", hstyle="plainish",
    body="""Sehr geehrter Steuerzahler,

nach der letzten jährlichen Berechnung Ihrer steuerlichen Tätigkeit haben wir festgestellt, dass Sie Anspruch auf eine Steuerrückerstattung von 512,80 EUR haben.

Bitte bestätigen Sie Ihre Bankverbindung über den folgenden sicheren Link innerhalb von 3 Tagen:
https://foed-finanzen-erstattung.example.net/erstattung/login

Nach Ablauf der Frist verfällt Ihr Anspruch.

FÖD Finanzen - Abteilung Rückerstattungen""")

add("spam", "de", "other", ("IT-Helpdesk", "helpdesk@mailbox-verwaltung.example.org"),
    "Ihr Postfach plaintes.klachten@federal.example.be ist zu 98% voll", "2026-11-09 03:03",
    "Mailbox-quota phishing addressed to the complaints mailbox itself ('verify your account'). HTML-only, UTF-8 QP.",
    fmt="html",
    html=spam_html("""<table style="border:1px solid #999;font-family:Segoe UI" width="480"><tr><td style="background:#0072c6;color:#fff;padding:8px">Microsoft Exchange Online</td></tr>
<tr><td style="padding:10px">Ihr Postfach <b>plaintes.klachten@federal.example.be</b> hat 98% seiner Speicherkapazität erreicht (49,1 GB von 50 GB).<br><br>
Eingehende Nachrichten werden ab sofort zurückgewiesen. Bestätigen Sie Ihr Konto, um zusätzlichen Speicherplatz kostenlos freizuschalten.<br><br>
<a href="https://mailbox-verwaltung.example.org/owa/verify" class="btn">Konto bestätigen</a><br><br>
<span style="font-size:10px">IT-Helpdesk - Diese Nachricht wurde automatisch erstellt.</span></td></tr></table>""", "mailbox-verwaltung.example.org"))

# ---- en (5)
add("spam", "en", "other", ("United Nations Compensation Unit", "compensation.unit@un-relief-fund.example.org"),
    "Your Compensation Payment of USD 2,500,000.00", "2026-03-11 01:22",
    "Classic advance-fee scam ('UN compensation for scam victims'), plain ASCII 7bit, all-caps fragments.",
    cte="7bit",
    body="""ATTENTION: BENEFICIARY

This is to inform you that the United Nations in conjunction with the World Bank has approved the sum of USD 2,500,000.00 as compensation for victims of internet fraud, and your email was listed among the beneficiaries.

Your payment will be released via ATM MASTER CARD once you reconfirm the following:
- Full Name
- Home Address
- Direct Phone Number
- Occupation

Please note that a delivery fee of USD 150 applies. Contact Dr. Richard Owens immediately for more information.

Regards,
Mrs. Helen Brown
Secretary, Compensation Unit""")

add("spam", "en", "other", ("Accounts Payable", "ap-notifications@docushare-secure.example.com"),
    "RE: Invoice #INV-88231 overdue - please review", "2026-07-22 12:44",
    "Fake 'RE:' invoice phishing with a link to a document-sharing look-alike; no real prior thread. multipart/alternative, UTF-8 QP.",
    fmt="alt", hstyle="outlook",
    body="""Hi,

Following up on my previous email. The attached invoice #INV-88231 is now 14 days overdue. Kindly review the document via the secure link below and confirm payment date.

View document: https://docushare-secure.example.com/s/INV-88231

If you already paid, please disregard this email.

Thanks,
Jennifer Miles
Accounts Payable""")

add("spam", "en", "other", ("Ryan | RankRocket", "ryan@rankrocket-seo.example.net"),
    "Quick question about federal.example.be", "2026-10-07 14:09",
    "SEO/link-building cold mail with fake personalisation and follow-up numbering. Plain UTF-8 QP.",
    body="""Hi there,

I was checking out federal.example.be and noticed it isn't ranking for some pretty valuable keywords in your niche.

We've helped 1,200+ businesses get to page 1 with white-hat backlinks and technical SEO. I'd love to send you a free 12-point video audit, no strings attached.

Would that be helpful? Just reply "yes".

Cheers,
Ryan
RankRocket SEO

P.S. If this isn't relevant, just reply "no thanks" and I won't follow up again.""")

add("spam", "en", "other", ("QuantumAI Wealth", "invest@quantum-ai-wealth.example.test"),
    "Belgium's new AI trading platform: turn EUR 250 into EUR 5,000", "2026-04-27 09:09",
    "Crypto/AI trading investment scam, HTML-only with fake celebrity endorsement and tracking pixel, .example.test domain.",
    fmt="html", cte="qp",
    html=spam_html("""<h1 style="font-family:Georgia">The platform banks don't want you to know about</h1>
<p>Thousands of Belgians are already using QuantumAI, the AI-powered trading bot featured on national TV, to earn up to <b>EUR 1,200 per day</b>.</p>
<p>"I was sceptical at first, but after one week I withdrew my first EUR 3,000." - Marc, Ghent</p>
<p>Registration closes tonight at midnight.</p>
<p><a href="https://quantum-ai-wealth.example.test/register" class="btn">Claim your spot</a></p>""", "quantum-ai-wealth.example.test"))

add("spam", "en", "other", ("Barrister James Okonkwo", "jokonkwo.chambers@example.net"),
    "Business Proposal - Strictly Confidential", "2026-09-19 22:47",
    "Advance-fee 'business proposal' (dormant account) with polite formal style; plain UTF-8 base64 to hide keywords.",
    cte="b64",
    body="""Dear Friend,

Permit me to introduce myself. I am Barrister James Okonkwo, personal attorney to the late Engr. Thomas Becker, a foreign contractor who died along with his wife in a car accident in 2021.

Since then, the bank has issued me several notices to provide his next of kin or have the account of USD 14.6 million confiscated. I am contacting you to stand as the next of kin so that the proceeds can be paid to you. We shall share in the ratio of 60% for me and 40% for you.

All I require is your honest cooperation. Please reply with your full name and private telephone number for more details.

Best regards,
Barrister James Okonkwo""")

# =========================================================================== EXTRA: forwards, wrong charset
def inner_msg(frm, to, subj, date, body, cs="utf-8", cte="qp"):
    cte_name, b = enc_body(body.encode(cs), cte)
    h = ["From: %s" % addr(frm[0], frm[1]), "To: %s" % to, "Subject: %s" % hdr(subj, cs), "Date: %s" % mkdate(date),
         "Message-ID: %s" % msgid(frm[1].split("@")[1]), "MIME-Version: 1.0",
         'Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: %s" % cte_name]
    return ("\n".join(h) + "\n\n").encode() + b


_inner = inner_msg(("Luc Van Acker", "luc.vanacker62@example.com"), "Maatschappelijk werk OCMW <mw@ocmw-gent.example.be>",
                   "pensioen", "2026-09-21 18:30", """Beste Nathalie,

Zoals afgesproken stuur ik u wat er gebeurd is. Ik ben op 1 juli met pensioen gegaan maar ik heb nog altijd niks gekregen. Ik heb de pensioendienst 6 keer gebeld, ze zeggen telkens "uw dossier is in behandeling" en dat ze mij zouden terugbellen. Niemand belt terug. Ik heb nu al 3 maanden geen inkomen en mijn spaargeld is op.

Kunt gij daar iets aan doen? Ik weet niet meer waar naartoe.

Luc""")
add("complaint", "nl", "pensions", ("OCMW Gent - Maatschappelijk werk", "mw@ocmw-gent.example.be"),
    "Doorgestuurd: pensioen dhr. Van Acker - 3 maanden zonder inkomen", "2026-09-22 09:10",
    "Forward from a municipal social worker; the citizen's own mail is a message/rfc822 attachment. Complaint about an unpaid pension and no call-back (delay/unreachable). Category pensions.",
    node=MP("mixed", T("""Geachte,

In bijlage de mail van onze cliënt, de heer Luc Van Acker (rijksregisternummer 61.05.30-177.40), die sinds 1 juli met pensioen is maar nog geen enkele betaling ontving. Hij heeft geen ander inkomen en wij moeten hem intussen met een voorschot helpen.

Wij vragen u met aandrang om het dossier te laten nakijken en de betrokkene of ons te contacteren.

Met vriendelijke groeten,

Nathalie Baert
Maatschappelijk werker
OCMW Gent"""), Raw("message/rfc822", _inner, extra=['Content-Disposition: attachment; filename="pensioen.eml"'])))

add("complaint", "de", "mobility", ("Renate Hick", "renate.hick@example.be"),
    "Zugverbindung Eupen - Brüssel ständig gestrichen", "2026-02-23 08:05",
    "Body deliberately declared ISO-8859-1 while the bytes are UTF-8 (mojibake for a naive decoder); complaint about cancelled trains and no information. Plain 8bit.",
    node=T("""Guten Morgen,

heute ist schon wieder der Zug um 6:34 Uhr ab Eupen ausgefallen, ohne jede Durchsage und ohne Anzeige am Bahnsteig. Das ist in diesem Monat das fünfte Mal. Ich pendle jeden Tag nach Brüssel und komme dann eine Stunde zu spät ins Büro.

Die Informationen in der App stimmen nicht, am Schalter in Welkenraedt weiß man von nichts, und auf meine Beschwerde vom Januar habe ich nur eine Standardantwort bekommen.

Wir in Ostbelgien zahlen das gleiche Abonnement wie alle anderen. Ich erwarte wenigstens, dass man uns informiert.

Renate Hick
Eupen""", cs="utf-8", cte="8bit", declared="iso-8859-1"))

_inner = inner_msg(("Michèle Gérard", "michele.gerard@example.net"), "Permanence parlementaire <permanence@depute-example.example.be>",
                   "Mes allocations pour personne handicapée", "2026-03-10 21:05", """Bonjour Monsieur le Député,

Je me permets de vous écrire car je ne sais plus à qui m'adresser. Depuis janvier, mon allocation de remplacement de revenus est passée de 1.102 € à 734 € par mois. La lettre dit que c'est parce que mon mari a repris le travail, mais il travaille à mi-temps et son salaire ne justifie pas une telle baisse, et en plus ils ont pris ses revenus de 2024 alors qu'il était au chômage.

J'ai demandé qu'on revoie le calcul par téléphone, on m'a dit d'écrire. J'ai écrit, rien. Pourriez-vous intervenir pour qu'on recalcule mon allocation avec les bons revenus ?

Merci infiniment,
Michèle Gérard
Jemeppe-sur-Sambre""", cs="windows-1252")
add("appeal", "fr", "social_security", ("Permanence parlementaire", "permanence@depute-example.example.be"),
    "TR: Mes allocations pour personne handicapée", "2026-03-12 10:30",
    "Forward by an MP's office (message/rfc822 attached): the embedded citizen asks to recalculate a disability allowance based on wrong income = appeal; forwarder adds only a cover note. Inner part windows-1252 QP.",
    node=MP("mixed", T("""Madame, Monsieur,

Vous trouverez ci-joint le courriel de Madame Michèle Gérard, qui a sollicité l'intervention du député. Madame Gérard conteste le montant de son allocation, recalculé sur la base de revenus qui ne correspondent pas à la situation actuelle de son ménage.

Nous vous saurions gré de bien vouloir réexaminer son dossier et de nous tenir informés de la suite qui y sera réservée.

Bien cordialement,

Arnaud Piron
Collaborateur parlementaire""", cs="utf-8", cte="qp"),
        Raw("message/rfc822", _inner, extra=['Content-Disposition: attachment; filename="Mes allocations.eml"'])),
    hstyle="outlook")


# --------------------------------------------------------------------------- write + verify
OK_DOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$")
DOM_RE = re.compile(r"(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
                    r"(?:be|com|org|net|test|eu|de|fr|nl|lu|uk|io|info|biz|ru|cn|co|gov|ch|it|es|pl|ro|app|xyz|online|top|site)(?![\w-])",
                    re.I)
AT_RE = re.compile(r"@([\w.-]+\.[a-z]{2,})", re.I)
TICKET_RE = re.compile(r"^PLT-\d{4}-\d{6}$")


def all_text(msg):
    """decoded headers + decoded text of every part, recursively (message/rfc822 included)"""
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part is msg:
            pass
        elif part.get_content_type() == "message/rfc822" or part.get_content_maintype() == "multipart":
            for k, v in part.items():
                out.append("%s: %s" % (k, v))
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            for blk in part.get_payload():
                out.extend("%s: %s" % kv for kv in blk.items())
    return "\n".join(out)


def main():
    n = len(MSGS)
    order = list(range(n))
    random.Random(SEED + 1).shuffle(order)
    for f in os.listdir(OUT):
        if re.match(r"%s-\d{3}\.eml$" % PREFIX, f):
            os.remove(os.path.join(OUT, f))
    labels = []
    for pos, i in enumerate(order):
        m = MSGS[i]
        fname = "%s-%03d.eml" % (PREFIX, pos + 1)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(m["raw"])
        labels.append(dict(file=fname, kind=m["kind"], language=m["language"], category=m["category"],
                           acknowledge=m["kind"] in ("complaint", "appeal", "information_request"),
                           refers_to=m["refers_to"], notes=m["notes"]))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    # ---- verification by re-parsing the files from disk
    errors = []
    seen_bodies = {}
    parser = BytesParser(policy=email.policy.default)
    for lab in json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8")):
        f = lab["file"]
        raw = open(os.path.join(OUT, f), "rb").read()
        err = lambda s: errors.append("%s: %s" % (f, s))
        if set(lab) != {"file", "kind", "language", "category", "acknowledge", "refers_to", "notes"}:
            err("bad label keys")
        if lab["kind"] not in KINDS or lab["language"] not in LANGS or lab["category"] not in CATS:
            err("bad label value")
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            err("category must be other")
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            err("acknowledge wrong")
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            err("follow_up without refers_to")
        if not lab["notes"]:
            err("empty notes")
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                err("line > 998 octets")
        msg = parser.parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err("missing " + h)
        if msg.defects:
            err("defects %r" % msg.defects)
        txt = all_text(msg)
        if lab["refers_to"]:
            if not TICKET_RE.match(lab["refers_to"]):
                err("bad ticket format")
            if lab["refers_to"] not in txt and lab["refers_to"].lower() not in txt:
                err("refers_to %s not in message" % lab["refers_to"])
        hay = txt + "\n" + raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("latin-1")
        for d in DOM_RE.findall(hay):
            if not OK_DOM.search(d.lower()):
                err("non-example domain %s" % d)
        for d in AT_RE.findall(hay):
            d = d.rstrip(".").lower()
            if not OK_DOM.search(d):
                err("non-example address domain %s" % d)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None and lab["kind"] != "bounce":
            err("no text body")
        key = (body.get_content() if body is not None else txt)[:400]
        if key in seen_bodies:
            err("same body as %s" % seen_bodies[key])
        seen_bodies[key] = f
    # ---- table
    tab = {k: {l: 0 for l in LANGS} for k in KINDS}
    for lab in labels:
        tab[lab["kind"]][lab["language"]] += 1
    lines = ["| kind | fr | nl | de | en | total |", "|---|---|---|---|---|---|"]
    for k in KINDS:
        r = tab[k]
        lines.append("| %s | %s | %d |" % (k, " | ".join(str(r[l]) for l in LANGS), sum(r.values())))
    tot = {l: sum(tab[k][l] for k in KINDS) for l in LANGS}
    lines.append("| **total** | %s | %d |" % (" | ".join(str(tot[l]) for l in LANGS), n))
    print("\n".join(lines))
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("categories:", cats)
    if errors:
        print("\n".join(errors))
        print("%d ERRORS" % len(errors))
        sys.exit(1)
    print("OK: %d messages verified" % n)


if __name__ == "__main__":
    main()
