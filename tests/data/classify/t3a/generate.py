#!/usr/bin/env python3
"""Generate the t3a labelled e-mail corpus (training set).

Standard library only, deterministic (fixed seed, fixed boundaries, fixed dates):
two runs write byte-identical files.  Usage: python3 generate.py
"""
import base64
import email.policy
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t3a"
SEED = 31337003
MAILBOX = "plaintes.klachten@federal.example.be"
WEBFORM = "no-reply-webform@federal.example.be"

KINDS = {"complaint", "appeal", "information_request", "follow_up",
         "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility",
        "police", "foreign_affairs", "other"}
ACK_KINDS = {"complaint", "appeal", "information_request"}
NONCASE = {"auto_reply", "bounce", "spam"}

ACK_SUBJ = {
    "fr": "Accusé de réception de votre plainte",
    "nl": "Ontvangstbevestiging van uw klacht",
    "de": "Eingangsbestätigung Ihrer Beschwerde",
    "en": "Acknowledgement of your complaint",
}
ACK_BODY = {
    "fr": ("Madame, Monsieur,\n\nNous avons bien reçu votre message du {d}. Il a été "
           "enregistré sous la référence {t}.\nMerci de mentionner cette référence dans "
           "toute correspondance ultérieure.\n\nLe service des plaintes\n"),
    "nl": ("Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht van {d} goed ontvangen. "
           "Het werd geregistreerd onder het nummer {t}.\nGelieve dit nummer te vermelden in "
           "elke verdere briefwisseling.\n\nDe klachtendienst\n"),
    "de": ("Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht vom {d} erhalten. Sie "
           "wurde unter dem Aktenzeichen {t} registriert.\nBitte geben Sie dieses Zeichen bei "
           "jeder weiteren Korrespondenz an.\n\nDer Beschwerdedienst\n"),
    "en": ("Dear Sir or Madam,\n\nWe have received your message of {d}. It has been "
           "registered under reference {t}.\nPlease quote this reference in any further "
           "correspondence.\n\nThe complaints service\n"),
}


def ack_subject(ticket, lang):
    return "[%s] %s" % (ticket, ACK_SUBJ[lang])


def ack_msgid(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()


def ack_body(ticket, lang, d):
    return ACK_BODY[lang].format(t=ticket, d=d)


# ---------------------------------------------------------------- MIME helpers

def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith("|"):
            out.append(line)
        else:
            out.append(textwrap.fill(line, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def cs_param(charset, style):
    if style == "upper":
        return "charset=%s" % charset.upper()
    if style == "bare":
        return "charset=%s" % charset
    return 'charset="%s"' % charset


def encode_body(b, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(b)
        return enc.decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    return b.decode("latin-1")  # 7bit / 8bit: bytes carried through latin-1


class Text:
    def __init__(self, text, sub="plain", charset="utf-8", cte="quoted-printable",
                 wrap=None, csstyle="quoted", flowed=False, extra=None, declared=None):
        self.text, self.sub, self.charset, self.cte = text, sub, charset, cte
        self.wrap = (cte in ("7bit", "8bit")) if wrap is None else wrap
        self.csstyle, self.flowed, self.extra = csstyle, flowed, extra or []
        self.declared = declared or charset

    def render(self, ctx):
        t = self.text
        if self.sub == "plain" and self.wrap:
            if self.flowed:
                t = "\n".join(
                    (" \n".join(textwrap.wrap(l, 72, break_long_words=False)) if len(l) > 78 else l)
                    for l in t.split("\n"))
            else:
                t = wrap_text(t)
        b = t.encode(self.charset)
        ct = "text/%s; %s" % (self.sub, cs_param(self.declared, self.csstyle))
        if self.flowed:
            ct += "; format=flowed"
        hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte] + self.extra
        return "\n".join(hdr) + "\n\n" + encode_body(b, self.cte)


class Att:
    def __init__(self, ctype, filename, data, disp="attachment", cid=None):
        self.ctype, self.filename, self.data, self.disp, self.cid = ctype, filename, data, disp, cid

    def render(self, ctx):
        fn = self.filename
        hdr = ['Content-Type: %s; name="%s"' % (self.ctype, fn),
               'Content-Disposition: %s; filename="%s"' % (self.disp, fn),
               "Content-Transfer-Encoding: base64"]
        if self.cid:
            hdr.append("Content-ID: <%s>" % self.cid)
        return "\n".join(hdr) + "\n\n" + base64.encodebytes(self.data).decode("ascii")


class Raw:
    """A part given as ready header lines + body string."""
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self, ctx):
        return "\n".join(self.headers) + "\n\n" + self.body


class Multi:
    def __init__(self, sub, parts, params="", preamble=None, bstyle=None):
        self.sub, self.parts, self.params = sub, parts, params
        self.preamble, self.bstyle = preamble, bstyle

    def render(self, ctx):
        ctx["n"] += 1
        style = self.bstyle or ctx.get("bstyle", "plain")
        n = ctx["n"]
        idx = ctx["idx"]
        if style == "outlook":
            b = "_%03d_DB9P191MB%04dEURP_" % (n, 1000 + idx * 7)
        elif style == "gmail":
            b = "0000000000%08x%02d" % (0x5a3c10f + idx * 977, n)
        elif style == "apple":
            b = "Apple-Mail=_%08X-%04X-4C1E-9D2B-%012X" % (0x1B2C3D4 + idx, n, 0xA1B2C3 * idx)
        elif style == "tbird":
            b = "------------%012d%02d" % (4127730019 + idx * 131, n)
        else:
            b = "=_t3a_%04d_%02d" % (idx, n)
        ct = 'Content-Type: multipart/%s;%s boundary="%s"' % (
            self.sub, (" " + self.params + ";") if self.params else "", b)
        out = [ct, "", self.preamble if self.preamble is not None else ""]
        for p in self.parts:
            out.append("--" + b)
            out.append(p.render(ctx))
        out.append("--" + b + "--")
        out.append("")
        return "\n".join(out)


def enc_hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=charset)


def html_from_text(text, style="plain", sig_html=""):
    paras = text.strip("\n").split("\n\n")
    ps = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines):
            inner = "<br>\n".join(l[4:].lstrip() for l in lines)
            ps.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                      'padding-left:1ex">%s</blockquote>' % inner)
        else:
            ps.append("<br>\n".join(lines))
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p for p in ps)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR-BE" link="#0563C1">\n<div class="WordSection1">\n'
                + body + sig_html + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        body = "<br>\n".join('<div>%s</div>' % p for p in ps)
        return '<div dir="ltr">' + body + sig_html + "</div>\n"
    if style == "apple":
        body = "\n".join('<div>%s</div><div><br></div>' % p for p in ps)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word;">\n' + body + sig_html + "\n</body></html>\n")
    body = "\n".join("<p>%s</p>" % p for p in ps)
    return "<html>\n<body>\n" + body + sig_html + "\n</body>\n</html>\n"


def alt(text, charset="utf-8", cte="quoted-printable", hstyle="plain", hcte=None,
        hcharset=None, sig_html="", html_text=None):
    h = html_text if html_text is not None else html_from_text(text, hstyle, sig_html)
    return Multi("alternative", [
        Text(text, "plain", charset, cte),
        Text(h, "html", hcharset or charset, hcte or cte),
    ])


def fake_pdf(title, lines):
    rnd = random.Random(title)
    body = "\n".join("(%s) Tj T*" % l.replace("(", "[").replace(")", "]") for l in [title] + lines)
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n%s\nET" % body
    pdf = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
           "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
           "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
           "4 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n"
           "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
           "trailer\n<< /Root 1 0 R >>\n%%%%EOF\n") % (len(stream), stream)
    return pdf.encode("latin-1") + bytes(rnd.randrange(256) for _ in range(64))


def fake_jpg(seed, n=900):
    rnd = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + bytes(rnd.randrange(256) for _ in range(n)) + b"\xff\xd9")


def fake_png(seed, n=300):
    rnd = random.Random(seed)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.randrange(256) for _ in range(n))


def received(host, ip, date, idx, tls=True):
    return ("Received: from %s (%s [%s])\n\tby mx%d.federal.example.be (Postfix) with %s id 4T%04dQx%02dz;\n\t%s"
            % (host, host, ip, 1 + idx % 2, "ESMTPS" if tls else "ESMTP", 3100 + idx * 13, idx % 97, date))


DOC_IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def ip_for(idx):
    return DOC_IPS[idx % 3] % (10 + (idx * 37) % 230)


def render_message(idx, m):
    ctx = {"n": 0, "idx": idx, "bstyle": m.get("bstyle", "plain")}
    hdrs = list(m.get("pre", []))
    if not m.get("no_received"):
        host = m.get("relay") or ("mail." + m["from"][1].split("@")[1])
        hdrs.append(received(host, ip_for(idx), m["date"], idx))
    if m.get("from") is not None:
        name, mail = m["from"]
        hdrs.append("From: " + addr(name, mail, m.get("hcharset", "utf-8")))
    if m.get("to", MAILBOX) is not None:
        hdrs.append("To: " + m.get("to", MAILBOX))
    for h in m.get("mid_headers", []):
        hdrs.append(h)
    subj = m.get("subject")
    if subj is not None:
        if m.get("raw_subject"):
            hdrs.append("Subject: " + subj)
        else:
            hdrs.append("Subject: " + enc_hdr(subj, m.get("hcharset", "utf-8")))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + m["msgid"])
    hdrs += m.get("headers", [])
    body = m["body"]
    if m.get("no_mime"):
        text = "\n".join(hdrs) + "\n\n" + (body if isinstance(body, str) else body.render(ctx))
    else:
        hdrs.append("MIME-Version: 1.0")
        text = "\n".join(hdrs) + "\n" + body.render(ctx)
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("latin-1")
    if m.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def inner_message(headers, body_part, idx):
    """Render an embedded message (for message/rfc822) as a str (latin-1 carried)."""
    ctx = {"n": 10, "idx": idx, "bstyle": "plain"}
    return "\n".join(headers) + "\nMIME-Version: 1.0\n" + body_part.render(ctx)


MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# ====================================================================== FRENCH
# Voice 1: Murielle Dethier, clerc principale in a Liège bailiff's office.
CLERK_SIG = ("Murielle Dethier\nClerc principale\nÉtude de Maître Philippe Lhoest, huissier de justice\n"
             "Rue Saint-Gilles 212 – 4000 Liège\nTél. 04 227 31 80 – m.dethier@etude-lhoest.example.be")
CLERK = ("Murielle Dethier", "m.dethier@etude-lhoest.example.be")
CLERK_P = ("Murielle Dethier", "dethier.murielle@example.com")

M(kind="complaint", lang="fr", cat="taxes", ref=None,
  notes="Bailiff's clerk (professional capacity): the tax administration, as garnishee, never files its "
        "third-party declaration; the service is only DESCRIBED ('le service qui gère les remboursements'), "
        "says explicitly nothing is contested on the merits -> complaint, taxes. Outlook multipart/alternative, "
        "windows-1252 QP (en dash, guillemets); CRLF line endings.",
  **{"from": CLERK}, subject="Saisie-arrêt exécution – absence de déclaration de tiers saisi – N/Réf. 25/1187/PL",
  date="Mon, 9 Mar 2026 10:42:17 +0100", msgid="<DB9P191MB1187A4C2E1@DB9P191MB1187.eurprd01.prod.mail.example.com>",
  bstyle="outlook", crlf=True, hcharset="windows-1252",
  headers=["Thread-Index: AdqR1kQ0cW9vZGV0aGllcjI1MTE4Nw==", "Content-Language: fr-BE"],
  body=alt("""Madame, Monsieur,

En notre qualité d'huissier instrumentant, nous avons fait signifier le 14 janvier 2026 une saisie-arrêt exécution entre les mains de l'État belge, portant sur le remboursement d'impôt revenant à notre débiteur, M. Jean-Luc P., né le 03.07.1979.

Le tiers saisi dispose de quinze jours pour faire sa déclaration. Nous sommes le 9 mars. Malgré deux rappels par recommandé (17 février et 2 mars) et une dizaine d'appels, nous n'avons reçu aucune déclaration, ni même un accusé de réception.

Au téléphone, on nous renvoie systématiquement vers « le bureau compétent », dont personne ne connaît la ligne directe. La dernière fois, on m'a conseillé « d'envoyer un mail à l'adresse générale », ce que j'avais déjà fait le 20 février – sans suite.

Je ne conteste rien sur le fond : je souhaite simplement que le service qui gère les remboursements fasse ce que la loi lui impose, et qu'on nous donne un interlocuteur. Notre créancière, une petite menuiserie de Herstal, attend son argent depuis 2023.

Pourriez-vous transmettre au service concerné et me communiquer un nom et une ligne directe ?

Avec mes remerciements,

""" + CLERK_SIG + "\nN/Réf. : 25/1187/PL – à rappeler dans toute correspondance\n",
           charset="windows-1252", hstyle="outlook"))

M(kind="appeal", lang="fr", cat="taxes", ref=None,
  notes="POLITE REQUEST TO RECALCULATE a tax assessment (maintenance payments not deducted) with no legal word "
        "(no 'réclamation'); also grumbles that the phone number rings out, but the dominant intent is to have the "
        "assessment corrected -> appeal, taxes. Gmail multipart/mixed > multipart/alternative (base64 parts) + PDF.",
  **{"from": CLERK_P}, subject="Avertissement-extrait de rôle revenus 2024 - erreur dans le calcul",
  date="Sat, 11 Apr 2026 09:15:02 +0200", msgid="<CAJd7Wq1x_RentesThomas2024@mail.gmail.example.com>",
  bstyle="gmail",
  body=Multi("mixed", [alt("""Bonjour,

J'ai reçu mon avertissement-extrait de rôle pour les revenus 2024. Il y a une erreur : les rentes alimentaires que je verse pour mon fils Thomas (280 € par mois, donc 3.360 € sur l'année) ne sont pas reprises en déduction, alors que je les avais bien encodées dans la déclaration en ligne.

Je vous joins les extraits de compte des douze virements ainsi que le jugement qui fixe la contribution.

Pourriez-vous revoir le calcul et m'envoyer un avertissement corrigé ? D'après ma simulation, la différence est d'environ 1.140 €, ce n'est pas rien pour moi.

J'écris à cette adresse parce que le numéro indiqué sur le courrier sonne dans le vide depuis une semaine, je ne savais pas à qui m'adresser.

Merci d'avance,
Murielle Dethier
Rue Hors-Château 41
4000 Liège
NN 81.04.12-246.53
""", cte="base64", hstyle="gmail"),
      Att("application/pdf", "extraits_rentes_2024.pdf",
          fake_pdf("Extraits de compte 2024", ["Virement permanent 280,00 EUR", "Communication: contribution Thomas"]))]))

M(kind="information_request", lang="fr", cat="foreign_affairs", ref=None,
  notes="Question about apostille/legalisation of a bailiff's writ for Morocco, with a GRUMBLE about the website "
        "(three pages, three answers, dead link) -> information_request. The ministry is only described "
        "('le cachet du ministère à Bruxelles'). Thunderbird text/plain UTF-8 8bit, numbered questions.",
  **{"from": CLERK}, subject="Question - cachet pour un exploit à signifier au Maroc",
  date="Tue, 17 Mar 2026 11:58:40 +0100", msgid="<7a1e33c0-5d2f-4b8e-9b41-2c0d1187aa10@etude-lhoest.example.be>",
  headers=["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
  body=Text("""Bonjour,

Une question pratique. Nous devons faire signifier au Maroc un jugement du tribunal de première instance de Liège. Notre correspondant à Casablanca exige que nos actes (exploit de signification + traduction jurée) portent "le cachet du ministère à Bruxelles".

1) Faut-il une apostille ou une légalisation classique pour le Maroc ?
2) Un exploit d'huissier peut-il être traité directement chez vous, ou doit-il d'abord passer par le tribunal ou la Chambre ?
3) Le rendez-vous est-il obligatoire, ou peut-on déposer les documents par coursier ?

Je me permets d'ajouter que votre site ne nous aide pas : trois pages différentes donnent trois réponses différentes, et la FAQ renvoie vers un lien mort. J'y ai perdu une heure ce matin. Ce n'est sans doute pas de votre faute, mais si quelqu'un peut le signaler...

Merci de nous éclairer.

Bien à vous,

-- 
""" + CLERK_SIG + "\n", charset="utf-8", cte="8bit"))

M(kind="follow_up", lang="fr", cat="taxes", ref="PLT-2026-002188",
  notes="Outlook 'RE:' reply to our acknowledgement of the garnishment complaint, with Outlook header-block "
        "quoting (no '>'), adds a new fact (a declaration about the wrong debtor) -> follow_up, category of the "
        "original (taxes). multipart/alternative windows-1252 QP, In-Reply-To/References; CRLF.",
  **{"from": CLERK}, subject="RE: [PLT-2026-002188] Accusé de réception de votre plainte",
  date="Tue, 24 Mar 2026 16:03:55 +0100", msgid="<DB9P191MB1187B7730F@DB9P191MB1187.eurprd01.prod.mail.example.com>",
  bstyle="outlook", crlf=True,
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002188"), "References: " + ack_msgid("PLT-2026-002188"),
           "Thread-Index: AdqR1kQ0cW9vZGV0aGllcjI1MTE4NwACb7Ew"],
  body=alt("""Bonjour,

Je complète mon message du 9 mars.

Nous avons enfin reçu hier une déclaration de tiers saisi... mais elle concerne un autre débiteur, un homonyme né en 1962, domicilié à Namur. Nous l'avons renvoyée avec une lettre explicative. Cela confirme, je crois, qu'il y a un vrai problème d'organisation.

Notre dossier reste donc bloqué. Je maintiens ma demande d'un interlocuteur nommément désigné.

Bien à vous,

Murielle Dethier
Clerc principale – Étude Lhoest

De : Service des plaintes <plaintes.klachten@federal.example.be>
Envoyé : lundi 9 mars 2026 10:51
À : Murielle Dethier <m.dethier@etude-lhoest.example.be>
Objet : [PLT-2026-002188] Accusé de réception de votre plainte

""" + ack_body("PLT-2026-002188", "fr", "9 mars 2026"), charset="windows-1252", hstyle="outlook"))

# Voice 2: Fernand Ghislain, widower in Mons, long letters.
WID = ("Fernand Ghislain", "fernand.ghislain@example.net")
WID_ADDR = "Fernand Ghislain\nRue de Nimy 118\n7000 Mons\nTél. 065 31 44 07"

M(kind="complaint", lang="fr", cat="pensions", ref=None,
  notes="LONG RAMBLING letter from a widower: MENTIONS the survivor-pension decision and explicitly ACCEPTS it "
        "('le calcul est juste, je n'ai rien à redire') -> complaint about payment delay and the phone line, not "
        "an appeal. text/plain ISO-8859-1 8bit, long paragraphs wrapped at 72.",
  **{"from": WID}, subject="Pension de survie - Monsieur Ghislain Fernand",
  date="Fri, 20 Mar 2026 15:27:44 +0100", msgid="<000a01dcb8a1$5c3e2f10$14b68d30$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Madame, Monsieur,

Je me permets de vous écrire car je ne sais plus à quel saint me vouer, comme on dit chez nous.

Mon épouse Josiane nous a quittés le 19 novembre dernier, après cinquante-quatre années de mariage. Je ne vous raconte pas cela pour vous apitoyer, mais pour que vous compreniez dans quel état d'esprit on remplit des papiers dans ces moments-là. C'est Josiane qui s'occupait de tout, les factures, les banques, les lettres de l'administration. Moi je m'occupais du jardin et de la voiture. Me voilà bien embêté.

Début décembre, j'ai rempli avec l'aide de mon fils Didier les formulaires pour la pension de survie. Mi-février, j'ai reçu votre lettre qui m'annonce le montant et la façon dont il se combine avec ma propre pension d'ancien employé des Carrières. Didier, qui est comptable à Jemappes, l'a relue attentivement : le calcul est juste, je n'ai rien à redire là-dessus, et je vous remercie même pour la clarté de ce courrier, ce qui n'est pas toujours le cas.

Ce qui ne va pas, c'est que nous sommes le 20 mars et que je n'ai toujours rien reçu. Pas un centime. Entre-temps la pension de Josiane a naturellement été arrêtée, et la banque a bloqué le compte commun pendant six semaines à cause de la succession. Je ne me plains pas de la banque ici, ce n'est pas votre affaire.

J'ai téléphoné au numéro gratuit huit fois, je les ai notées sur le calendrier de la cuisine. On me fait écouter de la musique pendant vingt-cinq minutes puis la communication coupe. Une seule fois j'ai eu une dame, très gentille d'ailleurs, qui m'a dit que c'était "en cours de paiement". C'était le 27 février. Depuis, plus rien.

Je ne demande pas de faveur. Je voudrais simplement savoir quand l'argent sera versé, et qu'on arrête de me répondre "en cours". À mon âge on a appris la patience, mais le chauffage et le loyer du garage, eux, n'attendent pas.

Je vous remercie de l'attention que vous voudrez bien porter à la présente et vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

""" + WID_ADDR + "\nNuméro de pension : 2 480517 093 12\n", charset="iso-8859-1", cte="8bit"))

M(kind="appeal", lang="fr", cat="pensions", ref=None,
  notes="Widower asks to REDO THE CALCULATION and go back on a reduction of his survivor pension (church organist "
        "fees treated as professional income); no legal word at all ('refaire le calcul', 'revenir sur cette "
        "diminution') -> appeal, pensions. text/plain windows-1252 QP (curly apostrophes, euro).",
  **{"from": WID}, subject="Mon orgue et ma pension",
  date="Wed, 8 Apr 2026 20:41:09 +0200", msgid="<000b01dcc77f$2a9e40c0$7fdac240$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Madame, Monsieur,

Votre lettre du 3 avril m’annonce que ma pension de survie sera diminuée à partir du mois de mai parce que j’aurais des « revenus d’une activité professionnelle ». J’ai d’abord cru à une erreur de personne.

Après réflexion, il ne peut s’agir que des petites sommes que la paroisse Saint-Nicolas-en-Havré me remet quand je joue de l’orgue aux enterrements : 35 € par office, parfois deux fois par mois, parfois pas du tout en été. Je tiens cet orgue depuis 1961, mon père le tenait avant moi. Ce n’est pas un métier, c’est une fidélité. L’argent couvre à peine l’essence et les partitions.

Je vous demande donc de bien vouloir refaire le calcul sans ces montants, ou en tout cas de revenir sur cette diminution. Le curé, l’abbé Mbuyi, est prêt à vous écrire pour confirmer qu’il s’agit d’un défraiement et pas d’un salaire. Je joins la copie de sa petite attestation, tapée par sa secrétaire, à ma lettre postale du même jour.

Si je dois cesser de jouer pour garder ma pension, je le ferai, mais je trouverais cela bien triste, et les familles du quartier aussi.

Dans l’attente de votre réponse, je vous prie d’agréer, Madame, Monsieur, mes salutations respectueuses.

""" + WID_ADDR + "\nNuméro de pension : 2 480517 093 12\n", charset="windows-1252", cte="quoted-printable"))

M(kind="information_request", lang="fr", cat="social_security", ref=None,
  notes="Question about the reduced-rate health-care status after becoming a widower (service never named: "
        "'un calcul fait par Bruxelles', 'la mutuelle') with a GRUMBLE ('un peu fort qu'on doive courir après ses "
        "droits') -> information_request, social_security. HTML-only (Outlook.com-style webmail), UTF-8 QP.",
  **{"from": WID}, subject="Renseignement - tarif réduit médecin et pharmacie",
  date="Thu, 23 Apr 2026 10:12:30 +0200", msgid="<PR3P192MB0731C0FFEE5@PR3P192MB0731.eurprd01.prod.mail.example.com>",
  body=Text(html_from_text("""Madame, Monsieur,

Je voudrais savoir si, maintenant que je suis veuf et que je vis seul, j'ai droit au tarif réduit chez le médecin et à la pharmacie, comme l'avait ma belle-soeur.

À la mutuelle on m'a dit que "cela dépend d'un calcul fait par Bruxelles sur vos revenus" et que je devais "voir avec eux". Mais qui est ce "Bruxelles" ? Faut-il introduire une demande, avec quels papiers, ou est-ce automatique depuis que ma situation a changé ?

Je vous avoue que je trouve un peu fort qu'à 81 ans on doive courir après ses droits comme un lièvre, mais enfin, je vous remercie d'avance pour votre réponse.

Fernand Ghislain
Rue de Nimy 118, 7000 Mons
""", sig_html='\n<div style="font-size:9pt;color:#888">Envoyé depuis Courrier Web</div>'),
            sub="html", charset="utf-8", cte="quoted-printable"))

M(kind="complaint", lang="fr", cat="taxes", ref=None,
  notes="MENTIONS the tax assessment and says the amount is correct ('je ne le discute pas') -> complaint about "
        "insensitive letters still addressed to the deceased wife and a pre-filled return in both names; service "
        "described, not named. text/plain UTF-8 QP; Q-encoded subject with accents.",
  **{"from": WID}, subject="Courriers adressés à mon épouse décédée",
  date="Tue, 12 May 2026 17:30:00 +0200", msgid="<000c01dce22b$9d0f7a10$d72e6e30$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Madame, Monsieur,

Je reviens vers vous pour une chose qui me fait de la peine, et je ne suis sans doute pas le seul dans ce cas.

Ce matin j'ai reçu la proposition de déclaration pour les impôts, adressée à "Monsieur et Madame Ghislain-Russo". Josiane est décédée en novembre, je l'ai signalé à la commune, à la banque, et même à vous par une lettre recommandée du 8 décembre dont je garde la copie. Le mois dernier déjà, un rappel pour un petit solde de 2024 était adressé à elle seule, "Madame Josiane Russo", comme si elle allait venir le payer.

Que les choses soient claires : le montant de l'impôt, je ne le discute pas. Mon fils a vérifié, c'est correct, et le solde a été payé le jour même.

Mais je voudrais qu'on corrige vos fichiers, et que le service qui envoie ces lettres comprenne ce que cela fait, à un homme seul, d'ouvrir le courrier et de lire le nom de sa femme. Au téléphone, on m'a répondu que "c'est le système" et qu'il fallait "attendre l'année prochaine". Je trouve cela un peu court.

Est-ce trop demander qu'une personne se charge de mettre le dossier à jour ?

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

""" + WID_ADDR + "\n", charset="utf-8", cte="quoted-printable"))

M(kind="follow_up", lang="fr", cat="pensions", ref="PLT-2026-002245",
  notes="New message (no reply headers, subject without number): the widower quotes his complaint number "
        "'PLT-2026-002245' in the body only and adds that the payment arrived without the arrears -> follow_up, "
        "pensions. text/plain ISO-8859-1 8bit.",
  **{"from": WID}, subject="Suite de ma lettre du 20 mars",
  date="Thu, 16 Apr 2026 11:05:21 +0200", msgid="<000d01dccdb2$11aa3c60$34fcb520$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Madame, Monsieur,

Je me réfère à ma lettre du 20 mars, que vous avez enregistrée sous le numéro PLT-2026-002245.

Je vous signale, pour être honnête, qu'un premier paiement est arrivé sur mon compte le 14 avril. Je vous en remercie. Cependant il s'agit seulement du mois d'avril : les mois de décembre à mars, dont parlait votre lettre de février, n'ont pas été versés, et personne ne m'a dit s'ils le seraient.

Je vous serais obligé de bien vouloir ajouter cette information à mon dossier et de me dire ce qu'il en est de ces arriérés.

Avec mes remerciements et mes salutations distinguées,

""" + WID_ADDR + "\n", charset="iso-8859-1", cte="8bit"))

M(kind="appeal", lang="fr", cat="police", ref=None,
  notes="Contests a speed-camera fine (car was at a garage in Liège; plate probably cloned) and asks to CANCEL the "
        "immediate-collection proposal -> appeal, police (traffic fine). The fine-processing centre is only "
        "described. multipart/mixed: text/plain UTF-8 QP + PDF invoice + JPG photo.",
  **{"from": CLERK_P}, subject="Contestation - perception immédiate - véhicule 1-GJX-417",
  date="Mon, 27 Apr 2026 13:20:48 +0200", msgid="<CAJd7Wq3p_1GJX417contest@mail.gmail.example.com>",
  bstyle="gmail",
  body=Multi("mixed", [Text("""Madame, Monsieur,

Mon mari et moi avons reçu une proposition de perception immédiate de 116 € pour un excès de vitesse commis le 2 avril 2026 à 14h07 sur le Ring d'Anvers avec notre véhicule immatriculé 1-GJX-417.

Or, ce jour-là, la voiture était immobilisée au garage Dessart à Grivegnée pour le remplacement de l'embrayage, du 31 mars au 3 avril. Je joins la facture, qui mentionne les dates d'entrée et de sortie, ainsi qu'une photo de notre véhicule : il s'agit d'une Škoda Fabia grise, alors que sur le cliché reçu on distingue clairement un break de couleur foncée. Nous pensons que notre plaque a été copiée.

Je conteste donc cette infraction et vous demande d'annuler la proposition. Je ne sais pas si cette adresse est la bonne : le courrier du centre qui traite les amendes ne donne qu'un site internet qui refuse le numéro de dossier ("format invalide"). Merci de transmettre au besoin.

Nous avons par ailleurs déposé plainte pour usurpation de plaque à la police de Liège (PV LI.55.L1.031877/2026).

Cordialement,
Murielle Dethier
Rue Hors-Château 41, 4000 Liège
""", charset="utf-8", cte="quoted-printable"),
      Att("application/pdf", "facture garage Dessart.pdf",
          fake_pdf("Garage Dessart - Facture 2026-0388", ["Entree vehicule: 31/03/2026", "Sortie: 03/04/2026", "Remplacement embrayage"])),
      Att("image/jpeg", "fabia.jpg", fake_jpg("fabia"))]))

M(kind="complaint", lang="fr", cat="foreign_affairs", ref=None,
  notes="Documents sent by post to have the death certificate 'stamped for Italy' (apostille) are lost and nobody "
        "answers; the ministry is NEVER named ('le service à Bruxelles qui met le cachet sur les documents pour "
        "l'étranger') -> complaint, foreign_affairs. text/plain windows-1252 8bit.",
  **{"from": WID}, subject="Documents envoyés pour l'Italie - toujours rien",
  date="Mon, 2 Mar 2026 09:48:13 +0100", msgid="<000901dcaa3e$7f2c1d90$7d8458b0$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Madame, Monsieur,

Ma défunte épouse, née Josiane Russo, était fille de mineur italien, comme beaucoup de familles ici dans le Borinage. Elle avait gardé avec ses deux frères une part d’une petite maison à Cosenza, en Calabre. Pour régler la succession là-bas, le notaire italien demande l’acte de décès « avec le cachet pour l’étranger ».

Le 12 janvier, sur les conseils de la commune, j’ai envoyé par la poste, en recommandé, l’original de l’acte de décès et un extrait d’acte de mariage au service à Bruxelles qui met ce cachet, avec une enveloppe timbrée pour le retour, comme indiqué sur une feuille que la commune m’a imprimée.

Sept semaines plus tard, je n’ai rien reçu. Ni les documents, ni une lettre. Le recommandé a bien été distribué le 14 janvier, j’ai le récépissé. J’ai téléphoné quatre fois : on me dit qu’« on ne traite plus les envois postaux sans rendez-vous en ligne » et qu’il faut « tout recommencer ». Personne n’a pu me dire où se trouvent mes originaux.

Je ne suis pas contre les rendez-vous en ligne, mais quand on a 81 ans et qu’on vit à Mons, on ne va pas à Bruxelles pour un cachet, et surtout on ne perd pas les papiers des gens.

Je vous demande de faire rechercher mes documents et de me les renvoyer, avec ou sans cachet.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

""" + WID_ADDR + "\n", charset="windows-1252", cte="8bit"))

M(kind="appeal", lang="fr", cat="unemployment", ref=None,
  notes="Mother writes FOR HER DAUGHTER (young graduate) and asks to RE-EXAMINE a refused integration allowance "
        "with a school certificate attached; no legal word ('réexaminer sa demande'); the paying body and the "
        "office are only described -> appeal, unemployment. Gmail multipart/mixed: text/plain UTF-8 base64 + PDF.",
  **{"from": CLERK_P}, subject="Pour ma fille Chloé Renard - allocations refusées",
  date="Wed, 6 May 2026 21:47:33 +0200", msgid="<CAJd7Wq5k_ChloeInsertion@mail.gmail.example.com>",
  bstyle="gmail",
  body=Multi("mixed", [Text("""Bonsoir,

Je vous écris pour ma fille, Chloé Renard (NN 03.09.22-184.07), qui m'a autorisée à le faire car elle est en stage à Maastricht toute la semaine.

Chloé a terminé ses études d'assistante sociale en juin 2025 et s'est inscrite comme demandeuse d'emploi en juillet. Elle a eu ses deux évaluations positives. Pourtant elle a reçu le 28 avril une lettre disant qu'elle n'a pas droit aux allocations d'insertion parce que "la fin des études n'est pas établie".

L'organisme qui paie les allocations nous a dit au guichet de Liège qu'il leur manquait l'attestation de l'école, mais que "ce n'était plus de leur ressort" et qu'il fallait "voir avec le bureau qui a pris la décision". Cette attestation, elle l'avait pourtant remise en juillet, on a même la photo du dossier déposé.

Je joins à nouveau l'attestation de la Haute École. Pourriez-vous réexaminer sa demande en tenant compte de ce document ? Elle n'a pas touché un euro depuis dix mois et elle commence à perdre courage.

Merci pour elle,
Murielle Dethier (maman de Chloé)
0476 21 88 30
""", charset="utf-8", cte="base64"),
      Att("application/pdf", "attestation_fin_etudes_Chloe.pdf",
          fake_pdf("Attestation de fin d'etudes", ["Chloe Renard", "Bachelier assistant social", "Diplome le 26/06/2025"]))]))

M(kind="complaint", lang="fr", cat="social_security", ref=None,
  notes="WEB-FORM notification (From no-reply-webform@, citizen in Reply-To and fields). The form's chosen "
        "category is 'Autre' but the content is about the health-insurance reimbursement of the late wife's "
        "hospital bills ('la caisse qui rembourse les soins') -> complaint, social_security; acknowledge the "
        "citizen. text/plain UTF-8 8bit, bilingual form template.",
  **{"from": ("Formulaire de contact / Contactformulier", WEBFORM)}, relay="web01.federal.example.be",
  subject="[Formulaire plaintes] Nouveau message - Ghislain",
  date="Tue, 3 Mar 2026 18:02:11 +0100", msgid="<webform.20260303170211.4471@federal.example.be>",
  headers=["Reply-To: Fernand Ghislain <fernand.ghislain@example.net>", "X-Webform-ID: plainte-klacht-v3"],
  body=Text("""Nouveau message reçu via le formulaire de plainte / Nieuw bericht via het klachtenformulier

Nom / Naam : Ghislain
Prénom / Voornaam : Fernand
Courriel / E-mail : fernand.ghislain@example.net
Téléphone / Telefoon : 065 31 44 07
Langue / Taal : FR
Catégorie / Categorie : Autre / Andere
Objet / Onderwerp : remboursement factures hôpital de mon épouse

Message / Bericht :
Mon épouse est décédée en novembre à l'hôpital Ambroise Paré. Depuis, la caisse qui rembourse les soins de santé me demande pour la troisième fois le même certificat d'hérédité et la même composition de ménage avant de rembourser ses dernières factures (environ 1.900 euros que j'ai avancés). Chaque fois on me dit que le document "n'est pas arrivé dans le bon service". Je l'ai déposé en mains propres le 6 février. Je voudrais qu'on arrête de me faire courir.

---
Envoyé le 03/03/2026 18:02 depuis l'adresse IP 203.0.113.74
Ne répondez pas à ce message automatique / Niet antwoorden op dit automatisch bericht
""", charset="utf-8", cte="8bit"))

M(kind="complaint", lang="fr", cat="other", ref=None,
  notes="Complaint about the COMPLAINT FORM ITSELF (character limit, text erased, image captcha unreadable for an "
        "81-year-old); mentions in passing that his other matter concerns the health fund, but the dominant "
        "subject is the website form -> category other. text/plain UTF-8 QP, ASCII subject.",
  **{"from": WID}, subject="Votre formulaire",
  date="Fri, 6 Mar 2026 10:26:37 +0100", msgid="<000e01dcad5a$4b7c8e20$e275aa60$@example.net>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Messieurs,

J'ai essayé trois fois cette semaine de vous envoyer une lettre par le formulaire de votre site internet, pour compléter ce que j'avais écrit mardi au sujet des remboursements de ma femme.

Chaque fois, après avoir tapé pendant une bonne heure avec deux doigts, j'ai cliqué sur "Envoyer" et l'écran m'a répondu que j'avais "dépassé le nombre de caractères autorisés (2000)". Tout mon texte avait disparu. On aurait pu me prévenir avant, ou au moins garder ce que j'avais écrit. La troisième fois, j'ai raccourci, et alors ce sont les petites images de feux rouges et de passages pour piétons qu'il fallait cliquer : je n'y vois plus assez bien, j'ai échoué quatre fois et la page s'est bloquée.

Un service des plaintes où l'on ne parvient pas à se plaindre, avouez que c'est un comble. Mon petit-fils dit que ce n'est pas grave et qu'il suffit d'écrire ici, ce que je fais. Mais tout le monde n'a pas un petit-fils.

Je vous prie de transmettre cette remarque à ceux qui s'occupent du site.

Fernand Ghislain
""", charset="utf-8", cte="quoted-printable"))

# ---- French non-cases
M(kind="auto_reply", lang="fr", cat="other", ref="PLT-2026-002391",
  notes="Notary office out-of-office answering our French acknowledgement: 'Réponse automatique : [PLT-...]', "
        "Auto-Submitted: auto-replied + X-Auto-Response-Suppress; body mentions dossiers and urgent matters but is "
        "automatic -> auto_reply, refers_to = returned ticket. text/plain UTF-8 QP.",
  **{"from": ("Étude Verhulst & Collignon", "secretariat@notaires-vc.example.be")},
  subject="Réponse automatique : " + ack_subject("PLT-2026-002391", "fr"),
  date="Fri, 3 Apr 2026 08:00:12 +0200", msgid="<autoreply.8812a@notaires-vc.example.be>",
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "In-Reply-To: " + ack_msgid("PLT-2026-002391")],
  body=Text("""Bonjour,

L'étude est fermée pour les congés de Pâques du vendredi 3 avril au vendredi 10 avril 2026 inclus.

Votre message sera traité dès notre retour. Pour les signatures d'actes déjà fixées, vous serez contacté(e) personnellement. En cas d'extrême urgence (décès, scellés), formez le 0477 90 12 34.

Bien cordialement,
Le secrétariat de l'Étude Verhulst & Collignon, notaires associés
""", charset="utf-8", cte="quoted-printable"))

M(kind="bounce", lang="fr", cat="other", ref="PLT-2026-002270",
  notes="Exchange NDR in FRENCH ('Non remis :', 550 5.1.10 recipient not found) returning our acknowledgement: "
        "multipart/report > multipart/alternative (plain + HTML) + message/delivery-status + text/rfc822-headers "
        "(headers only); CRLF line endings; ticket in the returned subject.",
  **{"from": ("Microsoft Outlook", "postmaster@scolaris-hainaut.example.be")}, relay="mail.scolaris-hainaut.example.be",
  to="<" + MAILBOX + ">", subject="Non remis : " + ack_subject("PLT-2026-002270", "fr"),
  date="Thu, 19 Mar 2026 14:11:08 +0000", msgid="<b1f3c2aa-44e0-4bd5-98a1-0f7e2270aa11@scolaris-hainaut.example.be>",
  crlf=True, headers=["Auto-Submitted: auto-replied", "Content-Language: fr-FR"],
  body=Multi("report", [
      alt("""Impossible de remettre votre message à vanessa.lorent@scolaris-hainaut.example.be. Le destinataire est introuvable ou n'existe plus dans l'organisation.

Action requise du destinataire : vérifiez l'adresse et renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EXCH02.scolaris-hainaut.example.be
vanessa.lorent@scolaris-hainaut.example.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", charset="utf-8", cte="quoted-printable"),
      Raw(["Content-Type: message/delivery-status"],
          "Reporting-MTA: dns;EXCH02.scolaris-hainaut.example.be\nReceived-From-MTA: dns;mx1.federal.example.be\n"
          "Arrival-Date: Thu, 19 Mar 2026 14:11:05 +0000\n\nFinal-Recipient: rfc822;vanessa.lorent@scolaris-hainaut.example.be\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
      Raw(["Content-Type: text/rfc822-headers"],
          "From: Service des plaintes <plaintes.klachten@federal.example.be>\nTo: vanessa.lorent@scolaris-hainaut.example.be\n"
          "Subject: [PLT-2026-002270] =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_de_votre_plainte?=\n"
          "Date: Thu, 19 Mar 2026 15:11:01 +0100\nMessage-ID: " + ack_msgid("PLT-2026-002270") + "\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\n"),
  ], params="report-type=delivery-status", bstyle="outlook"))

M(kind="spam", lang="fr", cat="other", ref=None,
  notes="PHISHING: fake tax refund from a look-alike domain (spf-finances-be.example.org, display name 'SPF "
        "Finances - MyMinfin'), fake 'Dossier n° RF/2026/88431'; HTML-only UTF-8 base64 with button to "
        "myminfin.be.remboursement-securise.example.org and a tracking pixel; B-encoded subject (euro sign).",
  **{"from": ("SPF Finances - MyMinfin", "no-reply@spf-finances-be.example.org")}, relay="smtp7.bulkrelay.example.net",
  to="undisclosed-recipients:;", subject="Avis de remboursement : 417,36 € en attente – Dossier n° RF/2026/88431",
  date="Tue, 14 Apr 2026 03:17:55 +0000", msgid="<20260414031755.88431@spf-finances-be.example.org>",
  headers=["Reply-To: remboursement@spf-finances-be.example.org",
           "Authentication-Results: mx1.federal.example.be; spf=fail smtp.mailfrom=spf-finances-be.example.org; dmarc=fail"],
  body=Text("""<html><head><style>body{font-family:Arial;background:#f2f2f2}.box{background:#fff;max-width:560px;margin:auto;padding:24px}
.btn{background:#8a1538;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px}</style></head>
<body><div class="box">
<p><b>SPF FINANCES &ndash; Service Remboursements</b></p>
<p>Cher(e) contribuable,</p>
<p>Suite au recalcul de votre imposition, un remboursement de <b>417,36 &euro;</b> a &eacute;t&eacute; approuv&eacute; en votre faveur (Dossier n&deg; RF/2026/88431).</p>
<p>Pour recevoir ce montant, vous devez confirmer vos coordonn&eacute;es bancaires dans les <b>48 heures</b>. Pass&eacute; ce d&eacute;lai, le remboursement sera annul&eacute; et une r&eacute;clamation ne sera plus possible.</p>
<p style="text-align:center"><a class="btn" href="https://myminfin.be.remboursement-securise.example.org/rf/88431?c=bWFpbA">Confirmer mon remboursement</a></p>
<p style="font-size:11px;color:#777">Ceci est un message automatique. SPF Finances &copy; 2026</p>
<img src="https://trk.remboursement-securise.example.org/o.gif?id=88431" width="1" height="1" alt="">
</div></body></html>
""", sub="html", charset="utf-8", cte="base64"))

M(kind="spam", lang="fr", cat="other", ref=None,
  notes="INVOICE FRAUD with a FAKE 'RE:' subject (no In-Reply-To), an 'unpaid invoice' and a CHANGE OF BANK "
        "DETAILS; invented foreign IBAN. multipart/mixed: text/plain windows-1252 QP + PDF.",
  **{"from": ("Service Comptabilité - Bureau Équip Pro", "comptabilite@bureau-equip-pro.example.net")},
  relay="mail.bureau-equip-pro.example.net", hcharset="windows-1252",
  subject="RE: Facture FA-2026-0412 impayée – nouvelles coordonnées bancaires",
  date="Wed, 22 Apr 2026 11:42:09 +0200", msgid="<8f21c0d4e8a94b1a@bureau-equip-pro.example.net>",
  body=Multi("mixed", [Text("""Bonjour,

Sauf erreur de notre part, notre facture FA-2026-0412 du 12/03/2026 d’un montant de 2.847,50 € TTC (mobilier de bureau – livraison Bâtiment Nord) reste impayée à ce jour.

Suite à un audit interne, nos coordonnées bancaires ont changé. Merci d’effectuer le règlement UNIQUEMENT sur notre nouveau compte :

Titulaire : EQUIP PRO SOLUTIONS
IBAN : PT50 0027 0000 4411 2233 9087 6
BIC : BPIXPTPL

Les paiements effectués sur l’ancien compte ne pourront plus être pris en compte. Merci de nous confirmer la date de virement par retour de mail.

Vous trouverez la facture en pièce jointe.

Cordialement,
Sophie Martel
Service Comptabilité
""", charset="windows-1252", cte="quoted-printable"),
      Att("application/pdf", "FA-2026-0412.pdf", fake_pdf("FACTURE FA-2026-0412", ["Total TTC 2847,50 EUR", "IBAN PT50 0027 0000 4411 2233 9087 6"]))]))

# ====================================================================== DUTCH
# Voice 3: Annelies Verhaegen, night-shift nurse in Leuven.
NURSE = ("Annelies Verhaegen", "annelies.verhaegen@example.be")

M(kind="complaint", lang="nl", cat="unemployment", ref=None,
  notes="Night-shift nurse (sent 06:48): parental-leave allowance not paid for three months; MENTIONS the decision "
        "and ACCEPTS it ('de toekenning zelf klopt') -> complaint. The paying body is only DESCRIBED ('de dienst "
        "die mijn uitkering voor ouderschapsverlof betaalt') -> unemployment. text/plain UTF-8 QP.",
  **{"from": NURSE}, subject="ouderschapsverlof - al 3 maanden niets betaald",
  date="Thu, 26 Feb 2026 06:48:31 +0100", msgid="<f0c4e1a2-7b3d-4a11-9e2f-aa0311be6c01@example.be>",
  headers=["User-Agent: Mozilla Thunderbird"],
  body=Text("""Goedemorgen,

Ik kom net thuis van de nacht, dus excuses als dit wat rommelig is.

Sinds 1 december werk ik 4/5 in ouderschapsverlof voor onze jongste. Begin januari kreeg ik een brief dat mijn aanvraag goedgekeurd is, met het bedrag per maand. Dat klopt allemaal, daar heb ik geen enkel probleem mee.

Maar: ik heb nog geen euro ontvangen. Niet voor december, niet voor januari, niet voor februari. Op de website van de dienst die mijn uitkering voor ouderschapsverlof betaalt staat mijn dossier al 7 weken op "in behandeling". Bellen lukt alleen tussen 9 en 12 en dan lig ik te slapen, want ik werk 's nachts. Ik heb twee keer mijn wekker gezet om 10 uur om te bellen: één keer 35 minuten in de wacht en dan afgebroken, de andere keer "alle medewerkers zijn in gesprek, probeer later opnieuw".

Ik heb mijn uren verminderd omdat we dat bedrag ingecalculeerd hadden. Nu betalen we de crèche met de spaarrekening.

Kan iemand gewoon zeggen wanneer het betaald wordt? En is er een manier om contact op te nemen buiten de kantooruren, per mail of zo, die ook effectief gelezen wordt?

Annelies Verhaegen
Naamsesteenweg 233, 3001 Heverlee
0486 55 12 09
""", charset="utf-8", cte="quoted-printable"))

M(kind="appeal", lang="nl", cat="taxes", ref=None,
  notes="Asks to CANCEL the late-filing surcharge ('kan die boete geschrapt worden?') because she was in hospital; "
        "no legal word (no bezwaar/beroep); the word 'boete' is a TAX penalty, not a traffic fine -> appeal, taxes. "
        "Apple Mail iPhone multipart/alternative UTF-8 QP.",
  **{"from": NURSE}, subject="Boete te late aangifte",
  date="Sat, 10 Jan 2026 07:12:40 +0100", msgid="<3E0B7F1C-2A44-4D7E-8B31-77C1A6D0E412@example.be>",
  bstyle="apple", headers=["X-Mailer: iPhone Mail (21E236)"],
  body=alt("""Goeiemorgen,

Ik kreeg deze week mijn aanslagbiljet met een "belastingverhoging" van 50 euro omdat mijn aangifte te laat was.

Dat klopt, ze was drie weken te laat. Maar ik lag in juni en juli zelf in het ziekenhuis (operatie aan mijn rug, daarna revalidatie), en ik heb dat toen ook laten weten via de chat op de website. Ik heb een attest van de chirurg en van het revalidatiecentrum.

Kan die boete geschrapt worden? Of kan iemand het dossier nog eens bekijken met die attesten erbij? Het gaat niet om de 50 euro alleen, het voelt gewoon oneerlijk.

Zeg maar waar ik de attesten naartoe moet sturen.

Annelies Verhaegen
NN 88.02.17-312.44

Verstuurd vanaf mijn iPhone""", charset="utf-8", hstyle="apple"))

M(kind="information_request", lang="nl", cat="pensions", ref=None,
  notes="WEB-FORM notification with Auto-Submitted set by our own website (still a citizen's message to "
        "acknowledge, reply to Reply-To). Question whether night work counts for the pension, with a GRUMBLE about "
        "contradictory answers -> information_request, pensions. text/plain UTF-8 QP.",
  **{"from": ("Webformulier FOD", WEBFORM)}, relay="web02.federal.example.be",
  subject="[Klachtenformulier] Nieuw bericht - Verhaegen",
  date="Wed, 18 Mar 2026 05:31:02 +0100", msgid="<webform.20260318043102.5119@federal.example.be>",
  headers=["Reply-To: annelies.verhaegen@example.be", "Auto-Submitted: auto-generated", "X-Webform-ID: plainte-klacht-v3"],
  body=Text("""Nieuw bericht via het klachtenformulier / Nouveau message reçu via le formulaire de plainte

Naam / Nom : Verhaegen
Voornaam / Prénom : Annelies
E-mail / Courriel : annelies.verhaegen@example.be
Taal / Langue : NL
Categorie / Catégorie : Pensioenen / Pensions
Onderwerp / Objet : telt nachtwerk mee?

Bericht / Message :
Ik ben verpleegkundige en werk sinds 2011 bijna uitsluitend nachtdiensten. Telt dat op een of andere manier mee voor mijn pensioen (zwaar beroep, vroeger vertrekken, een hogere breuk, ...)? De simulatie op de pensioenwebsite zegt gewoon 67, mijn vakbond zegt "misschien binnenkort", en op het werk zegt iedereen iets anders. Een beetje frustrerend dat niemand een duidelijk antwoord kan geven. Waar vind ik de regels die nu echt gelden, en moet ik zelf iets aanvragen om die nachten te laten registreren?

---
Verzonden op 18/03/2026 05:31 vanaf IP-adres 198.51.100.201
Niet antwoorden op dit automatisch bericht / Ne répondez pas à ce message automatique
""", charset="utf-8", cte="quoted-printable"))

M(kind="complaint", lang="nl", cat="police", ref=None,
  notes="Police CONDUCT at a roadside check after a night shift ('de agent bij de controle', insinuations, "
        "40 minutes, refused to give his name); the police are never named as a service -> complaint, police. "
        "text/plain UTF-8 8bit, angry, short paragraphs.",
  **{"from": NURSE}, subject="controle Tervuursesteenweg dinsdagochtend",
  date="Tue, 5 May 2026 08:02:17 +0200", msgid="<9b7d0e55-1c2a-44f0-a8e3-5d61f0a2b9c3@example.be>",
  headers=["User-Agent: Mozilla Thunderbird"],
  body=Text("""Goedemorgen,

Vanochtend om 7u15 werd ik op de Tervuursesteenweg tegengehouden voor een alcoholcontrole. Geen probleem, blaastest negatief, uiteraard.

Wat wel een probleem is: de agent bij de controle (grote man, kaal, een jaar of veertig) vroeg met een grijns "of het een goed feestje was". Ik zei dat ik van een nachtdienst kwam, in mijn uniformbroek nog. Hij zei "ja ja, dat zeggen ze allemaal" en dat mijn ogen rood waren, dus moest ik een speekseltest doen. Ook negatief. In totaal heb ik 40 minuten in de berm gestaan na 10 uur werken.

Toen ik vroeg naar zijn naam zei hij dat ik "niet moeilijk moest doen". Zijn collega stond erbij te lachen.

Ik vind controles belangrijk, echt. Maar zo behandel je geen mensen. Ik wil dat dit gemeld wordt aan wie daarover gaat.

Annelies Verhaegen
""", charset="utf-8", cte="8bit"))

M(kind="follow_up", lang="nl", cat="social_security", ref="PLT-2026-002156",
  notes="Dutch Outlook 'Antw:' reply to our acknowledgement with In-Reply-To; adds a new fact (medical exam done, "
        "still no decision) on her mother's disability-allowance file (service described) -> follow_up, "
        "social_security. text/plain ISO-8859-1 QP with '> ' quoted ack.",
  **{"from": NURSE}, subject="Antw: " + ack_subject("PLT-2026-002156", "nl"),
  date="Mon, 16 Mar 2026 06:55:48 +0100", msgid="<c1d22f07-6f44-4c0e-b6aa-0e9b2156aa07@example.be>",
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002156"), "References: " + ack_msgid("PLT-2026-002156"),
           "User-Agent: Mozilla Thunderbird"],
  body=Text("""Goedemorgen,

Nog een aanvulling bij mijn klacht over het dossier van mijn moeder (Maria Peeters) bij de dienst voor personen met een handicap.

De medische keuring waarvoor ze twee keer een uitnodiging kreeg en die twee keer afgelast werd, is eindelijk doorgegaan op 3 maart in Leuven. Maar de dokter zei daar dat het "nog maanden kan duren" voor er een beslissing is, omdat het dossier eerst "terug naar Brussel moet". Ze wacht nu al sinds april vorig jaar.

Ze is 64 en kan niet meer alleen de trap op. Ik schrijf dit omdat zij zelf geen e-mail heeft.

Annelies Verhaegen

Op 02/03/2026 om 07:04 schreef Klachtendienst:
> Geachte mevrouw, geachte heer,
>
> Wij hebben uw bericht van 2 maart 2026 goed ontvangen. Het werd geregistreerd onder het nummer PLT-2026-002156.
> Gelieve dit nummer te vermelden in elke verdere briefwisseling.
>
> De klachtendienst
""", charset="iso-8859-1", cte="quoted-printable"))

# Voice 4: Marc Theunissen, driving-school owner in Hasselt.
RIJ = ("Rijschool Theunissen - Marc Theunissen", "info@rijschool-theunissen.example.be")
RIJ_SIG = ("Marc Theunissen\nZaakvoerder Rijschool Theunissen bv\nKempische Steenweg 412, 3500 Hasselt\n"
           "011 24 87 60 - www.rijschool-theunissen.example.be")
RIJ_SIG_HTML = ('<p class="MsoNormal"><b><span style="color:#E2001A">Marc Theunissen</span></b><br>Zaakvoerder '
                'Rijschool Theunissen bv<br>Kempische Steenweg 412, 3500 Hasselt<br>011 24 87 60 &ndash; '
                '<a href="https://www.rijschool-theunissen.example.be">www.rijschool-theunissen.example.be</a></p>')

M(kind="complaint", lang="nl", cat="mobility", ref=None,
  notes="Driving-school owner: number plates for two new dual-control cars not delivered after three weeks, "
        "lessons cancelled; the vehicle-registration service is only described ('de dienst die de inschrijving "
        "doet'), the insurer and bpost are mentioned as red herrings -> complaint, mobility. Outlook "
        "multipart/alternative windows-1252 QP with HTML company signature; CRLF.",
  **{"from": RIJ}, subject="Nummerplaten lesauto's nog steeds niet geleverd",
  date="Mon, 2 Feb 2026 08:31:05 +0100", msgid="<AM8P190MB0412F1E2D3@AM8P190MB0412.eurprd01.prod.mail.example.com>",
  bstyle="outlook", crlf=True,
  body=alt("""Goedemorgen,

Op 9 januari hebben wij twee nieuwe lesauto's (dubbele bediening) laten inschrijven via onze verzekeraar. De aanvraag is volgens de verzekeraar dezelfde dag goedgekeurd. Vandaag, drie weken later, hebben wij nog altijd geen nummerplaten.

De verzekeraar zegt dat het bij "de dienst die de inschrijving doet" ligt, bpost zegt dat er niets onderweg is, en op het nummer dat ik kreeg hoor ik alleen een bandje. Intussen staan er twee nieuwe wagens op mijn parking die ik afbetaal en niet mag gebruiken.

Ik heb deze maand al 38 lessen moeten verplaatsen. Leerlingen met een examendatum beginnen te panikeren, en terecht.

Ik vraag niet veel: laat me weten waar die platen zitten en wanneer ik ze krijg. Inschrijvingsaanvragen: 1-VXK-228 en 1-VXK-229 (voorlopig toegekend).

Met vriendelijke groeten,

""" + RIJ_SIG + "\n", charset="windows-1252", hstyle="outlook", sig_html=""))

M(kind="appeal", lang="nl", cat="police", ref=None,
  notes="Asks to CANCEL or look again at an immediate-collection traffic fine (a learner stopped on a bus lane during "
        "a panic attack); no legal words ('kan deze boete geannuleerd worden', 'nog eens bekijken') -> appeal, "
        "police. Outlook multipart/alternative windows-1252 QP, HTML signature.",
  **{"from": RIJ}, subject="Boete lesauto 1-VXK-228 - vraag tot annulering",
  date="Wed, 15 Apr 2026 17:44:20 +0200", msgid="<AM8P190MB0412A7B8C9@AM8P190MB0412.eurprd01.prod.mail.example.com>",
  bstyle="outlook",
  body=alt("""Goedemiddag,

Wij ontvingen een voorstel tot onmiddellijke inning van 58 euro voor "stilstaan op een busstrook", Kuringersteenweg Hasselt, 24 maart om 10u12, met onze lesauto 1-VXK-228.

De feiten kloppen: de auto heeft daar stilgestaan, ongeveer twee minuten. Maar de omstandigheden: mijn leerlinge (18 jaar, derde les) kreeg een paniekaanval nadat een vrachtwagen haar rakelings passeerde. Ik heb als instructeur beslist om meteen te stoppen op de eerste plaats waar dat veilig kon, en dat was die busstrook. Er reed geen bus. Ik heb haar laten uitstappen en na twee minuten zijn we weggereden. Dat is net wat wij onze leerlingen leren: liever veilig stoppen dan verder rijden in paniek.

Kan deze boete geannuleerd worden, of kan iemand het nog eens bekijken met deze uitleg erbij? De leerlinge kan dit schriftelijk bevestigen, de moeder ook.

Referentie op de brief: 2026/HAS/077145/PV.

Met vriendelijke groeten,

""" + RIJ_SIG + "\n", charset="windows-1252", hstyle="outlook"))

M(kind="information_request", lang="nl", cat="mobility", ref=None,
  notes="Question about the medical fitness rules for a learner with epilepsy (who decides, seizure-free period), "
        "with a GRUMBLE about being sent from doctor to commune to exam centre ('het is toch niet normaal') -> "
        "information_request, mobility. text/plain windows-1252 QP.",
  **{"from": RIJ}, subject="Vraag rijgeschiktheid leerling met epilepsie",
  date="Tue, 3 Mar 2026 12:15:44 +0100", msgid="<AM8P190MB0412B1C2D3@AM8P190MB0412.eurprd01.prod.mail.example.com>",
  body=Text("""Goedemiddag,

Een leerling van ons (19 jaar) heeft epilepsie en is volgens zijn neuroloog sinds 14 maanden aanvalsvrij. Hij wil zijn voorlopig rijbewijs B aanvragen.

Mijn vragen:
- Hoe lang moet iemand aanvalsvrij zijn voor rijbewijs B?
- Wie beslist dat: de huisarts, de neuroloog, of een dokter van een keuringscentrum?
- Moet er een speciaal formulier of attest naar de gemeente, en staat dat ergens online?

Ik bel hier al twee weken rond. De huisarts zegt "vraag het aan de gemeente", de gemeente zegt "vraag het aan het examencentrum", het examencentrum zegt "dat is federaal". Het is toch niet normaal dat een rijschool dit moet uitzoeken voor een jongen die alles correct wil doen.

Alvast bedankt voor een duidelijk antwoord.

""" + RIJ_SIG + "\n", charset="windows-1252", cte="quoted-printable"))

M(kind="complaint", lang="nl", cat="taxes", ref=None,
  notes="VAT refund for Q4 2025 four months late, phone and accountant get nowhere; mentions the earlier VAT "
        "audit and says it was fine -> complaint, taxes. Outlook multipart/alternative UTF-8 QP.",
  **{"from": RIJ}, subject="Btw-teruggave 4de kwartaal 2025 - vier maanden later nog niets",
  date="Fri, 8 May 2026 10:02:33 +0200", msgid="<AM8P190MB0412D4E5F6@AM8P190MB0412.eurprd01.prod.mail.example.com>",
  bstyle="outlook",
  body=alt("""Goedemorgen,

Door de aankoop van twee lesauto's hadden wij over het 4de kwartaal 2025 een btw-tegoed van 11.482,16 euro. De aangifte is op 20 januari ingediend met vraag tot teruggave.

In maart kregen we een controle (vragenlijst en facturen). Die is correct verlopen, ik heb daar geen opmerkingen over, en de controleur zei zelf dat alles in orde was.

Maar we zijn nu begin mei en er is niets teruggestort. Mijn boekhouder krijgt telefonisch niemand te pakken, mails aan het kantoor in Hasselt blijven onbeantwoord. Intussen betaal ik de lening op die wagens wel elke maand.

Voor een kleine zaak met vijf instructeurs is 11.000 euro geen klein bedrag. Ik hoop dat iemand dit kan opvolgen.

Btw-nummer: BE 0712.448.391

Met vriendelijke groeten,

""" + RIJ_SIG + "\n", charset="utf-8", hstyle="outlook"))

M(kind="follow_up", lang="nl", cat="mobility", ref="PLT-2026-002071",
  notes="Reply 'RE:' to our acknowledgement (In-Reply-To/References) with a blunt reminder and a new fact "
        "(lessons lost, one plate arrived, the other not) -> follow_up, mobility (number plates). Outlook "
        "header-block quoting, text/plain windows-1252 QP; CRLF.",
  **{"from": RIJ}, subject="RE: " + ack_subject("PLT-2026-002071", "nl"),
  date="Mon, 23 Feb 2026 18:20:51 +0100", msgid="<AM8P190MB0412E9F0A1@AM8P190MB0412.eurprd01.prod.mail.example.com>",
  crlf=True,
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002071"), "References: " + ack_msgid("PLT-2026-002071")],
  body=Text("""Goedenavond,

Vandaag is één nummerplaat toegekomen (1-VXK-229). De andere (1-VXK-228) nog altijd niet, en niemand weet waar ze is. Ondertussen 61 lessen verplaatst.

Ik had graag een antwoord gehad in plaats van enkel dit automatisch bericht.

Marc Theunissen

Van: Klachtendienst <plaintes.klachten@federal.example.be>
Verzonden: maandag 2 februari 2026 08:40
Aan: info@rijschool-theunissen.example.be
Onderwerp: [PLT-2026-002071] Ontvangstbevestiging van uw klacht

""" + ack_body("PLT-2026-002071", "nl", "2 februari 2026"), charset="windows-1252", cte="quoted-printable"))

M(kind="appeal", lang="nl", cat="pensions", ref=None,
  notes="Asks to RECALCULATE his pension because seven years as an employed instructor (1984-1991) are missing; "
        "no legal words ('graag herberekenen', 'kunt u dit rechtzetten') -> appeal, pensions. text/plain UTF-8 "
        "base64 (Android webmail).",
  **{"from": ("Marc Theunissen", "marc.theunissen@example.com")}, subject="Mijn pensioenberekening - jaren 1984-1991 ontbreken",
  date="Sun, 19 Apr 2026 21:10:09 +0200", msgid="<e41a-MT-20260419-1910@example.com>",
  body=Text("""Goedenavond,

Ik kreeg vorige week de beslissing over mijn pensioen als zelfstandige, ingaand op 1 september. In de berekening staan mijn jaren als zelfstandige vanaf 1992 correct, maar de jaren 1984 tot en met 1991, toen ik als lesgever in loondienst werkte bij Autorijschool Lemmens in Genk, staan er niet in.

Ik heb mijn loonfiches van die jaren nog (mijn vrouw gooit nooit iets weg) en ook het getuigschrift van mijn brevet van instructeur uit 1984.

Kunt u dit rechtzetten en mijn pensioen opnieuw berekenen met die zeven jaren erbij? Zeg maar naar welk adres ik de kopieën moet sturen.

Met vriendelijke groeten,
Marc Theunissen
Kempische Steenweg 410, 3500 Hasselt
""", charset="utf-8", cte="base64"))

# Voice 5: Dries Vandeputte, self-employed plumber in Kortrijk (short, blunt).
LOOD = ("Dries Vandeputte", "dries@vandeputte-sanitair.example.be")
LOOD_SIG = "Dries Vandeputte\nVandeputte Sanitair - Kortrijk\n0475 30 61 92"

M(kind="appeal", lang="nl", cat="taxes", ref=None,
  notes="Short blunt appeal WITH the legal word 'bezwaar' in the subject: surcharge for insufficient advance "
        "payments although he paid four instalments ('Graag rechtzetten') -> appeal, taxes. iPhone "
        "multipart/mixed: text/plain UTF-8 QP + PDF bank statement.",
  **{"from": LOOD}, subject="Bezwaar aanslag - vermeerdering voorafbetalingen",
  date="Thu, 22 Jan 2026 19:34:10 +0100", msgid="<A91C77F2-1D6B-4F0E-9C0A-DRIESVP2201@vandeputte-sanitair.example.be>",
  bstyle="apple", headers=["X-Mailer: iPhone Mail (21D61)"],
  body=Multi("mixed", [Text("""Goeiendag.

Op mijn aanslag staat een vermeerdering van 612 euro wegens "geen of onvoldoende voorafbetalingen".

Ik heb wel voorafbetalingen gedaan. 4 keer, telkens 1.500 euro, april, juli, oktober, december. Zie bijlage.

Dus die 612 euro klopt niet. Ik maak bezwaar. Graag rechtzetten.

Ondernemingsnummer 0638.227.104

Dries Vandeputte

Verzonden vanaf mijn iPhone""", charset="utf-8", cte="quoted-printable"),
      Att("application/pdf", "voorafbetalingen 2024.pdf",
          fake_pdf("Rekeninguittreksels voorafbetalingen", ["04/2024 1500,00", "07/2024 1500,00", "10/2024 1500,00", "12/2024 1500,00"]))]))

M(kind="complaint", lang="nl", cat="social_security", ref=None,
  notes="Self-employed social contributions: a REMINDER for a quarter already paid, ping-pong between the "
        "insurance fund and the federal institution (never named), ends with a question; accepts the amount "
        "itself -> complaint, social_security. text/plain UTF-8 8bit, blunt.",
  **{"from": LOOD}, subject="aanmaning voor iets dat betaald is",
  date="Tue, 17 Mar 2026 12:41:00 +0100", msgid="<A91C77F2-2E7C-4A1B-8D1B-DRIESVP1703@vandeputte-sanitair.example.be>",
  headers=["X-Mailer: iPhone Mail (21D61)"],
  body=Text("""Goeiendag,

Ik krijg een aanmaning voor mijn sociale bijdragen van het 4de kwartaal. Met verhoging.

Die bijdrage is betaald op 28 december. Bedrag klopt, daar zeg ik niks van. Maar betaald is betaald.

Het fonds zegt dat het bij "de federale instelling" ligt. Daar neemt niemand op. 3 keer gebeld, 3 keer na 20 minuten ingehangen.

Ik betaal al 22 jaar op tijd. Wie is hier nu eigenlijk verantwoordelijk voor?

Dries Vandeputte
Vandeputte Sanitair
""", charset="utf-8", cte="8bit"))

M(kind="appeal", lang="nl", cat="mobility", ref=None,
  notes="Blunt request to LOOK AGAIN at a refused registration of a new van ('Kijk het nog eens na aub', garage "
        "says the certificate is fine) -> appeal, mobility; the registration service is not named. text/plain "
        "ISO-8859-1 QP, no greeting, all-lowercase subject.",
  **{"from": LOOD}, subject="inschrijving camionette geweigerd",
  date="Mon, 13 Apr 2026 07:05:29 +0200", msgid="<A91C77F2-3F8D-4B2C-9E2C-DRIESVP1304@vandeputte-sanitair.example.be>",
  headers=["X-Mailer: iPhone Mail (21D61)"],
  body=Text("""Inschrijving van mijn nieuwe bestelwagen geweigerd. Reden: "gelijkvormigheidsattest niet conform".

Garage zegt dat het attest wel in orde is. Ze hebben er al 10 van hetzelfde type ingeschreven deze maand.

Kijk het nog eens na aub. Ik heb die camionette nodig om te werken, mijn oude staat bij de garage.

Chassisnummer VF7YDBMFC12A84417.

""" + LOOD_SIG + "\n", charset="iso-8859-1", cte="quoted-printable"))

M(kind="information_request", lang="nl", cat="unemployment", ref=None,
  notes="Employer's question about temporary unemployment for bad weather for his worker, with a GRUMBLE "
        "('elk jaar is het anders, niemand snapt het nog') -> information_request, unemployment; no agency named. "
        "text/plain UTF-8 7bit-safe QP, very short.",
  **{"from": LOOD}, subject="slecht weer",
  date="Wed, 8 Apr 2026 06:22:14 +0200", msgid="<A91C77F2-4A9E-4C3D-AF3D-DRIESVP0804@vandeputte-sanitair.example.be>",
  headers=["X-Mailer: iPhone Mail (21D61)"],
  body=Text("""Goeiendag,

Mijn gast (1 arbeider) kon 3 dagen niet werken door de regen, buitenwerk aan een dak.

Hoe moet ik dat nu aangeven als tijdelijke werkloosheid? Vorig jaar moest dat op papier, dan via een website, nu zegt mijn sociaal secretariaat dat het weer anders is. Elk jaar is het anders. Niemand snapt het nog.

Welke dagen tellen en tegen wanneer moet het binnen?

Dries
""", charset="utf-8", cte="quoted-printable"))

M(kind="complaint", lang="nl", cat="police", ref=None,
  notes="Police CONDUCT during a van search on the motorway (two hours, tools left on the hard shoulder, broken "
        "box, no explanation); short blunt West-Flemish register -> complaint, police. text/plain windows-1252 8bit.",
  **{"from": LOOD}, subject="controle E17 - mijn materiaal",
  date="Fri, 29 May 2026 16:50:38 +0200", msgid="<A91C77F2-5B0F-4D4E-B04E-DRIESVP2905@vandeputte-sanitair.example.be>",
  headers=["X-Mailer: iPhone Mail (21D61)"],
  body=Text("""Goeiendag,

Gisteren rond 9u op de E17 ter hoogte van Zwevegem aan de kant gezet door de wegpolitie. Geen probleem, papieren in orde.

Dan moest alles uit de camionette. Op de pechstrook. Twee uur. Geen uitleg waarom. Toen ze klaar waren zijn ze vertrokken en mocht ik alles zelf terug inladen. Doos koperfittingen kapot, 180 euro. Toen ik vroeg waarom: "routinecontrole, meneer, niet zeuren".

Ik moest naar een lek bij een vrouw van 87. Die heeft 2 uur met een emmer gestaan.

Ik wil weten waarom dat zo moest. En wie die fittingen betaalt.

""" + LOOD_SIG + "\n", charset="windows-1252", cte="8bit"))

# ---- Dutch non-cases
M(kind="auto_reply", lang="nl", cat="other", ref="PLT-2026-002304",
  notes="TRICKY: 'Antw: [PLT-...] Ontvangstbevestiging van uw klacht' + In-Reply-To to our ack, NO auto-reply "
        "headers, body is only an absence notice (mentions 'dringende klachten' and a colleague) -> auto_reply, "
        "not follow_up; refers_to = returned ticket. text/plain ISO-8859-1 QP.",
  **{"from": ("Sofie Claeys", "sofie.claeys@ocmw-demerdal.example.be")},
  subject="Antw: " + ack_subject("PLT-2026-002304", "nl"),
  date="Thu, 2 Apr 2026 14:03:40 +0200", msgid="<69CE3C1E020000A1000C2F11@gw.ocmw-demerdal.example.be>",
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002304"), "X-Mailer: GroupWise 18.4.1"],
  body=Text("""Beste,

Ik ben afwezig tot en met dinsdag 14 april. Mails worden niet doorgestuurd.

Voor dringende vragen over lopende dossiers of klachten kan u terecht bij mijn collega Pieter Wouters (pieter.wouters@ocmw-demerdal.example.be, 013 55 20 41).

Met vriendelijke groet,
Sofie Claeys
Maatschappelijk werker - Sociale dienst
""", charset="iso-8859-1", cte="quoted-printable"))

M(kind="spam", lang="nl", cat="other", ref=None,
  notes="FAKE PARCEL FEE (customs/handling fee to pay by card) with a fake 'zending' number, look-alike domain "
        "pakketdienst-be.example.com; multipart/alternative UTF-8 QP with tracking pixel and Q-encoded subject.",
  **{"from": ("Pakketdienst België", "noreply@pakketdienst-be.example.com")}, relay="relay3.massmail.example.net",
  to="undisclosed-recipients:;", subject="Uw pakket staat klaar – openstaande kosten € 2,99 (zending BE-4471-09982)",
  date="Mon, 11 May 2026 02:44:19 +0000", msgid="<0102019c5e-pkt-4471-09982@pakketdienst-be.example.com>",
  body=alt("""Beste klant,

Uw pakket met zendingsnummer BE-4471-09982 kon niet worden geleverd omdat er nog verzendkosten van € 2,99 openstaan.

Betaal de kosten binnen 24 uur om een nieuwe levering in te plannen. Daarna wordt het pakket teruggestuurd naar de afzender.

Betalen: https://pakketdienst-be.example.com.levering-nl.example.net/betaal?id=4471-09982

Met vriendelijke groet,
Klantenservice Pakketdienst""", charset="utf-8",
           html_text="""<html><body style="font-family:Verdana;font-size:13px">
<table width="520" align="center" style="border:1px solid #ddd"><tr><td style="background:#ef3340;color:#fff;padding:10px"><b>Pakketdienst</b></td></tr>
<tr><td style="padding:16px">Beste klant,<br><br>Uw pakket met zendingsnummer <b>BE-4471-09982</b> kon niet worden geleverd omdat er nog verzendkosten van <b>&euro; 2,99</b> openstaan.<br><br>
Betaal binnen <b>24 uur</b> om een nieuwe levering in te plannen.<br><br>
<a href="https://pakketdienst-be.example.com.levering-nl.example.net/betaal?id=4471-09982" style="background:#ef3340;color:#fff;padding:8px 16px;text-decoration:none">Nu betalen</a></td></tr></table>
<img src="https://pixel.levering-nl.example.net/p.gif?u=4471" width="1" height="1"></body></html>
"""))

# ====================================================================== GERMAN
# Voice 6: Roger Heinen, hotel owner in Sankt Vith (Belgian German usage: GSM, LfA, Gemeinde, Krankenkasse).
HOT = ("Hotel Eifelblick - Roger Heinen", "heinen@hotel-eifelblick.example.be")
HOT_SIG = ("Roger Heinen\nHotel Eifelblick *** - Familie Heinen\nMalmedyer Straße 34, 4780 Sankt Vith\n"
           "Tel. 080 22 71 45 - GSM 0497 41 08 66\nwww.hotel-eifelblick.example.be")

M(kind="appeal", lang="de", cat="taxes", ref=None,
  notes="Belgian German tax law: formal 'Beschwerde gegen den Steuerbescheid' (legal word) contesting the "
        "rejection of hotel renovation costs -> appeal, taxes (NOT a service complaint). multipart/mixed: "
        "text/plain ISO-8859-1 QP + PDF; ISO-8859-1 Q-encoded subject.",
  **{"from": HOT}, hcharset="iso-8859-1",
  subject="Beschwerde gegen den Steuerbescheid Steuerjahr 2025 (Einkünfte 2024) - Heinen Roger",
  date="Mon, 16 Feb 2026 11:20:45 +0100", msgid="<001601dc9f2e$aa40b3f0$fec21bd0$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Multi("mixed", [Text("""Sehr geehrte Damen und Herren,

hiermit lege ich fristgerecht Beschwerde gegen den Steuerbescheid für das Steuerjahr 2025 (Einkünfte 2024) ein, Artikelnummer 741.228.903, versandt am 9. Januar 2026.

In der Berechnung wurden die Kosten für die Erneuerung der Hotelküche (Rechnung Großküchen Kessler vom 14.10.2024, 18.640,00 EUR) vollständig als Privatausgabe abgelehnt. Die Küche dient jedoch ausschließlich dem Hotelbetrieb (Frühstück und Halbpension für die Gäste); eine private Küche haben wir im Wohnhaus nebenan.

Ich beantrage daher, diese Kosten als Betriebsausgaben bzw. über die Abschreibung anzuerkennen und den Steuerbescheid entsprechend zu berichtigen. Die Rechnung und der Grundriss des Hotels liegen bei.

Für Rückfragen stehe ich gerne zur Verfügung, am besten telefonisch am Vormittag.

Mit freundlichen Grüßen

""" + HOT_SIG + "\nNationalregisternummer 71.05.30-157.62\n", charset="iso-8859-1", cte="quoted-printable"),
      Att("application/pdf", "Rechnung_Kessler_Kueche.pdf",
          fake_pdf("Grosskuechen Kessler - Rechnung 2024-1187", ["Hotel Eifelblick", "Kombidaempfer, Kuehlzelle, Montage", "Gesamt 18.640,00 EUR"]))]))

M(kind="complaint", lang="de", cat="taxes", ref=None,
  notes="Appointment at the regional tax office cancelled twice without notice (45-minute drive for nothing); the "
        "office is described ('Ihre Leute in Eupen', 'das Büro') and the assessment itself is not discussed -> "
        "complaint, taxes. text/plain UTF-8 QP.",
  **{"from": HOT}, subject="Termin in Eupen zum zweiten Mal umsonst",
  date="Thu, 5 Mar 2026 15:08:22 +0100", msgid="<001901dcacb4$21c4e0a0$654ea1e0$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Guten Tag,

ich hatte für heute, 10 Uhr, einen Termin im Büro in Eupen, um die Unterlagen zur MwSt-Vorsteuer für die Küche abzugeben und zu besprechen. Der Termin war schriftlich bestätigt.

Vor Ort hieß es am Schalter, die zuständige Dame sei "heute nicht da" und man könne mir "leider nicht weiterhelfen". Genau dasselbe ist mir schon am 12. Februar passiert. Jedes Mal 45 Minuten hin, 45 Minuten zurück, und im Hotel fehlt derweil der Chef.

Eine kurze Mail oder ein Anruf auf mein GSM hätte gereicht. Die Nummer steht auf jedem Formular, das ich bei Ihnen abgegeben habe.

Ich bitte darum, dass man mir einen Termin gibt, der auch stattfindet, oder mir sagt, wem ich die Unterlagen per Post schicken kann.

Mit freundlichen Grüßen
""" + HOT_SIG + "\n", charset="utf-8", cte="quoted-printable"))

M(kind="appeal", lang="de", cat="unemployment", ref=None,
  notes="Employer writes FOR HIS EMPLOYEE (chambermaid): temporary-unemployment payment for February refused because "
        "of mistakes on her control card ('Kontrollkarte'); asks to RECONSIDER ('die Entscheidung noch einmal zu "
        "überdenken') without legal words; the paying body is described -> appeal, unemployment. "
        "multipart/alternative UTF-8 QP.",
  **{"from": HOT}, subject="Frau Ilona Mertes - Februar nicht bezahlt wegen Kontrollkarte",
  date="Tue, 7 Apr 2026 09:40:03 +0200", msgid="<002201dcc6b5$0d11fa30$2735ee90$@hotel-eifelblick.example.be>",
  bstyle="outlook", headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=alt("""Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen meiner Mitarbeiterin, Frau Ilona Mertes (Zimmermädchen, seit 2009 bei uns), die mich darum gebeten hat. Sie spricht Deutsch, aber mit Formularen und E-Mails tut sie sich schwer.

Nach dem Küchenbrand vom 4. Januar war unser Hotel bis Ende März geschlossen und das Personal in zeitweiliger Arbeitslosigkeit wegen höherer Gewalt. Für Januar und März hat Frau Mertes ihr Geld bekommen. Für Februar hat man ihr mitgeteilt, dass sie nichts erhält, weil ihre Kontrollkarte "nicht ordnungsgemäß ausgefüllt" war.

Frau Mertes hat an zwei Tagen im Februar beim Aufräumen nach dem Brand geholfen, und diese Tage hat sie falsch eingetragen (am falschen Tag angekreuzt). Das ist ein ehrlicher Fehler. Für die zwei Tage hat sie von mir ganz normal Lohn bekommen, das kann ich mit der Lohnabrechnung belegen.

Ich möchte Sie bitten, die Entscheidung noch einmal zu überdenken und ihr den Februar ohne diese zwei Tage auszuzahlen. Für eine alleinerziehende Mutter sind das fast 1.100 Euro.

Mit freundlichen Grüßen

""" + HOT_SIG + "\n", charset="utf-8", hstyle="outlook"))

M(kind="complaint", lang="de", cat="foreign_affairs", ref=None,
  notes="Belgian embassy in Belgrade unreachable for nine weeks about a work visa for a future cook (mails unanswered, "
        "appointment portal full); asks nothing to be changed -> complaint, foreign_affairs. HTML-only UTF-8 QP "
        "with signature table.",
  **{"from": HOT}, subject="Visum für unseren neuen Koch - Botschaft antwortet nicht",
  date="Wed, 22 Apr 2026 16:33:51 +0200", msgid="<002801dcd2f0$5b9ac4d0$12d04e70$@hotel-eifelblick.example.be>",
  body=Text(html_from_text("""Sehr geehrte Damen und Herren,

wir haben für unseren Betrieb einen Koch aus Serbien eingestellt, Herrn Dragan Petrović. Die Arbeitserlaubnis der Deutschsprachigen Gemeinschaft liegt seit dem 10. Februar vor.

Seitdem versucht Herr Petrović, bei der belgischen Botschaft in Belgrad einen Termin für das Visum zu bekommen. Das Online-Terminsystem zeigt seit neun Wochen "keine Termine verfügbar". Auf drei E-Mails (18.2., 9.3., 30.3.) kam keine Antwort, nicht einmal eine Eingangsbestätigung. Telefonisch ist nur ein Band zu hören, auf Französisch, Niederländisch und Englisch.

Wir haben die Stelle nach acht Monaten Suche endlich besetzt, und jetzt steht alles still, weil niemand antwortet. Die Saison beginnt im Mai.

Ich bitte Sie, dafür zu sorgen, dass die Botschaft sich zumindest meldet.

Mit freundlichen Grüßen
Roger Heinen
Hotel Eifelblick, Sankt Vith
""", "plain", sig_html='\n<table style="font-size:9pt;color:#555"><tr><td><b>Hotel Eifelblick ***</b><br>Malmedyer Stra&szlig;e 34 &middot; 4780 Sankt Vith &middot; Tel. 080 22 71 45</td></tr></table>'),
            sub="html", charset="utf-8", cte="quoted-printable"))

M(kind="information_request", lang="de", cat="police", ref=None,
  notes="Question how foreign hotel guests can report car break-ins and whether police prevention advice exists, "
        "with a GRUMBLE (local station open two half-days a week) -> information_request, police (no complaint "
        "about police conduct). text/plain UTF-8 8bit.",
  **{"from": HOT}, subject="Frage: Autoaufbrüche auf unserem Parkplatz - Anzeige für ausländische Gäste",
  date="Sat, 16 May 2026 22:14:36 +0200", msgid="<003101dce5a1$73b0c5d0$5b1251b0$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Guten Abend,

auf dem Parkplatz unseres Hotels sind in den letzten drei Wochen vier Autos von Gästen aufgebrochen worden, zuletzt heute Nacht (Navigationsgeräte, eine Handtasche).

Unsere Gäste kommen meist aus den Niederlanden und aus Deutschland und reisen nach zwei Nächten wieder ab. Dazu zwei Fragen:

1. Können diese Gäste die Anzeige auch online oder von zu Hause aus erstatten, und in welcher Sprache?
2. Gibt es bei der Polizei eine Beratung für Betriebe (Beleuchtung, Kameras), und an wen wende ich mich dafür?

Das Kommissariat hier ist nur dienstags und donnerstags vormittags geöffnet, was für Touristen am Samstag natürlich wenig hilft. Aber gut, ich will mich nicht beklagen, ich brauche nur die Information.

Mit freundlichen Grüßen
""" + HOT_SIG + "\n", charset="utf-8", cte="8bit"))

_inner_licence = inner_message([
    "From: Roger Heinen <heinen@hotel-eifelblick.example.be>",
    "To: buergerdienst@amel-gemeinde.example.be",
    "Subject: =?utf-8?q?F=C3=BChrerschein_meiner_Frau_-_5_Monate_Wartezeit?=",
    "Date: Mon, 9 Mar 2026 10:02:44 +0100",
    "Message-ID: <002001dcb01b$81f3b220$85d91660$@hotel-eifelblick.example.be>"],
    Text("""Guten Tag Frau Kohnen,

wie telefonisch besprochen schreibe ich Ihnen noch einmal.

Meine Frau Thandeka Heinen hat am 6. Oktober 2025 bei Ihnen den Umtausch ihres südafrikanischen Führerscheins in einen belgischen beantragt. Sie haben uns damals gesagt, dass die Akte zur Prüfung der Echtheit "nach Brüssel" geschickt wird, zu der Stelle, die die ausländischen Führerscheine kontrolliert, und dass das "vier bis sechs Wochen" dauert.

Jetzt sind es fünf Monate. Ihr südafrikanischer Führerschein ist bei der Gemeinde hinterlegt, sie darf also gar nicht fahren. Wir wohnen in Born, der nächste Bus fährt zweimal am Tag. Sie arbeitet im Hotel mit, und jeden Morgen muss jemand sie fahren.

Sie sagen, Sie können nichts tun, weil es in Brüssel liegt. In Brüssel antwortet niemand, und wenn, dann auf Französisch. Ich möchte mich hiermit offiziell beschweren, dass eine Prüfung, die sechs Wochen dauern soll, fünf Monate dauert, ohne dass man irgendwem Bescheid gibt.

Mit freundlichen Grüßen
Roger Heinen
""", charset="utf-8", cte="8bit"), 35)

M(kind="complaint", lang="de", cat="mobility", ref=None,
  notes="FORWARD by a commune's citizen service: covering note + the citizen's mail as message/rfc822. Complainant "
        "= inner From (hotel owner). Foreign driving-licence exchange stuck for five months at the Brussels "
        "service that checks foreign licences (service described, not named) -> complaint, mobility. Outer "
        "text/plain ISO-8859-1 QP, inner text/plain UTF-8 8bit with Q-encoded subject.",
  **{"from": ("Bürgerdienst Gemeinde Amel", "buergerdienst@amel-gemeinde.example.be")},
  hcharset="iso-8859-1", subject="WG: Führerschein meiner Frau - 5 Monate Wartezeit",
  date="Tue, 10 Mar 2026 08:47:12 +0100", msgid="<5f1e2a90.AMEL.20260310084712@amel-gemeinde.example.be>",
  body=Multi("mixed", [
      Text("""Sehr geehrte Damen und Herren,

anbei leiten wir Ihnen die Beschwerde von Herrn Roger Heinen (Born) weiter, mit seinem Einverständnis. Die Prüfung ausländischer Führerscheine fällt nicht in die Zuständigkeit der Gemeinde; wir haben die Akte am 7. Oktober 2025 ordnungsgemäß übermittelt und bisher keine Rückmeldung erhalten.

Für Rückfragen: Frau Nadine Kohnen, Bürgerdienst, Tel. 080 34 00 12.

Mit freundlichen Grüßen
Gemeindeverwaltung Amel - Bürgerdienst
""", charset="iso-8859-1", cte="quoted-printable"),
      Raw(["Content-Type: message/rfc822", "Content-Disposition: attachment", "Content-Transfer-Encoding: 8bit"],
          _inner_licence)]))

M(kind="appeal", lang="de", cat="social_security", ref=None,
  notes="Self-employed hotel owner asks to LOOK AGAIN at a refused bridging allowance after a kitchen fire "
        "('Ich bitte Sie, das noch einmal anzuschauen'), no legal words; the social-security institution for the "
        "self-employed is not named -> appeal, social_security. multipart/alternative, both parts UTF-8 base64.",
  **{"from": HOT}, subject="Überbrückungsrecht nach dem Küchenbrand abgelehnt",
  date="Fri, 27 Mar 2026 13:55:18 +0100", msgid="<002501dcbdd9$4f12a0e0$ed37e2a0$@hotel-eifelblick.example.be>",
  bstyle="outlook", headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=alt("""Sehr geehrte Damen und Herren,

nach dem Brand in unserer Hotelküche am 4. Januar 2026 mussten wir das Hotel bis Ende März vollständig schließen (Bericht der Feuerwehr und der Versicherung liegt vor). Ich habe daraufhin über meine Sozialversicherungskasse das Überbrückungsrecht beantragt.

Heute habe ich die Ablehnung erhalten, mit der Begründung, die Tätigkeit sei "nicht vollständig unterbrochen" gewesen. Vermutlich, weil ich in dieser Zeit Rechnungen bezahlt, mit Handwerkern telefoniert und Stornierungen bearbeitet habe. Gäste hatten wir in dieser Zeit keine, kein einziges Zimmer wurde vermietet, das Restaurant war zu.

Ich bitte Sie, das noch einmal anzuschauen. Wenn es darum geht, dass ein Unternehmer nach einem Brand keine Rechnungen mehr bezahlen darf, um Hilfe zu bekommen, dann verstehe ich die Welt nicht mehr.

Die Belegungsstatistik für Januar bis März (null Übernachtungen) kann ich gerne nachreichen.

Mit freundlichen Grüßen

""" + HOT_SIG + "\n", charset="utf-8", cte="base64", hstyle="outlook"))

M(kind="follow_up", lang="de", cat="unemployment", ref="PLT-2026-002201",
  notes="German Outlook 'AW:' reply to our acknowledgement with '-----Ursprüngliche Nachricht-----' block; new "
        "facts (two of five employees paid, three still waiting) on the earlier complaint about late "
        "temporary-unemployment payments -> follow_up, unemployment. multipart/alternative ISO-8859-1 QP; "
        "In-Reply-To/References.",
  **{"from": HOT}, hcharset="iso-8859-1", subject="AW: " + ack_subject("PLT-2026-002201", "de"),
  date="Thu, 19 Mar 2026 10:17:39 +0100", msgid="<002401dcb7ab$ed2f44a0$c78dcde0$@hotel-eifelblick.example.be>",
  bstyle="outlook",
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002201"), "References: " + ack_msgid("PLT-2026-002201"),
           "X-Mailer: Microsoft Outlook 16.0"],
  body=alt("""Guten Tag,

kurzer Nachtrag zu meiner Beschwerde vom 6. März: Zwei meiner fünf Mitarbeiter haben inzwischen ihr Geld für Januar bekommen. Bei den drei anderen (Frau Mertes, Herr Schröder, Frau Lejeune) ist nach wie vor nichts angekommen, obwohl alle Unterlagen am selben Tag über das Sozialsekretariat eingereicht wurden.

Die Leute rufen jetzt bei mir an, nicht bei Ihnen.

Mit freundlichen Grüßen
Roger Heinen

-----Ursprüngliche Nachricht-----
Von: Beschwerdedienst <plaintes.klachten@federal.example.be>
Gesendet: Freitag, 6. März 2026 09:12
An: heinen@hotel-eifelblick.example.be
Betreff: [PLT-2026-002201] Eingangsbestätigung Ihrer Beschwerde

""" + ack_body("PLT-2026-002201", "de", "6. März 2026"), charset="iso-8859-1", hstyle="outlook"))

M(kind="complaint", lang="de", cat="pensions", ref=None,
  notes="Son writes FOR HIS FATHER (84): pension letters now arrive only in French; quotes a French sentence (MIXED "
        "DE/FR, German dominant); says the amount is correct ('An der Höhe gibt es nichts auszusetzen') -> "
        "complaint, pensions, not an appeal. text/plain ISO-8859-1 8bit.",
  **{"from": HOT}, subject="Briefe an meinen Vater nur noch auf Französisch",
  date="Mon, 25 May 2026 08:26:50 +0200", msgid="<003301dcec5e$3ba6b2c0$b2f41840$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Sehr geehrte Damen und Herren,

ich schreibe Ihnen für meinen Vater, Josef Heinen, geboren am 2.11.1941, wohnhaft in Sankt Vith, Rodter Straße 9.

Mein Vater bekommt seit 1999 seine Rente, und bis letztes Jahr kamen alle Schreiben auf Deutsch. Seit Januar kommt alles nur noch auf Französisch, zuletzt ein zweiseitiger Brief mit dem Satz "Nous vous informons que le montant de votre pension a été adapté à l'indice santé lissé". Mein Vater hat kein Wort verstanden und dachte, man wolle ihm die Rente kürzen. Er hat zwei Nächte schlecht geschlafen.

An der Höhe der Rente gibt es nichts auszusetzen, das haben wir gemeinsam nachgerechnet, es geht nur um die Sprache. Wir leben im deutschen Sprachgebiet, und mein Vater hat ein Recht darauf, in seiner Sprache angeschrieben zu werden.

Bitte ändern Sie die Sprache in seiner Akte wieder auf Deutsch und bestätigen Sie mir das kurz.

Mit freundlichen Grüßen
Roger Heinen (Sohn)
""" + "Malmedyer Straße 34, 4780 Sankt Vith\n", charset="iso-8859-1", cte="8bit"))

M(kind="appeal", lang="de", cat="police", ref=None,
  notes="Explicit 'Einspruch' against a speed-camera fine (70 zone sign covered by roadworks) for the hotel shuttle "
        "bus -> appeal, police. multipart/mixed: text/plain UTF-8 QP + JPG photo of the covered sign.",
  **{"from": HOT}, subject="Einspruch gegen Verkehrsprotokoll - Kleinbus 2-BHR-640",
  date="Tue, 28 Apr 2026 17:02:41 +0200", msgid="<002a01dcd73c$c1f0e2b0$45d2a810$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Multi("mixed", [Text("""Sehr geehrte Damen und Herren,

gegen den Vorschlag zur sofortigen Erhebung vom 15.04.2026 (Ihr Zeichen VE/2026/448190), Geschwindigkeitsüberschreitung 84 km/h statt 70 km/h auf der N62 in Höhe Recht, mit unserem Hotel-Kleinbus 2-BHR-640, lege ich hiermit Einspruch ein.

Das Schild, das die Geschwindigkeit auf 70 km/h begrenzt, war an diesem Tag vollständig durch eine Baustellenabsperrung und einen Container verdeckt. Mein Fahrer hat das gleich gemeldet, und ich bin am nächsten Morgen selbst hingefahren und habe das beigefügte Foto gemacht. Ohne Schild gilt dort nach unserem Verständnis 90 km/h.

Ich bitte Sie daher, das Verfahren einzustellen.

Mit freundlichen Grüßen
""" + HOT_SIG + "\n", charset="utf-8", cte="quoted-printable"),
      Att("image/jpeg", "Schild N62 verdeckt.jpg", fake_jpg("schild-n62", 1400))]))

M(kind="information_request", lang="de", cat="taxes", ref=None,
  notes="Question about VAT rates on a half-board package (room vs. drinks vs. meals), with a GRUMBLE about "
        "German versions of circulars arriving months late -> information_request, taxes. multipart/alternative "
        "UTF-8 QP.",
  **{"from": HOT}, subject="Frage MwSt Halbpension - welcher Satz für was?",
  date="Wed, 21 Jan 2026 14:49:05 +0100", msgid="<001201dc8ad8$0a1f9e70$1e5edb50$@hotel-eifelblick.example.be>",
  bstyle="outlook", headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=alt("""Guten Tag,

wir bieten ab dieser Saison ein Pauschalangebot "Eifel-Wanderwoche" an: 5 Übernachtungen mit Frühstück, Abendessen (Halbpension), ein Lunchpaket pro Tag und ein Glas Wein zum Abendessen, zum Gesamtpreis von 545 Euro pro Person.

Wie muss ich den Preis für die Mehrwertsteuer aufteilen? Übernachtung und Frühstück 6 %, Abendessen 12 %, Wein 21 %, das ist mir klar. Aber darf ich pauschal aufteilen (z.B. nach Einkaufspreis) oder muss jede Komponente einzeln auf der Rechnung stehen? Und das Lunchpaket zum Mitnehmen?

Mein Steuerberater sagt das eine, der vom Hotelverband etwas anderes. Und die deutsche Fassung der Rundschreiben kommt, wenn überhaupt, Monate nach der französischen. Ich hätte gern eine verbindliche Antwort, damit ich die Preise drucken lassen kann.

Mit freundlichen Grüßen

""" + HOT_SIG + "\n", charset="utf-8", hstyle="outlook"))

M(kind="complaint", lang="de", cat="other", ref=None,
  notes="Complaint about the mandatory monthly overnight-stays STATISTICS SURVEY (portal locks the account, reminder "
        "threatening a fine); the statistics office is only described -> category other (not taxes despite the "
        "fine threat). text/plain windows-1252 QP.",
  **{"from": HOT}, hcharset="windows-1252", subject="Monatliche Übernachtungsstatistik – Portal gesperrt, trotzdem Mahnung",
  date="Tue, 12 May 2026 11:31:09 +0200", msgid="<003001dce1d9$6a8e13b0$3faa3b10$@hotel-eifelblick.example.be>",
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  body=Text("""Sehr geehrte Damen und Herren,

jeden Monat müssen wir für die Statistik die Zahl der Übernachtungen und die Herkunftsländer unserer Gäste melden. Das machen wir seit Jahren pünktlich.

Seit Februar sperrt mich das Online-Portal nach dem Einloggen mit der Meldung „Ihr Profil ist keinem Betrieb zugeordnet“. Ich habe das am 3. März und am 2. April über das Kontaktformular gemeldet, ohne Antwort. Gestern kam eine Mahnung, dass die Angaben für Februar und März fehlen und ich mit einer Geldbuße rechnen muss.

Ich möchte die Zahlen ja melden! Ich kann nur nicht. Eine Mahnung an jemanden zu schicken, der zweimal um Hilfe gebeten hat, finde ich ziemlich stark.

Bitte sorgen Sie dafür, dass die Stelle, die diese Umfrage macht, mein Konto freischaltet, und dass die Mahnung zurückgenommen wird.

Mit freundlichen Grüßen
""" + HOT_SIG + "\n", charset="windows-1252", cte="quoted-printable"))

# ---- German non-cases
M(kind="auto_reply", lang="de", cat="other", ref="PLT-2026-002233",
  notes="A HOTEL BOOKING SYSTEM's auto-responder answered our acknowledgement ('AW: [PLT-...] Eingangsbestätigung "
        "Ihrer Beschwerde', thanks for the 'Anfrage', availability check) with X-Autoreply and Auto-Submitted -> "
        "auto_reply, refers_to = returned ticket. multipart/alternative ISO-8859-1 QP; subject Q-encoded.",
  **{"from": ("Hotel Eifelblick Reservierung", "reservierung@hotel-eifelblick.example.be")}, hcharset="iso-8859-1",
  subject="AW: " + ack_subject("PLT-2026-002233", "de"),
  date="Thu, 12 Mar 2026 09:31:02 +0100", msgid="<autoresp-77120@booking.hotel-eifelblick.example.be>",
  headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
           "In-Reply-To: " + ack_msgid("PLT-2026-002233")],
  body=alt("""Vielen Dank für Ihre Anfrage!

Wir prüfen die Verfügbarkeit für Ihren Wunschzeitraum und melden uns innerhalb von 24 Stunden mit einem unverbindlichen Angebot.

Bitte beachten Sie: Unser Hotel ist nach einem Küchenbrand voraussichtlich bis Ende März geschlossen. Buchungen ab dem 1. April sind möglich.

Ihr Team vom Hotel Eifelblick, Sankt Vith
Tel. 080 22 71 45""", charset="iso-8859-1"))

M(kind="auto_reply", lang="de", cat="other", ref=None,
  notes="Out-of-office WITHOUT auto-reply headers and WITHOUT any ticket (free subject 'Abwesenheitsnotiz', no "
        "In-Reply-To) from a commune employee -> auto_reply, refers_to null. text/plain UTF-8 8bit.",
  **{"from": ("Nadine Kohnen", "n.kohnen@amel-gemeinde.example.be")}, subject="Abwesenheitsnotiz",
  date="Mon, 30 Mar 2026 07:45:00 +0200", msgid="<5f1e2b77.AMEL.20260330074500@amel-gemeinde.example.be>",
  body=Text("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 30. März bis einschließlich 10. April nicht im Büro.

In dringenden Angelegenheiten (Personalausweise, Reisepässe, Führerscheine) wenden Sie sich bitte an den Bürgerdienst: buergerdienst@amel-gemeinde.example.be oder 080 34 00 10.

Mit freundlichen Grüßen
Nadine Kohnen
Gemeinde Amel - Bürgerdienst
""", charset="utf-8", cte="8bit"))

M(kind="bounce", lang="de", cat="other", ref="PLT-2026-002319",
  notes="DSN in GERMAN from a provider's mail system ('Unzustellbar', mailbox full, 552 5.2.2) -> language de: "
        "multipart/report with text/plain ISO-8859-1 QP + message/delivery-status + FULL returned German "
        "acknowledgement as message/rfc822; Return-Path <>.",
  **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx02.eifelnet.example.net")}, relay="mx02.eifelnet.example.net",
  pre=["Return-Path: <>"], subject="Unzustellbar: " + ack_subject("PLT-2026-002319", "de"),
  date="Tue, 24 Mar 2026 12:04:31 +0100", msgid="<20260324110431.7C2A81E0443@mx02.eifelnet.example.net>",
  headers=["Auto-Submitted: auto-replied"],
  body=Multi("report", [
      Text("""Dies ist eine automatisch erstellte Nachricht des Mailsystems von mx02.eifelnet.example.net.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden. Es handelt sich um einen dauerhaften Fehler; weitere Zustellversuche werden nicht unternommen.

<b.thelen-kreutz@eifelnet.example.net>: Das Postfach des Empfängers ist voll.
    Antwort des Servers: 552 5.2.2 Mailbox full / Postfach voll

Die ursprüngliche Nachricht finden Sie im Anhang.
""", charset="iso-8859-1", cte="quoted-printable"),
      Raw(["Content-Type: message/delivery-status"],
          "Reporting-MTA: dns; mx02.eifelnet.example.net\nX-Postfix-Queue-ID: 7C2A81E0443\n"
          "Arrival-Date: Tue, 24 Mar 2026 12:04:29 +0100\n\nFinal-Recipient: rfc822; b.thelen-kreutz@eifelnet.example.net\n"
          "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"),
      Raw(["Content-Type: message/rfc822", "Content-Description: Undelivered Message"],
          "From: Beschwerdedienst <plaintes.klachten@federal.example.be>\nTo: b.thelen-kreutz@eifelnet.example.net\n"
          "Subject: [PLT-2026-002319] =?utf-8?q?Eingangsbest=C3=A4tigung_Ihrer_Beschwerde?=\n"
          "Date: Tue, 24 Mar 2026 12:04:20 +0100\nMessage-ID: " + ack_msgid("PLT-2026-002319") + "\n"
          "Auto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
          "Content-Transfer-Encoding: quoted-printable\n\n"
          + quopri.encodestring(ack_body("PLT-2026-002319", "de", "24. März 2026").encode("utf-8")).decode("ascii")),
  ], params="report-type=delivery-status"))

M(kind="spam", lang="de", cat="other", ref=None,
  notes="Inheritance scam from a fake law firm with an 'Aktenzeichen' (not a PLT ticket) and a request for "
        "personal data + fee. text/plain ISO-8859-1 QP; ISO-8859-1 Q-encoded subject and display name.",
  **{"from": ("Kanzlei Dr. Bräuninger & Partner", "kanzlei@braeuninger-partner.example.com")}, hcharset="iso-8859-1",
  to="undisclosed-recipients:;", subject="Vertraulich: Nachlassangelegenheit Aktenzeichen NL-2026/4471-Ü",
  date="Sun, 8 Mar 2026 23:19:44 +0000", msgid="<c0ffee.4471.nachlass@braeuninger-partner.example.com>",
  headers=["Reply-To: dr.braeuninger.kanzlei@freemail.example.net"],
  body=Text("""Sehr geehrte/r Empfänger/in,

ich bin Rechtsanwalt Dr. Helmut Bräuninger und verwalte den Nachlass eines verstorbenen Mandanten, der den gleichen Familiennamen wie Sie trägt. Der Verstorbene hat ein Vermögen von 4.750.000,00 EUR hinterlassen, ohne Testament und ohne bekannte Erben.

Nach Ablauf der gesetzlichen Frist fällt das Vermögen an den Staat, wenn sich kein Angehöriger meldet. Ich schlage Ihnen vor, Sie als Begünstigte/n einzutragen; der Betrag wird 50/50 geteilt. Das Verfahren ist zu 100 % legal und risikofrei.

Bitte senden Sie mir vertraulich: vollständigen Namen, Anschrift, Geburtsdatum, Kopie des Personalausweises. Für die Eintragung beim Nachlassgericht fällt eine einmalige Bearbeitungsgebühr von 1.250 EUR an.

Aktenzeichen: NL-2026/4471-Ü

Hochachtungsvoll
Dr. Helmut Bräuninger
""", charset="iso-8859-1", cte="quoted-printable"))

M(kind="spam", lang="de", cat="other", ref=None,
  notes="PHISHING: fake 'Bußgeldbescheid' from a look-alike police domain that invites the recipient to file an "
        "'Einspruch' online within 48 h; contains 'Einspruch', 'Polizei', 'Bußgeld' but is spam (no PLT ticket) "
        "-> spam, other. HTML-only UTF-8 QP with link to polizei.example.be.bussgeld-online.example.com.",
  **{"from": ("Föderale Polizei - Bußgeldstelle", "bussgeld@foederale-polizei-be.example.com")},
  relay="out.bulk-sender.example.net", to="undisclosed-recipients:;",
  subject="Bußgeldbescheid Nr. BG-2026-118274 – letzte Frist für Einspruch",
  date="Fri, 20 Mar 2026 05:02:11 +0000", msgid="<bg-118274.20260320@foederale-polizei-be.example.com>",
  headers=["Authentication-Results: mx1.federal.example.be; spf=softfail; dkim=none; dmarc=fail"],
  body=Text("""<html><body style="font-family:Arial,sans-serif">
<p><b>F&ouml;derale Polizei &ndash; Zentrale Bu&szlig;geldstelle</b></p>
<p>Sehr geehrte Fahrzeughalterin, sehr geehrter Fahrzeughalter,</p>
<p>gegen Sie liegt ein <b>Bu&szlig;geldbescheid (Nr. BG-2026-118274)</b> &uuml;ber 174,00 EUR wegen Geschwindigkeits&uuml;berschreitung vor. Unsere beiden Schreiben blieben unbeantwortet.</p>
<p>Sie k&ouml;nnen innerhalb von <b>48 Stunden</b> online Einspruch einlegen oder den Betrag mit einem Nachlass von 30 % begleichen. Danach wird die Akte an die Staatsanwaltschaft &uuml;bergeben.</p>
<p><a href="https://polizei.example.be.bussgeld-online.example.com/einspruch?id=118274">Einspruch einlegen / Jetzt bezahlen</a></p>
<p style="font-size:10px;color:#999">Diese Nachricht wurde automatisch erstellt.</p>
</body></html>
""", sub="html", charset="utf-8", cte="quoted-printable"))

# ====================================================================== ENGLISH
# Voice 7: Joanna Kowalczyk, Erasmus / incoming-mobility coordinator in Brussels, writes English for students.
ERA = ("Joanna Kowalczyk", "j.kowalczyk@bsaas.example.be")
ERA_SIG = ("Joanna Kowalczyk\nIncoming Mobility Coordinator - International Relations Office\n"
           "Brussels School of Applied Arts and Sciences\nRue des Tanneurs 58, 1000 Brussels\n+32 2 551 08 73")
ERA_SIG_HTML = ('<br><div style="font-size:9pt;color:#1f3864"><b>Joanna Kowalczyk</b><br>Incoming Mobility Coordinator'
                ' &ndash; International Relations Office<br>Brussels School of Applied Arts and Sciences<br>'
                'Rue des Tanneurs 58, 1000 Brussels &middot; +32 2 551 08 73</div>')

M(kind="complaint", lang="en", cat="foreign_affairs", ref=None,
  notes="Coordinator writes for two Turkish exchange students whose passports were not returned by 'the visa office "
        "in Istanbul' (consulate / external visa centre only described) -> complaint, foreign_affairs. Gmail-like "
        "multipart/alternative UTF-8 QP with HTML signature.",
  **{"from": ERA}, subject="Passports of two exchange students not returned - Istanbul",
  date="Tue, 3 Feb 2026 14:22:09 +0100", msgid="<CAF3kq0w_EraIstanbul0302@mail.gmail.example.com>",
  bstyle="gmail",
  body=alt("""Dear colleagues,

I am writing on behalf of two incoming exchange students for our spring semester, Ms Elif Yıldırım and Mr Burak Aydın, both from our partner university in Istanbul.

They submitted their student visa applications at the visa office in Istanbul on 8 and 9 January, with their original passports. Classes here started on 2 February. The online tracking says "processed - ready for collection" since 22 January, but when the students went to collect, they were told the passports "are not in the building" and to "check again next week". This happened three times now.

Without passports they cannot travel, obviously, but they also cannot go to their own bank or sign their housing contract. Nobody at the office can tell them where the passports physically are. Our e-mails to the general address got an automatic answer only.

I understand the visa decision is not in your hands and we do not question it. But losing track of two passports is another story. Could someone please find out where they are?

Kind regards,
""" + ERA_SIG + "\n", charset="utf-8", hstyle="gmail"))

M(kind="appeal", lang="en", cat="foreign_affairs", ref=None,
  notes="Asks to RECONSIDER a student-visa refusal by the embassy in Abuja with a new bank guarantee; no legal word "
        "('could the decision be looked at again') -> appeal, foreign_affairs. multipart/mixed > "
        "multipart/alternative + PDF (attachment filename with spaces).",
  **{"from": ERA}, subject="Student visa refused - Mr Chinedu Okafor - request to look at the file again",
  date="Mon, 10 Aug 2026 11:05:40 +0200", msgid="<CAF3kq0w_EraAbuja1008@mail.gmail.example.com>",
  bstyle="gmail",
  body=Multi("mixed", [alt("""Dear Sir or Madam,

Our admitted student Mr Chinedu Okafor (Master in Sustainable Architecture, start 14 September 2026) received a refusal of his student visa from the embassy in Abuja on 4 August. The reason given is "insufficient proof of financial means".

At the moment of his application, his sponsor (his uncle in Lagos) had provided bank statements, which apparently were not accepted. Since then, our School has agreed to act as guarantor for the first year, and we have deposited the full amount on a blocked account. The confirmation of the bank is attached.

Could the decision be looked at again with this new document? If the file has to be submitted completely new, please tell us, but with the deadlines for the start of the year we are really short of time.

Thank you very much in advance.

Best regards,
""" + ERA_SIG + "\n", charset="utf-8", hstyle="gmail"),
      Att("application/pdf", "blocked account confirmation Okafor.pdf",
          fake_pdf("Confirmation of blocked account", ["Beneficiary: Chinedu Okafor", "Amount: 11,400.00 EUR", "Guarantor: BSAAS"]))]))

M(kind="information_request", lang="en", cat="taxes", ref=None,
  notes="Question whether exchange students with small jobs must file a Belgian tax return, with a GRUMBLE "
        "(English page gives 'Page not found') -> information_request, taxes. text/plain UTF-8 7bit-safe QP.",
  **{"from": ERA}, subject="Tax return for international students with a student job?",
  date="Wed, 11 Mar 2026 09:37:12 +0100", msgid="<CAF3kq0w_EraTaxQ1103@mail.gmail.example.com>",
  body=Text("""Hello,

Every spring I get the same question from our international students and I never have a clear answer, so I try here.

Several of our non-Belgian students (EU and non-EU) worked as student workers in 2025, for example in restaurants or as tutors, a few hundred euro per month. Some of them received a paper from the tax administration, others not.

1. Do they have to file a tax return in Belgium when they had only a student job?
2. If they already left Belgium in the meantime, how do they do it?
3. Is there an official explanation in English I can send them?

About question 3: the English page that our students find on Google gives "Page not found", and the French and Dutch pages are a bit too technical for someone who arrived six months ago. Maybe something to look at.

Thank you,
""" + ERA_SIG + "\n", charset="utf-8", cte="quoted-printable"))

_inner_police = inner_message([
    "From: Valentina Ruiz Ocampo <v.ruizocampo@studentmail.example.com>",
    "To: Joanna Kowalczyk <j.kowalczyk@bsaas.example.be>",
    "Subject: What happened last night at the residence",
    "Date: Sun, 22 Mar 2026 10:41:07 +0100",
    "Message-ID: <CAG7vR_residence2203@studentmail.example.com>"],
    Text("""Hi Joanna,

Sorry to write on a Sunday but I don't know who else to ask.

Last night around 2:30 three police officers came into our floor at the residence on Rue Haute. Somebody opened the main door for them I think. They knocked on all the doors very hard and asked everyone for ID. They did not say why. I showed my residence card, the paper one because the plastic one is still not ready. One officer said "c'est quoi ça, c'est pas une carte" and kept it for 20 minutes.

The worst thing: the other officer was filming us with his phone, in pyjamas, me and my roommate. When Marek asked why he is filming he said "fermez-la" and laughed. They left without saying anything.

Is this normal in Belgium? Can they do this? I don't feel safe now.

Valentina
""", charset="utf-8", cte="quoted-printable"), 46)

M(kind="complaint", lang="en", cat="police", ref=None,
  notes="Coordinator FORWARDS a student's mail as message/rfc822 with her own covering complaint: police CONDUCT "
        "during a night-time entry into a student residence (filming students, 'fermez-la' quoted in French; "
        "language of both texts en) -> complaint, police. multipart/mixed: text/plain UTF-8 QP + message/rfc822 "
        "(inner text/plain UTF-8 QP).",
  **{"from": ERA}, subject="Fwd: What happened last night at the residence - complaint about police behaviour",
  date="Mon, 23 Mar 2026 09:12:55 +0100", msgid="<CAF3kq0w_EraResidence2303@mail.gmail.example.com>",
  body=Multi("mixed", [Text("""Dear Sir or Madam,

Please find attached the message I received yesterday from one of our exchange students, Ms Valentina Ruiz Ocampo (Colombia), who lives in a student residence managed by our School. She agreed that I forward it.

I have spoken with four other students from the same floor and they confirm her story: police officers entering the building in the middle of the night, no explanation, a residence document held for a long time, and one officer filming the students in their nightclothes with a private phone, telling a student to shut up.

I do not know the reason of this intervention and maybe there was one. But the way these young people were treated is not acceptable, and several of them are now asking to go home early. I would like this complaint to be examined and, if possible, that someone explains to us what happened and what happens with the videos.

Kind regards,
""" + ERA_SIG + "\n", charset="utf-8", cte="quoted-printable"),
      Raw(["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="What happened last night at the residence.eml"'],
          _inner_police)]))

M(kind="appeal", lang="en", cat="social_security", ref=None,
  notes="Asks the health-insurance side to RECONSIDER a refused reimbursement of physiotherapy for an EU student "
        "(European health card declared expired although valid); no legal word; health fund only described -> "
        "appeal, social_security. multipart/mixed: HTML-only body (no text/plain) + JPG scan of the card.",
  **{"from": ERA}, subject="Refused reimbursement - physiotherapy - student Lukas Brandner",
  date="Thu, 30 Apr 2026 15:48:30 +0200", msgid="<CAF3kq0w_EraPhysio3004@mail.gmail.example.com>",
  body=Multi("mixed", [Text(html_from_text("""Dear Madam, dear Sir,

I write for our Austrian exchange student Mr Lukas Brandner, who broke his ankle skiing in February and had 14 physiotherapy sessions in Brussels.

The health fund where we registered him refused to reimburse the sessions. The letter says his European health insurance card "was not valid on the date of care". This is simply not correct: the card is valid until 31/12/2027, see the scan attached (front and back).

Could you ask your colleagues to reconsider the refusal and to reimburse the sessions? He paid 742 euro from his own pocket, which is most of his Erasmus grant for two months.

Many thanks,
Joanna Kowalczyk
""", "gmail", sig_html=ERA_SIG_HTML), sub="html", charset="utf-8", cte="quoted-printable"),
      Att("image/jpeg", "EHIC_Brandner_scan.jpg", fake_jpg("ehic-brandner", 1200))]))

M(kind="information_request", lang="en", cat="unemployment", ref=None,
  notes="Question whether a graduating EU student can get an allowance while looking for work, with a mild GRUMBLE "
        "('the English information stops after two lines'); the benefit agency is not named -> "
        "information_request, unemployment. text/plain UTF-8 base64.",
  **{"from": ERA}, subject="Graduates from other EU countries - allowance while looking for a job?",
  date="Fri, 5 Jun 2026 10:20:00 +0200", msgid="<CAF3kq0w_EraGrad0506@mail.gmail.example.com>",
  body=Text("""Hello,

One of our Portuguese students, Ms Inês Carvalho, finishes her Master in June and wants to stay in Brussels to look for a job in design. She asked me if she can receive some allowance while she is looking for work, like Belgian young graduates (she mentioned "waiting allowance" or "integration allowance", I am not sure of the term).

Can a student who did her whole Master here (two years) but her secondary school in Portugal apply? Where does she have to register first, and how long does it take?

The English information we found stops after two lines and then sends you to a French page. Not very helpful for somebody who is precisely looking for a job and not yet fluent in French.

Thank you for any indication,
""" + ERA_SIG + "\n", charset="utf-8", cte="base64"))

M(kind="complaint", lang="en", cat="other", ref=None,
  notes="Booked group visit to a FEDERAL MUSEUM refused at the door (booking lost), 31 students sent away -> "
        "complaint, category other (none of the seven domains). Outlook multipart/alternative us-ascii/UTF-8 QP.",
  **{"from": ERA}, subject="Group visit refused at the museum although booked (31 students)",
  date="Fri, 13 Feb 2026 17:30:45 +0100", msgid="<DB8P192MB0613MuseumVisit1302@DB8P192MB0613.eurprd01.prod.mail.example.com>",
  bstyle="outlook",
  body=alt("""Dear Sir or Madam,

As part of the welcome week for our incoming exchange students, we booked a guided group visit for 31 students at the fine arts museum on the Mont des Arts, for Thursday 12 February at 10:30. The booking was made online on 14 January and confirmed by e-mail (booking code GRP-26-0447).

When we arrived, the reception told us there was "no group in the system" and the guide was already with another group. We were not allowed to enter as a group, and the students could only buy individual tickets at full price, which most of them did not do. We went back to school after 40 minutes in the cold.

For many students this was their first contact with a Belgian cultural institution. I would like to understand what happened with the booking, and I would appreciate a gesture (a new date for a guided visit).

Kind regards,
""" + ERA_SIG + "\n", charset="us-ascii", hcharset="utf-8", hstyle="outlook", sig_html=""))

M(kind="follow_up", lang="en", cat="foreign_affairs", ref="PLT-2026-002077",
  notes="Gmail reply to our acknowledgement ('On ... wrote:' + '>' quoting, In-Reply-To) with new facts (one passport "
        "returned, the other still missing) on the Istanbul passports complaint -> follow_up, foreign_affairs. "
        "multipart/alternative UTF-8 QP with gmail_quote blockquote.",
  **{"from": ERA}, subject="Re: " + ack_subject("PLT-2026-002077", "en"),
  date="Wed, 18 Feb 2026 08:55:13 +0100", msgid="<CAF3kq0w_EraIstanbulFU1802@mail.gmail.example.com>",
  bstyle="gmail",
  headers=["In-Reply-To: " + ack_msgid("PLT-2026-002077"), "References: " + ack_msgid("PLT-2026-002077")],
  body=alt("""Dear colleagues,

A short update: Mr Aydın got his passport back yesterday, with the visa, so he is flying on Friday. Thank you if this was thanks to you.

Ms Yıldırım's passport is still missing. She was told yesterday that it was "maybe sent to Ankara by mistake". She has now missed more than two weeks of classes.

Best regards,
Joanna Kowalczyk

On Tue, 3 Feb 2026 at 14:30, Complaints service <plaintes.klachten@federal.example.be> wrote:
> Dear Sir or Madam,
>
> We have received your message of 3 February 2026. It has been registered under reference PLT-2026-002077.
> Please quote this reference in any further correspondence.
>
> The complaints service
""", charset="utf-8", hstyle="gmail"))

M(kind="appeal", lang="en", cat="mobility", ref=None,
  notes="Asks to CANCEL a railway surcharge ('fine') given to a student whose ticket app crashed; contesting a "
        "rail company decision, not a police matter -> appeal, mobility (the word 'fine' is a trap). text/plain "
        "UTF-8 QP with a screenshot JPG in multipart/mixed.",
  **{"from": ERA}, subject="Train surcharge for a student whose app crashed - please cancel",
  date="Tue, 14 Apr 2026 12:01:27 +0200", msgid="<CAF3kq0w_EraTrain1404@mail.gmail.example.com>",
  body=Multi("mixed", [Text("""Dear Sir or Madam,

Our exchange student Ms Mei Takahashi (Japan) received a surcharge of 75 euro on the train between Brussels and Leuven on 2 April, for "travelling without a valid ticket".

She had bought a ticket in the railway app 10 minutes before departure (payment confirmation attached, 5.60 euro). During the control the app crashed and showed an error, and she could not open the ticket. She offered to show the payment on her bank app, but the conductor refused and wrote the surcharge. She does not speak French or Dutch and did not understand what she was signing.

We think this is not fair. Can you please cancel the surcharge, or tell us to whom we must send this request? The letter she received gives only a phone number that is open when she is in class.

Thank you,
""" + ERA_SIG + "\n", charset="utf-8", cte="quoted-printable"),
      Att("image/jpeg", "screenshot_payment_app.jpg", fake_jpg("takahashi-app", 800))]))

M(kind="complaint", lang="en", cat="pensions", ref=None,
  notes="Coordinator writes FOR A VISITING RETIRED PROFESSOR whose Belgian pension payments stopped for a 'missing "
        "life certificate' sent twice; the pension service is described ('the office in Brussels that pays his "
        "pension') -> complaint, pensions. Apple Mail text/plain UTF-8 QP format=flowed.",
  **{"from": ERA}, subject="Payments stopped for our visiting professor - life certificate sent twice",
  date="Wed, 20 May 2026 13:14:52 +0200", msgid="<5C2E9A11-77B0-4E6A-8F5D-ERA2005PRITCHARD@bsaas.example.be>",
  headers=["X-Mailer: Apple Mail (2.3774.600.62)"],
  body=Text("""Dear Sir or Madam,

I am contacting you for Professor Alan Pritchard (born 04/06/1951), who is teaching a short course at our School this semester. Professor Pritchard lives in Cardiff and worked in Belgium from 1979 to 1994, for which he receives a small pension from Belgium.

In March his payments stopped. After many phone calls he learned that the office in Brussels that pays his pension "did not receive his life certificate". He sent it twice: in January by post from Wales, and in April by registered post from Brussels, signed by the commune of Ixelles. He has the receipts.

He is 74, he does not speak French, and he spent a good part of his stay here on the phone with a waiting music. He asked me to write because he is, in his own words, "too angry to be polite".

Could somebody check his file and make sure the payments start again, including March, April and May?

Kind regards,
""" + ERA_SIG + "\n", charset="utf-8", cte="quoted-printable", flowed=True, wrap=True))

M(kind="information_request", lang="en", cat="social_security", ref=None,
  notes="Question whether non-EU students must join a Belgian health fund and whether student jobs change that, "
        "with a GRUMBLE ('every office sends us to another one') -> information_request, social_security. "
        "HTML-only (Gmail style) UTF-8 base64.",
  **{"from": ERA}, subject="Health insurance for non-EU students - who is responsible?",
  date="Mon, 26 Jan 2026 10:03:33 +0100", msgid="<CAF3kq0w_EraHealth2601@mail.gmail.example.com>",
  body=Text(html_from_text("""Hello,

We are preparing the information package for our non-EU exchange students (mostly from Canada, Japan, Brazil and India) and I have two questions:

- Is it compulsory for them to register with a Belgian health fund when they stay one semester, if they have a private insurance from home?
- If they take a student job here, does it change something for their health insurance?

I have asked the commune, two health funds and the student housing office, and every office sends us to another one. I would like to give the students one correct answer for once.

Thank you very much,
Joanna Kowalczyk
""", "gmail", sig_html=ERA_SIG_HTML), sub="html", charset="utf-8", cte="base64"))

M(kind="complaint", lang="en", cat="taxes", ref=None,
  notes="Former student who left Belgium: tax bill sent only to her old Brussels address, then a reminder with "
        "bailiff threat; she ACCEPTS the assessment ('she does not dispute the amount') -> complaint about "
        "communication, taxes. multipart/alternative UTF-8 QP; MIXED EN with Swedish sign-off (English dominant).",
  **{"from": ERA}, subject="Former student - tax reminder with bailiff threat, never received the first letter",
  date="Thu, 7 May 2026 16:40:21 +0200", msgid="<CAF3kq0w_EraLindqvist0705@mail.gmail.example.com>",
  bstyle="gmail",
  body=alt("""Dear Sir or Madam,

A former exchange student of ours, Ms Hanna Lindqvist, contacted me from Sweden in panic. She studied here until June 2025 and had a student job at a café. She left Belgium in July 2025 and deregistered at the commune.

Last week her former landlord forwarded her a reminder from the tax administration: 386 euro to pay within 15 days, "after which a bailiff may be instructed". She never saw the first letter, which was sent to the Brussels room she left nine months ago, and only in Dutch.

To be clear, she does not dispute the amount. She checked it with her father and it is correct, and she will pay immediately. But she cannot understand why the administration sends letters to an address where she officially does not live anymore, and why the first thing she sees is a threat with a bailiff.

Could her address be updated to Sweden, and could you confirm that no extra costs will be added if she pays this week? Her national number: 99.11.03-448.26.

Tack så mycket, as she would say.

Kind regards,
""" + ERA_SIG + "\n", charset="utf-8", hstyle="gmail", sig_html=ERA_SIG_HTML.replace("<br><div", "<div")))

# ---- English non-cases
M(kind="auto_reply", lang="en", cat="other", ref="PLT-2026-002077",
  notes="Exchange 'Automatic reply: Re: [PLT-...] Acknowledgement of your complaint' from the coordinator herself "
        "(welcome-week absence), Auto-Submitted + X-Auto-Response-Suppress; the sender is a frequent complainant "
        "but this is automatic -> auto_reply, refers_to = ticket in the subject. multipart/alternative UTF-8 QP.",
  **{"from": ERA}, subject="Automatic reply: " + ack_subject("PLT-2026-002077", "en"),
  date="Tue, 3 Feb 2026 14:30:51 +0100", msgid="<DB8P192MB0613AutoRep0302@DB8P192MB0613.eurprd01.prod.mail.example.com>",
  bstyle="outlook",
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: j.kowalczyk@bsaas.example.be",
           "In-Reply-To: " + ack_msgid("PLT-2026-002077")],
  body=alt("""Thank you for your e-mail.

From 2 to 6 February I am fully occupied with the Welcome Days for our incoming exchange students and will read my e-mails with delay.

Students with an urgent problem (housing, visa, accident) can call the International Relations Office at +32 2 551 08 70.

Joanna Kowalczyk
Incoming Mobility Coordinator""", charset="utf-8", hstyle="outlook"))

M(kind="auto_reply", lang="en", cat="other", ref="PLT-2026-002415",
  notes="Ticket-system auto-acknowledgement of ANOTHER ORGANISATION (a university IT/service desk) after our "
        "acknowledgement reached it; its own number INC0048812 next to OUR ticket quoted in the subject -> "
        "auto_reply, refers_to = our ticket. Auto-Submitted: auto-generated, X-Loop; HTML-only UTF-8 QP.",
  **{"from": ("Student Service Desk", "servicedesk@univ-leuven-campus.example.org")}, relay="notify.univ-leuven-campus.example.org",
  subject="[INC0048812] Your request has been received - Re: " + ack_subject("PLT-2026-002415", "en"),
  date="Wed, 15 Apr 2026 11:02:07 +0200", msgid="<INC0048812.notify@univ-leuven-campus.example.org>",
  headers=["Auto-Submitted: auto-generated", "X-Loop: servicedesk@univ-leuven-campus.example.org", "Precedence: bulk",
           "In-Reply-To: " + ack_msgid("PLT-2026-002415")],
  body=Text("""<html><head><style>td{font-family:Segoe UI,Arial;font-size:13px}</style></head><body>
<table width="600"><tr><td>
<p>Hello,</p>
<p>Thank you for contacting the Student Service Desk. Your request <b>INC0048812</b> has been registered and assigned to the queue <i>General enquiries</i>.</p>
<p>Subject: Re: [PLT-2026-002415] Acknowledgement of your complaint</p>
<p>Expected first response: within 3 working days. Please do not reply to this message; use the portal to add information.</p>
<p><a href="https://servicedesk.univ-leuven-campus.example.org/ticket/INC0048812">View your request</a></p>
<p style="color:#888">Ref:MSG0093311_xq7Zk</p>
</td></tr></table></body></html>
""", sub="html", charset="utf-8", cte="quoted-printable"))

M(kind="bounce", lang="en", cat="other", ref="PLT-2026-002360",
  notes="Postfix DSN from our outbound relay (550 5.1.1 user unknown), Return-Path <>: multipart/report with "
        "text/plain notice + message/delivery-status + FULL returned Dutch acknowledgement as message/rfc822 -> "
        "language en (the human-readable DSN text), ticket in the returned message.",
  **{"from": ("Mail Delivery System", "MAILER-DAEMON@relay-out.federal.example.be")}, relay="relay-out.federal.example.be",
  pre=["Return-Path: <>"], subject="Undelivered Mail Returned to Sender",
  date="Fri, 27 Mar 2026 09:40:18 +0100", msgid="<20260327084018.3F1B520A11@relay-out.federal.example.be>",
  headers=["Auto-Submitted: auto-replied"],
  body=Multi("report", [
      Text("""This is the mail system at host relay-out.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kvdb1967@telemail.example.net>: host mx.telemail.example.net[198.51.100.60] said:
    550 5.1.1 <kvdb1967@telemail.example.net>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", wrap=False),
      Raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
          "Reporting-MTA: dns; relay-out.federal.example.be\nX-Postfix-Queue-ID: 3F1B520A11\n"
          "X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be\nArrival-Date: Fri, 27 Mar 2026 09:40:15 +0100\n\n"
          "Final-Recipient: rfc822; kvdb1967@telemail.example.net\nOriginal-Recipient: rfc822;kvdb1967@telemail.example.net\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.telemail.example.net\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <kvdb1967@telemail.example.net>: Recipient address rejected: User unknown in virtual mailbox table\n"),
      Raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
          "From: Klachtendienst <plaintes.klachten@federal.example.be>\nTo: kvdb1967@telemail.example.net\n"
          "Subject: [PLT-2026-002360] Ontvangstbevestiging van uw klacht\nDate: Fri, 27 Mar 2026 09:40:14 +0100\n"
          "Message-ID: " + ack_msgid("PLT-2026-002360") + "\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
          + ack_body("PLT-2026-002360", "nl", "27 maart 2026").encode("utf-8").decode("latin-1")),
  ], params="report-type=delivery-status", preamble="This is a MIME-encapsulated message.\n"))

M(kind="spam", lang="en", cat="other", ref=None,
  notes="SEO/link-building pitch with a FAKE 'RE:' subject (no In-Reply-To) that mentions 'complaints page' and "
        "'your complaint handling' -> spam, not a complaint. text/plain us-ascii 7bit.",
  **{"from": ("Ryan Whitfield", "ryan@rankrise-digital.example.com")}, subject="RE: quick question about federal.example.be",
  date="Thu, 9 Apr 2026 15:27:03 +0000", msgid="<rr-outreach-20260409-88120@rankrise-digital.example.com>",
  headers=["List-Unsubscribe: <mailto:unsub@rankrise-digital.example.com?subject=unsubscribe>"],
  body=Text("""Hi there,

Just following up on my previous email (maybe it got buried?).

I was browsing federal.example.be and noticed your complaints page is not ranking for some key search terms like "how to file a complaint belgium" - it's sitting on page 4 while a few private "claim help" websites take all that traffic.

We help public bodies and NGOs fix exactly this. In the last 6 months we grew organic traffic for a similar organisation by 212%. Our audit is free and takes 10 minutes of your time.

Would next Tuesday or Wednesday work for a short call?

Cheers,
Ryan Whitfield
Growth Lead, RankRise Digital

P.S. If you're not the right person to handle this, could you forward it to whoever manages the website? If you'd rather not hear from me, just reply "no thanks".
""", charset="us-ascii", cte="7bit"))

M(kind="spam", lang="en", cat="other", ref=None,
  notes="CRYPTO 'AI trading' scam with a fake withdrawal-ready balance and urgency; multipart/alternative UTF-8 "
        "base64 parts, B-encoded subject with emoji.",
  **{"from": ("QuantumEdge AI", "support@quantumedge-ai-trade.example.net")}, relay="mta12.sendout.example.com",
  to="undisclosed-recipients:;", subject="🚀 Your account balance: €8,412.77 – withdrawal pending your confirmation",
  date="Sat, 25 Apr 2026 06:12:48 +0000", msgid="<qe-9921-af31@quantumedge-ai-trade.example.net>",
  body=alt("""Dear Investor,

Good news! Our AI trading algorithm has generated a profit of €8,412.77 on your dormant account since your last login.

To release the funds to your bank account, simply confirm your identity and pay the one-time network fee of €249 within 72 hours. After this period, unclaimed balances are reinvested automatically.

Confirm now: https://quantumedge-ai-trade.example.net/withdraw?acc=BE-77120

Trusted by 1.2 million users worldwide. Past performance guarantees future results.

QuantumEdge AI - Client Desk""", charset="utf-8", cte="base64"))

# ====================================================================== write + validate
TICKET_RE = re.compile(r"PLT-\d{4}-\d{6}")
ALLOWED_DOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:be|com|org|net|eu|nl|de|fr|io|lu|uk|ch|info|biz|ru|test))\b", re.I)


def all_text(msg):
    """Headers + decoded text of every part, recursing into message/rfc822."""
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    if msg.is_multipart():
        for p in msg.iter_parts():
            out.append(all_text(p))
    else:
        ct = msg.get_content_type()
        if ct == "message/rfc822":
            out.append(all_text(msg.get_content()))
        elif ct.startswith("text/") or ct.startswith("message/"):
            try:
                c = msg.get_content()
                out.append(c if isinstance(c, str) else str(c))
            except Exception:  # noqa: BLE001
                out.append(msg.get_payload(decode=True).decode("latin-1"))
    return "\n".join(out)


def validate(files, labels):
    errors = []
    parser = BytesParser(policy=email.policy.default)
    for lab in labels:
        f = lab["file"]
        data = files[f]
        for i, line in enumerate(data.split(b"\n")):
            if len(line.rstrip(b"\r")) > 998:
                errors.append("%s: line %d longer than 998 octets" % (f, i + 1))
        msg = parser.parsebytes(data)
        text = all_text(msg)
        if lab["kind"] not in KINDS:
            errors.append("%s: bad kind" % f)
        if lab["language"] not in LANGS:
            errors.append("%s: bad language" % f)
        if lab["category"] not in CATS:
            errors.append("%s: bad category" % f)
        if lab["acknowledge"] != (lab["kind"] in ACK_KINDS):
            errors.append("%s: acknowledge inconsistent" % f)
        if lab["kind"] in NONCASE and lab["category"] != "other":
            errors.append("%s: non-case must have category other" % f)
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append("%s: follow_up without refers_to" % f)
        if lab["refers_to"] is not None:
            if not TICKET_RE.fullmatch(lab["refers_to"]):
                errors.append("%s: malformed refers_to" % f)
            elif lab["refers_to"] not in text and lab["refers_to"].lower() not in text.lower():
                errors.append("%s: refers_to not found in message" % f)
        if not msg["From"] or not msg["Date"] or not msg["Message-ID"]:
            errors.append("%s: missing From/Date/Message-ID" % f)
        doms = set(EMAIL_RE.findall(text)) | set(URL_RE.findall(text)) | set(HOST_RE.findall(text))
        for d in doms:
            d = d.rstrip(".").lower()
            if "." not in d:
                continue
            if not ALLOWED_DOM.search(d):
                errors.append("%s: non-example domain %r" % (f, d))
    return errors


def main():
    rnd = random.Random(SEED)
    order = list(range(len(MESSAGES)))
    rnd.shuffle(order)
    files, labels = {}, []
    for n, mi in enumerate(order, 1):
        m = MESSAGES[mi]
        fname = "%s-%03d.eml" % (PREFIX, n)
        data = render_message(mi + 1, m)
        files[fname] = data
        labels.append({
            "file": fname, "kind": m["kind"], "language": m["lang"], "category": m["cat"],
            "acknowledge": m["kind"] in ACK_KINDS, "refers_to": m["ref"], "notes": m["notes"],
        })
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml") and old not in files:
            os.remove(os.path.join(HERE, old))
    for fname, data in files.items():
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    errors = validate(files, labels)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("%d messages written, %d errors" % (len(labels), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
