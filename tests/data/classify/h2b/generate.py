#!/usr/bin/env python3
"""Held-out test corpus h2b: e-mails to plaintes.klachten@federal.example.be.

Standard library only, deterministic (fixed seed, fixed boundaries, fixed dates).
Writes h2b-001.eml ... and labels.json next to this script, then re-parses and
checks every file.  Exit status 1 on any error.
"""
import base64
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

SEED = 20260611
PREFIX = "h2b"
OUT = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "plaintes.klachten@federal.example.be"

# --------------------------------------------------------------------------
# tiny MIME builder (bytes, LF internally; CRLF applied to whole file at the end)
# --------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")

    def render(self):
        b = self.body
        if not b.endswith(b"\n"):
            b += b"\n"
        return ("\n".join(self.headers)).encode("ascii") + b"\n\n" + b


def wrap(s, width=74, flowed=False):
    out = []
    for line in s.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        ind = re.match(r"^(\s*(?:[-*•]\s+|\d\)\s+)?)", line).group(1)
        chunks = textwrap.wrap(line, width, subsequent_indent=" " * len(ind) if ind.strip() else "",
                               break_long_words=False, break_on_hyphens=False)
        if flowed:
            out.extend([c + " " for c in chunks[:-1]] + [chunks[-1]])
        else:
            out.extend(chunks)
    return "\n".join(out)


def enc_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(sub, s, cs="utf-8", cte="8bit", params="", extra=(), dowrap=None):
    if not s.endswith("\n"):
        s += "\n"
    if dowrap is None:
        dowrap = cte in ("8bit", "7bit") and sub == "plain"
    if dowrap:
        s = wrap(s, flowed="format=flowed" in params)
    raw = s.encode(cs)
    hs = ['Content-Type: text/%s; charset="%s"%s' % (sub, cs, params),
          "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return Part(hs, enc_body(raw, cte))


def attach(ctype, data, filename, disp="attachment"):
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename),
          "Content-Transfer-Encoding: base64",
          'Content-Disposition: %s; filename="%s"' % (disp, filename)]
    return Part(hs, base64.encodebytes(data))


def multipart(sub, parts, boundary, params="", preamble=True):
    hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)]
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render()
    body += b"--" + boundary.encode() + b"--\n"
    return Part(hs, body)


def rfc822(msg_bytes, disp=None):
    hs = ["Content-Type: message/rfc822"]
    if disp:
        hs.append("Content-Disposition: " + disp)
    return Part(hs, msg_bytes)


def ew(s, cs="utf-8", mode="Q"):
    """RFC 2047 encode s, folding into several encoded words if needed."""
    def one(t):
        b = t.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        out = []
        for ch in t:
            if ch == " ":
                out.append("_")
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append("".join("=%02X" % x for x in ch.encode(cs)))
        return "=?%s?Q?%s?=" % (cs, "".join(out))
    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 72:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    words.append(one(cur))
    return "\n ".join(words)


def hv(s, cs="utf-8", mode="Q"):
    """header value: plain if ASCII, else encoded words."""
    return s if s.isascii() else ew(s, cs, mode)


def ad(name, addr, cs="utf-8", mode="Q"):
    if not name:
        return addr
    if not name.isascii():
        return "%s <%s>" % (ew(name, cs, mode), addr)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)


def message(headers, part, crlf=False, mime=True):
    lines = ["%s: %s" % (k, v) for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines)).encode("ascii") + b"\n" + part.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def html_doc(body_text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt", head_extra="", cs="utf-8"):
    paras = []
    for block in body_text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n" % cs
            + head_extra + "</head>\n<body>\n<div style=\"%s\">\n" % style
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 760 Td (" + t +
            b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_jpg(seed):
    r = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        r.randrange(256) for _ in range(600)) + b"\xff\xd9"


# --------------------------------------------------------------------------
# our acknowledgements (quoted / returned by replies, auto-replies, bounces)
# --------------------------------------------------------------------------
ACK_SUBJ = {"fr": "Accusé de réception de votre plainte",
            "nl": "Ontvangstbevestiging van uw klacht",
            "de": "Eingangsbestätigung Ihrer Beschwerde",
            "en": "Acknowledgement of your complaint"}


def ack_subject(t, lang):
    return "[%s] %s" % (t, ACK_SUBJ[lang])


def ack_msgid(t):
    return "<ack.%s@federal.example.be>" % t.lower()


def ack_text(t, lang, subj, when):
    if lang == "fr":
        return ("Madame, Monsieur,\n\nNous accusons réception de votre message du %s intitulé\n« %s ».\n"
                "Il a été enregistré sous le numéro %s. Merci de mentionner ce numéro dans\n"
                "toute correspondance ultérieure.\n\nService central des plaintes\n%s\n" % (when, subj, t, MAILBOX))
    if lang == "nl":
        return ("Geachte heer, mevrouw,\n\nWij hebben uw bericht van %s met als onderwerp\n\"%s\" goed ontvangen.\n"
                "Het werd geregistreerd onder nummer %s. Vermeld dit nummer in elke\n"
                "verdere briefwisseling.\n\nCentrale Klachtendienst\n%s\n" % (when, subj, t, MAILBOX))
    if lang == "de":
        return ("Sehr geehrte Damen und Herren,\n\nwir bestätigen den Eingang Ihrer Nachricht vom %s mit dem Betreff\n"
                "„%s“.\nSie wurde unter der Nummer %s registriert. Bitte geben Sie diese Nummer\n"
                "bei jedem weiteren Schriftwechsel an.\n\nZentraler Beschwerdedienst\n%s\n" % (when, subj, t, MAILBOX))
    return ("Dear Sir or Madam,\n\nWe acknowledge receipt of your message of %s with the subject\n\"%s\".\n"
            "It has been registered under number %s. Please quote this number in any\n"
            "further correspondence.\n\nCentral Complaints Service\n%s\n" % (when, subj, t, MAILBOX))


def ack_message(t, lang, to, date, subj, when):
    hs = [("From", ad("Service des plaintes - Klachtendienst", MAILBOX)),
          ("To", to),
          ("Subject", hv(ack_subject(t, lang))),
          ("Date", date),
          ("Message-ID", ack_msgid(t)),
          ("Auto-Submitted", "auto-generated")]
    return message(hs, text("plain", ack_text(t, lang, subj, when), "utf-8", "quoted-printable"))


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
GRIET = ("Griet Vanhoutte", "griet.vanhoutte@awb-vakbond.example.be")
GRIET_SIG = """Griet Vanhoutte
Dossierbeheerder werkloosheid
AWB - Algemene Werknemersbond, secretariaat Mechelen
Onze-Lieve-Vrouwestraat 191, 2800 Mechelen
T 015 00 41 27 | griet.vanhoutte@awb-vakbond.example.be

Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd
voor de geadresseerde. Bent u niet de bestemmeling, verwittig dan de afzender
en verwijder dit bericht."""
LOTTE = ("Lotte Mertens", "lotte.mertens94@kabelnet.example.be")
JENS = ("Jens Van Looy", "jensvanlooy@kabelnet.example.be")
HUBERT = ("Hubert Mathonet", "hubert.mathonet@campagnard.example.be")
SABINE = ("Sabine Mathonet-Kessler", "sabine.kessler@campagnard.example.be")
LUKAS = ("Lukas Mathonet", "lukas.mathonet93@postbox.example.com")
WOUT = ("Wout Claeys", "wout.claeys@student.example.be")
FONS = ("Alfons Vermeulen", "fonsvermeulen1951@correo.example.com")
ARAVIND = ("Aravind Raghunathan", "aravind.raghunathan@research.example.be")

MSGS = []


def add(raw, kind, lang, cat, refers, notes):
    MSGS.append((raw, {"kind": kind, "language": lang, "category": cat,
                       "acknowledge": kind in ("complaint", "appeal", "information_request"),
                       "refers_to": refers, "notes": notes}))


def rcvd(host, ip, date, by="mx1.federal.example.be"):
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, by, format(abs(hash_str(host + date)) % 16**10, "010X"), MAILBOX, date))


def hash_str(s):
    h = 5381
    for c in s.encode():
        h = (h * 33 + c) & 0xFFFFFFFFFFFF
    return h


# ==========================================================================
# COMPLAINTS
# ==========================================================================

# C1 union for member: temporary unemployment not paid; RVA decision positive, not contested
c1 = """Geachte,

Ik schrijf u in naam van ons lid, de heer Kevin De Smedt (INSZ 88.07.14-233.61), arbeider bij een metaalbedrijf in Willebroek dat sinds januari tijdelijke werkloosheid om economische redenen toepast.

Even kort de feiten:
- de werkgever heeft de maandelijkse aangiftes correct en tijdig ingediend, dat hebben wij nagekeken;
- de RVA heeft het recht op tijdelijke werkloosheid toegekend, daar hebben wij geen enkele opmerking over;
- maar voor de maanden januari en februari is er tot op vandaag geen cent betaald.

Na een adreswijziging in januari is het dossier van de heer De Smedt blijkbaar verkeerdelijk doorgeschoven naar de Hulpkas, die ons op haar beurt laat weten dat zij "geen actieve aanvraag" heeft. Het werkloosheidsbureau in Mechelen zegt aan de telefoon dat het dossier "bij de uitbetalingsinstelling ligt". Wij draaien dus rond in een cirkel, en ons lid – alleenstaande papa van twee kinderen – zit al tien weken zonder inkomen.

Wij hebben drie keer gemaild (12/02, 26/02 en 09/03) naar het algemene adres, zonder antwoord of zelfs maar een ontvangstmelding.

Wij vragen dus géén herziening van een beslissing, wel dat iemand het dossier eindelijk oppakt en dat januari en februari zo snel mogelijk betaald worden. Kan u ons ook laten weten wie bij u dit dossier opvolgt, zodat we niet telkens opnieuw moeten beginnen?

Alle documenten zijn al meermaals bezorgd; indien nodig stuur ik ze opnieuw.

Met vriendelijke groeten,

""" + GRIET_SIG
p = multipart("alternative", [text("plain", c1, "windows-1252", "quoted-printable"),
                              text("html", html_doc(c1, cs="windows-1252"), "windows-1252", "quoted-printable")],
              "----=_NextPart_000_0A1C_01DCB3E2.5F3A91D0")
add(message([rcvd("smtp.awb-vakbond.example.be", "198.51.100.23", "Tue, 17 Mar 2026 09:41:12 +0100"),
             ("From", ad(*GRIET)), ("To", MAILBOX),
             ("Subject", hv("Klacht uitbetaling tijdelijke werkloosheid – lid K. De Smedt (ons dossier 24/0871)", "windows-1252")),
             ("Date", "Tue, 17 Mar 2026 09:41:07 +0100"),
             ("Message-ID", "<004a01dcb3e2$5f3a91d0$1daeb570$@awb-vakbond.example.be>"),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-be")], p, crlf=True),
    "complaint", "nl", "unemployment", None,
    "Trade-union case worker writing FOR a member. MENTIONS the positive RVA decision and explicitly does not contest it "
    "(\"wij vragen géén herziening\"): ping-pong between the payment body (Hulpkas) and the RVA office, no payment for "
    "two months -> complaint, unemployment. Outlook multipart/alternative windows-1252 QP (en dash, é), Q-encoded "
    "windows-1252 subject, confidentiality disclaimer, CRLF line endings.")

# C2 Antwerp couple: police conduct at roadside check; fine accepted
c2 = """Dag,

Ik wil een klacht indienen over hoe ze mijn vriend en mij behandeld hebben bij een controle zaterdagnacht (14 maart) rond half twee op de Singel, ter hoogte van de afrit Borgerhout.

We kwamen van een trouwfeest in Wijnegem, Jens reed, ik zat ernaast. We werden aan de kant gezet voor een blaastest, geen probleem, dat moet. Die was 0,00 want Jens was de BOB en heeft heel de avond cola gedronken.

Dan vond de agent (groot, kaal, geen naamplaatje te zien) dat ons achterlicht kapot was. Klopt, dat wisten we niet. Daarvoor hebben we een boete gekregen van 58 euro en die betalen we, daar gaat deze mail NIET over.

Waar het wel over gaat: hij vroeg ook mijn identiteitskaart, terwijl ik niet reed, en toen ik vroeg waarom zei hij letterlijk "omdat gij er zo uitziet, madammeke". Daarna heeft hij onze ID's 40 minuten meegenomen in de combi terwijl wij buiten in de kou moesten wachten (ik had een kleedje aan, het was 3 graden) en niemand wou zeggen waarom. Een collega stond erbij te lachen en te filmen met zijn gsm?!

Toen Jens vroeg naar zijn naam of stamnummer zei hij "da zoekte zelf maar uit".

Sorry maar dit kan toch niet. Wij zijn gewone mensen en hebben niks misdaan buiten dat lampje. Ik wil graag weten wat er met deze klacht gebeurt en of die collega dat filmpje zomaar mag houden.

Lotte Mertens (en Jens Van Looy)
Kroonstraat, 2140 Borgerhout
0470 00 18 52"""
add(message([rcvd("smtp.kabelnet.example.be", "203.0.113.77", "Mon, 16 Mar 2026 00:12:40 +0100"),
             ("From", ad(*LOTTE)), ("To", MAILBOX),
             ("Subject", "klacht over controle op de Singel zaterdagnacht"),
             ("Date", "Mon, 16 Mar 2026 00:12:31 +0100"),
             ("Message-ID", "<a81f2c4e-77d0-4b1e-9c35-2e0f81d6b2aa@kabelnet.example.be>"),
             ("User-Agent", "Mozilla Thunderbird")],
            text("plain", c2, "utf-8", "8bit", params="; format=flowed")),
    "complaint", "nl", "police", None,
    "Police CONDUCT at a roadside check (ID kept 40 min, insulting remark, colleague filming). A traffic FINE is "
    "mentioned but explicitly accepted (\"die betalen we\") -> complaint, not appeal. Informal Antwerp register. "
    "text/plain UTF-8 8bit format=flowed, plain lower-case ASCII subject.")

# C3 Malmedy farmer: trailer registration, documents lost twice (mentions police -> still mobility)
c3 = """Bonjour Madame Monsieur,

Je me permets de vous écrire parce que je ne sais plus à qui m'adresser. J'ai acheté en décembre une remorque agricole d'occasion (ein Kipper, 2 essieux, chez un marchand à Prüm) et depuis c'est le cirque pour avoir la plaque.

Le garage de Waimes a fait la demande en janvier. En février on reçoit une lettre que le certificat de conformité, la Typgenehmigung ou comment on dit, n'est pas bon. On renvoie les Papiere. En mars, de nouveau une lettre : il manque la même chose qu'on a déjà envoyée deux fois. J'ai téléphoné au numéro sur la lettre, 45 minutes d'attente, et la dame m'a dit qu'elle ne voit pas les documents dans le système et qu'il faut tout recommencer via le garage.

Je suis agriculteur, j'ai 60 vaches et en avril il faut sortir le Mist sur les prairies. Sans plaque je ne peux pas rouler sur la route avec la remorque, les gendarmes (la police je veux dire) me l'ont déjà dit gentiment. Alors je fais quoi ? Je paie un entrepreneur pour faire mon travail ?

Ce n'est pas normal qu'on perde deux fois les mêmes documents. Et personne qui répond en allemand non plus, ma femme avait essayé.

Je voudrais que quelqu'un regarde mon dossier pour de vrai et qu'on m'envoie cette plaque.

Numéro de châssis : WAG0K18T500417723 (sur les Papiere allemands)

Mit freundlichen Grüssen / salutations
Hubert Mathonet
Géromont 14
4960 Malmedy
080 00 71 36"""
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Wed, 18 Mar 2026 21:07:55 +0100"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", ew("plaque pour ma remorque - toujours rien !!", "iso-8859-1")),
             ("Date", "Wed, 18 Mar 2026 21:07:49 +0100"),
             ("Message-ID", "<20260318210749.5c1e@campagnard.example.be>"),
             ("X-Mailer", "Webmail 4.2")],
            text("plain", c3, "iso-8859-1", "8bit")),
    "complaint", "fr", "mobility", None,
    "Farmer writing French with German words (Kipper, Papiere, Typgenehmigung, Mist). Vehicle REGISTRATION of a "
    "trailer (service never named): documents lost twice, no German-speaking help -> complaint, mobility. The police "
    "is mentioned only in passing. text/plain ISO-8859-1 8bit; subject needlessly Q-encoded in ISO-8859-1.")

# C4 farmer writes in German for his mother (pension account change) - forwarded by commune as message/rfc822
c4_inner_txt = """Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau Maria Mathonet-Heinen, geboren 1939, Witwe seit 2011. Sie bekommt seit Jahren ihr Geld (die pension de survie und ihre eigene kleine Rente als Landwirtin) auf ihr Konto bei der Raiffeisenbank in Sankt Vith.

Im Januar haben wir das Konto gewechselt, weil die Filiale in Sankt Vith zugemacht hat. Wir haben das Formular für den changement de compte ausgefüllt und am 8. Januar eingeschrieben geschickt. Jetzt kam im März und im April KEIN Geld. Die alte Bank sagt, das Konto ist geschlossen und das Geld ging zurück an den Absender.

Ich habe die Nummer auf dem Brief angerufen, da sagt man, man soll es im Internet machen, mit itsme. Meine Mutter ist 86, sie hat keinen Computer und kein Handy. Dann wurde ich dreimal weiterverbunden, einmal auf Niederländisch, und dann war die Leitung tot.

Meine Mutter hat jetzt zwei Monate nichts bekommen, sie muss die Krankenpflegerin und das Heizöl bezahlen. Ich bitte Sie, dass jemand das in Ordnung bringt und dass März und April überwiesen werden.

Neues Konto: BE12 0000 4471 8823 (lautend auf Maria Mathonet-Heinen)

Mit freundlichen Grüßen
Hubert Mathonet (Sohn)
Géromont 14, 4960 Malmedy
Tel. 080 00 71 36"""
c4_inner = message([("From", ad(*HUBERT)), ("To", "population@malmedy.example.be"),
                    ("Subject", hv("Rente von meiner Mutter - kein Geld mehr seit März", "iso-8859-1")),
                    ("Date", "Thu, 16 Apr 2026 20:33:02 +0200"),
                    ("Message-ID", "<20260416203302.77ab@campagnard.example.be>")],
                   text("plain", c4_inner_txt, "iso-8859-1", "quoted-printable"))
c4_outer = """Bonjour,

Nous avons reçu le courriel ci-joint au guichet de l'administration communale. Il concerne le paiement d'une pension par un service fédéral et ne relève pas de la compétence de la Ville. Nous vous le transmettons pour suite utile ; l'intéressé en a été informé.

Bien cordialement,

Nadine Bodarwé
Service Population - État civil
Ville de Malmedy
population@malmedy.example.be"""
p = multipart("mixed", [text("plain", c4_outer, "utf-8", "quoted-printable"),
                        rfc822(c4_inner, 'attachment; filename="Rente von meiner Mutter.eml"')],
              "=_malmedy_7f3a20b1c4", preamble=False)
add(message([rcvd("mail.malmedy.example.be", "198.51.100.140", "Mon, 20 Apr 2026 11:20:18 +0200"),
             ("From", ad("Service Population - Ville de Malmedy", "population@malmedy.example.be")),
             ("To", MAILBOX),
             ("Subject", "TR: Rente von meiner Mutter - kein Geld mehr seit =?utf-8?q?M=C3=A4rz?="),
             ("Date", "Mon, 20 Apr 2026 11:20:11 +0200"),
             ("Message-ID", "<fw-20260420-0031@malmedy.example.be>")], p),
    "complaint", "de", "pensions", None,
    "FORWARD by a commune (French covering note) carrying the citizen's mail as message/rfc822: the complainant "
    "(to acknowledge) is the inner From; language = the citizen's own text (German with French words). Son writes for "
    "his 86-year-old mother: survivor's pension unpaid after a bank-account change ('ihr Geld', 'Rente') -> complaint, "
    "pensions. Outer text/plain UTF-8 QP, inner text/plain ISO-8859-1 QP; subject mixes ASCII and a Q-encoded word.")

# C5 PhD: embassy / visa application centre - contradictory info, rude, no answer
c5 = """Dear Sir/Madam,

I am a doctoral researcher (4th year, Department of Materials Engineering) at a university in Leuven and hold a Belgian single permit. I am writing to complain about the way my wife's long-stay visa application (family reunification) has been handled by the Embassy of Belgium in New Delhi and the visa application centre it works with.

Timeline:
• 6 Jan 2026 – appointment booked online for 21 Jan.
• 19 Jan – appointment cancelled by SMS "due to operational reasons", no new slot offered.
• 3 Feb – second appointment. My wife travelled from Chennai to Delhi (flight + hotel at our expense). At the counter she was told that the apostilled marriage certificate "must additionally be verified by the Embassy", which is simply not what the Embassy's own web page said at the time (I have screenshots).
• 24 Feb – third visit, file finally accepted.
• Since then: nothing. The tracking page has shown "In process" for 11 weeks. Three e-mails to the visa section remain unanswered; the phone line plays a recording and hangs up.

I understand that the decision on the visa itself is taken in Brussels and I am not asking you to influence it. My complaint is about (1) the contradictory information, which cost us a useless trip of more than 600 EUR, (2) the fact that nobody answers, and (3) the tone of the staff member at the counter, who told my wife in front of other applicants that "people like you always bring wrong papers".

Could you please tell me whether the file has actually been transmitted to Brussels, and to whom I should address a request for reimbursement of the travel costs?

Kind regards,
Aravind Raghunathan
PhD researcher
aravind.raghunathan@research.example.be | +32 470 00 62 19"""
p = multipart("alternative", [text("plain", c5, "utf-8", "quoted-printable"),
                              text("html", html_doc(c5, "font-family:Arial,sans-serif"), "utf-8", "quoted-printable")],
              "000000000000b41f9a0612c3e5d7", preamble=False)
add(message([rcvd("mail-sor-f41.research.example.be", "198.51.100.7", "Fri, 15 May 2026 10:02:29 +0200"),
             ("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", hv("Complaint regarding visa application centre / Embassy in New Delhi – wife's family reunification")),
             ("Date", "Fri, 15 May 2026 10:02:16 +0200"),
             ("Message-ID", "<CAH7r0Lq3vX9e2K1pfY+4mZ@mail.research.example.be>")], p),
    "complaint", "en", "foreign_affairs", None,
    "Complaint about an EMBASSY and its visa application centre (cancelled appointment, contradictory information, "
    "rude counter staff, no answers); the visa decision itself is explicitly not contested; ends with two questions "
    "-> complaint, foreign_affairs. Gmail multipart/alternative UTF-8 QP (bullets, en dashes); subject Q-encoded UTF-8.")

# C6 PhD: sickness benefit, letters in Dutch only (social_security) - HTML only
c6 = """Hello,

I had a bicycle accident on 2 February (broken wrist, surgery) and was on sick leave until 20 March. As a PhD researcher on an employment contract I am insured through a health insurance fund, and my employer paid the first month of salary. For the rest I understood I would receive the sickness allowance.

It is now the end of April. I have received two letters about "arbeidsongeschiktheid" and a "controle door de adviserend arts", both only in Dutch, which I had to translate with my phone. The second letter says my "getuigschrift van arbeidsongeschiktheid" arrived late and that I "could lose some days". I posted it on 4 February from the hospital – I have the receipt.

The fund says the delay is because the file is "at RIZIV for verification". When I call RIZIV I get a menu in Dutch and French only and then a busy tone.

I am not trying to fight anybody, I simply want to know: is my file blocked somewhere, and why? And why can I not get a single letter in English when the website of the same institution is available in English?

Best regards,
Aravind Raghunathan"""
h6 = html_doc(c6, "font-family:'Segoe UI',Helvetica,sans-serif;font-size:14px;color:#222",
              "<style>p{margin:0 0 12px 0} .sig{color:#666;font-size:12px}</style>\n").replace(
    "</div>\n</body>", "<p class=\"sig\">Sent with a secure webmail</p>\n</div>\n</body>")
add(message([rcvd("out.securemail.example.net", "203.0.113.201", "Wed, 29 Apr 2026 22:48:03 +0200"),
             ("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Sickness allowance - no payment, no reply, letters only in Dutch"),
             ("Date", "Wed, 29 Apr 2026 20:47:58 +0000"),
             ("Message-ID", "<Xk2d9QmT4pAQ3L8v@securemail.example.net>")],
            text("html", h6, "utf-8", "base64")),
    "complaint", "en", "social_security", None,
    "Sickness allowance (health insurance fund / RIZIV) delayed, letters only in Dutch, unreachable phone; contains "
    "questions and a possible loss of days that is NOT contested -> complaint, social_security. HTML-only UTF-8 base64 "
    "with <style>, Date in +0000.")

# C7 pensioner in Spain: life certificate, pension not paid
c7 = """Geachte heer, mevrouw,

Ik ben Alfons Vermeulen, gepensioneerd sinds 2016 (vroeger bediende bij de bank), en ik woon sinds 2019 het grootste deel van het jaar in Torrevieja, Spanje. Ik heb altijd netjes elk jaar het levensbewijs teruggestuurd, afgestempeld door het gemeentehuis hier.

Dit jaar kreeg ik de brief pas op 2 maart (de Spaanse post, u kent dat) en ik heb hem op 4 maart teruggestuurd, aangetekend. Toch is mijn pensioen van april NIET betaald. Mijn bank in België ziet niets binnenkomen.

Ik heb drie keer naar het gratis nummer gebeld vanuit Spanje (gratis is het hier niet, dat kost me telkens een fortuin) en na 25 minuten wachten valt de verbinding weg. Op de computer kan ik niet inloggen, want itsme werkt niet met mijn Spaans gsm-nummer en een kaartlezer heb ik hier niet.

Ik vind het echt schandalig dat men een oude man zo laat zitten. Ik heb 42 jaar gewerkt en belastingen betaald in België.

Is mijn formulier nu aangekomen of niet? En wanneer wordt april betaald? Moet ik daarvoor speciaal naar België komen?

Met vriendelijke groet,
A. Vermeulen
Calle de los Almendros 27, bajo B
03182 Torrevieja (Alicante), Spanje
tel. +34 600 00 00 00"""
add(message([rcvd("smtp.correo.example.com", "192.0.2.200", "Fri, 24 Apr 2026 18:55:12 +0200"),
             ("From", ad("Fons Vermeulen", FONS[1])), ("To", MAILBOX),
             ("Subject", "Pensioen niet betaald ondanks levensbewijs !!!"),
             ("Date", "Fri, 24 Apr 2026 18:55:04 +0200"),
             ("Message-ID", "<1745513704.318822@correo.example.com>")],
            text("plain", c7, "iso-8859-1", "quoted-printable")),
    "complaint", "nl", "pensions", None,
    "Pensioner living in Spain: pension suspended although the life certificate was returned, unreachable phone, "
    "itsme unusable abroad; angry, ends with questions, nothing contested -> complaint, pensions. text/plain "
    "ISO-8859-1 QP (ë), no agency named.")

# C8 Ghent student via web form: registration certificate sent to old address (mobility)
c8_msg = ("ik heb in januari een tweedehands polo gekocht van een vriend van mijn pa, de inschrijving is via "
          "de verzekering gedaan maar het inschrijvingsbewijs is blijkbaar verstuurd naar mijn oud kotadres in "
          "de Overpoortstraat waar ik al sinds september niet meer woon (adres was wel aangepast bij de stad!!). "
          "daar is het nu weg, de nieuwe bewoners hebben niks gezien.\n"
          "de verzekering zegt bel de DIV, de DIV (na 50 min wachten) zegt da moet via de verzekering als duplicaat "
          "en dat dat betalend is. nu rij ik al 6 weken met alleen een kopie en een mailtje van de verzekering in "
          "mijn handschoenkastje...\n"
          "waarom wordt zo'n document naar een oud adres gestuurd als het rijksregister al maanden juist is? en "
          "waarom moet ik betalen voor jullie fout? ik wil gewoon mijn kentekenbewijs, gratis.")
c8 = """Nieuw bericht via het contactformulier
========================================

Formulier:      Klacht / Plainte
Taal:           NL
Datum:          02-04-2026 16:22

Naam:           Wout Claeys
E-mail:         wout.claeys@student.example.be
Telefoon:       0488 00 27 90
Postcode:       9000
Betreft dienst: Weet ik niet / Je ne sais pas
Referentie:     (leeg)

Bericht:
""" + c8_msg + """

----------------------------------------
IP: 203.0.113.45 | Formulier-ID: WF-7731-NL
Dit bericht werd automatisch gegenereerd. Antwoord niet op dit adres."""
add(message([("From", ad("Webformulier / Formulaire web", "no-reply-webform@federal.example.be")),
             ("Reply-To", ad(*WOUT)), ("To", MAILBOX),
             ("Subject", "[Webform] Klacht / Plainte - Wout Claeys"),
             ("Date", "Thu, 02 Apr 2026 16:22:09 +0200"),
             ("Message-ID", "<webform.7731.20260402162209@federal.example.be>"),
             ("Auto-Submitted", "auto-generated"), ("X-Mailer", "FormMailer 3.1")],
            text("plain", c8, "utf-8", "quoted-printable")),
    "complaint", "nl", "mobility", None,
    "WEB-FORM notification from no-reply-webform@ (Auto-Submitted set by our own site): the citizen is in Reply-To and "
    "the form fields -> acknowledge the student. Registration certificate of a car sent to an old address, duplicate "
    "must be paid, ping-pong insurer/DIV -> complaint, mobility. Form field 'dienst' = 'weet ik niet'. text/plain "
    "UTF-8 QP with long lines.")

# C9 farmer: police conduct after diesel theft (format=flowed QP)
c9 = """Madame, Monsieur,

Dans la nuit du 21 au 22 mars on m'a volé environ 800 litres de mazout (Diesel) dans la cuve derrière l'étable. On voit les traces du camion dans le Matsch et le cadenas est coupé. C'est la troisième fois en deux ans, chez les voisins à Bévercé aussi.

J'ai appelé la police le matin à 7 heures. Ils sont venus seulement vers 16 heures, deux jeunes agents. Le premier n'est même pas sorti de la voiture. L'autre a regardé la cuve et a dit en rigolant « ah, le Diesel-Diebstahl, c'est la campagne ça, il faut acheter un chien ». Ils n'ont pas voulu prendre les traces en photo, et pour le PV ils m'ont dit de le faire moi-même sur internet. Sur internet ce n'est pas possible pour du mazout, j'ai essayé, ça demande toujours une plaque de voiture ou un vélo.

Je ne demande pas qu'on retrouve mon mazout, je ne suis pas naïf. Mais je paie mes impôts comme tout le monde et je voudrais qu'on me traite sérieusement et qu'on fasse au moins un PV correct, mon assurance en a besoin.

Et je voudrais savoir si c'est normal qu'un agent se moque des gens comme ça.

Hubert Mathonet
agriculteur
Géromont 14, 4960 Malmedy"""
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Mon, 23 Mar 2026 10:48:30 +0100"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", hv("Plainte contre l'attitude des agents - vol de mazout à la ferme", "iso-8859-1")),
             ("Date", "Mon, 23 Mar 2026 10:48:22 +0100"),
             ("Message-ID", "<20260323104822.1f02@campagnard.example.be>")],
            text("plain", wrap(c9, flowed=True), "iso-8859-1", "quoted-printable", params="; format=flowed")),
    "complaint", "fr", "police", None,
    "Police CONDUCT after a diesel theft (arrived 9 h late, mocked the victim, refused to take a report); 'vol' and "
    "'Diesel-Diebstahl' are the facts reported, the complaint is about the officers -> complaint, police (original of "
    "the later follow-up PLT-2026-001532). text/plain ISO-8859-1 QP format=flowed; Q-encoded ISO-8859-1 subject.")

# C10 PhD: Royal Library reading room (other)
c10 = """Dear complaints team,

On 11 March I went to the Royal Library in Brussels to consult two 19th-century periodicals for a chapter of my thesis (they are not digitised). At the registration desk I was told that a reader card can only be issued with a Belgian eID or an EU passport, and that my Indian passport together with my Belgian residence card "is not in the system". After 30 minutes and a call to a supervisor I was sent away.

The library's website states that any researcher with a valid identity document can register. I had reserved the volumes in advance and received a confirmation e-mail. I lost a full working day (and the train ticket from Leuven), and my supervisor had to write a letter for my next attempt.

I would like to know whether this is an actual rule or a misunderstanding, and I would appreciate it if the desk staff could be informed. Two colleagues from outside the EU have had the same experience this year.

Regards,
Aravind Raghunathan
Doctoral researcher, Leuven"""
add(message([("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Reading room registration refused (non-EU researcher)"),
             ("Date", "Thu, 12 Mar 2026 08:15:44 +0100"),
             ("Message-ID", "<9c1d5e70-2b6a-4d8e-a1f3-6be2d0c4f918@research.example.be>"),
             ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.8.0")],
            text("plain", c10, "us-ascii", "7bit")),
    "complaint", "en", "other", None,
    "Complaint about a federal scientific institution (Royal Library reader registration refusing a non-EU researcher): "
    "none of the seven domains -> category other. 'Residence card', 'passport' and 'non-EU' are red herrings for "
    "foreign_affairs. text/plain us-ascii 7bit.")

# C11 Antwerp couple: advance payment booked on the wrong person (taxes), no decision yet
c11 = """Hallo,

Ik ben sinds vorig jaar grafisch ontwerper in bijberoep en heb in 2025 twee keer een voorafbetaling gedaan, in april en in oktober, samen 2.400 euro. Op het overzicht online staat bij mij maar 1.200 euro. De tweede betaling blijkt geboekt op naam van mijn vriendin Lotte (we zijn wettelijk samenwonend), omdat ik die dag haar gestructureerde mededeling gebruikt heb i.p.v. de mijne. We deden alles samen op één laptop, mea culpa.

Het geld is dus ergens bij u, alleen niet op de juiste plek. Er is nog geen aanslag, dus ik wil dit rechtgezet hebben vóór die er is, anders krijg ik straks een vermeerdering voor iets wat ik wél betaald heb.

Ik heb al 4 keer gebeld:
1) "dat wordt automatisch rechtgezet"
2) "ge moet een bezwaarschrift indienen" (tegen wat??)
3) "neen, geen bezwaar, mail naar het kantoor invordering"
4) niemand neemt op

Mijn mail naar dat kantoor van 19/03 is nooit beantwoord.

Azo moeilijk kan dat toch niet zijn? Kan iemand die 1.200 euro gewoon op mijn naam zetten en mij ÉÉN duidelijk antwoord geven in plaats van vier verschillende?

Groetjes,
Jens Van Looy
Borgerhout

Verstuurd vanaf mijn iPhone"""
p = multipart("alternative", [text("plain", c11, "utf-8", "quoted-printable"),
                              text("html", html_doc(c11, "font-family:-apple-system,Helvetica"), "utf-8", "quoted-printable")],
              "Apple-Mail-3F1C2A9E-61B4-4D07-9E11-5A0C2D7B8E40", preamble=False)
add(message([("From", ad(*JENS)), ("To", MAILBOX),
             ("Subject", hv("Waar is onze voorafbetaling?? 1.200 € op verkeerde naam")),
             ("Date", "Thu, 09 Apr 2026 21:30:51 +0200"),
             ("Message-ID", "<5E0C7A21-0B3D-4C8A-9F66-1D2E7B9A0C44@kabelnet.example.be>"),
             ("X-Mailer", "iPhone Mail (22E240)")], p),
    "complaint", "nl", "taxes", None,
    "ADVANCE PAYMENT booked on the partner's name; the tax service is never named. No assessment exists yet, so nothing "
    "is contested (the word 'bezwaarschrift' is only quoted from a phone agent); four contradictory answers + unanswered "
    "mail -> complaint, taxes. Apple Mail multipart/alternative UTF-8 QP; subject Q-encoded UTF-8 with euro sign.")

# C12 son, German: temporary unemployment control card, no payment (base64 from phone)
c12 = """Guten Tag,

ich bin Maurer bei einer Baufirma in Sankt Vith und war im Januar und Februar wegen Frost zeitweise arbeitslos (Schlechtwetter). Mein Chef hat alles gemeldet. Ich habe meine Kontrollkarte jeden Tag ausgefüllt wie es sein muss und Anfang März bei der Hilfskasse in Eupen abgegeben.

Bis heute (15. April) habe ich keinen Cent bekommen. Am Telefon heißt es jedes Mal „die Karte ist in Bearbeitung“. Letzte Woche hat man mir gesagt, ich hätte die Karte nicht mehr auf Papier abgeben dürfen, ich müsste die App benutzen – davon hat mir vorher keiner was gesagt und auf der Karte selbst steht das auch nicht.

Ich habe Miete und ein Auto auf Kredit. So geht das nicht weiter. Ich will dass meine Karte bearbeitet wird und ich mein Geld kriege.

Lukas Mathonet
Géromont 14a, 4960 Malmedy
Tel 0495 00 33 81

Von meinem Smartphone gesendet"""
add(message([("From", ad(*LUKAS)), ("To", MAILBOX),
             ("Subject", ew("keine Zahlung seit Januar – Kontrollkarte", "utf-8", "B")),
             ("Date", "Wed, 15 Apr 2026 19:04:37 +0200"),
             ("Message-ID", "<mx.20260415170437.a7c2e@postbox.example.com>")],
            text("plain", c12, "utf-8", "base64")),
    "complaint", "de", "unemployment", None,
    "Temporary (bad-weather) unemployment: paper control card ('Kontrollkarte', i.e. the unemployment card) handed to "
    "the payment body, no payment for 2 months, contradictory info about the app -> complaint, unemployment (original "
    "of follow-up PLT-2026-001509). text/plain UTF-8 base64 from a phone; B-encoded UTF-8 subject.")

# C13 farmer: legalisation desk closed / website wrong (foreign_affairs) windows-1252 QP
c13 = """Bonjour,

Ma fille Anne-Marie se marie en juin à Aachen (Aix-la-Chapelle) avec un Allemand. Le Standesamt de Aachen demande son acte de naissance « avec le cachet » pour l'étranger. À la commune on nous a dit qu'il fallait aller à Bruxelles aux Affaires étrangères pour le Stempel.

Sur le site internet c'était écrit que le guichet est ouvert le mardi matin sans rendez-vous. Mardi 7 avril on est partis à 6h du matin, 2h de route, le parking 18 €. Arrivés là-bas : une feuille sur la porte « uniquement sur rendez-vous ». L'agent de sécurité nous a dit que c'est comme ça depuis janvier. Le site disait toujours le contraire le soir même, j'ai fait une photo de l'écran.

Et après, une dame au téléphone nous a dit que pour l'Allemagne on n'a peut-être même pas besoin du cachet, avec le nouveau formulaire européen. Alors pourquoi on nous envoie là ? Personne ne sait rien.

J'ai perdu une journée de travail (le voisin a dû faire la traite à ma place). Je trouve que le site internet doit être juste, c'est le minimum.

Est-ce que vous pouvez me dire finalement ce qu'il faut pour le Standesamt ?

Hubert Mathonet
Géromont 14 – 4960 Malmedy"""
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Wed, 08 Apr 2026 07:12:01 +0200"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", hv("Déplacement pour rien à Bruxelles", "windows-1252")),
             ("Date", "Wed, 08 Apr 2026 07:11:53 +0200"),
             ("Message-ID", "<20260408071153.9e44@campagnard.example.be>")],
            text("plain", c13, "windows-1252", "quoted-printable")),
    "complaint", "fr", "foreign_affairs", None,
    "'Le cachet' / 'Stempel' on a daughter's birth certificate for a wedding in Germany = LEGALISATION by Foreign "
    "Affairs; wasted trip because the website was wrong, contradictory information; ends with a question -> "
    "complaint, foreign_affairs. text/plain windows-1252 QP (euro sign, en dash, guillemets).")

# C14 Ghent student: the complaint form itself (other)
c14 = """hallo,

ik heb nu drie keer geprobeerd om via het formulier op jullie site een klacht in te dienen en drie keer krijg ik na het verzenden "Er is een fout opgetreden (code 0x5F)" en is heel mijn tekst weg. telkens een halfuur werk. de captcha met de zebrapaden laadt ook maar half op mijn gsm.

mijn eigenlijke klacht ging over iets anders, maar dat stuur ik wel als jullie formulier ooit werkt. nu wil ik gewoon melden dat een klachtenformulier dat niet werkt echt de max is (ironie). misschien iemand van IT laten kijken? ik gebruik firefox op android, niks speciaals.

wout

--
Wout Claeys
2de bach geschiedenis, Gent"""
add(message([("From", ad(*WOUT)), ("To", MAILBOX),
             ("Subject", "uw klachtenformulier werkt niet (ironisch eh)"),
             ("Date", "Sat, 28 Mar 2026 01:37:19 +0100"),
             ("Message-ID", "<CAM2x+8WqjN0r1xT7pH5gL@student.example.be>")],
            text("plain", c14, "utf-8", "quoted-printable")),
    "complaint", "nl", "other", None,
    "Complaint about the COMPLAINT FORM itself (error on submit, text lost, captcha) - the real underlying issue is "
    "withheld -> complaint, category other. Lower-case student style. text/plain UTF-8 QP (pure ASCII content).")

# C15 farmer's wife (German) for brother-in-law: disability allowance exam convocation too late
c15 = """Sehr geehrte Damen und Herren,

ich schreibe im Namen meines Schwagers, Herrn Guido Mathonet (geb. 12.03.1968), der seit einem Schlaganfall 2024 halbseitig gelähmt ist und bei uns auf dem Hof lebt. Er hat im Herbst die Beihilfe für Personen mit Behinderung beantragt.

Am 3. April kam ein Brief mit einer Einladung zur ärztlichen Untersuchung in Lüttich – für den 31. März! Der Brief ist auf den 16. März datiert, der Poststempel aber auf den 1. April. Wir haben sofort angerufen, aber nach 40 Minuten in der Warteschleife wurde aufgelegt. Auf unsere E-Mail vom 6. April kam nur eine automatische Antwort.

Jetzt haben wir Angst, dass der Antrag abgelehnt wird, weil er „nicht erschienen“ ist. Das wäre wirklich nicht seine Schuld. Außerdem: Die Untersuchung ist in Lüttich auf Französisch, Guido spricht nur Deutsch und kann seit dem Schlaganfall nicht gut reden. Gibt es keine Möglichkeit in Eupen oder Sankt Vith, oder mit Dolmetscher?

Bitte sorgen Sie dafür, dass er einen neuen Termin bekommt, und zwar rechtzeitig.

Freundliche Grüße
Sabine Mathonet-Kessler
Géromont 14, 4960 Malmedy"""
p = multipart("alternative", [text("plain", c15, "windows-1252", "quoted-printable"),
                              text("html", html_doc(c15, "font-family:Verdana;font-size:10pt"), "windows-1252", "quoted-printable")],
              "b1_6a0f3e27c9d84e51a2b7", preamble=False)
add(message([("From", ad(*SABINE)), ("To", MAILBOX),
             ("Subject", ew("Termin beim Arzt verpasst wegen Brief zu spät - für meinen Schwager", "iso-8859-1")),
             ("Date", "Thu, 09 Apr 2026 14:26:40 +0200"),
             ("Message-ID", "<b1_6a0f3e27c9d84e51a2b7@campagnard.example.be>")], p),
    "complaint", "de", "social_security", None,
    "Written FOR a disabled brother-in-law: convocation to the medical exam for the disability allowance arrived after "
    "the date, unreachable phone, French-only exam; fear of refusal but no decision exists -> complaint, "
    "social_security. multipart/alternative windows-1252 QP (German low-9 quotes); the HTML part declares utf-8 in a "
    "meta tag while the MIME charset is windows-1252 (MIME header wins); subject Q-encoded ISO-8859-1.")

# ==========================================================================
# APPEALS
# ==========================================================================

a1 = """Geachte,

Namens ons lid mevrouw Samira El Khattabi (INSZ 91.11.02-418.27) tekenen wij bezwaar aan tegen de beslissing van het werkloosheidsbureau Mechelen van 2 april 2026 (uw referentie U/ME/26/00734), waarbij zij voor 13 weken wordt uitgesloten van het recht op uitkeringen omdat zij "niet aanwezig was op het gesprek van 10 maart" (zie bijlage).

Mevrouw El Khattabi werd die dag met spoed opgenomen in het ziekenhuis (nierkoliek). Zij heeft op 11 maart een medisch attest afgegeven aan de balie van ons secretariaat, dat wij dezelfde dag om 14u22 per e-mail aan uw dienst hebben bezorgd. Het attest werd blijkbaar niet in het dossier opgenomen.

Wij vragen u dan ook de beslissing in te trekken, de uitsluiting op te heffen en de ingehouden uitkeringen alsnog uit te betalen.

Gelet op de termijn van drie maanden voor een beroep bij de arbeidsrechtbank vragen wij een antwoord uiterlijk op 15 mei 2026. Bij gebrek daaraan leiden wij het dossier in bij de arbeidsrechtbank Antwerpen, afdeling Mechelen.

Bijlagen:
1. beslissing van 02/04/2026
2. medisch attest van 10/03/2026
3. onze e-mail van 11/03/2026 met verzendbevestiging

Met vriendelijke groeten,

""" + GRIET_SIG
alt = multipart("alternative", [text("plain", a1, "windows-1252", "quoted-printable"),
                                text("html", html_doc(a1, cs="windows-1252"), "windows-1252", "quoted-printable")],
                "----=_NextPart_001_0B2D_01DCC5A1.33E0F6B0", preamble=False)
p = multipart("mixed", [alt,
                        attach("application/pdf", fake_pdf("RVA beslissing 02-04-2026 U/ME/26/00734"), "Beslissing_RVA_20260402.pdf"),
                        attach("application/pdf", fake_pdf("Medisch attest 10-03-2026"), "attest_10032026.pdf"),
                        attach("application/pdf", fake_pdf("Mail 11-03-2026 verzendbevestiging"), "mail_110326.pdf")],
              "----=_NextPart_000_0B2C_01DCC5A1.33E0F6B0")
add(message([rcvd("smtp.awb-vakbond.example.be", "198.51.100.23", "Wed, 15 Apr 2026 15:02:11 +0200"),
             ("From", ad(*GRIET)), ("To", MAILBOX),
             ("Cc", "dienst.werkloosheid.mechelen@awb-vakbond.example.be"),
             ("Subject", "Bezwaar uitsluiting 13 weken - mevr. S. El Khattabi - uw ref. U/ME/26/00734"),
             ("Date", "Wed, 15 Apr 2026 15:02:04 +0200"),
             ("Message-ID", "<00b301dcc5a1$33e0f6b0$9ba2e410$@awb-vakbond.example.be>"),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")], p),
    "appeal", "nl", "unemployment", None,
    "Union case worker lodges a formal 'bezwaar' FOR a member against a 13-week exclusion from unemployment benefits "
    "and asks to withdraw it, threatening the labour court -> appeal, unemployment. Outlook multipart/mixed > "
    "multipart/alternative windows-1252 QP + 3 PDF attachments; non-PLT reference U/ME/26/00734.")

a2 = """Bonjour,

J'ai reçu mon avertissement-extrait de rôle pour les revenus 2025 et il y a quelque chose qui ne va pas. Mon revenu agricole est calculé sur 58 hectares. Mais j'en ai seulement 41 depuis mai 2024 : j'ai rendu 17 Hektar de Pachtland au propriétaire, le bail était fini. Mon comptable l'avait pourtant bien indiqué dans la déclaration.

Ça fait 2.340 euros de plus à payer, ce n'est pas rien pour une petite ferme laitière avec le prix du lait qu'on a maintenant.

Je vous demande de bien vouloir refaire le calcul avec les bons hectares et de m'envoyer un nouvel avertissement. Je peux envoyer les papiers de la Région (la déclaration de superficie 2025) qui montrent les 41 ha, et la lettre de fin du bail.

Article de rôle : 812.443.207
Hubert Mathonet
Géromont 14, 4960 Malmedy
NN 65.02.11-097.38"""
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Tue, 12 May 2026 21:40:17 +0200"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", "avertissement extrait de role 2025 - erreur Hektar"),
             ("Date", "Tue, 12 May 2026 21:40:09 +0200"),
             ("Message-ID", "<20260512214009.3b7d@campagnard.example.be>")],
            text("plain", a2, "iso-8859-1", "quoted-printable")),
    "appeal", "fr", "taxes", None,
    "POLITE request to RECALCULATE a tax assessment (agricultural income computed on the wrong number of hectares), "
    "no legal word (no 'réclamation') -> appeal, taxes. French with German words (Hektar, Pachtland). text/plain "
    "ISO-8859-1 QP, ASCII subject without accents.")

a3 = """Goeiedag,

ik kreeg een brief met een onmiddellijke inning van 174 euro voor een snelheidsovertreding op de E40 in Aalter op 23 april om 23u12, met mijn nummerplaat 1-XVB-318. Die auto (een oude Opel Corsa) heb ik op 12 april verkocht aan een garage in Zelzate. Ik heb er dus zeker niet mee gereden, ik zat die avond op een cantus in Gent (kunnen veertig mensen bevestigen haha).

Het probleem is denk ik dat ik de nummerplaat op de auto heb laten zitten omdat de garagist zei dat hij die zelf zou binnenbrengen bij de DIV (ja, dom, ik weet het). Blijkbaar heeft hij dat pas op 28/4 gedaan en er intussen nog mee rondgereden.

In bijlage een foto van het verkoopcontract met de datum en de handtekening van de koper, en de bevestiging van de schrapping.

Ik wil dus vragen om die boete te annuleren of naar de juiste persoon te sturen. Op de website van de brief kan ik alleen betalen of "de bestuurder aanduiden", maar ik weet niet wie er reed, dus dat lukt niet.

Mvg,
Wout Claeys
Referentie op de brief: 21.77.2026.041.3318"""
alt = multipart("alternative", [text("plain", a3, "utf-8", "quoted-printable"),
                                text("html", html_doc(a3, "font-family:Arial"), "utf-8", "quoted-printable")],
                "000000000000c5d3e10612d7a9b4", preamble=False)
p = multipart("mixed", [alt,
                        attach("image/jpeg", fake_jpg(3), "IMG_20260412_151733.jpg"),
                        attach("application/pdf", fake_pdf("Bevestiging schrapping nummerplaat 28-04-2026"), "schrapping.pdf")],
              "000000000000c5d3e30612d7a9b6", preamble=False)
add(message([("From", ad(*WOUT)), ("To", MAILBOX),
             ("Subject", "Boete E40 Aalter 23/04 - auto was al verkocht!"),
             ("Date", "Mon, 04 May 2026 13:58:02 +0200"),
             ("Message-ID", "<CAM2x+9bT1sLw4=Qd7uKc0F@student.example.be>")], p),
    "appeal", "nl", "police", None,
    "CONTESTS a speeding fine (car already sold, plate not yet cancelled) and asks to cancel it -> appeal, police, even "
    "though the DIV / number plate (mobility) is what caused it. Gmail multipart/mixed > alternative UTF-8 QP + JPG "
    "photo + PDF; non-PLT fine reference.")

a4 = """Dear Sir or Madam,

I am writing to ask you to reconsider the refusal, dated 17 March 2026, to place an apostille on the Belgian birth certificate of my daughter Ananya Raghunathan (born in Leuven on 9 August 2022). We need this document for her Indian passport application.

The refusal letter (attached) states that the signature of the civil registrar "could not be verified". The certificate was issued by the city of Leuven on 2 March 2026 and signed by an official whose specimen signature, according to the city, was sent to your service in January. The city has confirmed this to me in writing (also attached).

I therefore respectfully request that the decision be reviewed and the apostille be granted, or that you tell me exactly what is missing. If there is a formal appeal procedure for this, please consider this e-mail as such.

Without this document our daughter cannot travel with us to India in July for my grandmother's 90th birthday.

Yours faithfully,
Aravind Raghunathan
Tervuursesteenweg, 3001 Heverlee
+32 470 00 62 19"""
p = multipart("mixed", [text("plain", a4, "utf-8", "7bit"),
                        attach("application/pdf", fake_pdf("Refusal apostille 17-03-2026"), "refusal letter 17 March.pdf"),
                        attach("application/pdf", fake_pdf("Stad Leuven bevestiging handtekening"), "confirmation city.pdf")],
              "=_8fa1c2b93d0e4f57", preamble=False)
add(message([("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Request to reconsider refusal - apostille on my daughter's birth certificate"),
             ("Date", "Tue, 24 Mar 2026 17:20:38 +0100"),
             ("Message-ID", "<3b7f0d22-9e41-4c6a-8f0b-1d5e2c7a9b30@research.example.be>")], p),
    "appeal", "en", "foreign_affairs", None,
    "Asks to RECONSIDER a refusal to put an apostille on a child's birth certificate ('the stamp for abroad'), offers "
    "that the mail be treated as a formal appeal -> appeal, foreign_affairs. multipart/mixed: text/plain 7bit + two "
    "PDFs with spaces in the file names.")

a5 = """Geachte,

Met uw brief van 8 april deelt u mij mee dat mijn pensioen vanaf 1 mei berekend wordt als alleenstaande in plaats van aan het gezinsbedrag, omdat mijn echtgenote, mevrouw Jeanne Peeters, sinds februari ingeschreven is in een woonzorgcentrum in Turnhout.

Daar ga ik niet mee akkoord. Wij zijn nog altijd getrouwd en leven niet gescheiden. Mijn vrouw heeft Alzheimer en moest opgenomen worden, dat was niet onze keuze. Ik betaal haar verblijf (meer dan 2.100 euro per maand) grotendeels zelf met mijn pensioen. Zij heeft zelf maar een heel klein pensioen van 212 euro.

Ik vraag u vriendelijk maar dringend om deze beslissing te herzien en mij verder het gezinsbedrag te betalen. Ik heb gelezen dat een opname in een verzorgingsinstelling niet als feitelijke scheiding geldt. Indien nodig bezorg ik een attest van het woonzorgcentrum.

Hoogachtend,

Alfons Vermeulen
Torrevieja (Alicante), Spanje
Rijksregisternr. 51.06.23-145.72"""
h5 = ("<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head><body style=\"font-family:Times New Roman;font-size:12pt\">\n"
      + "\n".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>") for l in a5.split("\n"))
      + "\n<div><br></div><div style=\"color:#888888\">-- <br>Enviado desde correo.example.com</div>\n</body></html>\n")
add(message([rcvd("smtp.correo.example.com", "192.0.2.200", "Mon, 13 Apr 2026 10:31:57 +0200"),
             ("From", ad("Fons Vermeulen", FONS[1])), ("To", MAILBOX),
             ("Subject", "Ik ga niet akkoord met vermindering van mijn pensioen"),
             ("Date", "Mon, 13 Apr 2026 10:31:50 +0200"),
             ("Message-ID", "<1744533110.902114@correo.example.com>")],
            text("html", h5, "iso-8859-1", "quoted-printable")),
    "appeal", "nl", "pensions", None,
    "Asks to REVIEW a pension decision (household rate -> single rate because the wife moved to a care home) without "
    "the words bezwaar/beroep ('niet akkoord', 'herzien') -> appeal, pensions. HTML-only (one <div> per line, "
    "Spanish webmail footer), ISO-8859-1 QP.")

a6 = """Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch – bzw. Beschwerde gegen den Steuerbescheid, wie es wohl offiziell heißt – gegen die Veranlagung für das Steuerjahr 2026, Einkünfte 2025, ein (Artikelnummer 812.519.044, Versanddatum 14.04.2026).

Im Steuerbescheid wurde eine Steuererhöhung von 417,83 € wegen fehlender Vorauszahlungen berechnet. Ich habe meine selbstständige Tätigkeit (Hofladen mit Direktvermarktung von Käse und Fleisch) aber erst am 1. Juli 2025 aufgenommen. Nach meinem Kenntnisstand wird bei Selbstständigen in den ersten drei Jahren nach Beginn der Tätigkeit keine solche Erhöhung angewandt. Der Nachweis der Eintragung in der Zentralen Datenbank der Unternehmen (01.07.2025) liegt bei.

Ich beantrage daher, die Erhöhung zu streichen und den Bescheid entsprechend zu berichtigen.

Mit freundlichen Grüßen
Sabine Mathonet-Kessler
Géromont 14, 4960 Malmedy
NRN 72.05.30-164.09"""
p = multipart("mixed", [text("plain", a6, "utf-8", "quoted-printable"),
                        attach("application/pdf", fake_pdf("ZDU Auszug 01-07-2025"), "ZDU_Auszug.pdf")],
              "b2_d04c7a1e55f3b8e90c1a", preamble=False)
add(message([("From", ad(*SABINE)), ("To", MAILBOX),
             ("Subject", ew("Widerspruch gegen Steuerbescheid 2025 – Erhöhung wegen Vorauszahlungen", "utf-8", "Q")),
             ("Date", "Fri, 08 May 2026 09:12:33 +0200"),
             ("Message-ID", "<b2_d04c7a1e55f3b8e90c1a@campagnard.example.be>")], p),
    "appeal", "de", "taxes", None,
    "Explicit 'Widerspruch' / 'Beschwerde gegen den Steuerbescheid' against a tax increase for missing advance payments "
    "(first years of self-employment) -> appeal, taxes. multipart/mixed text/plain UTF-8 QP + PDF; Q-encoded UTF-8 "
    "subject split over two encoded words.")

a7 = """To whom it may concern,

I would like to appeal against the decision of the medical advisor of my health insurance fund, communicated by letter of 22 April 2026, refusing reimbursement of speech therapy for my daughter Ananya (3 years 8 months). According to the letter the request "does not meet the conditions of the nomenclature" because the language assessment was carried out in English, which is "not the language of instruction of the child".

Ananya attends the English-speaking crèche of the university and English is one of the two languages spoken at home (with Tamil). The speech therapist chose English precisely because that is the language she actually uses every day. Testing her in Dutch, a language she does not speak, would make no sense at all.

As far as I understand, these rules are set at the federal level (RIZIV/INAMI), which is why I am sending this to you. Please have the refusal reviewed, or tell me which body handles such an appeal - the letter only mentions the labour court, which seems disproportionate for 20 sessions of speech therapy.

Thank you,
Aravind Raghunathan"""
add(message([("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Appeal - refusal of reimbursement speech therapy (child)"),
             ("Date", "Sun, 03 May 2026 21:05:12 +0200"),
             ("Message-ID", "<a7c0ffee-5d2b-4e19-b8a3-0f6d1c2e3b77@research.example.be>")],
            text("plain", a7, "utf-8", "base64")),
    "appeal", "en", "social_security", None,
    "Explicit 'appeal' against a health-insurance refusal to reimburse a child's speech therapy -> appeal, "
    "social_security (health insurance / RIZIV). text/plain UTF-8 base64 with pure-ASCII content.")

a8 = """Madame, Monsieur,

Au nom de notre affiliée, Madame Nathalie Dubuisson (NISS 95.02.17-306.48), domiciliée à Anderlecht (anciennement affiliée à notre section de Mechelen), nous contestons la décision du bureau du chômage de Bruxelles du 26 mars 2026 qui lui refuse la dispense pour reprendre des études d'infirmière en promotion sociale (cours du soir et stages).

La décision dit que la formation « ne prépare pas à une profession en pénurie ». Or, la profession d'infirmier se trouve bien sur la liste des métiers en pénurie pour 2026, en Flandre comme à Bruxelles. Il s'agit donc selon nous d'une erreur matérielle.

Nous vous demandons de revoir cette décision et d'accorder la dispense à partir du 1er février 2026, date du début des cours. Madame Dubuisson suit tous les cours depuis cette date et risque maintenant de devoir choisir entre sa formation et ses allocations.

Pouvez-vous aussi nous faire savoir rapidement à quel service le dossier a été transmis ? Excusez notre français, nous sommes une section néerlandophone.

Avec nos salutations distinguées,

Griet Vanhoutte
Dossierbeheerder werkloosheid / gestionnaire dossiers chômage
AWB - Algemene Werknemersbond, secretariaat Mechelen
T 015 00 41 27"""
p = multipart("alternative", [text("plain", a8, "windows-1252", "quoted-printable"),
                              text("html", html_doc(a8, cs="windows-1252"), "windows-1252", "quoted-printable")],
              "----=_NextPart_000_0C41_01DCBF70.A2D19E40")
add(message([rcvd("smtp.awb-vakbond.example.be", "198.51.100.23", "Thu, 02 Apr 2026 11:17:45 +0200"),
             ("From", ad(*GRIET)), ("To", MAILBOX),
             ("Subject", hv("Contestation décision chômage – dispense études – Mme N. Dubuisson", "windows-1252")),
             ("Date", "Thu, 02 Apr 2026 11:17:40 +0200"),
             ("Message-ID", "<00c401dcbf70$a2d19e40$e873dac0$@awb-vakbond.example.be>"),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-be")], p, crlf=True),
    "appeal", "fr", "unemployment", None,
    "Flemish union case worker writing FRENCH for a member: 'nous contestons', asks to revise a refusal of the "
    "study dispensation -> appeal, unemployment; also asks a question (not dominant). Outlook multipart/alternative "
    "windows-1252 QP, Q-encoded windows-1252 subject, CRLF.")

a9 = """Hallo,

ich habe im März ein gebrauchtes Auto (VW Caddy, Baujahr 2019) in Aachen gekauft und über meine Versicherung in Sankt Vith die Zulassung beantragt. Jetzt kam die Ablehnung: das Fahrzeug sei nicht "homologiert", die Konformitätsbescheinigung (COC) fehle.

Das stimmt nicht. Das COC-Papier war dabei, ich habe es selbst der Versicherung gegeben, und die Maklerin hat mir bestätigt, dass sie es mit eingescannt hat (siehe Anhang). Die technische Kontrolle in Bütgenbach war auch in Ordnung, ohne Probleme.

Können Sie die Sache bitte nochmal anschauen und die Ablehnung zurücknehmen? Ich brauche das Auto jeden Tag für die Baustellen. Seit drei Wochen fahre ich mit dem Auto von meinem Vater.

Danke im Voraus
Lukas Mathonet
Fahrgestellnummer WVGZZZ2KZKX023318"""
p = multipart("mixed", [text("plain", a9, "iso-8859-1", "8bit"),
                        attach("application/pdf", fake_pdf("COC Volkswagen Caddy"), "COC_Caddy.pdf"),
                        attach("application/pdf", fake_pdf("Bestaetigung Maklerin"), "Mail Maklerin.pdf")],
              "------------7H1kQ0cZyT3pXo2L9aEr4F", preamble=True)
add(message([("From", ad(*LUKAS)), ("To", MAILBOX),
             ("Subject", "Ablehnung Zulassung VW Caddy - bitte nochmal pruefen"),
             ("Date", "Tue, 21 Apr 2026 06:48:15 +0200"),
             ("Message-ID", "<mx.20260421044815.0c19d@postbox.example.com>"),
             ("User-Agent", "Mozilla Thunderbird")], p),
    "appeal", "de", "mobility", None,
    "Asks to LOOK AGAIN at and withdraw a refusal of vehicle registration ('Ablehnung zurücknehmen'), no legal word "
    "-> appeal, mobility (service not named). multipart/mixed: text/plain ISO-8859-1 8bit + 2 PDFs; ASCII subject "
    "with 'ue' transliteration.")

# ==========================================================================
# INFORMATION REQUESTS
# ==========================================================================

i1 = """Goedendag,

Ik ben nog altijd ingeschreven bij mijn dochter in Beerse, maar ik woon 8 maanden per jaar in Spanje. Mijn dochter heeft daar een brief ontvangen van Statbel, het statistiekbureau, met een enquête over het "gezinsbudget" waarbij ik 14 dagen al mijn uitgaven in een boekje moet opschrijven. Er staat zelfs iets in over een wettelijke verplichting.

Ik ben 74 en zit in Spanje tot eind mei. Moet ik dat echt doen? Kan het per mail of via de computer? En tellen mijn uitgaven in Spanje dan ook mee?

Ik vind het maar vreemd dat men zulke dingen vraagt aan gepensioneerden, alsof we niks beters te doen hebben, maar goed, ik wil geen problemen.

Graag een antwoord.
Alfons Vermeulen"""
add(message([rcvd("smtp.correo.example.com", "192.0.2.200", "Sat, 07 Mar 2026 11:02:44 +0100"),
             ("From", ad("Fons Vermeulen", FONS[1])), ("To", MAILBOX),
             ("Subject", ew("Enquête ontvangen - moet dat echt?", "utf-8", "B")),
             ("Date", "Sat, 07 Mar 2026 11:02:37 +0100"),
             ("Message-ID", "<1741341757.114503@correo.example.com>")],
            text("plain", i1, "utf-8", "8bit")),
    "information_request", "nl", "other", None,
    "Question about a STATISTICS SURVEY (Statbel household budget) with a grumble about asking pensioners -> "
    "information_request, category other. Pensioner abroad is a red herring for pensions. text/plain UTF-8 8bit; "
    "B-encoded UTF-8 subject.")

i2 = """Hello,

I'm a PhD researcher in Leuven. From October 2022 to September 2024 I was paid through a doctoral scholarship (tax-exempt, as far as I understood), and since October 2024 I have an employment contract with the university.

A colleague told me that scholarship holders still have to file a return even if the income is exempt, and that I may be fined for not filing for 2022-2024. Is that true? I never received any form by post, nor anything online (I only managed to log in last month - setting up itsme with a foreign passport was an adventure on its own).

Concretely:
1) Do I have to file for income years 2022, 2023 and 2024, and if so, how? The online platform does not let me open past years.
2) For 2025 I received a pre-filled proposal. Can I just accept it, or do I need to add my wife's situation (she lives in India and has no Belgian income)?

Honestly, your website keeps sending me in circles between pages that exist only in Dutch or French, but I'd appreciate a clear answer.

Thanks a lot,
Aravind"""
alt = multipart("alternative", [text("plain", i2, "utf-8", "base64"),
                                text("html", html_doc(i2, "font-family:Arial"), "utf-8", "base64")],
                "000000000000f0a81b0613a2c4d1", preamble=False)
add(message([rcvd("mail-sor-f41.research.example.be", "198.51.100.7", "Mon, 18 May 2026 12:44:09 +0200"),
             ("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Do I need to file a tax return for my scholarship years??"),
             ("Date", "Mon, 18 May 2026 12:44:01 +0200"),
             ("Message-ID", "<CAH7r0Lp8Wn2u+Z4Q5kJm1x@mail.research.example.be>")], alt),
    "information_request", "en", "taxes", None,
    "Questions about filing obligations for scholarship years + small grumble about the website -> "
    "information_request, taxes (fine only feared). Gmail multipart/alternative, both parts UTF-8 base64.")

i3 = """Bonjour,

J'ai 61 ans et je voudrais savoir quand je peux arrêter. J'ai repris la ferme de mon père en 1993, mais avant, de 1981 à 1993, j'ai travaillé chez lui comme aidant (Mithelfer, on disait chez nous). Mon comptable dit que ces années ne comptent peut-être pas parce que mon père n'a pas payé les cotisations pour moi les premières années. Ma femme dit que si.

Alors mes questions :
1) est-ce que ces années comme aidant comptent pour plus tard ?
2) si non, est-ce qu'on peut encore les régulariser (nachzahlen) ?
3) à quel âge je peux partir au plus tôt avec toutes mes années ?

J'ai essayé le site internet mais avec la carte d'identité et le lecteur ça ne marche pas sur mon ordinateur (un vieux, c'est vrai).

Merci d'avance, et si possible une réponse sur papier, je lis mieux sur papier.

Hubert Mathonet
Géromont 14, 4960 Malmedy"""
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Sun, 01 Mar 2026 20:19:26 +0100"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", hv("question - mes années comme aidant chez mon père", "iso-8859-1")),
             ("Date", "Sun, 01 Mar 2026 20:19:20 +0100"),
             ("Message-ID", "<20260301201920.44e0@campagnard.example.be>")],
            text("plain", i3, "iso-8859-1", "8bit")),
    "information_request", "fr", "pensions", None,
    "Questions about retirement age and whether years as a family helper on the farm count ('quand je peux arrêter', "
    "'pour plus tard': the word pension never appears) -> information_request, pensions. text/plain ISO-8859-1 8bit.")

i4 = """Guten Tag,

am Wochenende wurde auf einer Baustelle in Amel Werkzeug aus unserem Container gestohlen, darunter meine privaten Sachen (Bohrhammer und Laser, ca. 1.400 €). Mein Chef macht die Anzeige für die Firma, aber für meine eigenen Sachen muss ich selbst Anzeige erstatten, sagt die Versicherung.

Geht das online? Die Internetseite für Anzeigen gibt es nur auf Französisch und Niederländisch, jedenfalls finde ich keine deutsche Version, und bei Diebstahl fragt sie immer nach einem Fahrrad oder Auto. Muss ich dafür wirklich zum Kommissariat, das nur vormittags offen hat, wenn ich arbeite?

Und wie lange dauert es, bis ich die Nummer vom Protokoll für die Versicherung bekomme?

Schon ein bisschen ärgerlich, dass man als Deutschsprachiger immer die zweite Wahl ist, aber gut.

Danke,
Lukas Mathonet"""
add(message([("From", ad(*LUKAS)), ("To", MAILBOX),
             ("Subject", "Frage: Anzeige online auf Deutsch?"),
             ("Date", "Mon, 11 May 2026 07:31:05 +0200"),
             ("Message-ID", "<mx.20260511053105.7d4f1@postbox.example.com>")],
            text("plain", i4, "utf-8", "quoted-printable")),
    "information_request", "de", "police", None,
    "How to file a theft report online / where to get the report number, with a grumble about German -> "
    "information_request, police (no complaint about officers). text/plain UTF-8 QP.")

i5 = """Hoi,

Lotte en ik zijn vorige maand spontaan getrouwd in Las Vegas (ja echt, met Elvis erbij 😅 het idee kwam na een paar cocktails, maar we menen het wel). We hebben een marriage certificate van Clark County meegekregen.

Nu lezen we overal iets anders. Vragen:
- moet dat certificaat een apostille krijgen, en doen wij dat zelf in de VS of kan het consulaat in Los Angeles dat? We zijn al terug in België.
- moet het vertaald worden door een beëdigd vertaler?
- en daarna gewoon naar het district Borgerhout om het te laten registreren?
- zijn we nu ook getrouwd voor de belastingen, of blijven we voorlopig wettelijk samenwonend?

Sorry als dit niet bij jullie hoort, maar de site van Buitenlandse Zaken verwijst naar de gemeente en de gemeente naar Buitenlandse Zaken 🙃

Groetjes,
Jens & Lotte"""
alt = multipart("alternative", [text("plain", i5, "utf-8", "quoted-printable"),
                                text("html", html_doc(i5, "font-family:-apple-system,Helvetica"), "utf-8", "quoted-printable")],
                "Apple-Mail-9B2E44C1-0D7A-4F3B-8E21-77C0A5D6E912", preamble=False)
add(message([("From", ad(*JENS)), ("To", MAILBOX), ("Cc", ad(*LOTTE)),
             ("Subject", ew("Getrouwd in Las Vegas 😅 wat nu?", "utf-8", "B")),
             ("Date", "Sun, 19 Apr 2026 15:07:48 +0200"),
             ("Message-ID", "<7F3A1C0E-52D9-4B8E-A611-0E9D3C2B5A70@kabelnet.example.be>"),
             ("X-Mailer", "iPhone Mail (22E240)")], alt),
    "information_request", "nl", "foreign_affairs", None,
    "Questions about recognising a marriage celebrated abroad (apostille, consulate, registration); one side question "
    "about taxes does not change the category -> information_request, foreign_affairs. Apple Mail multipart/"
    "alternative UTF-8 QP with emoji; B-encoded UTF-8 subject with emoji; Cc partner.")

i6_msg = ("My employment contract as a doctoral researcher ends on 30 September 2026. I am a non-EU national (India) "
          "with a single permit linked to this job. If I do not find a postdoc position immediately, am I entitled "
          "to benefits while I look for work? I have worked under an employment contract since October 2024 "
          "(before that I had a scholarship, which apparently does not count?).\n"
          "Which documents do I need, do I apply through a union or through the public payment body, and can "
          "this be done in English? Also: would receiving these benefits affect my residence permit?")
i6 = """New message from the contact form
=================================

Form:           Question / Vraag / Frage
Language:       EN
Date:           2026-05-06 09:12

Name:           Aravind Raghunathan
E-mail:         aravind.raghunathan@research.example.be
Phone:          +32 470 00 62 19
Service:        Other / I don't know
Reference:      -

Message:
""" + i6_msg + """

---------------------------------
IP: 198.51.100.7 | Form ID: WF-8012-EN
This message was generated automatically. Do not reply to this address."""
add(message([("From", ad("Webformulier / Formulaire web", "no-reply-webform@federal.example.be")),
             ("Reply-To", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "[Webform] Question / Vraag - Aravind Raghunathan"),
             ("Date", "Wed, 06 May 2026 09:12:40 +0200"),
             ("Message-ID", "<webform.8012.20260506091240@federal.example.be>"),
             ("Auto-Submitted", "auto-generated"), ("X-Mailer", "FormMailer 3.1")],
            text("plain", i6, "us-ascii", "7bit", dowrap=False)),
    "information_request", "en", "unemployment", None,
    "WEB-FORM notification (citizen in Reply-To and the form fields; Auto-Submitted set by our own site): questions "
    "about unemployment benefits after a fixed-term contract ('benefits while I look for work'; the word "
    "'unemployment' never appears) -> information_request, unemployment; residence permit only a side question. "
    "text/plain us-ascii 7bit with one long unwrapped line (< 998 octets).")

# ==========================================================================
# FOLLOW-UPS
# ==========================================================================

T_F1 = "PLT-2026-001487"
f1_ack = ack_text(T_F1, "nl", "Pensioen niet betaald ondanks levensbewijs !!!", "24/04/2026")
f1 = """Goedemorgen,

Even laten weten: het geld van april is gisteren toch op mijn rekening gekomen, samen met dat van mei. Dank u daarvoor.

Maar ik blijf erbij dat het niet normaal is dat ik vanuit Spanje drie keer moest bellen voor niets. En ik heb nog altijd geen antwoord op mijn vraag of het formulier volgend jaar ook per mail mag teruggestuurd worden in plaats van aangetekend. Graag toch nog een antwoord op dat punt.

A. Vermeulen

>>> "Service des plaintes - Klachtendienst" <plaintes.klachten@federal.example.be> 28/04/2026 10:14 >>>
""" + f1_ack
add(message([("From", ad("Fons Vermeulen", FONS[1])), ("To", MAILBOX),
             ("Subject", "Antw: " + ack_subject(T_F1, "nl")),
             ("Date", "Wed, 06 May 2026 09:40:18 +0200"),
             ("Message-ID", "<1746517218.550761@correo.example.com>"),
             ("In-Reply-To", ack_msgid(T_F1)), ("References", ack_msgid(T_F1))],
            text("plain", f1, "iso-8859-1", "8bit")),
    "follow_up", "nl", "pensions", T_F1,
    "'Antw:' reply to our acknowledgement (In-Reply-To): money arrived but a question from the original complaint is "
    "still open -> follow_up; category from the quoted original subject (pension) -> pensions. Old GroupWise-style "
    "'>>> ... >>>' quote header without '>' prefixes. text/plain ISO-8859-1 8bit.")

T_F2 = "PLT-2026-001532"
f2_ack = ack_text(T_F2, "fr", "Plainte contre l'attitude des agents - vol de mazout à la ferme", "23/03/2026")
f2 = """Bonjour,

Suite à ma plainte (voir en dessous), je voulais dire que la semaine passée un inspecteur est venu à la ferme, très correct, il a fait le PV et des photos. Donc ça c'est réglé, merci.

Mais je maintiens ma plainte pour l'agent qui s'est moqué de moi le premier jour. Et hier soir on a encore vu une camionnette sans plaque rôder vers 2h du matin près de la cuve. J'ai appelé le 101 et on m'a répondu « on n'a personne dans le secteur ». Ça je le dis juste pour que ce soit dans le dossier.

Hubert Mathonet

Le lun. 23 mars 2026 à 11:02, Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be> a écrit :
""" + quote(f2_ack)
alt = multipart("alternative", [text("plain", f2, "utf-8", "quoted-printable"),
                                text("html", html_doc(f2, "font-family:Arial"), "utf-8", "quoted-printable")],
                "0000000000003e7c2a06147b91f0", preamble=False)
add(message([rcvd("smtp.campagnard.example.be", "192.0.2.61", "Sat, 11 Apr 2026 08:03:22 +0200"),
             ("From", ad(*HUBERT)), ("To", MAILBOX),
             ("Subject", hv("Re: " + ack_subject(T_F2, "fr"))),
             ("Date", "Sat, 11 Apr 2026 08:03:15 +0200"),
             ("Message-ID", "<20260411080315.6a21@campagnard.example.be>"),
             ("In-Reply-To", ack_msgid(T_F2)), ("References", ack_msgid(T_F2))], alt),
    "follow_up", "fr", "police", T_F2,
    "'Re:' reply to our ack: partly satisfied, maintains the complaint about an officer, adds a new incident (101 "
    "had nobody) -> follow_up (not a new complaint), category of the original: police conduct. Gmail-style "
    "multipart/alternative UTF-8 QP with '>' quoted ack; subject Q-encoded UTF-8.")

T_F3 = "PLT-2026-001455"
f3 = """Dear colleagues,

With reference to my complaint PLT-2026-001455, a short update: my wife received an e-mail yesterday asking for one additional document (my payslips for the last three months), which I sent the same evening. So the file is apparently alive.

However, none of my questions has been answered so far, in particular the one about reimbursement of the useless trip to Delhi. I would be grateful for a reply, even a short one.

Best regards,
Aravind Raghunathan"""
add(message([("From", ad(*ARAVIND)), ("To", MAILBOX),
             ("Subject", "Update on my complaint + still waiting for an answer"),
             ("Date", "Thu, 28 May 2026 18:26:51 +0200"),
             ("Message-ID", "<CAH7r0LrK2m9Qz1+Vw8Tn5e@mail.research.example.be>")],
            text("plain", f3, "utf-8", "quoted-printable")),
    "follow_up", "en", "foreign_affairs", T_F3,
    "NEW message (no reply headers, no number in the subject); the ticket number appears only in the body; update + "
    "reminder on the visa-centre complaint ('trip to Delhi', 'my wife's file') -> follow_up, foreign_affairs. "
    "text/plain UTF-8 QP.")

T_F4 = "PLT-2026-001509"
f4_ack = ack_text(T_F4, "de", "keine Zahlung seit Januar – Kontrollkarte", "15.04.2026")
f4 = """Hallo,

nur zur Info: Januar ist jetzt bezahlt, Februar aber immer noch nicht. Und niemand hat mich angerufen, wie am Telefon versprochen. Ich habe jetzt die App installiert, aber da steht Februar gar nicht drin.

Bitte schauen Sie, was mit Februar ist.

Lukas

Von meinem Smartphone gesendet

-----Ursprüngliche Nachricht-----
Von: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
Gesendet: Donnerstag, 16. April 2026 08:51
An: lukas.mathonet93@postbox.example.com
Betreff: """ + ack_subject(T_F4, "de") + "\n\n" + f4_ack
alt = multipart("alternative", [text("plain", f4, "utf-8", "base64"),
                                text("html", html_doc(f4, "font-family:Roboto,Arial"), "utf-8", "base64")],
                "--_com.android.email_5521093847761", preamble=False)
add(message([("From", ad(*LUKAS)), ("To", MAILBOX),
             ("Subject", ew("AW: " + ack_subject(T_F4, "de"), "utf-8", "B")),
             ("Date", "Fri, 08 May 2026 12:15:03 +0200"),
             ("Message-ID", "<mx.20260508101503.2e9a0@postbox.example.com>"),
             ("In-Reply-To", ack_msgid(T_F4)), ("References", ack_msgid(T_F4))], alt, crlf=True),
    "follow_up", "de", "unemployment", T_F4,
    "'AW:' reply to our German ack with an Outlook-style '-----Ursprüngliche Nachricht-----' block: January paid, "
    "February still missing -> follow_up; original subject 'Kontrollkarte' (temporary unemployment) -> unemployment. "
    "multipart/alternative both parts UTF-8 base64; whole subject B-encoded; CRLF.")

# ==========================================================================
# AUTO-REPLIES
# ==========================================================================

T_AR1 = "PLT-2026-001561"
ar1 = """Bonjour,

Je suis absente du cabinet du 20 avril au 4 mai 2026 inclus, sans accès à mes courriels.

Pour toute urgence, vous pouvez contacter Maître Olivier Lambotte (o.lambotte@avocats-hautes-fagnes.example.be) ou le secrétariat au 087 00 12 40.

Votre message ne sera pas transféré.

Me Caroline Delvaux
Avocate - Cabinet Delvaux & Lambotte
Rue Jules Steinbach 8, 4960 Malmedy"""
alt = multipart("alternative", [text("plain", ar1, "utf-8", "quoted-printable"),
                                text("html", html_doc(ar1), "utf-8", "quoted-printable")],
                "_000_AM9PR07MB7123A1B2C3D4E5F6A7B8C9D0AM9PR07MB7123eurp_", preamble=False)
add(message([("From", ad("Caroline Delvaux", "c.delvaux@avocats-hautes-fagnes.example.be")),
             ("To", MAILBOX),
             ("Subject", hv("Réponse automatique : " + ack_subject(T_AR1, "fr"))),
             ("Date", "Wed, 22 Apr 2026 14:03:51 +0000"),
             ("Message-ID", "<AM9PR07MB7123A1B2C3D4E5F6A7B8C9D0@AM9PR07MB7123.eurprd07.prod.example.net>"),
             ("In-Reply-To", ack_msgid(T_AR1)), ("References", ack_msgid(T_AR1)),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "c.delvaux@avocats-hautes-fagnes.example.be"),
             ("Content-Language", "fr-BE")], alt, crlf=True),
    "auto_reply", "fr", "other", T_AR1,
    "Exchange 'Réponse automatique :' out-of-office of a lawyer answering our French ack; Auto-Submitted + "
    "X-Auto-Response-Suppress; ticket in subject and In-Reply-To -> auto_reply, refers_to set. multipart/alternative "
    "UTF-8 QP, Q-encoded subject, CRLF.")

T_AR2 = "PLT-2026-001574"
ar2 = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. Mai nicht im Büro. Ihre E-Mail wird nicht weitergeleitet und nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an die Zentrale der Landwirtschaftlichen Beratungsstelle, Tel. 080 00 22 90.

Mit freundlichen Grüßen
Reinhold Thommessen
Landwirtschaftliche Beratungsstelle Ostbelgien"""
add(message([("From", ad("Reinhold Thommessen", "r.thommessen@agrar-beratung.example.be")),
             ("To", MAILBOX),
             ("Subject", ew("AW: " + ack_subject(T_AR2, "de"), "iso-8859-1", "Q")),
             ("Date", "Tue, 28 Apr 2026 16:44:09 +0200"),
             ("Message-ID", "<7e1b0c2d3a9f4e66@agrar-beratung.example.be>"),
             ("In-Reply-To", ack_msgid(T_AR2)), ("References", ack_msgid(T_AR2))],
            text("plain", ar2, "iso-8859-1", "quoted-printable")),
    "auto_reply", "de", "other", T_AR2,
    "TRICKY: human-looking 'AW: [PLT-...] Eingangsbestätigung Ihrer Beschwerde' + In-Reply-To, but NO auto-reply "
    "header; body is only an absence notice -> auto_reply, not follow_up. text/plain ISO-8859-1 QP; whole subject "
    "Q-encoded ISO-8859-1.")

ar3 = """Madame, Monsieur,

Nous avons bien reçu votre message et vous en remercions.

Votre demande a été enregistrée sous le numéro MUT-260419-00877 et sera traitée par le service compétent dans les meilleurs délais. Le délai de traitement moyen est actuellement de 15 jours ouvrables.

Pour toute plainte ou réclamation concernant nos services, merci de mentionner ce numéro de référence.

Ceci est un message automatique, merci de ne pas y répondre.

Mutualité des Hautes Fagnes - Service clientèle
www.mutualite-hautes-fagnes.example.org"""
h_ar3 = ("<html><body style=\"font-family:Arial;font-size:13px\"><table width=\"600\" style=\"border:1px solid #0a6e8c\">"
         "<tr><td style=\"background:#0a6e8c;color:#ffffff;padding:8px\"><b>Mutualité des Hautes Fagnes</b></td></tr>"
         "<tr><td style=\"padding:12px\">\n" + "<br>\n".join(html.escape(l, quote=False) for l in ar3.split("\n"))
         + "\n</td></tr></table></body></html>\n")
alt = multipart("alternative", [text("plain", ar3, "iso-8859-1", "quoted-printable"),
                                text("html", h_ar3, "iso-8859-1", "quoted-printable")],
                "=_tkt_5f8e2a1c0b7d", preamble=False)
add(message([("From", ad("Mutualité des Hautes Fagnes", "ne-pas-repondre@mutualite-hautes-fagnes.example.org", "iso-8859-1")),
             ("To", MAILBOX),
             ("Subject", hv("Accusé de réception - demande n° MUT-260419-00877", "iso-8859-1")),
             ("Date", "Sun, 19 Apr 2026 03:12:55 +0200"),
             ("Message-ID", "<tkt.MUT-260419-00877.ack@mutualite-hautes-fagnes.example.org>"),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"),
             ("X-Ticket-ID", "MUT-260419-00877")], alt),
    "auto_reply", "fr", "other", None,
    "Ticket-system auto-acknowledgement of ANOTHER organisation (a health insurance fund) with its own number "
    "MUT-260419-00877 and the words 'plainte ou réclamation'; no PLT ticket anywhere -> auto_reply, refers_to null. "
    "multipart/alternative ISO-8859-1 QP with HTML table; Q-encoded display name and subject.")

T_AR4 = "PLT-2026-001493"
ar4 = """This e-mail account is no longer monitored.

Please note that alumni mailboxes of the Institute are closed 18 months after graduation. Your message has NOT been forwarded.

If you are trying to reach the former student, please use his current address if you have it.

-- Institute IT Services (automated message)"""
add(message([("From", ad("Mail Delivery Assistant", "noreply-alumni@institute-alumni.example.org")),
             ("To", MAILBOX),
             ("Subject", "Auto: " + ack_subject(T_AR4, "en")),
             ("Date", "Sat, 02 May 2026 11:31:20 +0530"),
             ("Message-ID", "<autoreply.8842919@institute-alumni.example.org>"),
             ("In-Reply-To", ack_msgid(T_AR4)),
             ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
            text("plain", ar4, "us-ascii", "7bit")),
    "auto_reply", "en", "other", T_AR4,
    "'Auto:' notice from a closed alumni mailbox (X-Autoreply, Auto-Submitted) answering our English ack - not a "
    "bounce (no DSN, delivered) -> auto_reply, refers_to from subject and In-Reply-To. Date +0530. text/plain 7bit.")

T_AR5 = "PLT-2026-001548"
ar5 = """Beste,

Ik ben afwezig tot en met dinsdag 21 april. Uw mail wordt niet doorgestuurd.
Voor dringende dossiers werkloosheid kan u terecht bij dienst.werkloosheid.mechelen@awb-vakbond.example.be of op 015 00 41 00 (ma-vr 9u-12u).

Je suis absente jusqu'au mardi 21 avril inclus. Pour les dossiers urgents : dienst.werkloosheid.mechelen@awb-vakbond.example.be.

Met vriendelijke groeten / Cordialement,
Griet Vanhoutte"""
add(message([("From", ad(*GRIET)), ("To", MAILBOX),
             ("Subject", "Automatisch antwoord: " + ack_subject(T_AR5, "nl")),
             ("Date", "Fri, 10 Apr 2026 08:02:37 +0200"),
             ("Message-ID", "<7f2d0a1b9c3e4d5f8a6b@awb-vakbond.example.be>"),
             ("In-Reply-To", ack_msgid(T_AR5)), ("References", ack_msgid(T_AR5)),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            text("plain", ar5, "windows-1252", "8bit")),
    "auto_reply", "nl", "other", T_AR5,
    "Bilingual NL/FR out-of-office of the union case worker (Dutch first and longer -> nl) answering our Dutch ack; "
    "sender is a real complainant, but the body is only an absence notice -> auto_reply. text/plain windows-1252 8bit.")

# ==========================================================================
# BOUNCES
# ==========================================================================

T_B1 = "PLT-2026-001598"
b1_orig = ack_message(T_B1, "nl", ad("Lotte Mertens", "lotte.mertnes94@kabelnet.example.be"),
                      "Tue, 12 May 2026 09:30:02 +0200", "ID-kaart mijn vriend ingehouden bij controle", "11/05/2026")
b1_txt = """This is the mail system at host relay2.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lotte.mertnes94@kabelnet.example.be>: host mx.kabelnet.example.be[203.0.113.12]
    said: 550 5.1.1 <lotte.mertnes94@kabelnet.example.be>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
b1_ds = """Reporting-MTA: dns; relay2.federal.example.be
X-Postfix-Queue-ID: 4Qk7Zt2Hx9z1Yb
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Tue, 12 May 2026 09:30:03 +0200 (CEST)

Final-Recipient: rfc822; lotte.mertnes94@kabelnet.example.be
Original-Recipient: rfc822;lotte.mertnes94@kabelnet.example.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kabelnet.example.be
Diagnostic-Code: smtp; 550 5.1.1 <lotte.mertnes94@kabelnet.example.be>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
p = multipart("report", [Part(["Content-Description: Notification", 'Content-Type: text/plain; charset=us-ascii'], b1_txt.encode()),
                         Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], b1_ds.encode()),
                         Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], b1_orig)],
              "4Qk7Zt2Hx9z1Yb.1778571003/relay2.federal.example.be", params=" report-type=delivery-status;", preamble=True)
add(message([("Return-Path", "<>"),
             ("From", ad("Mail Delivery System", "MAILER-DAEMON@relay2.federal.example.be")),
             ("To", MAILBOX),
             ("Subject", "Undelivered Mail Returned to Sender"),
             ("Date", "Tue, 12 May 2026 09:30:04 +0200 (CEST)"),
             ("Message-ID", "<20260512073004.8C1F2A0041@relay2.federal.example.be>"),
             ("Auto-Submitted", "auto-replied")], p),
    "bounce", "en", "other", T_B1,
    "Postfix DSN from our own relay returning a Dutch acknowledgement sent to a mistyped address (550 5.1.1 user "
    "unknown); human-readable part English -> language en. multipart/report with message/delivery-status and the "
    "FULL returned ack as message/rfc822 (its body QP).")

T_B2 = "PLT-2026-001603"
b2_txt = """Dies ist eine automatisch erstellte Nachricht des Mailsystems von postbox.example.com.

Ihre Nachricht konnte leider nicht an alle Empfänger zugestellt werden.
Der folgende Empfänger hat die Nachricht nicht erhalten:

  lukas.mathonet93@postbox.example.com

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Der Empfänger muss zuerst Nachrichten löschen, bevor er neue Nachrichten
empfangen kann. Es wurden mehrere Zustellversuche unternommen.

Die Kopfzeilen Ihrer ursprünglichen Nachricht finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr Postbox-Team
"""
b2_ds = """Reporting-MTA: dns; mx03.postbox.example.com
Arrival-Date: Wed, 13 May 2026 14:05:11 +0200

Final-Recipient: rfc822; lukas.mathonet93@postbox.example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
Last-Attempt-Date: Wed, 13 May 2026 18:05:40 +0200
"""
b2_hdrs = ("Received: from relay2.federal.example.be (relay2.federal.example.be [198.51.100.2])\n"
           "\tby mx03.postbox.example.com; Wed, 13 May 2026 14:05:11 +0200\n"
           "From: \"Service des plaintes - Klachtendienst\" <plaintes.klachten@federal.example.be>\n"
           "To: Lukas Mathonet <lukas.mathonet93@postbox.example.com>\n"
           "Subject: " + ew(ack_subject(T_B2, "de"), "utf-8", "Q") + "\n"
           "Date: Wed, 13 May 2026 14:05:07 +0200\n"
           "Message-ID: " + ack_msgid(T_B2) + "\n"
           "Auto-Submitted: auto-generated\n")
p = multipart("report", [text("plain", b2_txt, "utf-8", "quoted-printable"),
                         Part(["Content-Type: message/delivery-status"], b2_ds.encode()),
                         Part(["Content-Type: text/rfc822-headers"], b2_hdrs.encode())],
              "=_pbx_bounce_20260513180540_31c7", params=" report-type=delivery-status;", preamble=False)
add(message([("Return-Path", "<>"),
             ("From", ad("Mail Delivery System", "mailer-daemon@postbox.example.com")),
             ("To", MAILBOX),
             ("Subject", ew("Unzustellbare Nachricht: " + ack_subject(T_B2, "de"), "utf-8", "Q")),
             ("Date", "Wed, 13 May 2026 18:05:41 +0200"),
             ("Message-ID", "<bounce-20260513180541-31c7@mx03.postbox.example.com>"),
             ("Auto-Submitted", "auto-replied")], p, crlf=True),
    "bounce", "de", "other", T_B2,
    "German-language DSN of a webmail provider (mailbox full, 5.2.2) returning only the HEADERS of our German ack "
    "(text/rfc822-headers) -> language de; ticket in the bounce subject and the returned Subject (Q-encoded). "
    "multipart/report, notification text/plain UTF-8 QP; CRLF.")

# ==========================================================================
# SPAM
# ==========================================================================

s1_html = """<html><head><meta charset="windows-1252"><title>SPF Finances</title>
<style>body{font-family:Arial;background:#f2f2f2}.box{background:#fff;width:560px;margin:auto;padding:20px}
.btn{background:#b5121b;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold}</style></head>
<body><div class="box">
<p style="font-size:18px;color:#00334e"><b>SPF Finances &ndash; MyMinfin</b></p>
<p>Cher(e) contribuable,</p>
<p>Suite au nouveau calcul de votre imp&ocirc;t sur les revenus 2025, vous avez droit &agrave; un remboursement
de <b>487,36 &euro;</b>.</p>
<p>Dossier de remboursement n&deg; <b>FR-2026-55913</b> &ndash; statut : <span style="color:#b5121b">en attente de vos coordonn&eacute;es bancaires</span>.</p>
<p>Pour recevoir votre remboursement sous 48 heures, veuillez confirmer vos donn&eacute;es avant le <b>31/05/2026</b>.
Pass&eacute; ce d&eacute;lai, le montant sera d&eacute;finitivement perdu.</p>
<p style="text-align:center"><a class="btn" href="http://myminfin.federal.example.be.remboursement-verif.example.net/confirm?id=FR-2026-55913">CONFIRMER MES DONN&Eacute;ES</a></p>
<p>Cordialement,<br>Service Remboursements<br>SPF Finances</p>
<img src="http://track.remboursement-verif.example.net/o.gif?u=8842" width="1" height="1">
</div></body></html>
"""
add(message([("From", ad("SPF Finances - Remboursement", "noreply@spf-finances-remboursement.example.com")),
             ("To", MAILBOX),
             ("Subject", hv("RE: Votre dossier de remboursement n° FR-2026-55913 - action requise", "windows-1252")),
             ("Date", "Mon, 25 May 2026 04:17:09 +0200"),
             ("Message-ID", "<20260525021709.77ab1@spf-finances-remboursement.example.com>"),
             ("Authentication-Results", "mx1.federal.example.be; spf=fail smtp.mailfrom=spf-finances-remboursement.example.com; dkim=none; dmarc=fail")],
            text("html", s1_html, "windows-1252", "quoted-printable")),
    "spam", "fr", "other", None,
    "PHISHING: fake tax refund from a look-alike domain, fake 'RE:' (no thread) and fake 'dossier n°' (not a PLT "
    "ticket), link to myminfin.federal.example.be.<attacker>.example.net, tracking pixel, SPF/DMARC fail. "
    "HTML-only windows-1252 QP with HTML entities; Q-encoded windows-1252 subject.")

s2 = """Bonjour,

Votre colis n° BE-3309 1877 452 est arrivé à notre centre de tri de Bruxelles X.

Des frais de dédouanement de 2,99 EUR n'ont pas été payés par l'expéditeur. Votre colis est en attente et sera renvoyé à l'expéditeur dans les 48 heures si le paiement n'est pas effectué.

Payer et reprogrammer la livraison :
https://colis-suivi-be.example.org/pay?ref=BE33091877452

Merci de votre confiance.
Service Livraison Colis Belgique

Ceci est un message automatique. Ne pas répondre."""
add(message([("From", ad("Service Colis", "info@colis-suivi-be.example.org")),
             ("To", "undisclosed-recipients:;"),
             ("Subject", ew("Votre colis est en attente – frais de dédouanement 2,99 €", "utf-8", "Q")),
             ("Date", "Thu, 21 May 2026 13:44:02 +0000"),
             ("Message-ID", "<a91c0.3f7e.20260521134402@colis-suivi-be.example.org>")],
            text("plain", s2, "utf-8", "quoted-printable")),
    "spam", "fr", "other", None,
    "Fake PARCEL FEE scam (customs fees of 2,99 EUR, payment link), To: undisclosed-recipients. text/plain UTF-8 QP; "
    "Q-encoded UTF-8 subject with euro sign.")

s3 = """Sehr geehrte Damen und Herren,

die Registrierung Ihrer Domain federal.example.be läuft am 14.06.2026 aus.

Um den Verlust Ihrer Domain, Ihrer E-Mail-Adressen und Ihrer Suchmaschinen-Platzierung zu vermeiden, überweisen Sie bitte die Verlängerungsgebühr für 5 Jahre in Höhe von 389,00 EUR bis spätestens 05.06.2026.

Aktenzeichen: DRV-2026-077410
Empfänger: Domain Registry Services Europe
IBAN: DE00 1234 5678 9012 3456 78
Verwendungszweck: DRV-2026-077410

Die Rechnung finden Sie im Anhang (PDF).

Mit freundlichen Grüßen
Abteilung Domainverwaltung
Domain Registry Services Europe

Hinweis: Dies ist ein Angebot für einen Suchmaschineneintrag. Es besteht keine Zahlungsverpflichtung, sofern kein Auftrag erteilt wird."""
p = multipart("mixed", [text("plain", s3, "utf-8", "quoted-printable"),
                        attach("application/pdf", fake_pdf("Rechnung DRV-2026-077410"), "Rechnung_DRV-2026-077410.pdf")],
              "----=_Part_44120_1909348112.1779871122000", preamble=False)
add(message([("From", ad("Domain Registry Services Europe", "billing@domain-registry-services.example.net")),
             ("To", MAILBOX),
             ("Subject", ew("Rechnung – Verlängerung Domain federal.example.be – Aktenzeichen DRV-2026-077410", "utf-8", "Q")),
             ("Date", "Wed, 27 May 2026 10:38:42 +0200"),
             ("Message-ID", "<44120.1779871122000@domain-registry-services.example.net>")], p, crlf=True),
    "spam", "de", "other", None,
    "INVOICE FRAUD: fake domain-renewal 'Rechnung' with 'Aktenzeichen' (not our ticket), invalid German IBAN and a "
    "small-print disclaimer that it is only an 'offer'. multipart/mixed text/plain UTF-8 QP + PDF; long Q-encoded "
    "subject folded over several encoded words; CRLF.")

s4 = """RE: COMPLAINT REF: UNCC/BE/0047/26 - COMPENSATION PAYMENT APPROVED

Attention: Beneficiary,

This is to officially inform you that your complaint file has been reviewed by the International Fraud Victims Compensation Committee in conjunction with the World Bank Office in Brussels. After due verification your name was found on the list of beneficiaries due to receive compensation for funds lost to scam operators.

Approved amount: USD 1,500,000.00 (One Million Five Hundred Thousand United States Dollars)
Payment mode: ATM Card / Bank Transfer
Reference No: UNCC/BE/0047/26
Batch No: 77-442-BX

To receive your payment, you are required to reconfirm the following details to our paying officer, Barrister Edward Mensah Collins:

1. Full Name
2. Address
3. Phone Number
4. Copy of ID or Passport
5. Occupation

Note that a mandatory activation fee of USD 250 applies, payable only after your details are verified.

Reply only to: compensation.office.collins@freemail.example.com

Yours faithfully,
Dr. Margaret Ellis
Secretary, Compensation Committee"""
add(message([("From", ad("Compensation Committee", "office@intl-compensation.example.org")),
             ("Reply-To", "compensation.office.collins@freemail.example.com"),
             ("To", "undisclosed-recipients:;"),
             ("Subject", "RE: Complaint Ref: UNCC/BE/0047/26 - Compensation Payment Approved"),
             ("Date", "Tue, 19 May 2026 02:51:17 -0700"),
             ("Message-ID", "<1779184277.44810.comp@intl-compensation.example.org>"),
             ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
            text("plain", s4, "us-ascii", "7bit")),
    "spam", "en", "other", None,
    "ADVANCE-FEE scam disguised as a reply about a 'complaint' with fake 'Ref No'/'Batch No' (not PLT tickets), fake "
    "'RE:', Reply-To to a freemail address, activation fee -> spam, refers_to null. text/plain us-ascii 7bit.")

s5_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bitcoin-Sensation</title></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" style="background:#0b1a2e;color:#ffffff">
<tr><td><h1 style="color:#f7b500">Herzlichen Glückwunsch!</h1>
<p>Sie wurden als einer von <b>50 Teilnehmern in Belgien</b> für das exklusive KI-Trading-Programm ausgewählt.</p>
<p>Unsere Nutzer verdienen durchschnittlich <b>1.850 € pro Tag</b> – vollautomatisch, ohne Vorkenntnisse.
Startkapital: nur 250 €.</p>
<p>Ihr persönlicher Zugangscode: <b>BTC-BE-66190</b> (gültig 24 Stunden)</p>
<p style="text-align:center"><a href="https://ki-trade-profit.example.com/de/start?c=BTC-BE-66190"
style="background:#f7b500;color:#000;padding:14px 24px;text-decoration:none;font-weight:bold">JETZT KOSTENLOS STARTEN</a></p>
<p style="font-size:11px;color:#8899aa">Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.
<a href="https://ki-trade-profit.example.com/unsub?e=plaintes.klachten" style="color:#8899aa">Abmelden</a></p>
</td></tr></table></td></tr></table>
<img src="https://pixel.ki-trade-profit.example.com/open/66190.png" width="1" height="1" alt="">
</body></html>
"""
add(message([("From", ad("KI Trade Profit", "news@ki-trade-profit.example.com")),
             ("To", MAILBOX),
             ("Subject", ew("Herzlichen Glückwunsch – Sie wurden ausgewählt (Bitcoin)", "utf-8", "B")),
             ("Date", "Sat, 30 May 2026 06:03:27 +0200"),
             ("Message-ID", "<nl.66190.20260530060327@ki-trade-profit.example.com>"),
             ("List-Unsubscribe", "<https://ki-trade-profit.example.com/unsub?e=plaintes.klachten>"),
             ("Precedence", "bulk")],
            text("html", s5_html, "utf-8", "base64")),
    "spam", "de", "other", None,
    "CRYPTO / 'KI-Trading' scam mixed with a fake prize ('Sie wurden ausgewählt'), List-Unsubscribe + Precedence: "
    "bulk. HTML-only UTF-8 base64 with table layout and tracking pixel; B-encoded UTF-8 subject.")


# ==========================================================================
# write + validate
# ==========================================================================
KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
ALLOWED = ("example.be", "example.com", "example.org", "example.net", "example.test")
TICKET = re.compile(r"^PLT-\d{4}-\d{6}$")


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ALLOWED)


def all_text(msg):
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append("%s: %s" % (k, v))
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ct == "message/delivery-status":
            for blk in part.get_payload():
                chunks.append(str(blk))
    return "\n".join(chunks)


def validate(entries):
    errors = []
    parser = BytesParser(policy=policy.default)
    for lab in entries:
        path = os.path.join(OUT, lab["file"])
        data = open(path, "rb").read()
        f = lab["file"]
        for i, line in enumerate(data.split(b"\n")):
            if len(line) > 998:
                errors.append("%s: line %d longer than 998 octets" % (f, i + 1))
        msg = parser.parsebytes(data)
        if msg.defects:
            errors.append("%s: parser defects %r" % (f, msg.defects))
        if lab["kind"] not in KINDS:
            errors.append(f + ": bad kind")
        if lab["language"] not in LANGS:
            errors.append(f + ": bad language")
        if lab["category"] not in CATS:
            errors.append(f + ": bad category")
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errors.append(f + ": acknowledge inconsistent")
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errors.append(f + ": non-case must be category other")
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append(f + ": follow_up without refers_to")
        if set(lab) != {"file", "kind", "language", "category", "acknowledge", "refers_to", "notes"}:
            errors.append(f + ": wrong label fields")
        try:
            txt = all_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode: %s" % (f, e))
            continue
        if lab["refers_to"]:
            if not TICKET.match(lab["refers_to"]):
                errors.append(f + ": malformed refers_to")
            if lab["refers_to"].lower() not in txt.lower():
                errors.append(f + ": refers_to not found in message")
        blob = txt
        for h in re.findall(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", blob):
            if not host_ok(h):
                errors.append("%s: non-example mail domain %s" % (f, h))
        for h in re.findall(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", blob):
            if not host_ok(h):
                errors.append("%s: non-example URL host %s" % (f, h))
        for h in re.findall(r"\b((?:[A-Za-z0-9-]+\.)+(?:be|com|org|net|de|fr|nl|eu|in|es|io|info))\b", txt):
            if not host_ok(h):
                errors.append("%s: non-example host-like token %s" % (f, h))
        for k, v in msg.items():
            if k.lower() == "received":
                for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", str(v)):
                    if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.")):
                        errors.append("%s: non-documentation IP %s" % (f, ip))
    return errors


def main():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    for old in os.listdir(OUT):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    labels = []
    for n, idx in enumerate(order, 1):
        raw, lab = MSGS[idx]
        name = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels.append(dict({"file": name}, **lab))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    errors = validate(labels)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("%d messages written, %d errors" % (len(labels), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
