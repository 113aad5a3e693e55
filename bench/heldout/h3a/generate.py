#!/usr/bin/env python3
"""Generate the h3a evaluation set (complaints mailbox of a Belgian federal administration).

Standard library only, fixed seed, deterministic: two runs give byte-identical files.
Writes h3a-001.eml ... and labels.json next to this script, then re-parses and checks them.
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap
from email import policy
from email.parser import BytesParser

SEED = 31415
rng = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h3a"
MAILBOX = "plaintes.klachten@federal.example.be"
TO_HDR = '"Service des plaintes / Klachtendienst" <plaintes.klachten@federal.example.be>'

MESSAGES = []  # dicts: data, kind, language, category, refers_to, notes


def add(data, kind, language, category, refers_to, notes):
    MESSAGES.append(dict(data=data, kind=kind, language=language, category=category,
                         refers_to=refers_to, notes=notes))


# ---------------------------------------------------------------- helpers
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(y, m, d, hh, mm, ss, tz="+0100"):
    wd = datetime.date(y, m, d).weekday()
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_DAYS[wd], d, _MONS[m - 1], y, hh, mm, ss, tz)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def boundary(style="default"):
    if style == "gmail":
        return "000000000000" + hexid(16)
    if style == "outlook":
        return "_000_" + alnum(28) + "_"
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(),
                                               hexid(4).upper(), hexid(12).upper())
    if style == "tb":
        return "------------" + alnum(24)
    if style == "report":
        return "%s.%d/%s" % (alnum(10), rng.randint(1700000000, 1799999999), "relay.example")
    return "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(100000, 999999),
                                    rng.randint(10 ** 12, 10 ** 13 - 1))


def _qword_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif (ch.isalnum() and c < 128) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, cs="utf-8", mode="q"):
    """RFC 2047 encode (folded) unless pure ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    prefix = "=?%s?%s?" % (cs, mode.upper())
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        raw = cand.encode(cs)
        enc = base64.b64encode(raw).decode() if mode == "b" else _qword_bytes(raw)
        if len(prefix) + len(enc) + 2 > 74 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    res = []
    for w in words:
        raw = w.encode(cs)
        enc = base64.b64encode(raw).decode() if mode == "b" else _qword_bytes(raw)
        res.append(prefix + enc + "?=")
    return "\n ".join(res)


def addr(name, email, cs="utf-8", mode="q"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()@:;<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, mode), email)


def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        ind = ""
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])\s+)", line)
        if m:
            ind = " " * len(m.group(1))
        out.append(textwrap.fill(line, width, subsequent_indent=ind, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def text_part(text, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False,
              extra=None, quoted_cs=True):
    if flowed:
        text = flow(text)
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = "Content-Type: text/%s; charset=%s" % (sub, ('"%s"' % cs) if quoted_cs else cs)
    if flowed:
        ct += "; format=flowed"
    h = ct + "\nContent-Transfer-Encoding: %s\n" % cte
    if extra:
        h += "".join("%s: %s\n" % kv for kv in extra)
    return h.encode("ascii") + b"\n" + body


def bin_part(data, ctype, filename, disp="attachment", cid=None):
    h = 'Content-Type: %s; name="%s"\n' % (ctype, filename)
    h += 'Content-Disposition: %s; filename="%s"\n' % (disp, filename)
    if cid:
        h += "Content-ID: <%s>\n" % cid
    h += "Content-Transfer-Encoding: base64\n\n"
    return h.encode("ascii") + base64.encodebytes(data)


def multipart(sub, parts, style="default", params="", preamble=None):
    b = boundary(style)
    out = ('Content-Type: multipart/%s;%s boundary="%s"\n\n' % (sub, params, b)).encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += ("--%s\n" % b).encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += ("--%s--\n" % b).encode("ascii")
    return out


def rfc822_part(msg, disp=None):
    h = "Content-Type: message/rfc822\n"
    if disp:
        h += "Content-Disposition: %s\n" % disp
    return h.encode("ascii") + b"\n" + msg


def message(headers, body, mime=True, crlf=False, raw_headers=None):
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    if mime:
        out += "MIME-Version: 1.0\n"
    data = out.encode("utf-8" if raw_headers else "ascii") + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def received(helo, ip, by="mx1.federal.example.be", when="", ident=None):
    ident = ident or alnum(12)
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, by, ident, MAILBOX, when))


def fake_pdf(title):
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            "4 0 obj\n<< /Length 64 >>\nstream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream\nendobj\n"
            % title.replace("(", "").replace(")", ""))
    return body.encode("latin-1") + rng.randbytes(700) + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def fake_jpg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + rng.randbytes(1500) + b"\xff\xd9"


def html_doc(text, style="", sig_html="", pixel=None, head_style=None, font="Calibri, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = ""
    for p in paras:
        body += '<p style="margin:0 0 10px 0">%s</p>\n' % "<br>\n".join(html.escape(l, quote=False)
                                                                          for l in p.split("\n"))
    st = ("<style>\n%s\n</style>\n" % head_style) if head_style else ""
    px = ('<img src="%s" width="1" height="1" alt="" style="display:none">\n' % pixel) if pixel else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n%s'
            '</head>\n<body>\n<div style="font-family:%s;font-size:11pt;%s">\n%s%s</div>\n%s</body>\n</html>\n'
            % (st, font, style, body, sig_html, px))


def ack_text(lang, ticket, name, subj, when):
    if lang == "fr":
        return ("Madame, Monsieur,\n\nNous accusons bonne réception de votre plainte du %s concernant :\n"
                "« %s ».\n\nElle a été enregistrée sous le numéro %s. Merci de mentionner ce numéro "
                "dans toute correspondance.\nNous vous répondrons dans un délai de 45 jours.\n\n"
                "Service des plaintes\nSPF (exemple)\n" % (when, subj, ticket))
    if lang == "nl":
        return ("Geachte %s,\n\nWij hebben uw klacht van %s goed ontvangen. Onderwerp:\n\"%s\"\n\n"
                "Ze werd geregistreerd onder het nummer %s. Gelieve dit nummer te vermelden in "
                "elke verdere briefwisseling.\nWij antwoorden u binnen 45 dagen.\n\n"
                "Klachtendienst\nFOD (voorbeeld)\n" % (name, when, subj, ticket))
    if lang == "de":
        return ("Sehr geehrte(r) %s,\n\nwir bestätigen den Eingang Ihrer Beschwerde vom %s betreffend:\n"
                "\"%s\"\n\nIhre Akte wurde unter der Nummer %s registriert. Bitte geben Sie diese Nummer "
                "bei jedem weiteren Schriftverkehr an.\nWir antworten Ihnen innerhalb von 45 Tagen.\n\n"
                "Beschwerdestelle\nFÖD (Beispiel)\n" % (name, when, subj, ticket))
    return ("Dear %s,\n\nWe acknowledge receipt of your complaint of %s regarding:\n\"%s\"\n\n"
            "It has been registered under number %s. Please quote this number in any further "
            "correspondence.\nWe will reply within 45 days.\n\nComplaints service\nFPS (example)\n"
            % (name, when, subj, ticket))


ACK_SUBJ = {"fr": "Accusé de réception de votre plainte", "nl": "Ontvangstbevestiging van uw klacht",
            "de": "Eingangsbestätigung Ihrer Beschwerde", "en": "Acknowledgement of your complaint"}


def ack_msgid(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()


def ack_message(lang, ticket, to, name, subj, when, date_hdr, cte="quoted-printable"):
    hdrs = [("Return-Path", "<plaintes.klachten@federal.example.be>"),
            ("From", '"Service des plaintes / Klachtendienst" <plaintes.klachten@federal.example.be>'),
            ("To", to), ("Subject", "[%s] %s" % (ticket, ew(ACK_SUBJ[lang]))),
            ("Date", date_hdr), ("Message-ID", ack_msgid(ticket)), ("Auto-Submitted", "auto-replied")]
    return message(hdrs, text_part(ack_text(lang, ticket, name, subj, when), cte=cte))


# ================================================================ COMPLAINTS

# C1 fr pensions - neighbour writes for an 84-year-old lady; ISO-8859-1 8bit plain text
t = """Madame, Monsieur,

Je vous écris pour ma voisine, Madame Ghislaine Dethier, qui a 84 ans et qui n'a pas d'ordinateur ni de GSM qui fait internet. Elle est assise à côté de moi pendant que j'écris et elle me demande de bien dire qu'elle est très fâchée, mais poliment.

Voilà l'histoire. En novembre son agence de banque à Stavelot a fermé (comme toutes les agences d'ailleurs, mais ça c'est un autre sujet) et elle a dû ouvrir un compte dans une autre banque à Malmedy, parce que sa fille travaille là. Elle a rempli le papier pour changer le numéro de compte, on l'a envoyé par recommandé le 2 décembre, j'ai encore le petit reçu de la poste. Et depuis, rien. L'argent de sa retraite de janvier n'est pas arrivé sur le nouveau compte, ni sur l'ancien qui est clôturé. En février pareil. Elle vit de ça, elle n'a rien d'autre à part un petit carnet d'épargne qui fond comme neige au soleil.

J'ai téléphoné au numéro qui est sur ses lettres. La première fois j'ai attendu 40 minutes avec la musique et puis ça a coupé. La deuxième fois une dame m'a dit qu'elle ne pouvait pas me parler parce que je ne suis pas Madame Dethier. Alors j'ai passé le téléphone à Madame Dethier, qui entend mal, et la dame lui a dit de "faire la démarche en ligne avec sa carte d'identité". Madame Dethier a 84 ans !! Elle ne sait pas ce que c'est un lecteur de carte. La dame a dit que ce n'était "pas son problème" et qu'il fallait envoyer un courrier. On a DÉJÀ envoyé un courrier.

Je ne demande pas de faveur. Je demande qu'on retrouve le papier du changement de compte, qu'on verse l'argent de janvier et février, et que quelqu'un rappelle Madame Dethier sur son fixe (080 21 47 90) en parlant lentement et fort. Elle est là tous les jours sauf le jeudi matin (kiné).

Son numéro de registre national : 41.06.12-204.37 (recopié de sa carte, j'espère que c'est bon)
Nouveau compte : BE62 0635 1148 2290

Merci d'avance, et excusez-moi si ce n'est pas la bonne adresse, sur internet on m'a dit que c'était ici pour les plaintes.

Jean-Marie Lecloux
(voisin, rue du Vieux Moulin 14, 4970 Stavelot)
pour Madame Ghislaine Dethier, même rue n° 16
"""
add(message([
    ("Return-Path", "<jm.lecloux@skynet.example.be>"),
    ("Received", received("smtp-out3.skynet.example.be", "198.51.100.23", when=date(2026, 2, 16, 10, 2, 44))),
    ("From", addr("Jean-Marie Lecloux", "jm.lecloux@skynet.example.be")),
    ("To", MAILBOX),
    ("Subject", "Pour Madame Dethier de Stavelot (urgent s.v.p.)"),
    ("Date", date(2026, 2, 16, 10, 2, 31)),
    ("Message-ID", "<%s@skynet.example.be>" % hexid(20)),
    ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
], text_part(wrap(t), cs="iso-8859-1", cte="8bit")),
    "complaint", "fr", "pensions", None,
    "Neighbour writes for an 84-year-old lady: retirement money not paid after a change of bank account, "
    "phone agent refused to talk to him and was dismissive. Never names the pension service ('l'argent de sa "
    "retraite'). Long, rambling. text/plain ISO-8859-1 8bit, ASCII subject.")

# C2 nl social_security - daughter for her mother with MS; Gmail multipart/alternative UTF-8 QP
t = """Goeiedag,

Ik schrijf voor mijn moeder, Rita Vanhoudt-Claes (58), want zij is er zelf niet meer toe in staat sinds haar MS erger geworden is. Sorry als dit niet bij de juiste dienst terechtkomt maar ik weet echt niet meer waar ik moet aankloppen.

In mei vorig jaar hebben we via het ziekenfonds de aanvraag gedaan voor het geld voor haar handicap (de sociaal assistente van het ziekenfonds heeft alles ingevuld op de computer). Daarna kregen we een brief dat ze een medisch onderzoek moest ondergaan. In september kwam de uitnodiging, in Hasselt. Ik heb verlof genomen, ik heb een rolstoeltaxi geregeld (€ 62!!) en toen we daar aankwamen hing er een papiertje op de deur dat de consultaties van die dag geannuleerd waren. Niemand had ons verwittigd. Geen mail, geen telefoon, niks.

Sindsdien hebben we niks meer gehoord. Ik heb het gratis nummer wel twintig keer gebeld. Meestal krijg je "al onze medewerkers zijn in gesprek" en dan wordt er gewoon ingehaakt. Eén keer had ik iemand aan de lijn en die zei dat het dossier "in behandeling" is en dat er geen termijn gegeven kan worden. Negen maanden!

Mijn moeder leeft nu van een ziekte-uitkering en wij leggen elke maand bij voor de thuisverpleging en de aanpassingen aan de badkamer. Ik vind het echt onmenselijk hoe er met mensen wordt omgegaan. Ze voelt zich een last en dat is ze niet.

Ik wil gewoon weten wanneer ze een nieuwe afspraak krijgt en of ze eventueel thuis onderzocht kan worden, want de rit naar Hasselt is voor haar een calvarie.

Rijksregisternummer mama: 67.09.23-158.44
Adres: Weg naar As 212, 3600 Genk

Met vriendelijke groeten,
Kelly Vanhoudt
0470 18 52 96
"""
add(message([
    ("Received", received("mail-sor-f41.gmail.example.com", "203.0.113.41", when=date(2026, 2, 3, 21, 47, 9))),
    ("From", addr("Kelly Vanhoudt", "kelly.vanhoudt@gmail.example.com")),
    ("To", MAILBOX),
    ("Subject", "dossier van mijn moeder - al 9 maanden niks"),
    ("Date", date(2026, 2, 3, 21, 47, 2)),
    ("Message-ID", "<CAJ%s@mail.gmail.example.com>" % alnum(38)),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="Arial, sans-serif"), sub="html")],
             style="gmail")),
    "complaint", "nl", "social_security", None,
    "Daughter writes for her mother: disability allowance ('het geld voor haar handicap') application stuck "
    "9 months, medical exam cancelled without notice, phone hangs up. Ends with questions but dominant intent "
    "is a complaint. Agency never named. Gmail multipart/alternative UTF-8 QP.")

# C3 de unemployment - terse; ISO-8859-1 QP, Q-encoded subject
t = """Guten Tag,

drei Mal bin ich jetzt nach Eupen zur Hilfskasse gefahren, jedes Mal zu den Öffnungszeiten die auf Ihrer Internetseite stehen (Dienstag 9-12 Uhr). Drei Mal war die Tür zu. Kein Zettel, nichts. Am Telefon geht keiner dran.

Ich brauche nur eine neue Kontrollkarte und jemand der mir erklärt warum für Januar 212 Euro weniger gekommen sind. Ich wohne in Büllingen, das sind jedes Mal 100 km hin und zurück.

So geht man nicht mit Menschen um.

G. Mießen
"""
add(message([
    ("Received", received("mx.proximus.example.be", "192.0.2.77", when=date(2026, 1, 27, 13, 5, 51))),
    ("From", addr("Gerd Mießen", "g.miessen@proximus.example.be", cs="iso-8859-1")),
    ("To", MAILBOX),
    ("Subject", ew("Öffnungszeiten Hilfskasse Eupen", "iso-8859-1")),
    ("Date", date(2026, 1, 27, 13, 5, 40)),
    ("Message-ID", "<%s.%s@proximus.example.be>" % (hexid(12), hexid(6))),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
], text_part(wrap(t), cs="iso-8859-1")),
    "complaint", "de", "unemployment", None,
    "Short angry complaint: payment body office (Hilfskasse = CAPAC/HVW) closed during posted hours, phone "
    "unanswered. Asks why January was lower but does not contest it -> complaint. 'Kontrollkarte' is the only "
    "unemployment cue. text/plain ISO-8859-1 QP; ISO-8859-1 Q subject and display name.")

# C4 en police - roadside alcohol check, officer conduct; multipart/alternative base64
t = """Hello,

I'm not sure who handles this, the website sent me from one page to another, so I'm writing here.

Last Saturday (7 February) around 23:40 I was stopped at a checkpoint on Boulevard Général Jacques. Fine, I have no problem with alcohol checks, I had not been drinking and the test showed 0.00. What I do have a problem with is the way the guy who did the check spoke to me (tall, shaved head, I didn't get a name or number because he refused to give it).

When he heard my accent he switched to "you people always think rules are optional here". He kept my driving licence and my residence card for more than twenty minutes while I stood next to the car in the rain, and when I asked if there was a problem he said "c'est moi qui pose les questions, madame". His colleague, a young woman, actually apologised to me afterwards, which says enough.

I got no fine, no paper, nothing. So officially nothing happened. But I was shaking when I drove home and I've lived in Brussels for nine years without ever feeling like that.

Two questions: is there a way to find out who he was? And will I hear back from someone, or does this just disappear?

Regards,
Siobhan Kearney-Duval
Rue des Champs 88, 1040 Etterbeek
"""
add(message([
    ("Received", received("outbound.mailer.example.com", "203.0.113.9", when=date(2026, 2, 9, 8, 12, 3))),
    ("From", addr("Siobhan Kearney-Duval", "siobhan.kd@mailer.example.com")),
    ("To", MAILBOX),
    ("Subject", "Treatment at a roadside check, Boulevard General Jacques, Saturday night"),
    ("Date", date(2026, 2, 9, 8, 11, 56)),
    ("Message-ID", "<%s@mailer.example.com>" % hexid(24)),
], multipart("alternative", [text_part(t, cte="base64"),
                             text_part(html_doc(t, font="Helvetica, Arial"), sub="html", cte="base64")])),
    "complaint", "en", "police", None,
    "Police CONDUCT at an alcohol check ('the guy who did the check', never says 'police officer'); no fine, "
    "nothing contested; ends with two questions -> complaint, police. multipart/alternative, both parts "
    "UTF-8 base64.")

# C5 fr foreign_affairs - legalisation stamp, HTML-only windows-1252 QP
t = """Bonjour,

J'ai besoin du cachet sur l'acte de naissance de ma fille Yasmina pour qu'il soit valable à l'étranger (elle se marie au Maroc le 14 mars). La commune de Schaerbeek m'a dit que ce n'est pas eux, que c'est « les Affaires étrangères » à Bruxelles.

Sur votre site il faut prendre rendez-vous. Depuis le 5 janvier j'essaie tous les jours, même à minuit comme m'a conseillé un monsieur au guichet, il n'y a JAMAIS de place. Alors j'ai envoyé les documents par la poste le 19 janvier avec le virement de 20 €, comme c'est expliqué sur la page.

Hier j'ai reçu l'enveloppe en retour. Les documents sont dedans, SANS le cachet, sans une lettre, sans rien. Juste mes papiers. Mes 20 € sont partis par contre.

Je ne comprends pas ce qu'on a fait de travers. Est-ce qu'il manquait quelque chose ? Pourquoi personne ne l'écrit ? Le numéro de téléphone ne fait que dire d'aller voir le site.

Il reste trois semaines et demie. Je voudrais savoir ce que je dois faire et je voudrais que quelqu'un s'excuse franchement parce que ma fille pleure tous les soirs.

Fatima Bensaïd-El Ouali
Avenue Rogier 301, 1030 Schaerbeek
0487 30 61 15
"""
h = html_doc(t, font="Verdana, sans-serif").replace("charset=utf-8", "charset=windows-1252")
add(message([
    ("Received", received("mail.outlook.example.com", "198.51.100.140", when=date(2026, 2, 18, 23, 58, 20))),
    ("From", addr("Fatima Bensaïd", "fatima.bensaid75@outlook.example.com", cs="windows-1252")),
    ("To", MAILBOX),
    ("Subject", ew("Reçu mes papiers sans cachet - mariage dans 3 semaines !!!", "windows-1252")),
    ("Date", date(2026, 2, 18, 23, 58, 11)),
    ("Message-ID", "<AM%s@AM0PR.eurprd.outlook.example.com>" % alnum(20)),
], text_part(h, sub="html", cs="windows-1252")),
    "complaint", "fr", "foreign_affairs", None,
    "Legalisation of a birth certificate described as 'le cachet ... pour qu'il soit valable à l'étranger'; "
    "documents returned without stamp or explanation, appointments impossible. Contains questions, but is a "
    "complaint. HTML-only windows-1252 QP (euro sign, guillemets), windows-1252 Q subject/display name.")

# C6 nl mobility - social worker for a refugee; driving licence exchange; mixed + PDF
t = """Geachte,

Als maatschappelijk werker van het OCMW Kortrijk begeleid ik dhr. Omar Haddad (°1988), erkend vluchteling, in zijn traject naar werk. Met zijn schriftelijke toestemming (zie bijlage) richt ik deze klacht aan u.

Op 12 juni 2025 heeft dhr. Haddad bij de dienst Burgerzaken van Kortrijk de omwisseling aangevraagd van zijn Syrisch rijbewijs (categorieën B en C). Het originele rijbewijs werd toen ingehouden en volgens de stad doorgestuurd naar de FOD voor een echtheidscontrole. Men sprak van "enkele weken".

Vandaag, acht maanden later, is er nog steeds geen beslissing. De stad verwijst naar de FOD, de FOD antwoordt niet op onze mails (verstuurd op 3/10, 14/11 en 9/01 naar het adres op de website, nooit een ontvangstmelding) en het telefoonnummer geeft enkel een keuzemenu dat eindigt met "raadpleeg onze website".

Het gevolg is zeer concreet: dhr. Haddad had een belofte van werk als chauffeur bij een transportbedrijf in Harelbeke. Die job is intussen naar iemand anders gegaan. Hij heeft op dit moment geen enkel rijbewijs, ook het origineel niet, en kan dus zelfs geen voorlopig rijbewijs aanvragen.

Wij vragen:
- een stand van zaken van het dossier;
- een redelijke termijn voor de beslissing;
- de bevestiging dat het originele document niet verloren is (hij heeft er geen kopie van, enkel een foto op zijn gsm).

Alvast bedankt voor uw aandacht.

Met vriendelijke groeten,

Lotte Debaere
Maatschappelijk werker – Dienst Activering
OCMW Kortrijk
Budastraat 127, 8500 Kortrijk
tel. 056 27 80 14
"""
add(message([
    ("Received", received("smtp.ocmw-kortrijk.example.be", "192.0.2.201", when=date(2026, 2, 10, 14, 33, 2))),
    ("From", addr("Debaere Lotte", "lotte.debaere@ocmw-kortrijk.example.be")),
    ("To", MAILBOX),
    ("Cc", addr("Haddad Omar", "omar.haddad88@gmail.example.com")),
    ("Subject", "Omwisseling buitenlands rijbewijs dhr. Haddad - geen nieuws na 8 maanden"),
    ("Date", date(2026, 2, 10, 14, 32, 50)),
    ("Message-ID", "<%s@ocmw-kortrijk.example.be>" % hexid(26)),
    ("User-Agent", "Mozilla Thunderbird 128.6.0"),
], multipart("mixed", [text_part(t),
                       bin_part(fake_pdf("Toestemming O. Haddad"), "application/pdf",
                                "toestemming Haddad.pdf")], style="tb")),
    "complaint", "nl", "mobility", None,
    "Social worker (OCMW) writes for a refugee: exchange of a foreign driving licence pending 8 months, "
    "original document retained, mails unanswered, lost job. Only 'de FOD', agency never named. "
    "multipart/mixed: text/plain UTF-8 QP + PDF (filename with space).")

# C7 fr taxes - self-employed plumber, advance payments missing; Outlook windows-1252 QP, CRLF
t = """Bonjour,

Je m'appelle Roger Pirotte, plombier indépendant à Seraing depuis 1987, et je vous écris parce que je commence vraiment à perdre patience et ma femme dit que je vais finir par faire un infarctus.

L'année passée j'ai fait comme chaque année mes versements anticipés, quatre fois 1.250 €, avec la communication structurée que mon comptable m'avait donnée. Tout est parti de mon compte, j'ai les extraits. Seulement, sur MyMinfin il n'y a que deux versements qui apparaissent. Les deux autres (juillet et octobre) ont disparu. 2.500 €, ce n'est pas rien pour un petit indépendant.

J'ai téléphoné au numéro général. On m'a dit de contacter « le bureau de recettes ». Le bureau de recettes m'a dit que c'était « le service des versements anticipés ». Ce service-là, je n'ai jamais réussi à les avoir, ça sonne dans le vide. Mon comptable a envoyé deux mails, pas de réponse non plus. J'ai même été au bureau de Liège : on ne reçoit que sur rendez-vous, et le rendez-vous se prend… par téléphone. Au même numéro. Je vous laisse juger.

Je ne conteste rien, je n'ai reçu aucun calcul pour le moment, je veux juste savoir où est mon argent avant que ma déclaration soit traitée et qu'on me colle une majoration pour des versements que j'ai bel et bien faits. Est-ce que quelqu'un peut regarder ? Est-ce que je dois refaire les virements ?? (certainement pas, mais bon)

Les références :
N° national : 62.11.30-087.61
Versement du 08/07/2025 : 1.250,00 € – communication +++812/4471/90235+++
Versement du 09/10/2025 : 1.250,00 € – communication +++812/4471/90336+++

Merci de me répondre par mail, je suis sur chantier toute la journée.

Roger Pirotte
Sanitaire & Chauffage Pirotte
Rue du Molinay 41, 4100 Seraing
"""
h = html_doc(t, head_style="p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}")
h = h.replace("charset=utf-8", "charset=windows-1252")
add(message([
    ("Received", received("EUR05-AM6-obe.outbound.protection.outlook.example.com", "198.51.100.66",
                          when=date(2026, 2, 12, 6, 41, 37))),
    ("From", addr("Roger Pirotte", "info@pirotte-sanitaire.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Où est passé mon argent ??? (versements anticipés)", "windows-1252")),
    ("Date", date(2026, 2, 12, 6, 41, 29)),
    ("Message-ID", "<DB9PR%s@DB9PR.eurprd.outlook.example.com>" % alnum(22)),
    ("Thread-Index", "Adx" + alnum(29) + "=="),
    ("X-MS-Has-Attach", ""),
    ("Content-Language", "fr-BE"),
], multipart("alternative", [text_part(t, cs="windows-1252"), text_part(h, sub="html", cs="windows-1252")],
             style="outlook"), crlf=True),
    "complaint", "fr", "taxes", None,
    "Advance tax payments ('versements anticipés') not booked, runaround between offices; says explicitly "
    "'je ne conteste rien' and asks questions -> complaint, taxes (SPF Finances never named). Outlook "
    "multipart/alternative windows-1252 QP both parts; windows-1252 Q subject; CRLF line endings.")

# C8 de foreign_affairs - son's passport stolen in Australia; multipart/alternative UTF-8 QP
t = """Sehr geehrte Damen und Herren,

mein Sohn Lukas (23) macht seit Oktober ein Working-Holiday-Jahr in Australien. Anfang Januar wurde ihm in Melbourne der Rucksack mit dem Reisepass gestohlen. Er hat sich sofort bei der Botschaft in Canberra gemeldet – per Mail, auf Deutsch, weil das seine Muttersprache ist und Deutsch eine der drei Landessprachen Belgiens ist.

Die Antwort kam nach neun Tagen, auf Englisch: „Please note that we can only assist you in Dutch, French or English.“ Er hat dann auf Englisch geschrieben, was für ihn kein Problem ist, aber darum geht es nicht. Danach hieß es, er müsse für einen Notpass persönlich nach Canberra kommen, obwohl es (so stand es jedenfalls auf Ihrer Internetseite) ein Honorarkonsulat in Melbourne gibt. Niemand hat ihm erklärt warum. Die Reise nach Canberra hat ihn 480 australische Dollar gekostet, für ihn ein halber Monatslohn als Erntehelfer.

Insgesamt hat es drei Wochen gedauert, bis er wieder ein Dokument hatte. In dieser Zeit konnte er nicht arbeiten, weil sein Arbeitgeber einen Ausweis sehen wollte.

Ich möchte mich hiermit offiziell beschweren: über die Sprache, über die lange Antwortzeit und über die widersprüchlichen Angaben auf der Internetseite. Ich erwarte nicht, dass Sie ihm das Geld zurückzahlen, aber ich erwarte, dass man in Zukunft auch deutschsprachige Belgier ernst nimmt.

Mit freundlichen Grüßen
Monika Theissen-Kessler
Wiesenbachstraße 7
4780 Sankt Vith
"""
add(message([
    ("Received", received("mout.webmail.example.net", "203.0.113.88", when=date(2026, 2, 2, 19, 20, 11))),
    ("From", addr("Monika Theissen-Kessler", "m.theissen@webmail.example.net")),
    ("To", MAILBOX),
    ("Subject", ew("Reisepass meines Sohnes in Australien – keine Hilfe auf Deutsch")),
    ("Date", date(2026, 2, 2, 19, 20, 4)),
    ("Message-ID", "<%s@webmail.example.net>" % alnum(30)),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="Arial"), sub="html")])),
    "complaint", "de", "foreign_affairs", None,
    "Mother complains about an embassy (language, 9-day reply time, contradictory information). 'gestohlen' "
    "is the backstory, not a police matter; 'beschweren' in its everyday sense. Quotes one English sentence; "
    "language de. multipart/alternative UTF-8 QP; UTF-8 Q subject with en dash.")

# C9 en other - the complaint web form itself; text/plain UTF-8 8bit
t = """Hi,

Writing to this address because your online complaint form does not work, which is a bit ironic.

1. It refuses my first name. "Noël" gives "invalid characters in field". My name has had a diaeresis for 41 years, I'm not changing it for a web form.
2. After I typed "Noel" instead and wrote a fairly long text (about my mother's pension, but that's a separate thing that I'll send later), the form said "session expired" when I clicked submit and everything was gone. I'd been typing for maybe 12 minutes.
3. Second attempt, shorter text, same result.

No timer is shown, no warning. Please either fix it or at least put a counter on the page so people know they have ten minutes.

Noël Van den Broeck
Leuven
"""
add(message([
    ("Received", received("smtp.telenet.example.be", "198.51.100.12", when=date(2026, 1, 21, 22, 14, 8))),
    ("From", addr("Noël Van den Broeck", "noel.vdbroeck@telenet.example.be", mode="b")),
    ("To", MAILBOX),
    ("Subject", "Your complaint form ate my complaint (twice)"),
    ("Date", date(2026, 1, 21, 22, 13, 59)),
    ("Message-ID", "<%s@telenet.example.be>" % hexid(18)),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
], text_part(wrap(t), cte="8bit")),
    "complaint", "en", "other", None,
    "Complaint about the complaint web form itself (rejects diaeresis, session timeout loses text) -> other; "
    "the mention of his mother's pension is a distractor (that complaint is 'for later'). text/plain UTF-8 "
    "8bit; B-encoded display name.")

# C10 nl police - web-form notification, granddaughter for grandparents at airport border control
fields_nl = [("Naam", "Britt Peeters"), ("E-mail", "britt.peeters@telenet.example.be"),
             ("Telefoon", "0496 42 77 10"), ("Postcode", "2400"),
             ("Betreft dienst", "Weet ik niet / Andere"), ("Taal van antwoord", "Nederlands")]
msg = """Ik dien deze klacht in namens mijn grootouders, Jozef (81) en Maria (79) Peeters uit Mol. Op 22 januari vlogen ze vanuit Zaventem naar Tenerife. Mijn grootvader zit in een rolstoel. Bij de paspoortcontrole werden ze door een agent apart genomen omdat de foto in het paspoort van mijn opa "niet meer leek". Dat kan, hij is 20 kilo vermagerd na zijn chemo. Maar de manier waarop! De agent sprak alleen Frans, werd steeds luider toen mijn opa het niet begreep, en zei tegen een collega "encore des vieux qui ne comprennent rien" (mijn oma verstaat Frans wel).

Ze hebben drie kwartier in een zijkamer gezeten zonder water, mijn opa moest naar het toilet en dat mocht niet. Uiteindelijk mochten ze door, met excuses van een andere agent, maar ze hebben hun vlucht bijna gemist en de hele vakantie was voor mijn grootvader verpest.

Ik wil dat dit onderzocht wordt en dat deze agent hierop aangesproken wordt. Mijn grootouders willen graag een schriftelijk antwoord in het Nederlands op hun adres: Kapelstraat 19, 2400 Mol."""
plain = "Nieuw bericht via het klachtenformulier op de website.\n\n"
plain += "\n".join("%s: %s" % kv for kv in fields_nl) + "\n\nBericht:\n" + msg + "\n\n--\nDit bericht werd automatisch gegenereerd. Antwoorden naar de indiener: zie Reply-To.\n"
rows = "".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>\n" % (html.escape(k), html.escape(v))
               for k, v in fields_nl)
hbody = ("<html><body style=\"font-family:Arial\"><h3>Nieuw bericht via het klachtenformulier</h3>\n"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n%s"
         "<tr><th align=\"left\" valign=\"top\">Bericht</th><td>%s</td></tr>\n</table>\n"
         "<p style=\"color:#888\">Dit bericht werd automatisch gegenereerd.</p></body></html>\n"
         % (rows, html.escape(msg).replace("\n\n", "<br><br>\n")))
add(message([
    ("Received", "from web-frontend2.federal.example.be (web-frontend2.federal.example.be [10.20.1.12])\n"
                 "\tby mx1.federal.example.be (Postfix) with ESMTP id 4f7Kx1; " + date(2026, 1, 29, 20, 4, 1)),
    ("From", addr("Webformulier Klachten", "no-reply-webform@federal.example.be")),
    ("Reply-To", addr("Britt Peeters", "britt.peeters@telenet.example.be")),
    ("To", MAILBOX),
    ("Subject", "[Webformulier] Nieuwe klacht - Britt Peeters"),
    ("Date", date(2026, 1, 29, 20, 4, 0)),
    ("Message-ID", "<webform.%s@federal.example.be>" % hexid(16)),
    ("X-Webform-Id", "klacht_nl"),
], multipart("alternative", [text_part(wrap(plain, 76)), text_part(hbody, sub="html")])),
    "complaint", "nl", "police", None,
    "WEB-FORM notification from no-reply-webform@ (citizen in Reply-To and fields; service field 'Weet ik "
    "niet / Andere'). Granddaughter complains about conduct of a border-control officer at the airport "
    "('een agent', never 'politie'); 'vlucht' = flight. Quotes a French sentence; language nl. "
    "multipart/alternative plain + HTML table, UTF-8 QP.")

# C11 fr unemployment - young man, SMS style, Android base64
t = """bonjour

ca fait 3 mois que je recois plus rien. le syndicat me dit que c l'onem qui bloque mon dossier, l onem me dit que c le syndicat qui a pas envoyer les papiers. j'ai fait tout ce qu'on ma dit, j ai remplis ma carte de chomage sur l'appli chaque mois sans exception. je paye plus mon loyer et mon proprio veut me mettre dehors.

personne répond au tel, au syndicat ya 2h de file pour qu'on te dise "revenez la semaine prochaine". vous etes la pour les plaintes non ? alors voila ma plainte.

Ilyes Boukhari
Anderlecht
NN 99.04.17-311.05

Envoyé de mon smartphone Samsung Galaxy.
"""
add(message([
    ("Received", received("mail-yw1-f170.gmail.example.com", "203.0.113.170", when=date(2026, 2, 21, 1, 17, 40))),
    ("From", addr("Ilyes B", "ilyes.b1999@gmail.example.com")),
    ("To", MAILBOX),
    ("Subject", "chomage bloquer depuis novembre"),
    ("Date", date(2026, 2, 21, 1, 17, 33)),
    ("Message-ID", "<%s@email.android.example.com>" % alnum(32)),
], text_part(t, cte="base64")),
    "complaint", "fr", "unemployment", None,
    "Short, SMS-style complaint with typos: no benefits for 3 months, ping-pong between the union (payment "
    "body) and ONEM; 'ma carte de chomage'. Says 'voila ma plainte' but contests nothing. text/plain UTF-8 "
    "base64 (Android), no line wrapping.")

# C12 de social_security - social worker (ÖSHZ) for a woman on sick leave; ISO-8859-1 QP
t = """Sehr geehrte Damen und Herren,

im Namen und mit Einverständnis von Frau Nadine Lemmens (geb. 14.03.1979), wohnhaft in Kelmis, wende ich mich als Sozialarbeiterin des ÖSHZ an Sie.

Frau Lemmens ist seit April 2025 arbeitsunfähig. Gegen die Entscheidung über ihre Arbeitsunfähigkeit selbst hat sie nichts einzuwenden, darum geht es in dieser Mail ausdrücklich nicht. Es geht um den Umgang mit ihr:

- Alle Schreiben zur Wiedereingliederung erreichen sie ausschließlich auf Französisch, obwohl Kelmis zum deutschen Sprachgebiet gehört.
- Die Einladung zur Untersuchung beim Vertrauensarzt kam zwei Tage vor dem Termin, nach Verviers, ohne jede Möglichkeit einer Übersetzung. Frau Lemmens versteht nur wenig Französisch und hat bei dem Termin nach eigenen Angaben kaum etwas verstanden.
- Anschließend wurde ihr ein Formular zugeschickt, das sie binnen 8 Tagen unterschrieben zurückschicken soll, ebenfalls nur auf Französisch.

Die Krankenkasse hat auf unsere Nachfrage an "Brüssel" verwiesen.

Wir bitten darum, dass Frau Lemmens künftig Schreiben in deutscher Sprache erhält, und um die Zusendung des Formulars auf Deutsch. Können Sie uns außerdem sagen, ob die Frist von 8 Tagen unter diesen Umständen weiterläuft?

Mit freundlichen Grüßen

Anja Kever
Sozialarbeiterin - Allgemeiner Sozialdienst
ÖSHZ Kelmis
Tel. 087 65 90 31
"""
add(message([
    ("Received", received("mail.oeshz-kelmis.example.be", "192.0.2.150", when=date(2026, 1, 14, 11, 26, 45))),
    ("From", addr("Kever Anja (ÖSHZ Kelmis)", "anja.kever@oeshz-kelmis.example.be", cs="iso-8859-1")),
    ("To", MAILBOX),
    ("Subject", ew("Beschwerde Frau N. Lemmens - Schreiben nur auf Französisch", "iso-8859-1")),
    ("Date", date(2026, 1, 14, 11, 26, 38)),
    ("Message-ID", "<%s@oeshz-kelmis.example.be>" % hexid(22)),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text_part(t, cs="iso-8859-1")),
    "complaint", "de", "social_security", None,
    "Social worker of the ÖSHZ (German CPAS) writes for a woman on sick leave: French-only letters on "
    "reintegration, medical exam notice two days ahead. Says explicitly the incapacity decision is NOT "
    "contested; 'Beschwerde' in the subject is the everyday sense -> complaint, social_security. Contains a "
    "question. text/plain ISO-8859-1 QP; ISO-8859-1 Q subject and display name.")

# C13 nl taxes - forwarded by a regional administration as message/rfc822; CRLF
inner_t = """Geachte,

Mijn moeder, Godelieve Verstraete, is overleden op 3 augustus 2025. Sindsdien krijgt zij elke maand post van de belastingen. Eerst het aanslagbiljet, dat is normaal, dat hebben wij als erfgenamen betaald op 2 december (bewijs heb ik). Daarna in januari een "herinnering" en vorige week een aangetekende "aanmaning" met dreiging van een gerechtsdeurwaarder. Allemaal op haar naam, "Mevrouw G. Verstraete", op het adres in Zwevegem waar enkel mijn vader nog woont.

Het gaat mij niet om het bedrag, dat is betaald en daar heb ik geen discussie over. Het gaat erom dat mijn vader elke keer die brieven opent en dan weer een hele dag overstuur is. Ik heb al drie keer gebeld en telkens gezegd dat ze overleden is, telkens "we noteren het".

Kan dit alstublieft stoppen.

Dirk Verstraete
Otegemstraat 240
8550 Zwevegem
"""
inner = message([
    ("From", addr("Dirk Verstraete", "dirk.verstraete@scarlet.example.be")),
    ("To", addr("Vlaamse Belastingdienst klachten", "klachten@belastingen.vlaanderen.example.be")),
    ("Subject", "brieven aan mijn overleden moeder"),
    ("Date", date(2026, 2, 4, 18, 2, 10)),
    ("Message-ID", "<%s@scarlet.example.be>" % hexid(20)),
], text_part(wrap(inner_t), cte="8bit"))
cover = """Geachte collega's,

Onderstaande klacht kwam bij ons binnen maar betreft de personenbelasting, een federale bevoegdheid. Wij bezorgen ze u ter verdere behandeling. De burger werd hiervan op de hoogte gebracht.

Met vriendelijke groet,

Klachtenmanagement
Vlaamse Belastingdienst (voorbeeld)
Ons kenmerk: VLB-KL-2026-00871
"""
add(message([
    ("Received", received("relay.vlaanderen.example.be", "198.51.100.200", when=date(2026, 2, 6, 9, 15, 22))),
    ("From", addr("Klachtenmanagement Vlaamse Belastingdienst", "klachten@belastingen.vlaanderen.example.be")),
    ("To", MAILBOX),
    ("Subject", "Doorgestuurd: klacht betreft federale bevoegdheid (personenbelasting) - VLB-KL-2026-00871"),
    ("Date", date(2026, 2, 6, 9, 15, 14)),
    ("Message-ID", "<%s@belastingen.vlaanderen.example.be>" % hexid(24)),
], multipart("mixed", [text_part(wrap(cover)), rfc822_part(inner, 'attachment; filename="klacht.eml"')]),
    crlf=True),
    "complaint", "nl", "taxes", None,
    "FORWARD by a regional (Flemish) tax administration carrying the citizen's mail as message/rfc822: the "
    "complainant is the inner From. Son complains about reminders addressed to his deceased mother; the tax "
    "itself is paid and not contested -> complaint, taxes. Outer note has its own non-PLT reference. Inner "
    "text/plain UTF-8 8bit; CRLF line endings.")

# C14 fr other - museum accessibility
t = """Madame, Monsieur,

Le mercredi 28 janvier, j'ai voulu visiter l'exposition temporaire du musée fédéral du Mont des Arts avec mon mari, qui se déplace en chaise roulante depuis son AVC. Nous avions vérifié sur le site : « bâtiment entièrement accessible ».

Sur place : l'ascenseur de l'entrée principale était en panne (« depuis trois semaines », nous a dit un gardien). On nous a envoyés vers une entrée de service sur le côté ; cette porte était fermée. Après vingt minutes sous la pluie, une dame de l'accueil est venue nous ouvrir en soupirant et en nous disant que « normalement les personnes comme vous préviennent ».

Comment prévenir d'une panne que le site ne mentionne pas ? Et « les personnes comme vous »… Mon mari n'a rien dit, mais je l'ai vu.

Nous avons payé deux entrées plein tarif. Je ne demande pas le remboursement, je demande que le site soit mis à jour et que le personnel d'accueil soit formé. J'ai été institutrice pendant 38 ans, je sais que tout le monde peut apprendre la politesse.

Bernadette Collignon
Wavre
"""
add(message([
    ("Received", received("smtp.voo.example.be", "192.0.2.33", when=date(2026, 1, 30, 15, 48, 2))),
    ("From", addr("Bernadette Collignon", "b.collignon@voo.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Accès PMR au musée – une honte")),
    ("Date", date(2026, 1, 30, 15, 47, 51)),
    ("Message-ID", "<%s@voo.example.be>" % hexid(20)),
    ("User-Agent", "Mozilla Thunderbird 115.18.0"),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="Georgia, serif"), sub="html")],
             style="tb")),
    "complaint", "fr", "other", None,
    "Accessibility of a federal museum (broken lift, locked side door, rude receptionist) -> none of the seven "
    "domains -> other. multipart/alternative UTF-8 QP; UTF-8 Q subject.")

# C15 en pensions - daughter in Ireland for mother in a care home in Luxembourg; JPG attachment
t = """Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Liliane Schmit-Walsh. She is 88 and has Alzheimer's, so I (her daughter, I live in Cork) handle her paperwork as far as I can from abroad. I'm sorry I can't write in French, my French is school level.

She lived in Arlon all her life, but since last spring she has been in a care home just across the border in Luxembourg (Steinfort). My father, Patrick Walsh, passed away on 14 September 2025. He had a Belgian pension from his years at the steelworks, and since his death my mother is supposed to get the money that goes to the widow. I understand it was approved: a letter came in November saying she would receive it.

The problem is this: since December the payments have been stopped because of a "certificat de vie" that you say was not returned. We returned it. Three times. The first time by normal post in October, the second time by registered mail on 2 December (photo of the receipt attached), and the third time the care home sent it themselves with the stamp of the commune. Each time we get a new letter saying the same thing.

Nobody answers the phone in English, and when my cousin called in French she was told "the system shows nothing".

My mother doesn't understand why she has no money. The care home is asking for the January and February invoices.

Could you please make sure someone actually looks at the file? And could somebody write to me by email, in English if at all possible?

Kind regards,
Aoife Walsh
Cork, Ireland
+353 21 490 0000
"""
add(message([
    ("Received", received("mail.eircom.example.net", "203.0.113.21", when=date(2026, 2, 24, 10, 30, 59))),
    ("From", addr("Aoife Walsh", "aoife.walsh@eircom.example.net")),
    ("To", MAILBOX),
    ("Subject", "My mother's payments since Dad died - form asked for 3 times"),
    ("Date", date(2026, 2, 24, 9, 30, 50, "+0000")),
    ("Message-ID", "<%s@eircom.example.net>" % alnum(26)),
    ("X-Mailer", "iPad Mail (22D82)"),
], multipart("mixed", [text_part(t), bin_part(fake_jpg(), "image/jpeg", "IMG_4471.jpeg")], style="apple")),
    "complaint", "en", "pensions", None,
    "Daughter abroad writes for her mother with dementia: survivor pension ('the money that goes to the "
    "widow') stopped because a life certificate was 'not received' three times; wrong information by phone. "
    "Complaint with a final request/question. multipart/mixed: text/plain UTF-8 QP + JPEG; sender in Ireland "
    "(+0000).")

# ================================================================ APPEALS

# A1 de taxes - accountant: "Beschwerde gegen den Steuerbescheid"; ISO-8859-1 QP + PDF
t = """Sehr geehrte Damen und Herren,

hiermit reiche ich im Auftrag meiner Mandanten, Herrn Patrick Kohnen und Frau Sandra Jacobs, wohnhaft Hochstraße 112, 4700 Eupen, fristgerecht Beschwerde gegen den Steuerbescheid für das Veranlagungsjahr 2025 (Einkünfte 2024), Artikelnummer 713.442.118, Versanddatum 18.12.2025, ein.

Begründung:

1. Die Kosten der Kinderbetreuung für die Tochter Emma (geb. 2021) in Höhe von 2.316,00 EUR wurden in Code 1384 ordnungsgemäß angegeben, bei der Berechnung jedoch nicht berücksichtigt. Die Bescheinigung der Kinderkrippe liegt bei.

2. Die Zahlungen für das Hypothekendarlehen wurden nur bei Herrn Kohnen angerechnet, obwohl beide Ehepartner Kreditnehmer sind und jeweils zur Hälfte zahlen (siehe Bescheinigung der Bank, ebenfalls in der Anlage).

Ich beantrage daher die Berichtigung des Steuerbescheids und die Erstattung des zu viel gezahlten Betrags zuzüglich Zinsen.

Sollte diese Adresse für die Einreichung nicht zuständig sein, bitte ich um Weiterleitung an den zuständigen Dienst und um eine kurze Eingangsbestätigung.

Mit freundlichen Grüßen

Guido Langer
Buchhaltung & Steuerberatung Langer
Aachener Straße 58, 4700 Eupen
Tel. 087 74 12 90
"""
add(message([
    ("Received", received("mail.langer-buchhaltung.example.be", "192.0.2.88", when=date(2026, 2, 5, 16, 40, 12))),
    ("From", addr("Guido Langer", "g.langer@langer-buchhaltung.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Beschwerde gegen den Steuerbescheid VJ 2025 - Kohnen/Jacobs", "iso-8859-1")),
    ("Date", date(2026, 2, 5, 16, 40, 3)),
    ("Message-ID", "<%s@langer-buchhaltung.example.be>" % hexid(20)),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], multipart("mixed", [text_part(t, cs="iso-8859-1"),
                       bin_part(fake_pdf("Bescheinigung Kinderkrippe 2024"), "application/pdf",
                                "Bescheinigung_Kinderbetreuung_2024.pdf"),
                       bin_part(fake_pdf("Bankbescheinigung Darlehen"), "application/pdf",
                                "Bankbescheinigung_Darlehen.pdf")], style="outlook")),
    "appeal", "de", "taxes", None,
    "Accountant files a 'Beschwerde gegen den Steuerbescheid' for clients (Belgian German tax term for the "
    "réclamation) -> appeal, taxes; the ISO subject starts with 'Beschwerde' which could be misread as a "
    "service complaint. multipart/mixed: text/plain ISO-8859-1 QP + two PDFs; ISO-8859-1 Q subject.")

# A2 fr police - speed camera fine for a car already sold; daughter for father; windows-1252 8bit
t = """Bonjour,

Mon père, Albert Gilson, 86 ans, a reçu le 3 février une « perception immédiate » pour un excès de vitesse à Namur (chaussée de Louvain, 67 km/h au lieu de 50) le 11 janvier 2026 à 17h52, avec une Opel Corsa immatriculée 1-GHK-482.

Or mon père n'a plus cette voiture depuis le 20 décembre 2025 : il l'a vendue à un garage de Jambes quand il a arrêté de conduire, sur conseil de son médecin d'ailleurs. Le garage nous avait dit qu'il s'occupait de faire radier la plaque à la DIV. Apparemment ça n'a pas été fait tout de suite et la voiture a roulé avec sa plaque.

Mon père n'a pas conduit ce jour-là, il ne conduit plus du tout, il ne sort même plus sans moi. Je peux vous envoyer une copie du bon de commande du garage et de l'attestation de reprise.

Pourriez-vous annuler cette amende ou l'envoyer au garage ? Il ne va quand même pas payer 53 € pour quelqu'un d'autre. Et il se fait un sang d'encre depuis qu'il a reçu ça, il croit qu'on va lui retirer quelque chose.

Merci de votre compréhension,
Christine Gilson (sa fille)
pour M. Albert Gilson, rue de Dave 212, 5100 Jambes
"""
add(message([
    ("Received", received("smtp.skynet.example.be", "198.51.100.29", when=date(2026, 2, 8, 17, 3, 30))),
    ("From", addr("Christine Gilson", "christine.gilson@skynet.example.be")),
    ("To", MAILBOX),
    ("Subject", "Amende pour une voiture que mon pere n'a plus"),
    ("Date", date(2026, 2, 8, 17, 3, 22)),
    ("Message-ID", "<000001dc%s$%s$%s@skynet.example.be>" % (hexid(8), hexid(8), hexid(8))),
    ("X-Mailer", "Microsoft Outlook 14.0"),
], text_part(wrap(t), cs="windows-1252", cte="8bit")),
    "appeal", "fr", "police", None,
    "Daughter asks to cancel a speed-camera fine for a car her father had already sold (no legal word, "
    "'pourriez-vous annuler') -> appeal; traffic fines are category police. DIV/plate is a mobility "
    "distractor. text/plain windows-1252 8bit (guillemets, euro sign), ASCII subject without accent.")

# A3 nl unemployment - 13-week sanction after resignation; polite, emotional, no legal words
t = """Beste,

Ik heb op 29 januari een brief gekregen dat ik 13 weken geen uitkering krijg omdat ik "zonder wettige reden" ontslag heb genomen bij mijn vorige werkgever. Ik begrijp dat het er op papier zo uitziet, maar het klopt niet, en ik wil u vragen om er nog eens naar te kijken.

Ik werkte sinds 2019 in een bakkerij in Aalst. Het laatste jaar werd ik door de zoon van de baas dagelijks uitgescholden en vernederd, ook waar klanten bij waren. Ik heb dat gemeld bij de preventieadviseur (ik heb die mail nog) en ik ben twee keer bij de huisarts geweest met paniekaanvallen, dat staat in mijn medisch dossier. Op het gesprek in december heb ik dat allemaal proberen te vertellen, maar ik was zo zenuwachtig dat ik het denk ik niet goed uitgelegd heb. De man was vriendelijk hoor, daar ligt het niet aan.

Ik heb niet "zomaar" ontslag genomen. Ik kon gewoon niet meer.

Ik kan de mail aan de preventieadviseur en een attest van mijn huisarts opsturen als dat helpt. Mag ik u vragen de beslissing opnieuw te bekijken en die 13 weken te schrappen? Ik ben alleenstaande moeder van twee kinderen en zonder die uitkering weet ik echt niet hoe ik de huur van maart ga betalen.

Alvast heel erg bedankt om dit te lezen.

Sien De Clercq
Aalst
"""
add(message([
    ("Received", received("mail-ej1-f54.gmail.example.com", "203.0.113.54", when=date(2026, 2, 1, 22, 51, 18))),
    ("From", addr("Sien De Clercq", "siendeclercq@gmail.example.com")),
    ("To", MAILBOX),
    ("Subject", "13 weken geen uitkering"),
    ("Date", date(2026, 2, 1, 22, 51, 10)),
    ("Message-ID", "<CAM%s@mail.gmail.example.com>" % alnum(40)),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="Arial, sans-serif"), sub="html")],
             style="gmail")),
    "appeal", "nl", "unemployment", None,
    "Polite request to review a 13-week benefit sanction ('opnieuw te bekijken en die 13 weken te "
    "schrappen') without bezwaar/beroep; says the interviewer was friendly (no complaint) -> appeal, "
    "unemployment (agency never named). Gmail multipart/alternative UTF-8 QP.")

# A4 en mobility - refusal to exchange a Korean driving licence; plain UTF-8 QP
t = """Dear Sir/Madam,

On 27 January 2026 I received a letter from the driving licences department telling me that my South Korean driving licence cannot be exchanged for a Belgian one, because "the foreign licence was obtained after the holder's registration in Belgium".

This is factually incorrect. My licence was first issued in Seoul on 14 March 2015; I only arrived in Belgium in September 2023 (registration in Mechelen on 2 October 2023). The confusion probably comes from the renewal date printed on the card (2022), which is a renewal of the same licence, not a new one.

I therefore kindly ask you to review the refusal and approve the exchange. I can provide an extract from the Korean licensing agency showing the original issue date, with an apostille, within a week.

I commute to a site in Geel where public transport is not an option, so this matters a great deal for my job.

Yours faithfully,
Park Ji-hoon
Mechelen
"""
add(message([
    ("Received", received("smtp.mailbox.example.org", "198.51.100.90", when=date(2026, 2, 4, 7, 55, 41))),
    ("From", addr("Ji-hoon Park", "jihoon.park@mailbox.example.org")),
    ("To", MAILBOX),
    ("Subject", "Request to reconsider refusal - exchange of foreign driving licence (your letter of 27/01)"),
    ("Date", date(2026, 2, 4, 7, 55, 33)),
    ("Message-ID", "<%s@mailbox.example.org>" % alnum(24)),
], text_part(t, flowed=True)),
    "appeal", "en", "mobility", None,
    "Asks to 'review the refusal and approve the exchange' of a foreign driving licence, with arguments -> "
    "appeal without legal words; 'apostille' is a foreign_affairs distractor. text/plain UTF-8 QP "
    "format=flowed.")

# A5 fr social_security - wife asks to recalculate the disability allowance; ISO-8859-1 QP
t = """Bonjour Madame, Monsieur,

Je suis l'épouse de Monsieur Daniel Hubert, né le 2 mai 1962, qui a la maladie de Parkinson depuis ses 55 ans et qui touche depuis ce moment-là l'argent pour son handicap.

Le 21 janvier on a reçu une lettre comme quoi à partir du mois de mars il va recevoir 318 euros de moins par mois parce qu'on a tenu compte des "revenus de la partenaire". Mais les revenus qu'ils ont mis c'est mon salaire de 2023, quand je travaillais encore à temps plein à la maison de repos. Depuis juin 2024 je suis à mi-temps justement pour m'occuper de lui, donc je gagne presque moitié moins. Ca se voit sur mon avertissement-extrait de rôle de l'année passée.

Je ne suis pas spécialiste, je ne sais pas comment on doit faire, mais ce n'est pas juste. Je voudrais que vous refassiez le calcul avec mon vrai revenu d'aujourd'hui. On ne s'en sort déjà pas avec les médicaments, la kiné et tout le reste.

Je peux envoyer mes fiches de paie s'il faut, dites-moi juste à qui.

Merci de votre compréhension

Martine Hubert-Lambot
rue des Alliés 9
7110 Houdeng-Goegnies
"""
add(message([
    ("Received", received("smtp.proximus.example.be", "192.0.2.14", when=date(2026, 1, 26, 14, 2, 7))),
    ("From", addr("martine hubert", "martine.hubert62@proximus.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("l'argent pour le handicap de mon mari (ils ont diminué)", "iso-8859-1")),
    ("Date", date(2026, 1, 26, 14, 1, 58)),
    ("Message-ID", "<%s@proximus.example.be>" % hexid(22)),
], text_part(t, cs="iso-8859-1")),
    "appeal", "fr", "social_security", None,
    "Wife asks to redo the calculation of her husband's disability allowance ('l'argent pour son handicap') "
    "based on outdated partner income; no legal word -> appeal, social_security. Tax notice mentioned only as "
    "evidence (taxes distractor). text/plain ISO-8859-1 QP; ISO-8859-1 Q subject.")

# A6 nl pensions - lawyer, formal bezwaar, cites an earlier complaint ticket; HTML body + PDFs
t = """Geachte heer, mevrouw,

Ik treed op als raadsman van mevrouw Hilde Boussery, geboren te Ieper op 9 juli 1960, wonende te 8900 Ieper, Rijselstraat 150.

Op 15 januari 2026 diende cliënte via uw klachtendienst een klacht in over de lange behandelingstermijn van haar pensioendossier (uw referentie PLT-2026-000987). In uw antwoord van 2 februari werd haar meegedeeld dat de beslissing van 22 december 2025 inmiddels genomen was en dat zij, indien zij het niet eens is met het bedrag, bezwaar kan indienen. Dit schrijven strekt daartoe.

Cliënte tekent hierbij formeel bezwaar aan tegen voormelde beslissing, waarbij haar rustpensioen als werknemer werd vastgesteld zonder rekening te houden met (1) de periode van 1 september 1981 tot 30 juni 1986, waarin zij als bediende in Menen tewerkgesteld was (loonfiches in bijlage), en (2) de gelijkgestelde periode van zorgkrediet van 2004 tot 2006.

Wij verzoeken u de beslissing te herzien en het pensioenbedrag opnieuw vast te stellen. Voor zover nodig behoudt cliënte zich het recht voor de zaak aanhangig te maken bij de bevoegde arbeidsrechtbank.

In bijlage: kopie van de bestreden beslissing en de loonfiches 1981-1986.

Met de meeste hoogachting,"""
sig = ('<p style="margin:0;font-size:10pt;color:#333"><b>Mr. Frederik Vandecasteele</b><br>Advocaat<br>'
       'Vandecasteele &amp; Ryckewaert Advocaten<br>Diksmuidestraat 31, 8900 Ieper<br>'
       '<a href="https://www.vr-advocaten.example.be">www.vr-advocaten.example.be</a></p>\n'
       '<p style="font-size:8pt;color:#999">Dit bericht is vertrouwelijk en uitsluitend bestemd voor de '
       'geadresseerde.</p>\n')
add(message([
    ("Received", received("mail.vr-advocaten.example.be", "198.51.100.181", when=date(2026, 2, 13, 11, 7, 40))),
    ("From", addr("Mr. Frederik Vandecasteele", "fv@vr-advocaten.example.be")),
    ("To", MAILBOX),
    ("Cc", addr("Hilde Boussery", "hilde.boussery@telenet.example.be")),
    ("Subject", ew("Bezwaar tegen pensioenbeslissing – cliënte mevr. H. Boussery – uw ref. PLT-2026-000987",
                   mode="b")),
    ("Date", date(2026, 2, 13, 11, 7, 31)),
    ("Message-ID", "<%s@vr-advocaten.example.be>" % hexid(28)),
], multipart("mixed", [text_part(html_doc(t, sig_html=sig, font="Cambria, serif"), sub="html"),
                       bin_part(fake_pdf("Beslissing 22-12-2025"), "application/pdf",
                                "bestreden beslissing 22-12-2025.pdf"),
                       bin_part(fake_pdf("Loonfiches 1981-1986"), "application/pdf",
                                "loonfiches_1981-1986.pdf")], style="outlook")),
    "appeal", "nl", "pensions", "PLT-2026-000987",
    "Lawyer's formal 'bezwaar' against a pension decision; it CITES the client's earlier complaint ticket "
    "(PLT-2026-000987, in B-encoded subject and body) but is a new appeal, not a follow_up -> appeal, "
    "acknowledge, refers_to set. multipart/mixed: HTML-only body (signature with link) + two PDFs.")

# A7 de foreign_affairs - Widerspruch against a visa refusal; text/plain UTF-8 base64
t = """Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen die Ablehnung des Besuchsvisums (Schengen, Typ C) für meine Schwiegermutter, Frau Luz Marina Ortega Ruiz, ein. Der Antrag wurde am 8. Januar 2026 bei der Botschaft in Bogotá gestellt, die Ablehnung ist vom 2. Februar datiert (Antragsnummer BOG-26-000177).

Als Grund wurde angekreuzt: "Begründete Zweifel an Ihrer Absicht, das Gebiet der Mitgliedstaaten vor Ablauf des Visums zu verlassen". Das kann ich nicht nachvollziehen. Meine Schwiegermutter ist 67 Jahre alt, besitzt ein Haus in Medellín, bezieht dort eine Rente und war 2019 und 2022 bereits bei uns in Kettenis. Beide Male ist sie pünktlich zurückgereist (Stempel im Pass). Ich habe eine Verpflichtungserklärung unterschrieben und bei der Stadt Eupen beglaubigen lassen.

Wir möchten, dass sie bei der Geburt unseres zweiten Kindes im April dabei sein kann.

Ich bitte Sie, die Entscheidung zu überprüfen und das Visum doch noch zu erteilen. Falls dieser Widerspruch bei einer anderen Stelle eingereicht werden muss, teilen Sie mir das bitte mit.

Mit freundlichen Grüßen
Thomas Zimmer
Simarstraße 14, 4701 Kettenis
"""
add(message([
    ("Received", received("smtp.ostbelgien-net.example.be", "192.0.2.115", when=date(2026, 2, 11, 20, 9, 5))),
    ("From", addr("Thomas Zimmer", "t.zimmer@ostbelgien-net.example.be")),
    ("To", MAILBOX),
    ("Subject", "Widerspruch Visumablehnung - Frau Luz Marina Ortega Ruiz"),
    ("Date", date(2026, 2, 11, 20, 8, 57)),
    ("Message-ID", "<%s@ostbelgien-net.example.be>" % hexid(20)),
], text_part(t, cte="base64")),
    "appeal", "de", "foreign_affairs", None,
    "Explicit 'Widerspruch' against a Schengen visa refusal by an embassy, asks to review -> appeal, "
    "foreign_affairs ('Rente' of the mother-in-law is a pensions distractor). text/plain UTF-8 base64, "
    "ASCII subject.")

# A8 en taxes - surcharge for insufficient advance payments; Outlook alt us-ascii/UTF-8, CRLF
t = """Hello,

I received my tax assessment last week (I've been self-employed as an IT consultant since 2019). There is a line "increase for insufficient advance payments" of EUR 1,184.37.

I did make advance payments: EUR 3,000 on 4 April 2024 and EUR 3,000 on 8 October 2024. I've just discovered that for the April payment my bank app put the structured communication in the free-text field instead, so I suppose it was never matched to my file. The money left my account and I assume it is sitting somewhere with you.

Could you please look at this again, allocate the April payment properly and remove (or recalculate) the increase? I'm happy to send the bank statement.

Also, honestly: the letter says I can contact "my office" but doesn't say which one. Not a big deal, just mentioning it.

Best regards,
Marc-Antoine Lefebvre
(yes, French name, but I grew up in Toronto - hence the English)
Rue du Page 17, 1050 Ixelles
"""
add(message([
    ("Received", received("EUR03-DBA-obe.outbound.protection.outlook.example.com", "198.51.100.71",
                          when=date(2026, 2, 17, 12, 20, 19))),
    ("From", addr("Lefebvre, Marc-Antoine", "ma.lefebvre@consulting.example.com")),
    ("To", MAILBOX),
    ("Subject", "Surcharge for insufficient advance payments - payment was made"),
    ("Date", date(2026, 2, 17, 12, 20, 11)),
    ("Message-ID", "<YT3PR%s@YT3PR.CANPRD.outlook.example.com>" % alnum(20)),
    ("Thread-Index", "AQH" + alnum(30)),
    ("Content-Language", "en-CA"),
], multipart("alternative", [text_part(t, cs="us-ascii", cte="7bit"),
                             text_part(html_doc(t), sub="html")], style="outlook"), crlf=True),
    "appeal", "en", "taxes", None,
    "Asks to re-allocate an advance payment and 'remove (or recalculate) the increase' on a tax assessment -> "
    "appeal; the grumble about the letter is secondary ('not a big deal'). Outlook multipart/alternative "
    "(us-ascii 7bit plain + UTF-8 QP HTML); CRLF line endings.")

# A9 nl police - red-light camera while making way for an ambulance; Brussels, NL with FR quote
t = """Goedemiddag,

Ik heb op 6 februari een brief gekregen (in het Frans, hoewel ik als Nederlandstalige ingeschreven ben in Brussel, maar dat terzijde): "Infraction : franchissement d'un feu rouge, Boulevard du Jardin Botanique, 18/01/2026 à 08:14". Voorstel tot onmiddellijke inning van 174 euro.

Ik teken hiertegen bezwaar aan. Op dat moment kwam er van achter mij een ziekenwagen met sirene en zwaailichten en ik stond als eerste aan het rood licht, zonder uitwijkmogelijkheid naar rechts. Ik ben een paar meter over de stopstreep gereden om hem te laten passeren, zoals je dat leert in de rijschool. Op de tweede foto die ik online kon bekijken zie je de ziekenwagen trouwens schuin achter mij staan.

Ik vraag dus dat deze boete geannuleerd wordt. Mijn dashcambeelden kan ik bezorgen.

Met vriendelijke groeten,
Wouter Mertens
Emile Bockstaellaan 90
1020 Brussel (Laken)
"""
add(message([
    ("Received", received("mail-wm1-f47.gmail.example.com", "203.0.113.47", when=date(2026, 2, 7, 12, 44, 26))),
    ("From", addr("Wouter Mertens", "wouter.mertens.bxl@gmail.example.com")),
    ("To", MAILBOX),
    ("Subject", "bezwaar boete rood licht - ik maakte plaats voor een ziekenwagen"),
    ("Date", date(2026, 2, 7, 12, 44, 18)),
    ("Message-ID", "<CAK%s@mail.gmail.example.com>" % alnum(40)),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="Arial, sans-serif"), sub="html")],
             style="gmail")),
    "appeal", "nl", "police", None,
    "Explicit 'bezwaar' against a red-light camera fine -> appeal, category police. Quotes the French fine "
    "text and grumbles about the language, but language nl and the dominant intent is to cancel the fine. "
    "Gmail multipart/alternative UTF-8 QP.")

# ================================================================ INFORMATION REQUESTS

# I1 fr foreign_affairs - son moving to Lisbon; Thunderbird format=flowed UTF-8 QP
t = """Bonjour,

Mon fils Julien (27 ans) est parti travailler à Lisbonne en janvier pour au moins deux ans. Il m'a demandé de me renseigner parce qu'il "n'a pas le temps" (!).

Mes questions :
- doit-il se faire rayer de la commune à Gembloux avant de s'inscrire à l'ambassade, ou l'inverse ?
- sa carte d'identité expire en septembre : pourra-t-il la renouveler à Lisbonne ou doit-il revenir en Belgique ?
- et pour sa mutuelle, il reste affilié ? (peut-être que ce n'est pas pour vous, dans ce cas n'en tenez pas compte)

J'ai essayé de trouver sur votre site mais entre les pages « Belges à l'étranger », « services consulaires » et « ambassades » je tourne en rond depuis une heure. Un petit schéma simple, ce serait trop demander ?

Merci d'avance,
Anne-Françoise Dupuis
Gembloux
"""
add(message([
    ("Received", received("smtp.voo.example.be", "192.0.2.34", when=date(2026, 2, 14, 9, 12, 44))),
    ("From", addr("Anne-Françoise Dupuis", "af.dupuis@voo.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Inscription à l'ambassade - mon fils au Portugal")),
    ("Date", date(2026, 2, 14, 9, 12, 37)),
    ("Message-ID", "<%s@voo.example.be>" % alnum(24)),
    ("User-Agent", "Mozilla Thunderbird 128.6.0"),
], text_part(t, flowed=True)),
    "information_request", "fr", "foreign_affairs", None,
    "Mother asks questions about consular registration and ID renewal abroad for her son; small grumble about "
    "the website -> information_request, foreign_affairs ('mutuelle' is a social_security distractor). "
    "text/plain UTF-8 QP format=flowed; UTF-8 Q subject and display name.")

# I2 nl taxes - neighbour for a 91-year-old; ISO-8859-1 8bit
t = """Dag,

Ik schrijf voor mijn buurman, meneer Achiel Verhaeghe (91), hij heeft geen e-mail. Hij woont alleen sinds zijn vrouw vorig jaar overleden is, en het was altijd zij die de papieren deed.

Vroeger kreeg hij altijd zo'n voorstel dat je niet moest terugsturen als het klopte. Dit jaar zat er voor het eerst een echt aangifteformulier in de bus, ik denk door het overlijden. Hij heeft het niet ingevuld omdat hij dacht dat het weer zo'n voorstel was.

Mijn vragen:
1. Moet hij dat formulier nu nog invullen, en tot wanneer kan dat?
2. Moet hij ook iets aangeven voor het inkomen van zijn vrouw tot augustus, of doet de notaris dat?
3. Kan iemand van het kantoor in Roeselare hem helpen, of moet hij echt naar daar? Hij rijdt niet meer.

Het is toch wel straf dat een man van 91 dat allemaal zelf moet uitzoeken, maar goed.

Groeten,
Marc Goossens (buurman)
Meensesteenweg 330, 8800 Roeselare
"""
add(message([
    ("Received", received("smtp.telenet.example.be", "198.51.100.13", when=date(2026, 1, 19, 19, 30, 2))),
    ("From", addr("Marc Goossens", "marc.goossens@telenet.example.be")),
    ("To", MAILBOX),
    ("Subject", "vraag voor mijn buurman (belastingpapier)"),
    ("Date", date(2026, 1, 19, 19, 29, 54)),
    ("Message-ID", "<%s@telenet.example.be>" % hexid(18)),
    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
], text_part(wrap(t), cs="iso-8859-1", cte="8bit")),
    "information_request", "nl", "taxes", None,
    "Neighbour asks on behalf of a 91-year-old widower whether and how to file a tax return (simplified "
    "proposal vs. form, never named as such); one-line grumble -> information_request, taxes. text/plain "
    "ISO-8859-1 8bit.")

# I3 de pensions - web form WITH Auto-Submitted header; plain UTF-8 QP
msg = """Guten Tag, ich bin 61 Jahre alt und beziehe seit dem Tod meines Mannes vor zwei Jahren eine Hinterbliebenenrente. Eine Nachbarin hat mir vorgeschlagen, ihre zwei Kinder tagsüber zu betreuen (als anerkannte Tagesmutter). Wie viel darf ich dazuverdienen, ohne dass die Rente gekürzt wird? Zählt das als selbständige Tätigkeit? Und muss ich das vorher melden oder reicht die Steuererklärung?

Ich habe auf Ihrer Internetseite gesucht, aber die deutsche Seite verweist immer wieder auf französische Dokumente. Vielen Dank für eine kurze Antwort!"""
fields_de = [("Name", "Ursula Hilgers"), ("E-Mail", "ursula.hilgers@proximus.example.be"),
             ("Telefon", ""), ("Postleitzahl", "4750"), ("Art des Anliegens", "Frage"),
             ("Sprache", "Deutsch")]
plain = "Neue Nachricht über das Kontaktformular\n=======================================\n\n"
plain += "\n".join("%-18s %s" % (k + ":", v) for k, v in fields_de) + "\n\nNachricht:\n" + msg + "\n\n"
plain += "-- \nAutomatisch erzeugt vom Webformular. Bitte nicht auf diese Adresse antworten.\n"
add(message([
    ("Received", "from web-frontend1.federal.example.be (web-frontend1.federal.example.be [10.20.1.11])\n"
                 "\tby mx1.federal.example.be (Postfix) with ESMTP id 4fA2c9; " + date(2026, 2, 19, 15, 2, 33)),
    ("From", addr("Webformular", "no-reply-webform@federal.example.be")),
    ("Reply-To", addr("Ursula Hilgers", "ursula.hilgers@proximus.example.be")),
    ("To", MAILBOX),
    ("Subject", "[Webformular] Neue Nachricht: Frage"),
    ("Date", date(2026, 2, 19, 15, 2, 32)),
    ("Message-ID", "<webform.%s@federal.example.be>" % hexid(16)),
    ("Auto-Submitted", "auto-generated"),
    ("X-Webform-Id", "kontakt_de"),
], text_part(wrap(plain, 76))),
    "information_request", "de", "pensions", None,
    "WEB-FORM notification (citizen in Reply-To and fields) that carries Auto-Submitted: auto-generated set by "
    "our own website - must NOT be taken as an auto_reply. Question on earnings limit with a survivor's "
    "pension, small grumble about German pages -> information_request, pensions. text/plain UTF-8 QP.")

# I4 en unemployment - traineeship abroad; HTML-only base64
t = """Hello,

I finished my master's last June and I've been receiving unemployment benefits since November (I'm registered as a jobseeker in Brussels and my payments come through CAPAC).

I've now been offered an unpaid three-month traineeship at an NGO in Valencia, starting in April. Before I say yes:

1) Can I keep my benefits during those three months?
2) If not, do I lose my rights completely, or can I simply restart when I come back?
3) Who do I need to inform: ONEM, CAPAC, or both?

I asked at the CAPAC counter and was told "ça dépend", which, with respect, is not really an answer :)

Thanks a lot in advance,
Chiara Lombardi
Saint-Gilles
"""
add(message([
    ("Received", received("mail.protonmail.example.com", "203.0.113.100", when=date(2026, 2, 25, 16, 18, 3))),
    ("From", addr("Chiara Lombardi", "chiara.lombardi@protonmail.example.com")),
    ("To", MAILBOX),
    ("Subject", "Question: traineeship in Spain while receiving unemployment benefits"),
    ("Date", date(2026, 2, 25, 16, 17, 55)),
    ("Message-ID", "<%s=@protonmail.example.com>" % alnum(44)),
], text_part(html_doc(t, font="Arial, sans-serif"), sub="html", cte="base64")),
    "information_request", "en", "unemployment", None,
    "Three questions about keeping unemployment benefits during a traineeship abroad, with a light grumble "
    "about the counter -> information_request, unemployment. HTML-only UTF-8 base64.")

# I5 fr mobility - export plate for late father's car; ISO-8859-1 QP, short
t = """Bonjour,

Mon père est décédé en décembre. Sa voiture (une vieille Mercedes) va être reprise par mon cousin qui habite à Lille. Quelle plaque faut-il pour la conduire jusqu'en France ? Une plaque d'exportation ? Qui doit la demander, moi ou le cousin, et faut-il un papier du notaire ? La voiture est toujours inscrite au nom de papa.

Merci,
Philippe Renard
Tournai
"""
add(message([
    ("Received", received("smtp.skynet.example.be", "198.51.100.30", when=date(2026, 1, 23, 11, 40, 20))),
    ("From", addr("Philippe Renard", "ph.renard@skynet.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("plaque pour la voiture de papa (décédé)", "iso-8859-1")),
    ("Date", date(2026, 1, 23, 11, 40, 12)),
    ("Message-ID", "<%s@skynet.example.be>" % hexid(20)),
], text_part(t, cs="iso-8859-1")),
    "information_request", "fr", "mobility", None,
    "Short pure question about an export number plate for a deceased father's car -> information_request, "
    "mobility (notary / death are distractors). text/plain ISO-8859-1 QP; ISO-8859-1 Q subject.")

# I6 nl other - statistics survey; Outlook windows-1252 QP alternative
t = """Goedemorgen,

Wij kregen een brief dat ons gezin geselecteerd is voor een enquête over werk, en dat er binnenkort iemand aan huis zal komen. Is deelname verplicht? In de brief staat "uw medewerking is essentieel", maar dat is toch iets anders dan verplicht. Mijn man is hier nogal wantrouwig in.

En als we meedoen: wat gebeurt er met onze gegevens? Krijgt de belastingdienst die bijvoorbeeld?

Ik vind het eerlijk gezegd wat vreemd dat je zo'n brief krijgt zonder dat er een telefoonnummer op staat dat tijdens de kantooruren bereikbaar is.

Met vriendelijke groet,
Greet Wuyts
Herentals
"""
h = html_doc(t).replace("charset=utf-8", "charset=windows-1252")
add(message([
    ("Received", received("smtp.telenet.example.be", "198.51.100.14", when=date(2026, 2, 20, 8, 5, 1))),
    ("From", addr("Greet Wuyts", "greet.wuyts@telenet.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Verplicht? Brief over enquête ontvangen", "windows-1252")),
    ("Date", date(2026, 2, 20, 8, 4, 53)),
    ("Message-ID", "<000a01dc%s$%s$%s@telenet.example.be>" % (hexid(8), hexid(8), hexid(8))),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], multipart("alternative", [text_part(t, cs="windows-1252"), text_part(h, sub="html", cs="windows-1252")],
             style="outlook")),
    "information_request", "nl", "other", None,
    "Questions about whether a statistics household survey is compulsory and what happens to the data; "
    "grumble about the missing phone number -> information_request, other ('belastingdienst' is a taxes "
    "distractor). Outlook multipart/alternative windows-1252 QP; windows-1252 Q subject.")

# ================================================================ FOLLOW-UPS

# F1 nl unemployment - "Antw:" reply to our ack, ISO-8859-1 QP, quoted ack
tk = "PLT-2026-001533"
ack = ack_text("nl", tk, "heer Maes", "Geen uitkering sinds november - hulpkas Antwerpen", "22 januari 2026",)
t = ("Goeiemiddag,\n\nIntussen heb ik wel de betaling van december gekregen (op 3 februari), maar januari "
     "nog altijd niet. En nu zegt de hulpkas dat mijn dossier \"geblokkeerd\" staat omdat het C4-formulier "
     "van mijn vorige werkgever een verkeerde datum heeft. Die werkgever is intussen failliet, dus ik weet "
     "niet wie dat nog kan verbeteren.\n\nIk voeg dit toe aan mijn klacht. Ik heb nu 2 maanden huur achterstand.\n\n"
     "Kevin Maes\n\n"
     "Van: Service des plaintes / Klachtendienst <plaintes.klachten@federal.example.be>\n"
     "Verzonden: donderdag 22 januari 2026 10:02\n\n" + quote(ack) + "\n")
add(message([
    ("Received", received("smtp.telenet.example.be", "198.51.100.15", when=date(2026, 2, 9, 13, 12, 30))),
    ("From", addr("Kevin Maes", "kevin.maes81@telenet.example.be")),
    ("To", TO_HDR),
    ("Subject", "Antw: [%s] %s" % (tk, ACK_SUBJ["nl"])),
    ("Date", date(2026, 2, 9, 13, 12, 22)),
    ("Message-ID", "<%s@telenet.example.be>" % hexid(20)),
    ("In-Reply-To", ack_msgid(tk)),
    ("References", ack_msgid(tk)),
], text_part(t, cs="iso-8859-1")),
    "follow_up", "nl", "unemployment", tk,
    "Reply ('Antw:') to our acknowledgement adding new facts (December paid, January blocked by a C4 error) "
    "-> follow_up; category from the quoted original subject (payment body 'hulpkas') -> unemployment. "
    "text/plain ISO-8859-1 QP with '> ' quoting; In-Reply-To/References.")

# F2 de mobility - Apple Mail "AW:" reply, new fact; multipart/alternative UTF-8 QP
tk = "PLT-2026-001489"
ack = ack_text("de", tk, "Herr Radermacher", "Zulassung Wohnmobil - seit 6 Wochen keine Nummernschilder",
               "30.01.2026")
t = ("Guten Tag,\n\nkurzer Nachtrag zu meiner Beschwerde: Die Zulassungsbescheinigung ist gestern endlich "
     "angekommen, aber darauf steht als Fahrzeugart „Anhänger“ statt „Wohnmobil“. Damit kann ich bei der "
     "Versicherung nichts anfangen und die Schilder bekomme ich so auch nicht. Ich muss also wieder von vorne "
     "anfangen?!\n\nMit freundlichen Grüßen\nErwin Radermacher\nRaeren\n\n"
     "> Am 02.02.2026 um 10:14 schrieb Service des plaintes / Klachtendienst "
     "<plaintes.klachten@federal.example.be>:\n>\n" + quote(ack) + "\n")
add(message([
    ("Received", received("smtp.icloud.example.com", "203.0.113.200", when=date(2026, 2, 20, 18, 44, 9))),
    ("From", addr("Erwin Radermacher", "erwin.radermacher@icloud.example.com")),
    ("To", TO_HDR),
    ("Subject", "AW: [%s] %s" % (tk, ew(ACK_SUBJ["de"]))),
    ("Date", date(2026, 2, 20, 18, 44, 1)),
    ("Message-ID", "<%s@icloud.example.com>" % ("-".join([hexid(8).upper(), hexid(4).upper(), hexid(12).upper()]))),
    ("In-Reply-To", ack_msgid(tk)),
    ("References", ack_msgid(tk)),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], multipart("alternative", [text_part(t), text_part(html_doc(t, font="-apple-system, Helvetica"), sub="html")],
             style="apple")),
    "follow_up", "de", "mobility", tk,
    "'AW:' reply to our German acknowledgement with a new fact about the vehicle registration (wrong vehicle "
    "type) -> follow_up, mobility from the quoted original subject. Apple Mail multipart/alternative UTF-8 "
    "QP; Q-encoded subject after an ASCII prefix.")

# F3 en social_security - new mail, ticket only in body, PDF attached
tk = "PLT-2026-001602"
t = """Dear complaints team,

This is about my complaint %s (my son Thomas's disability recognition, no medical exam after 7 months).

Some news, but not good news: we finally received an appointment, but it is on Saturday 14 March at 8:00 in Charleroi. We live in Waterloo, Thomas cannot travel by train alone and I work in Antwerp that morning. The letter says the date "cannot be changed" and that if he doesn't come, the application "will be closed". After 7 months of waiting this feels like a joke.

I've attached the letter. Please add this to the file.

Regards,
Graham Whitfield
Waterloo
""" % tk
add(message([
    ("Received", received("smtp.btinternet.example.com", "198.51.100.222", when=date(2026, 2, 26, 7, 40, 51))),
    ("From", addr("Graham Whitfield", "g.whitfield@btinternet.example.com")),
    ("To", MAILBOX),
    ("Subject", "Additional information for my complaint"),
    ("Date", date(2026, 2, 26, 7, 40, 43)),
    ("Message-ID", "<%s@btinternet.example.com>" % alnum(24)),
], multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit"),
                       bin_part(fake_pdf("Convocation examen medical"), "application/pdf",
                                "convocation.pdf")])),
    "follow_up", "en", "social_security", tk,
    "New message (no reply headers, generic subject) that adds new facts to an existing complaint whose number "
    "is only in the body -> follow_up; the original is about a disability recognition -> social_security. "
    "multipart/mixed: text/plain us-ascii 7bit + PDF.")

# F4 fr pensions - Outlook "RE:" on a previous-year ticket, windows-1252 QP, CRLF
tk = "PLT-2025-004117"
ack = ack_text("fr", tk, "", "Arriérés de pension de ma maman décédée", "18 décembre 2025")
t = ("Bonjour,\n\nJe reviens vers vous car depuis ma plainte de décembre je n’ai toujours rien : ni réponse, "
     "ni argent. Pour rappel il s’agit de la pension de maman pour le mois d’octobre, qui devait être versée "
     "aux héritiers. Entre-temps la banque a clôturé son compte et le notaire me demande où en est ce montant "
     "pour finaliser la succession.\n\nPouvez-vous me dire au moins si le dossier est chez quelqu’un ?\n\n"
     "Cordialement,\nJean-Pol Wauters\nMons\n\n"
     "________________________________\n"
     "De : Service des plaintes / Klachtendienst <plaintes.klachten@federal.example.be>\n"
     "Envoyé : jeudi 18 décembre 2025 09:31\n"
     "À : Jean-Pol Wauters <jp.wauters@hotmail.example.com>\n"
     "Objet : [%s] Accusé de réception de votre plainte\n\n" % tk + ack)
h = html_doc(t).replace("charset=utf-8", "charset=windows-1252")
add(message([
    ("Received", received("EUR02-VI1-obe.outbound.protection.outlook.example.com", "198.51.100.72",
                          when=date(2026, 2, 27, 20, 5, 14))),
    ("From", addr("Jean-Pol Wauters", "jp.wauters@hotmail.example.com")),
    ("To", TO_HDR),
    ("Subject", "RE: [%s] %s" % (tk, ew(ACK_SUBJ["fr"], "windows-1252"))),
    ("Date", date(2026, 2, 27, 20, 5, 6)),
    ("Message-ID", "<VI1PR%s@VI1PR.eurprd.outlook.example.com>" % alnum(22)),
    ("In-Reply-To", ack_msgid(tk)),
    ("References", ack_msgid(tk)),
    ("Thread-Index", "AQH" + alnum(30)),
], multipart("alternative", [text_part(t, cs="windows-1252"), text_part(h, sub="html", cs="windows-1252")],
             style="outlook"), crlf=True),
    "follow_up", "fr", "pensions", tk,
    "Outlook 'RE:' reminder on a ticket from the PREVIOUS YEAR (PLT-2025-...), Outlook header-block quoting "
    "(no '>'); original about a deceased mother's pension arrears -> pensions; contains a question but is a "
    "follow_up. multipart/alternative windows-1252 QP; CRLF line endings.")

# ================================================================ AUTO-REPLIES

# AR1 fr - Exchange "Réponse automatique" with auto headers, CRLF
tk = "PLT-2026-001412"
t = ("Bonjour,\n\nJe suis absente du 9 au 20 février inclus (congé de détente), sans accès à mes mails.\n"
     "Pour toute urgence concernant l'école, veuillez contacter le secrétariat au 071 00 12 34.\n\n"
     "Bien à vous,\nMme Sophie Lambotte\nInstitutrice - École communale de Gosselies\n")
add(message([
    ("Received", received("EUR01-HE1-obe.outbound.protection.outlook.example.com", "198.51.100.73",
                          when=date(2026, 2, 10, 9, 0, 41))),
    ("From", addr("Sophie Lambotte", "sophie.lambotte@enseignement.example.be")),
    ("To", TO_HDR),
    ("Subject", ew("Réponse automatique : [%s] %s" % (tk, ACK_SUBJ["fr"]))),
    ("Date", date(2026, 2, 10, 9, 0, 33)),
    ("Message-ID", "<%s@HE1PR.eurprd.outlook.example.com>" % alnum(30)),
    ("In-Reply-To", ack_msgid(tk)),
    ("References", ack_msgid(tk)),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "sophie.lambotte@enseignement.example.be"),
], multipart("alternative", [text_part(t), text_part(html_doc(t), sub="html")], style="outlook"), crlf=True),
    "auto_reply", "fr", "other", tk,
    "Exchange out-of-office (school holidays) answering our acknowledgement: Auto-Submitted + "
    "X-Auto-Response-Suppress; whole subject UTF-8 Q-encoded including the ticket. multipart/alternative "
    "UTF-8 QP; CRLF line endings.")

# AR2 nl - human-looking "Antw:" without auto headers, quoting our ack
tk = "PLT-2026-001377"
ack = ack_text("nl", tk, "mevrouw Claeys", "Geen antwoord op mijn vraag over het kindgeld in het buitenland",
               "3 februari 2026")
t = ("Beste,\n\nIk ben met verlof t.e.m. maandag 2 maart. Uw bericht wordt niet doorgestuurd.\n"
     "Voor dringende zaken kan u terecht bij het onthaal (03 000 45 67).\n\nGroetjes,\nAn Claeys\n\n"
     "-----Oorspronkelijk bericht-----\nVan: Service des plaintes / Klachtendienst\n"
     "Onderwerp: [%s] %s\n\n" % (tk, ACK_SUBJ["nl"]) + quote(ack) + "\n")
add(message([
    ("Received", received("smtp.telenet.example.be", "198.51.100.16", when=date(2026, 2, 18, 10, 21, 5))),
    ("From", addr("An Claeys", "an.claeys@telenet.example.be")),
    ("To", TO_HDR),
    ("Subject", "Antw: [%s] %s" % (tk, ACK_SUBJ["nl"])),
    ("Date", date(2026, 2, 18, 10, 20, 57)),
    ("Message-ID", "<%s@telenet.example.be>" % hexid(20)),
    ("In-Reply-To", ack_msgid(tk)),
], text_part(t, cte="8bit")),
    "auto_reply", "nl", "other", tk,
    "TRICKY: human-looking 'Antw: [PLT-...] Ontvangstbevestiging' + In-Reply-To, NO auto-reply header, body is "
    "only a leave notice above the quoted ack -> auto_reply, not follow_up. text/plain UTF-8 8bit.")

# AR3 de - "AW:" carnival closure notice, X-Autoreply only; ISO-8859-1
tk = "PLT-2026-001645"
ack = ack_text("de", tk, "Herr Heinen", "Kindergeld Grenzgänger - keine Antwort seit Oktober", "13.02.2026")
t = ("Vielen Dank für Ihre Nachricht.\n\nUnser Büro bleibt wegen Karneval von Samstag, 14. bis Dienstag, "
     "17. Februar einschließlich geschlossen. Ab Mittwoch, 18. Februar sind wir wieder wie gewohnt für Sie da.\n\n"
     "Ihre E-Mail wird nach unserer Rückkehr bearbeitet.\n\nHeinen & Partner - Versicherungen\nKirchstraße 3, "
     "4730 Raeren\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Service des plaintes / Klachtendienst "
     "<plaintes.klachten@federal.example.be>\nBetreff: [%s] %s\n\n" % (tk, ACK_SUBJ["de"]) + ack)
add(message([
    ("Received", received("mail.heinen-partner.example.be", "192.0.2.61", when=date(2026, 2, 14, 8, 3, 9))),
    ("From", addr("Heinen & Partner", "info@heinen-partner.example.be")),
    ("To", TO_HDR),
    ("Subject", "AW: [%s] %s" % (tk, ew(ACK_SUBJ["de"], "iso-8859-1"))),
    ("Date", date(2026, 2, 14, 8, 3, 1)),
    ("Message-ID", "<%s@heinen-partner.example.be>" % hexid(20)),
    ("In-Reply-To", ack_msgid(tk)),
    ("X-Autoreply", "yes"),
], text_part(t, cs="iso-8859-1")),
    "auto_reply", "de", "other", tk,
    "'AW:' answer to our German ack from an office closed for Carnival (Eastern Belgium), with the ack quoted "
    "in an Outlook block; only X-Autoreply: yes (no Auto-Submitted); 'Kindergeld' appears only in the quoted "
    "subject. text/plain ISO-8859-1 QP; ISO-8859-1 Q subject part.")

# AR4 en - ticket-system auto-ack of another organisation (we were in Cc), no PLT
t = ("Dear Sender,\n\nThank you for contacting the Patient Accounts Service. Your request has been logged "
     "under reference REQ-558204 with the subject \"Complaint about invoice 2025/118842 - double billing\".\n\n"
     "A member of our team will get back to you within 10 working days. Please do not reply to this e-mail; "
     "to add information, use the link below and quote your reference.\n\n"
     "https://support.hospital-north.example.org/requests/REQ-558204\n\n"
     "This is an automated message.\nPatient Accounts Service\n")
h = html_doc(t, pixel="https://support.hospital-north.example.org/t/o/" + hexid(24) + ".gif",
             head_style="body{background:#f4f4f4} .ticket{color:#0a5}")
add(message([
    ("Received", received("mailer.hospital-north.example.org", "203.0.113.150", when=date(2026, 2, 16, 14, 9, 57))),
    ("From", addr("Patient Accounts Service", "noreply-support@hospital-north.example.org")),
    ("To", addr("Yannick Delvaux", "y.delvaux@mailbox.example.org")),
    ("Cc", MAILBOX),
    ("Subject", "[REQ-558204] We have received your request"),
    ("Date", date(2026, 2, 16, 14, 9, 50)),
    ("Message-ID", "<ticket.REQ-558204.%s@hospital-north.example.org>" % hexid(10)),
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
    ("X-Loop", "support@hospital-north.example.org"),
], multipart("alternative", [text_part(t), text_part(h, sub="html")])),
    "auto_reply", "en", "other", None,
    "Ticket-system auto-acknowledgement of ANOTHER organisation (hospital billing) that reached us because a "
    "citizen had put us in Cc; own reference REQ-558204, no PLT ticket -> refers_to null; contains the word "
    "'Complaint'. Auto-Submitted: auto-generated, Precedence bulk; multipart/alternative, tracking pixel.")

# AR5 fr - CPAS ticket system acknowledging our forward, quoting our PLT; HTML-only 8bit
tk = "PLT-2026-001590"
t = ("Madame, Monsieur,\n\nVotre demande intitulée « TR: [%s] Plainte transmise pour compétence » a bien été "
     "enregistrée le 23/02/2026 sous le numéro 2026/04471.\n\nElle sera traitée par le service concerné dans les "
     "meilleurs délais. Merci de rappeler ce numéro dans toute communication.\n\nCeci est un message automatique, "
     "merci de ne pas y répondre.\n\nCPAS de Namur (exemple) - Guichet électronique\n" % tk)
add(message([
    ("Received", received("ticket.cpas-namur.example.be", "192.0.2.240", when=date(2026, 2, 23, 11, 31, 2))),
    ("From", addr("CPAS - Guichet électronique", "ne-pas-repondre@cpas-namur.example.be")),
    ("To", MAILBOX),
    ("Subject", ew("Demande enregistrée n° 2026/04471 - TR: [%s] Plainte transmise pour compétence" % tk,
                   "iso-8859-1")),
    ("Date", date(2026, 2, 23, 11, 31, 0)),
    ("Message-ID", "<req-2026-04471.%s@cpas-namur.example.be>" % hexid(8)),
    ("Auto-Submitted", "auto-generated"),
    ("X-Loop", "ne-pas-repondre@cpas-namur.example.be"),
], text_part(html_doc(t, head_style="table{width:100%} .foot{font-size:8pt}"), sub="html", cte="8bit")),
    "auto_reply", "fr", "other", tk,
    "Ticket-system auto-acknowledgement of a CPAS after we forwarded a complaint; its own number 2026/04471 next "
    "to OUR ticket quoted in the subject/body -> auto_reply with refers_to set. Auto-Submitted + X-Loop; "
    "HTML-only UTF-8 8bit; ISO-8859-1 Q subject.")

# ================================================================ BOUNCES

# B1 en - Postfix DSN returning our NL ack (full message)
tk = "PLT-2026-001551"
rcpt = "lieve.vermeiren@telenet.example.be"
ackm = ack_message("nl", tk, rcpt, "mevrouw Vermeiren", "Parkeerkaart voor personen met een handicap kwijt",
                   "16 februari 2026", date(2026, 2, 17, 10, 2, 11))
notice = ("This is the mail system at host relay-out1.federal.example.be.\n\n"
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
          "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
          "If you do so, please include this problem report. You can\ndelete your own text from the attached "
          "returned message.\n\n                   The mail system\n\n"
          "<%s>: host mx.telenet.example.be[198.51.100.5] said: 550\n    5.1.1 <%s>: Recipient address "
          "rejected: User unknown (in reply to\n    RCPT TO command)\n" % (rcpt, rcpt))
ds = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay-out1.federal.example.be\n"
      "X-Postfix-Queue-ID: 4fB7r21XkQz1xq\nX-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be\n"
      "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
      "Status: 5.1.1\nRemote-MTA: dns; mx.telenet.example.be\nDiagnostic-Code: smtp; 550 5.1.1 <%s>:\n"
      "    Recipient address rejected: User unknown\n" % (date(2026, 2, 17, 10, 2, 12), rcpt, rcpt, rcpt))
add(message([
    ("Return-Path", "<>"),
    ("Received", "by relay-out1.federal.example.be (Postfix)\n\tid 4fB7r3Wq0Zz1xr; " + date(2026, 2, 17, 10, 2, 14)),
    ("Date", date(2026, 2, 17, 10, 2, 14)),
    ("From", "MAILER-DAEMON@relay-out1.federal.example.be (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", MAILBOX),
    ("Auto-Submitted", "auto-replied"),
    ("Message-Id", "<20260217090214.4fB7r3Wq0Zz1xr@relay-out1.federal.example.be>"),
], multipart("report", [text_part(notice, cs="us-ascii", cte="7bit",
                                  extra=[("Content-Description", "Notification")]),
                        ds.encode("ascii"),
                        rfc822_part(ackm, "inline")],
             style="report", params=" report-type=delivery-status;",
             preamble="This is a MIME-encapsulated message."), crlf=True),
    "bounce", "en", "other", tk,
    "Postfix DSN (550 5.1.1 user unknown) returning our full Dutch acknowledgement as message/rfc822; DSN text "
    "in English -> language en; ticket in the returned message. multipart/report; CRLF line endings.")

# B2 nl - ISP DSN with Dutch human-readable part, mailbox full, headers only of our FR ack
tk = "PLT-2026-001508"
rcpt = "gilbert.hanquet@scarlet.example.be"
notice = ("Dit is een automatisch bericht van het mailsysteem van scarlet.example.be.\n\n"
          "Uw bericht kon niet worden afgeleverd aan de volgende ontvanger:\n\n    %s\n\n"
          "Reden: de mailbox van de ontvanger is vol (quota overschreden). De ontvanger moet eerst berichten "
          "verwijderen voordat nieuwe berichten kunnen worden afgeleverd.\n\n"
          "Wij hebben gedurende 72 uur geprobeerd het bericht af te leveren. Er volgen geen nieuwe pogingen.\n\n"
          "Hieronder vindt u de kopteksten van het oorspronkelijke bericht.\n" % rcpt)
ds = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx2.scarlet.example.be\n"
      "Received-From-MTA: dns; relay-out2.federal.example.be\nArrival-Date: %s\n\n"
      "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\n"
      "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\nLast-Attempt-Date: %s\n"
      % (date(2026, 2, 2, 15, 40, 3), rcpt, date(2026, 2, 5, 15, 40, 9)))
hdrs = ("Content-Type: text/rfc822-headers\n\n"
        "Return-Path: <plaintes.klachten@federal.example.be>\n"
        "From: \"Service des plaintes / Klachtendienst\" <plaintes.klachten@federal.example.be>\n"
        "To: %s\nSubject: [%s] =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_de_votre_plainte?=\n"
        "Date: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
        % (rcpt, tk, date(2026, 2, 2, 15, 40, 1), ack_msgid(tk)))
add(message([
    ("Return-Path", "<>"),
    ("Received", received("mx2.scarlet.example.be", "198.51.100.99", when=date(2026, 2, 5, 15, 40, 10))),
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@mx2.scarlet.example.be")),
    ("To", MAILBOX),
    ("Subject", "Onbestelbaar bericht: niet afgeleverd na 72 uur"),
    ("Date", date(2026, 2, 5, 15, 40, 10)),
    ("Message-ID", "<%s.%s@mx2.scarlet.example.be>" % (rng.randint(10 ** 9, 10 ** 10), hexid(8))),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", [text_part(notice, cs="iso-8859-1", cte="quoted-printable"), ds.encode("ascii"),
                        hdrs.encode("ascii")], params=" report-type=delivery-status;")),
    "bounce", "nl", "other", tk,
    "Sendmail/ISP-style DSN whose human-readable part is DUTCH (mailbox full after 72 h) -> language nl, although "
    "the returned acknowledgement is FRENCH; ticket only in the returned headers (text/rfc822-headers). "
    "multipart/report, ISO-8859-1 QP notification.")

# ================================================================ SPAM

# S1 fr - fake tax refund, look-alike domain, HTML-only base64, B subject
t = """Cher(e) contribuable,

Après le calcul annuel de votre impôt, nous avons constaté que vous avez droit à un remboursement de 412,78 €.

Référence du dossier : REMB/2026/BE-88412
Date limite de la demande : 48 heures

Votre remboursement ne peut pas être effectué car vos coordonnées bancaires ne sont pas à jour. Veuillez confirmer vos informations via le lien sécurisé ci-dessous.

Passé ce délai, le montant sera définitivement perdu.

SPF Finances - Service Remboursements"""
h = html_doc(t, pixel="https://trk.mail-stat.example.net/o/%s.png" % hexid(20), font="Arial")
h = h.replace("</div>\n", '<p><a href="https://myminfin.be.remboursement-secure.example.net/login?id=%s" '
                           'style="background:#0a3d7a;color:#fff;padding:10px 22px;text-decoration:none">'
                           'Recevoir mon remboursement</a></p>\n</div>\n' % hexid(12), 1)
add(message([
    ("Received", received("vps-4471.hosting.example.net", "203.0.113.230", when=date(2026, 2, 22, 3, 14, 7))),
    ("From", addr("SPF Finances - MyMinfin", "remboursement@spf-finances-be.example.net")),
    ("To", MAILBOX),
    ("Subject", ew("Avis de remboursement d'impôt : 412,78 € en attente", mode="b")),
    ("Date", date(2026, 2, 22, 3, 14, 5, "+0000")),
    ("Message-ID", "<%s@spf-finances-be.example.net>" % hexid(32)),
    ("Authentication-Results", "mx1.federal.example.be; spf=fail smtp.mailfrom=spf-finances-be.example.net; "
                               "dmarc=fail"),
], text_part(h, sub="html", cte="base64")),
    "spam", "fr", "other", None,
    "PHISHING: fake tax refund from a look-alike domain, button to myminfin.be.remboursement-secure.example.net, "
    "fake 'référence du dossier', 48-hour pressure. HTML-only UTF-8 base64, tracking pixel, B-encoded subject; "
    "SPF/DMARC fail.")

# S2 nl - invoice fraud, fake "Re:", changed bank details, PDF
t = """Goedemorgen,

Zoals telefonisch besproken met uw collega van de boekhouding sturen wij u in bijlage de openstaande factuur 2026-0118 voor de drukwerken (folders en enveloppen) van januari.

Opgelet: wegens een audit bij onze bank werden onze bankgegevens gewijzigd. Gelieve de betaling voortaan uitsluitend uit te voeren op onderstaande rekening:

IBAN: LT00 3250 0000 1234 5678
BIC: REVOLT21
Begunstigde: Drukkerij Van Acker

Het bedrag van 4.870,25 euro dient vandaag nog te worden voldaan om aanmaningskosten te vermijden.

Met vriendelijke groeten,
Sofie Van Acker
Boekhouding - Drukkerij Van Acker
"""
add(message([
    ("Received", received("smtp.mailhost.example.com", "203.0.113.66", when=date(2026, 2, 16, 7, 2, 44))),
    ("From", addr("Boekhouding | Drukkerij Van Acker", "facturatie@drukkerij-vanacker.example.org")),
    ("Reply-To", "sofie.vanacker.boekhouding@freemail.example.com"),
    ("To", MAILBOX),
    ("Subject", "Re: factuur 2026-0118 - nieuwe bankgegevens"),
    ("Date", date(2026, 2, 16, 7, 2, 40)),
    ("Message-ID", "<%s@drukkerij-vanacker.example.org>" % hexid(24)),
], multipart("mixed", [text_part(t), bin_part(fake_pdf("Factuur 2026-0118"), "application/pdf",
                                               "Factuur_2026-0118.pdf")]), crlf=True),
    "spam", "nl", "other", None,
    "INVOICE FRAUD with a fake 'Re:' (no In-Reply-To), 'nieuwe bankgegevens', urgency, Reply-To to a freemail "
    "address and a PDF 'invoice'; invalid LT IBAN. multipart/mixed text/plain UTF-8 QP + PDF; CRLF.")

# S3 de - crypto fake news; HTML-only base64, Q subject
t = """EXKLUSIV: Eupener Rentner verdient 4.800 € pro Woche mit neuer KI-Plattform

Die Banken sind wütend: Mit einer neuen, vollautomatischen Trading-Plattform verdienen Rentnerinnen und Rentner aus Ostbelgien inzwischen mehr als mit ihrer Rente. "Ich musste nur 250 Euro einzahlen, den Rest macht die KI", erzählt Herbert K. (68) aus Eupen.

Die Regierung will die Plattform angeblich verbieten lassen. Registrieren Sie sich deshalb noch heute - nur noch 37 Plätze für Belgien verfügbar!

JETZT KOSTENLOS REGISTRIEREN

Sie erhalten diese E-Mail, weil Sie sich für unseren Finanz-Newsletter angemeldet haben. Abmelden"""
h = html_doc(t, pixel="https://news-tracker.example.com/p/%s.gif" % hexid(16), font="Georgia")
h = h.replace("JETZT KOSTENLOS REGISTRIEREN",
              '<a href="https://ki-trading-belgien.example.com/r/%s"><b>JETZT KOSTENLOS REGISTRIEREN</b></a>'
              % hexid(10))
h = h.replace("<p style", '<p><img src="https://cdn.ki-trading-belgien.example.com/img/rentner.jpg" '
                          'width="560" alt=""></p>\n<p style', 1)
add(message([
    ("Received", received("bulk17.sendout.example.com", "198.51.100.177", when=date(2026, 2, 11, 5, 30, 22))),
    ("From", addr("Finanz-Nachrichten Belgien", "news@finanz-aktuell.example.com")),
    ("To", MAILBOX),
    ("Subject", ew("Eupener Rentner verdient 4.800 € pro Woche – Banken sind wütend")),
    ("Date", date(2026, 2, 11, 5, 30, 20)),
    ("Message-ID", "<%s@sendout.example.com>" % hexid(30)),
], text_part(h, sub="html", cte="base64")),
    "spam", "de", "other", None,
    "CRYPTO / 'KI-Trading' scam dressed as news; words 'Rentner'/'Rente' are a pensions trap. HTML-only UTF-8 "
    "base64 with remote image, link and tracking pixel; UTF-8 Q subject with euro sign.")

# S4 en - advance fee "compensation for complaint", fake RE: and fake reference; windows-1252 QP
t = """ATTENTION: BENEFICIARY

Your name and e-mail appeared on the list of victims who filed a complaint with the authorities concerning internet fraud between 2019 and 2025. Following the meeting of the International Fraud Victims Compensation Unit, your compensation file Ref: BE/COMP/2026/7731 has been APPROVED for the sum of USD 850,000.00 (Eight Hundred and Fifty Thousand United States Dollars).

To release your payment via ATM card, you are required to pay only the clearance and stamp duty fee of USD 385 to our accredited agent. Kindly reply with:

1. Full name
2. Home address
3. Phone number
4. Copy of ID

Treat as urgent and confidential. Do not discuss with bank officials as this may delay the transfer.

Barr. Edward Mensah Okafor
Director, Compensation Release Desk
"""
add(message([
    ("Received", received("host-203-0-113-8.isp.example.net", "203.0.113.8", when=date(2026, 2, 3, 4, 51, 30))),
    ("From", addr("Compensation Release Desk", "release.desk@compensation-unit.example.org")),
    ("Reply-To", "edward.okafor.desk@freemail.example.com"),
    ("To", "undisclosed-recipients:;"),
    ("Subject", "RE: Your complaint - Ref: BE/COMP/2026/7731 - PAYMENT APPROVED"),
    ("Date", date(2026, 2, 3, 4, 51, 25, "+0100")),
    ("Message-ID", "<%s@compensation-unit.example.org>" % hexid(20)),
    ("X-Priority", "1 (Highest)"),
], text_part(t.replace("USD 385", "USD 385 \u2013 non\u2011refundable").replace("\u2011", "-"),
             cs="windows-1252")),
    "spam", "en", "other", None,
    "ADVANCE-FEE scam posing as compensation for 'victims who filed a complaint': fake 'RE: Your complaint', "
    "fake reference BE/COMP/2026/7731 (not a PLT ticket), To undisclosed-recipients, freemail Reply-To. "
    "text/plain windows-1252 QP.")

# S5 de - fake parcel customs fee; multipart/alternative UTF-8 QP
t = """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Paket mit der Sendungsnummer BE7741 0093 2256 konnte heute nicht zugestellt werden, da eine Zollgebühr in Höhe von 2,99 € noch nicht bezahlt wurde.

Bitte begleichen Sie den Betrag innerhalb von 24 Stunden, sonst wird das Paket an den Absender zurückgeschickt:

https://bpost-zustellung.example.com/zahlung/BE774100932256

Vielen Dank für Ihr Vertrauen.
Ihr Paketdienst"""
add(message([
    ("Received", received("mta3.cheap-relay.example.net", "198.51.100.250", when=date(2026, 2, 25, 2, 8, 41))),
    ("From", addr("bpost Paketdienst", "noreply@bpost-zustellung.example.com")),
    ("To", MAILBOX),
    ("Subject", ew("Ihr Paket wartet – Zollgebühr offen (2,99 €)")),
    ("Date", date(2026, 2, 25, 2, 8, 39)),
    ("Message-ID", "<%s@bpost-zustellung.example.com>" % hexid(26)),
], multipart("alternative", [text_part(t), text_part(html_doc(t, pixel="https://bpost-zustellung.example.com/"
                                                                         "px/%s.gif" % hexid(12)), sub="html")])),
    "spam", "de", "other", None,
    "FAKE PARCEL FEE (customs 2.99 EUR) from a look-alike postal domain, 24-hour pressure. multipart/alternative "
    "UTF-8 QP, tracking pixel; UTF-8 Q subject.")


# ================================================================ write + check
KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs",
        "other"}
DOMAIN_OK = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
DOC_IP = re.compile(r"^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.)")


def all_text(msg):
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            chunks.append(part.get_content())
    return "\n".join(chunks)


def check(fname, data, lab):
    errs = []
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if lab["kind"] not in KINDS:
        errs.append("kind")
    if lab["language"] not in LANGS:
        errs.append("language")
    if lab["category"] not in CATS:
        errs.append("category")
    if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
        errs.append("acknowledge")
    if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
        errs.append("category must be other")
    if lab["kind"] == "follow_up" and not lab["refers_to"]:
        errs.append("follow_up without refers_to")
    text = all_text(msg)
    if lab["refers_to"]:
        if not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]):
            errs.append("refers_to format")
        if lab["refers_to"].lower() not in text.lower():
            errs.append("refers_to not in message")
    for d in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", text):
        if not DOMAIN_OK.search(d):
            errs.append("domain " + d)
    for d in re.findall(r"https?://([^/\s\"'<>]+)", text):
        if not DOMAIN_OK.search(d.split(":")[0]):
            errs.append("url " + d)
    for d in re.findall(r"\bwww\.[A-Za-z0-9.-]+", text):
        if not DOMAIN_OK.search(d.rstrip(".")):
            errs.append("www " + d)
    raw = data.decode("latin-1")
    for d in re.findall(r"\b(?:from|by)\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b", raw):
        if "." in d and not DOMAIN_OK.search(d) and d.count(".") >= 1 and not d[0].isdigit():
            if d.lower() not in ("relay.example",):
                errs.append("host " + d)
    for ip in re.findall(r"\[(\d+\.\d+\.\d+\.\d+)\]", raw):
        if not DOC_IP.match(ip):
            errs.append("ip " + ip)
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            errs.append("line %d too long" % (i + 1))
    if msg.defects:
        errs.append("defects %r" % msg.defects)
    return ["%s: %s" % (fname, e) for e in errs]


def main():
    order = list(range(len(MESSAGES)))
    random.Random(SEED + 1).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels, errors = [], []
    for pos, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fname = "%s-%03d.eml" % (PREFIX, pos)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(m["data"])
        lab = dict(file=fname, kind=m["kind"], language=m["language"], category=m["category"],
                   acknowledge=m["kind"] in ("complaint", "appeal", "information_request"),
                   refers_to=m["refers_to"], notes=m["notes"])
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    for lab in labels:
        with open(os.path.join(OUT, lab["file"]), "rb") as fh:
            errors += check(lab["file"], fh.read(), lab)
    # summary
    kinds = ["complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"]
    print("%d messages" % len(labels))
    print("%-20s %4s %4s %4s %4s %5s" % ("kind", "fr", "nl", "de", "en", "total"))
    for k in kinds:
        row = [sum(1 for l in labels if l["kind"] == k and l["language"] == g) for g in ("fr", "nl", "de", "en")]
        print("%-20s %4d %4d %4d %4d %5d" % (k, *row, sum(row)))
    cats = sorted(CATS)
    print("categories:", {c: sum(1 for l in labels if l["category"] == c) for c in cats})
    print("people's mails by category:",
          {c: sum(1 for l in labels if l["category"] == c and l["kind"] in kinds[:4]) for c in cats})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
