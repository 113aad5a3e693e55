#!/usr/bin/env python3
"""Generate the t5a test corpus: 50 e-mails to plaintes.klachten@federal.example.be.

Standard library only, deterministic (fixed seed SEED).  Run:  python3 generate.py
Writes t5a-001.eml ... t5a-050.eml and labels.json next to this file, then re-parses
every file and checks the labels.  Exit code 1 on any error.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import sys
import textwrap
import email
import email.policy
from email.parser import BytesParser

SEED = 5150
PREFIX = "t5a"
HERE = os.path.dirname(os.path.abspath(__file__))
BOX = "plaintes.klachten@federal.example.be"
WEBFORM = "no-reply-webform@federal.example.be"

# --------------------------------------------------------------------------- MIME helpers


def _h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def ew(s, charset="utf-8", mode="q"):
    """RFC 2047 encode s if it is not pure ASCII (split into words <= 75 chars)."""
    if all(ord(c) < 128 for c in s):
        return s
    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == "b":
            t = base64.b64encode(raw).decode()
            return "=?%s?B?%s?=" % (charset, t)
        out = []
        for b in raw:
            c = chr(b)
            if b == 32:
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (charset, "".join(out))
    words, cur = [], ""
    for ch in s:
        if len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, mail, charset="utf-8", mode="q"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()"@]', name):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (ew(name, charset, mode), mail)


def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text_part(text, sub="plain", charset="utf-8", cte="8bit", params=""):
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (sub, charset, params),
            "Content-Transfer-Encoding: %s" % cte]
    return (hdrs, encode_body(text, charset, cte))


def bin_part(ctype, data, filename, disp="attachment"):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: %s; filename="%s"' % (disp, filename),
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data))


def raw_part(ctype_line, body, extra=()):
    return ([ctype_line] + list(extra), body if body.endswith(b"\n") else body + b"\n")


def multi(sub, parts, boundary, params="", preamble=b""):
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, boundary, params)]
    body = preamble
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return (hdrs, body)


def bnd(tag, style="gmail"):
    h = _h(tag)
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:8].upper() + h[8:16] + "_"
    if style == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper()
    if style == "tb":
        return "------------" + h[:24]
    return "----=_Part_" + str(int(h[:6], 16)) + "_" + str(int(h[6:12], 16))


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%%%EOF\n" % title)
    return body.encode("latin-1")


def fake_jpg(tag, n=900):
    rng = random.Random(_h(tag))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        rng.randrange(256) for _ in range(n)) + b"\xff\xd9"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(text, wrapper="div"):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<%s>%s</%s>" % (wrapper, "<br>\n".join(esc(l) for l in p.split("\n")), wrapper))
    return ("\n<%s><br></%s>\n" % (wrapper, wrapper)).join(out)


def gmail_html(text):
    return '<div dir="ltr">' + html_of(text) + "</div>\n"


def outlook_html(text, charset="utf-8", font="Calibri"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            % (charset, font)
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
            + "\n</div>\n</body>\n</html>\n")


def received(frm_host, ip, date, tag):
    return ("from %s (%s [%s])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (frm_host, frm_host, ip, _h(tag)[:10].upper(), BOX, date))


def build(headers, entity, crlf=False, mime=True):
    """headers: list of (name, value); entity: (content headers, body bytes)."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    if mime:
        lines.append("MIME-Version: 1.0")
    lines.extend(entity[0])
    data = ("\n".join(lines)).encode("utf-8") + b"\n\n" + entity[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def std_headers(frm, subject, date, tag, host, ip, to=BOX, extra=(), mid_dom=None, recv=True):
    mid = "<%s@%s>" % (_h(tag)[:20], mid_dom or host.split(".", 1)[-1])
    hs = []
    if recv:
        hs.append(("Received", received(host, ip, date, tag)))
    hs += [("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid)]
    hs += list(extra)
    return hs


def webform(lang, fields, message, date, tag, reply_to, subject, auto=False, charset="utf-8", cte="quoted-printable"):
    intro = {"fr": "Un nouveau message a été envoyé via le formulaire de contact du site.",
             "nl": "Er werd een nieuw bericht verstuurd via het contactformulier van de website.",
             "en": "A new message has been submitted through the website contact form.",
             "de": "Über das Kontaktformular der Website wurde eine neue Nachricht gesendet."}[lang]
    lab_msg = {"fr": "Message", "nl": "Bericht", "en": "Message", "de": "Nachricht"}[lang]
    foot = {"fr": "Envoyé le", "nl": "Verzonden op", "en": "Submitted on", "de": "Gesendet am"}[lang]
    w = max(len(k) for k, _ in fields) + 1
    body = intro + "\n\n" + "\n".join("%s %s" % ((k + ":").ljust(w + 1), v) for k, v in fields)
    body += "\n%s:\n%s\n\n-- \n%s %s\nIP: 203.0.113.%d\nformulaire v3.2 / form-id %s\n" % (
        lab_msg, message, foot, date, 40 + int(_h(tag)[:2], 16) % 60, _h(tag)[:8])
    extra = [("Reply-To", reply_to), ("X-Mailer", "PHP/8.2 webform")]
    if auto:
        extra.append(("Auto-Submitted", "auto-generated"))
    hs = [("Received", "from web03.federal.example.be (web03.federal.example.be [10.20.3.13])\n\tby mx1.federal.example.be (Postfix) with ESMTP id %s; %s" % (_h(tag)[:10].upper(), date)),
          ("Date", date), ("From", addr({"fr": "Formulaire web", "nl": "Webformulier", "en": "Web form", "de": "Webformular"}[lang], WEBFORM)),
          ("To", BOX), ("Subject", ew(subject)), ("Message-ID", "<webform.%s@federal.example.be>" % _h(tag)[:16])] + extra
    return build(hs, text_part(body, charset=charset, cte=cte))


ACK = {
    "fr": ("Accusé de réception de votre plainte",
           "Madame, Monsieur,\n\nNous avons bien reçu votre message. Il a été enregistré sous la référence {t}.\n"
           "Nous vous répondrons dans les meilleurs délais. Merci de mentionner cette référence dans toute correspondance.\n\n"
           "Service des plaintes"),
    "nl": ("Ontvangstbevestiging van uw klacht",
           "Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht goed ontvangen. Het werd geregistreerd onder referentie {t}.\n"
           "Wij antwoorden u zo snel mogelijk. Gelieve deze referentie te vermelden in al uw correspondentie.\n\n"
           "Klachtendienst"),
    "en": ("Acknowledgement of your complaint",
           "Dear Sir or Madam,\n\nWe have received your message. It has been registered under reference {t}.\n"
           "We will reply as soon as possible. Please quote this reference in any further correspondence.\n\n"
           "Complaints service"),
    "de": ("Eingangsbestätigung Ihrer Beschwerde",
           "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht erhalten. Sie wurde unter dem Aktenzeichen {t} registriert.\n"
           "Wir antworten Ihnen so schnell wie möglich. Bitte geben Sie dieses Aktenzeichen bei jedem Schriftverkehr an.\n\n"
           "Beschwerdedienst"),
}


def ack_id(t):
    return "<ack.%s@federal.example.be>" % t.lower()


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


MESSAGES = []


def M(kind, lang, cat, notes, data, refers=None):
    MESSAGES.append(dict(kind=kind, language=lang, category=cat, refers_to=refers, notes=notes, data=data))


# =========================================================================== COMPLAINTS

# C1 fr taxes -- counter help for the income form, rude + booked slot ignored
t = """Bonjour,

Je vous écris parce que je suis encore énervée de ce qui s'est passé jeudi.

C'était la première fois que je devais remplir le papier pour mes revenus (j'ai commencé à travailler en septembre, avant j'étais étudiante). J'avais pris rendez-vous pour qu'on m'aide, c'était à l'administration communale de Marchienne, le jeudi 21 mai à 10h20. J'ai le mail de confirmation. J'ai pris congé pour ça, sans solde, parce que je suis en période d'essai.

Arrivée là-bas on me dit que la liste est pleine et que mon nom n'y est pas. J'ai montré le mail sur mon téléphone, la dame n'a même pas regardé. Elle m'a dit "vous êtes jeune, vous n'aviez qu'à le faire vous-même sur internet, c'est pas sorcier". Devant tout le monde. Un monsieur derrière moi a rigolé.

Si c'était pas sorcier je serais pas venue. Ma mère ne parle pas bien français et je ne veux pas me tromper et avoir des problèmes après.

Je trouve pas normal qu'on prenne des rendez-vous si c'est pour ne pas les respecter, et encore moins qu'on parle comme ça aux gens. J'aimerais qu'on me donne un autre rendez-vous, un vrai.

Inès Vandamme
rue des Haies 41 bte 2
6030 Marchienne-au-Pont
0471 28 64 19
"""
M("complaint", "fr", "taxes",
  "Complaint about a help session for filling in the tax return (booked slot not honoured, condescending remark). The administration is never named ('le papier pour mes revenus'); the request for a new slot does not make it an information request. Gmail text/plain UTF-8 8bit, RFC 2047 Q subject.",
  build(std_headers(addr("Inès Vandamme", "ines.vandamme@example.com"),
                    ew("rendez-vous pas respecté + remarque déplacée"), "Fri, 22 May 2026 08:47:13 +0200",
                    "c1", "mail-sor.example.com", "198.51.100.71",
                    extra=[("X-Mailer", None)]),
        text_part(t, charset="UTF-8", cte="8bit")))

# C2 nl unemployment -- temporary unemployment, jargon letter, sent away at counter
t = """Goeiendag,

Ik ben Marc De Wilde, 58 jaar, en ik heb in mijn hele leven nog nooit moeten stempelen. Sinds de overstroming in onze fabriek in maart staan we met de hele ploeg thuis, de baas zegt dat het "tijdelijk" is en dat we geld van de RVA krijgen.

Nu heb ik een brief gekregen waar in staat dat mijn "C3.2A ontbreekt" en dat de betaling "opgeschort is in afwachting van". In afwachting van wat? Ik begrijp er niets van. Mijn vrouw heeft het ook gelezen en die snapt het ook niet.

Ik ben dinsdag naar het loket in Aalst geweest. Daar zeiden ze dat ik zonder afspraak niet binnen mocht, en een afspraak maken kan alleen via de computer. Ik heb geen computer, mijn dochter heeft dit voor mij getypt. De man aan de deur zei "dat moet ge aan uwe vakbond vragen" maar ik ben niet aangesloten bij een vakbond, ik ga via de hulpkas.

Ik heb nu twee maanden niets gehad. De lening van het huis loopt gewoon door.

Kan er iemand mij gewoon eens in gewone woorden uitleggen wat ik moet doen? En mij niet aan de deur laten staan?

Met vriendelijke groeten,
Marc De Wilde
Kerkstraat 112
9300 Aalst
053 21 77 40 (liefst na 17u, of bel mijn dochter Sofie 0486 55 20 13)
"""
b = bnd("c2", "outlook")
M("complaint", "nl", "unemployment",
  "Complaint (sent away at the counter, jargon letter nobody explains, two months without temporary-unemployment pay). Names the agency only by acronym (RVA) and the form by its code. Written by the daughter on his behalf but in his voice; ends with a question, still a complaint. Outlook multipart/alternative, windows-1252 QP in both parts.",
  build(std_headers(addr("Sofie De Wilde", "sofie.dewilde@example.be"),
                    "Brief over mijn geld sinds de fabriek dicht is", "Wed, 13 May 2026 19:02:55 +0200",
                    "c2", "smtp.example.be", "192.0.2.45",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrC" + _h("c2")[:20])]),
        multi("alternative", [text_part(t, charset="windows-1252", cte="quoted-printable"),
                              text_part(outlook_html(t, "windows-1252"), "html", "windows-1252", "quoted-printable")], b)))

# C3 de social_security -- daughter for father, accident money stopped after move to care home
t = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen meines Vaters, Herrn Alfons Radermacher (geb. 14.02.1949), der selbst keine E-Mails mehr schreiben kann.

Mein Vater bekommt seit seinem Arbeitsunfall im Steinbruch 1994 jeden Monat einen Betrag überwiesen. Im Januar ist er ins Seniorenheim St. Joseph in Eupen umgezogen. Wir haben die neue Adresse bei der Gemeinde angemeldet und, so wie man uns gesagt hat, auch per Brief an Sie mitgeteilt (Einschreiben vom 19.01.2026, Beleg liegt vor).

Seit Februar ist kein Geld mehr gekommen. Auf dem Konto kommt nichts an, und wir haben keinen einzigen Brief bekommen, weder an die alte noch an die neue Adresse. Ich habe viermal angerufen. Zweimal wurde ich weiterverbunden und dann war die Leitung tot, einmal hat man mir gesagt, man würde zurückrufen, was nie passiert ist. Beim vierten Mal hieß es, die Akte sei "in Bearbeitung".

Das Seniorenheim wartet auf die Zahlung, und ich strecke das Geld jetzt schon den dritten Monat vor. Das kann so nicht weitergehen.

Ich bitte Sie, sich um die Akte meines Vaters zu kümmern und mich zurückzurufen, wie es versprochen wurde.

Mit freundlichen Grüßen

Renate Kessler-Radermacher
Hookstraße 7
4700 Eupen
GSM 0472 61 90 38
"""
M("complaint", "de", "social_security",
  "Written by a daughter for her father: his work-accident benefit stopped after a move to a care home; no letters, promised call-back never came. Service complaint, no decision contested. Category social_security (occupational accident benefit) although the agency is never named. text/plain ISO-8859-1 quoted-printable, Q-encoded ISO-8859-1 subject and display name.",
  build(std_headers(addr("Renate Kessler-Radermacher", "r.kessler@example.net"),
                    ew("Zahlungen für meinen Vater seit Februar ausgeblieben", "iso-8859-1"), "Mon, 27 Apr 2026 10:15:40 +0200",
                    "c3", "mout.example.net", "198.51.100.9",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.9.0")]),
        text_part(wrap(t), charset="iso-8859-1", cte="quoted-printable", params="; format=flowed")))

# C4 en mobility -- planes over the house, noise report unanswered; HTML-only
t = """Hello,

I am not sure this is the right address, the website sent me around in circles so I am trying this one.

Since the end of March the planes have been coming over our house in Kraainem from 5:40 in the morning, sometimes one every two minutes. We moved here in 2019 and it was never like this. My daughter is four and she wakes up every single morning.

On 2 April I filled in the noise report on the website. I got no confirmation. I did it again on 9 April and on 20 April. The third time the page said "session expired" after I had typed everything. The phone number on the page is only open 9 to 12 on weekdays and I work in a lab, I cannot call then. I sent an e-mail to the address on the page and got back a message that the mailbox does not exist.

I don't expect you to move the airport. I do expect that somebody reads what citizens send and answers. Right now it feels like nothing I send arrives anywhere.

Could someone please confirm that my reports (2, 9 and 20 April) were received, and tell me who actually deals with this?

Best regards,
Tomasz Wiśniewski
Avenue des Cerisiers 18, 1950 Kraainem
"""
h = ("<html><head><style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}"
     ".sig{color:#777;font-size:12px}</style></head><body>\n" + html_of(t.rsplit("Best regards,", 1)[0], "p")
     + "\n<p>Best regards,<br>Tomasz Wi&#347;niewski</p>\n<p class=\"sig\">Avenue des Cerisiers 18, 1950 Kraainem<br>"
     "Sent from <a href=\"https://mail.example.com/\">mail.example.com</a></p>\n</body></html>\n")
M("complaint", "en", "mobility",
  "Aircraft noise over the house, three web reports unanswered, bounced contact address: complaint about an unresponsive service (air traffic / noise falls under mobility). Ends with a request for confirmation, still a complaint. HTML-only (no text/plain), UTF-8 base64, HTML entity for the Polish letter in the signature, B-encoded display name.",
  build(std_headers(addr("Tomasz Wiśniewski", "t.wisniewski@example.com", mode="b"),
                    "Planes at 5:40 every morning - nobody answers my reports", "Thu, 30 Apr 2026 22:31:08 +0200",
                    "c4", "out.mail.example.com", "203.0.113.88"),
        text_part(h, "html", "UTF-8", "base64")))

# C5 fr police -- rude roadside check, accent mocked, no fine
t = """Madame, Monsieur,

Samedi 7 mars vers 23h15, j'ai été arrêté à un contrôle sur la chaussée de Mons à Anderlecht, à hauteur du garage Renault. J'étais avec ma femme et mes deux enfants (6 et 9 ans) qui dormaient à l'arrière, on revenait d'un anniversaire.

Je n'ai rien contre les contrôles. Ce que je n'accepte pas c'est la façon. Le policier qui m'a parlé (grand, chauve, matricule que je n'ai pas pu voir parce qu'il avait une veste par-dessus) m'a fait répéter trois fois mon nom en imitant mon accent et en rigolant avec son collègue. Il m'a fait sortir, vider tout le coffre sur le trottoir sous la pluie, y compris les sacs des enfants. Les enfants se sont réveillés et ma fille pleurait. Quand ma femme a demandé pourquoi, il lui a dit de "rester tranquille dans la voiture si elle ne voulait pas d'ennuis".

Ça a duré 45 minutes. Le test d'alcool était à zéro, les papiers en ordre, ils n'ont rien trouvé, pas d'amende, rien. À la fin il m'a dit "allez, bonne route, chef" et ils sont partis en laissant nos affaires mouillées par terre.

Je voudrais que ce comportement soit signalé à qui de droit. Je suis prêt à venir témoigner, ma femme aussi.

Karim Bensaïd
Rue Wayez 52
1070 Anderlecht
0489 14 02 77
"""
M("complaint", "fr", "police",
  "Police CONDUCT during a roadside check (mocking the accent, humiliating search, threat to the wife); explicitly no fine, nothing to contest -> complaint, police. The police is never named ('le policier', 'un contrôle'). Outlook multipart/alternative, both parts windows-1252 QP with curly apostrophes (0x92) and accented letters; windows-1252 Q-encoded subject (en dash) and display name.",
  build(std_headers(addr("Karim Bensaïd", "karim.bensaid@example.be", "windows-1252"),
                    ew("Contrôle du 7 mars – façon de nous traiter", "windows-1252"), "Mon, 09 Mar 2026 12:04:51 +0100",
                    "c5", "smtp.example.be", "192.0.2.131",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-BE")]),
        multi("alternative", [text_part(t.replace("'", "\u2019"), charset="windows-1252", cte="quoted-printable"),
                              text_part(outlook_html(t.replace("'", "\u2019"), "windows-1252"), "html", "windows-1252", "quoted-printable")],
              bnd("c5", "outlook"))))

# C6 nl foreign_affairs -- mother's papers for Morocco (legalisation), mixed NL/FR, base64 Android
t = """Goedemiddag,

Het gaat over de papieren van mijn moeder voor Marokko. Ze moet daar de erfenis van haar vader regelen en het notariskantoor in Tanger wil de echtscheidingsakte en de geboorteaktes van ons "gelegaliseerd door België". Dat is alles wat ze zeggen.

Sinds februari probeer ik een afspraak te krijgen op de website. Om middernacht komen de plaatsen vrij en om 00:02 is alles weg. Vijf weken lang elke nacht geprobeerd, ik heb zelf twee kinderen en ik werk in ploegen. Op 18 maart ben ik dan maar zonder afspraak gegaan met mijn moeder (72 jaar, met de rollator). De bewaker zei: "sans rendez-vous c'est non, madame, c'est comme ça". Ik vroeg of er een uitzondering kon voor een oude vrouw, antwoord: "tout le monde a une maman". Daarna heeft hij de deur dichtgedaan.

Mijn moeder heeft op de bus zitten huilen. Ze denkt dat ze haar deel gaat verliezen omdat het notariskantoor een termijn heeft gegeven tot eind mei.

Ik vind het onmenselijk dat het systeem zo werkt. Mensen die niet om middernacht kunnen klikken, bestaan gewoon niet meer. Ik wil dat iemand hiernaar kijkt.

Naima El Khattabi
Sint-Bernardsesteenweg 301
2660 Hoboken
"""
M("complaint", "nl", "foreign_affairs",
  "'De papieren van mijn moeder voor Marokko' = legalisation of civil-status documents -> foreign_affairs (never named). Complaint about the appointment system and a guard's remarks. MIXED NL/FR: the guard is quoted in French; the writer's own text is Dutch -> nl. Android Gmail text/plain UTF-8 base64.",
  build(std_headers(addr("Naima El Khattabi", "naima.elkhattabi@example.com"),
                    "papieren mama marokko", "Sat, 21 Mar 2026 14:26:30 +0100",
                    "c6", "mail-ej1.example.com", "203.0.113.14"),
        text_part(t, charset="UTF-8", cte="base64")))

# C7 de pensions -- pension paid to closed account, nobody explains
t = """Sehr geehrte Damen und Herren

Mein Name ist Hubert Margraff, ich bin 71 Jahre alt und wohne in Bütgenbach.

Im Februar habe ich meine Bank gewechselt, weil die Filiale in Büllingen geschlossen wurde. Ich habe Ihnen meine neue Kontonummer am 3. Februar schriftlich mitgeteilt, mit Unterschrift und Kopie des Personalausweises, wie es auf dem Formular steht.

Die Rente für März und April ist trotzdem auf das alte Konto gegangen. Das Konto ist aufgelöst, die alte Bank sagt, das Geld sei "an den Auftraggeber zurückgegangen". Von Ihnen habe ich aber seit zwei Monaten keinen Cent gesehen und keine Nachricht.

Wenn ich anrufe, kommt eine Ansage auf Französisch und Niederländisch, dann Musik, und nach 20 Minuten wird aufgelegt. Meine Schwiegertochter hat es auch versucht, ebenso ohne Erfolg.

Ich habe 44 Jahre gearbeitet. Ich verlange nichts Besonderes, nur dass mein Geld auf das richtige Konto kommt und dass mir jemand sagt, wann die zwei Monate nachgezahlt werden. Meine Miete und die Medikamente warten nicht.

Neue Kontonummer: BE27 7310 4486 2915

Hochachtungsvoll
Hubert Margraff
Wahlerscheid 3, 4750 Bütgenbach
Tel. 080 44 71 26
"""
M("complaint", "de", "pensions",
  "Pensioner (Belgian German-speaking community): pension paid to a closed account despite timely notice, two months unpaid, unreachable phone line. The pension itself is not contested -> complaint, pensions. text/plain UTF-8 8bit, plain ASCII subject, old-fashioned register.",
  build(std_headers(addr("Hubert Margraff", "hubert.margraff@example.be"),
                    "Rente Maerz und April nicht erhalten", "Tue, 05 May 2026 09:12:00 +0200",
                    "c7", "smtp.example.be", "192.0.2.200"),
        text_part(t, charset="utf-8", cte="8bit")))

# C8 en social_security -- disability money late because of unemployment file (border)
t = """Dear sir/madam,

My name is Agnieszka Nowak, I live in Gent since 2014. I write in English because my Dutch is ok for speaking but not for writing official things, sorry.

Last year I was unemployed for some months (I had the "stempelgeld" until October). Then in November my MS got worse and my doctor said I can not work anymore. So the money from the ziekenfonds should start. They say: we cannot pay you because your file at the unemployment office is still "open" and they must first send the end of your rights. The unemployment office says they closed it in November. The ziekenfonds says they don't see it. I have been in the middle since December.

So for now 4 months I get NOTHING. Not the unemployment money (ok, I understand, I am sick now) and not the sickness money. I live alone. My sister pays my rent.

I called both places maybe 15 times. Every time "we will check and call you back". Nobody calls back. On 12 March the lady at the ziekenfonds told me to "write to the federal complaints" so this is what I do.

What I want: that somebody looks at BOTH files together and makes them talk to each other. I don't contest anything, I just want the money I have right to, as a sick person.

Can you tell me who is responsible now?

Thank you,
Agnieszka Nowak
Dampoortstraat 66 bus 3
9000 Gent
+32 479 30 58 12
"""
M("complaint", "en", "social_security",
  "BORDER social_security/unemployment: sickness-invalidity benefit not paid for four months because an unemployment file is allegedly still open. What she misses and wants is the sickness/disability money -> social_security; the unemployment side is only the cause. Complaint (unreachable, no call-back, ping-pong), not an appeal ('I don't contest anything'); ends with a question. English with Dutch words (stempelgeld, ziekenfonds) -> en. Gmail multipart/alternative UTF-8 QP.",
  build(std_headers(addr("Agnieszka Nowak", "aga.nowak82@example.com"),
                    "4 months no money because two offices don't talk", "Fri, 17 Apr 2026 07:55:21 +0200",
                    "c8", "mail-wr1.example.com", "203.0.113.201"),
        multi("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")], bnd("c8"))))

# C9 fr unemployment -- rudeness at the counter, baby, ONEM acronym; base64 alt
t = """Bonjour,

Le 2 avril je me suis présentée au bureau de l'ONEM à Liège avec ma fille de 8 mois parce que je n'avais personne pour la garder. J'avais une convocation pour 9h30. J'ai attendu jusqu'à 10h50 debout, il n'y avait plus de chaises.

Quand enfin on m'a appelée, l'agent m'a dit que la poussette ne pouvait pas entrer dans le bureau. J'ai dû laisser ma fille dans la poussette dans le couloir avec la porte ouverte. Pendant l'entretien il regardait son écran et soupirait à chaque réponse. Quand ma fille a commencé à pleurer il a dit "on va faire vite hein, sinon on y sera encore demain". À la fin il m'a dit que je recevrais "un courrier" et il m'a montré la porte avec la main.

Je suis seule avec ma fille, je cherche du travail, je fais ce qu'on me demande. Je ne demande pas qu'on soit mon ami mais qu'on me parle correctement. Et qu'il y ait des chaises.

Nathalie Gérard
Rue Saint-Léonard 220/1
4000 Liège
"""
M("complaint", "fr", "unemployment",
  "Rudeness/conditions at the unemployment office (names it by acronym only: ONEM). No decision contested ('je recevrais un courrier'). Mobile-webmail multipart/alternative with BOTH parts base64 UTF-8; B-encoded subject.",
  build(std_headers(addr("Nathalie Gérard", "nath.gerard@example.org"),
                    ew("Accueil inadmissible le 2 avril à Liège", mode="b"), "Sat, 04 Apr 2026 21:40:09 +0200",
                    "c9", "smtp.example.org", "198.51.100.140"),
        multi("alternative", [text_part(t, charset="utf-8", cte="base64"),
                              text_part("<html><body>" + html_of(t) + "</body></html>", "html", "utf-8", "base64")], bnd("c9", "java"))))

# C10 nl police -- phone kept as evidence for six months
t = """Beste,

Op 14 oktober vorig jaar ben ik getuige geweest van een aanrijding met vluchtmisdrijf op de Brusselsesteenweg in Mechelen. Ik had met mijn gsm gefilmd hoe de wagen wegreed. De agenten die ter plaatse kwamen hebben mijn gsm meegenomen "voor het onderzoek, een paar dagen". Ik heb een papiertje gekregen met een nummer (ME.55.L1.014837/2025).

Het is nu april. Zes maanden. Ik heb zes keer naar het commissariaat gebeld. Eén keer zeiden ze dat de gsm "bij het parket" lag, een andere keer dat hij "in de kluis" lag en dat ik hem mocht komen halen, maar toen ik daar stond wist niemand ervan. De laatste twee keer werd gewoon niet opgenomen.

Ik wilde helpen. Ik heb dat gedaan omdat ik vond dat het moest. Nu zit ik zonder gsm (ik heb een oude van mijn broer), al mijn foto's van mijn zoon zijn daarop, en niemand voelt zich verantwoordelijk. De volgende keer dat ik iets zie, ga ik gewoon verder rijden. Dat is toch niet wat jullie willen?

Graag een antwoord.

Lotte Verhaegen
Hanswijkvaart 9
2800 Mechelen
"""
M("complaint", "nl", "police",
  "Complaint about the police keeping a witness's phone for six months with contradictory answers ('bij het parket', 'in de kluis'). The prosecutor is mentioned but the service handled badly is the local police -> police. Not a traffic matter. Thunderbird text/plain ISO-8859-1 8bit (raw Latin-1 byte for 'Eén'), wrapped at 72 columns.",
  build(std_headers(addr("Lotte Verhaegen", "lotte.verhaegen@example.be"),
                    "Mijn gsm ligt al zes maanden bij jullie", "Wed, 15 Apr 2026 20:18:44 +0200",
                    "c10", "smtp.example.be", "192.0.2.77",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1")]),
        text_part(wrap(t), charset="ISO-8859-1", cte="8bit")))

# C11 en taxes -- leaving Belgium, three emails unanswered, form rejects foreign phone
t = """Hi,

I'm a PhD researcher leaving Belgium at the end of June (my contract in Leuven ends, I'm moving to Canada). Before I go I want to make sure I don't leave anything open with the taxes, because my colleague got a bill two years after he left and it was a nightmare to pay from abroad.

So far:
- 3 Feb: wrote to the contact address on the website. Automatic answer, nothing else.
- 2 Mar: wrote again. Automatic answer, nothing else.
- 6 Apr: tried the online contact form. It refuses my phone number because it is Indian (+91...), and the field is mandatory. I put my Belgian number, and then the form says "technical error, try later". Tried 4 times over 2 weeks.
- Tried calling, the menu has no English option, I pressed random numbers and ended up in a queue that hung up after 25 min.

I find it honestly strange that someone who WANTS to pay and settle things correctly can't reach anybody.

Two questions, if someone reads this:
1. Do I have to do anything special when I leave, or do I just file next year from abroad?
2. Who do I contact if I get a letter after I've left?

Thanks,
Rohan Iyer
Naamsestraat 131/0204, 3000 Leuven
"""
M("complaint", "en", "taxes",
  "DOMINANTLY A COMPLAINT (three unanswered contacts, broken contact form rejecting a foreign phone number, no English phone option) that contains two numbered questions about leaving the country; label complaint, taxes ('the taxes' is the only hint). Gmail text/plain us-ascii 7bit.",
  build(std_headers(addr("Rohan Iyer", "rohan.iyer@example.com"),
                    "Trying to reach someone for 3 months before I leave Belgium", "Mon, 20 Apr 2026 16:03:27 +0200",
                    "c11", "mail-pl1.example.com", "203.0.113.62"),
        text_part(t, charset="us-ascii", cte="7bit")))

# C12 fr mobility -- grandfather's new driving licence card with wrong birth date (border pensions/mobility)
t = """Bonjour,

C'est le petit-fils de M. Joseph Lambotte qui écrit, mon grand-père est à côté de moi et me dicte, il n'a pas d'ordinateur.

"J'ai 79 ans et je conduis depuis 1966 sans un seul accident. En janvier j'ai dû refaire ma carte pour conduire parce que l'ancienne en papier n'est plus bonne. J'ai payé, j'ai fait la photo, tout. La nouvelle carte est arrivée en mars avec une mauvaise date de naissance : 12/06/1974 au lieu du 12/06/1946. On m'a arrêté à un contrôle en avril et l'agent a cru que c'était un faux, j'ai dû m'expliquer pendant une demi-heure.

À la commune on me dit que ce n'est pas eux qui fabriquent la carte et que l'erreur vient "du fédéral". Au numéro qu'ils m'ont donné, on me dit que c'est la commune qui a encodé. Et chacun me dit qu'il faudra repayer une nouvelle carte. Je ne repayerai pas pour une erreur qui n'est pas la mienne.

Je dois conduire ma femme à la dialyse à Namur trois fois par semaine. Je ne peux pas me permettre d'avoir des histoires à chaque contrôle."

Voilà, il voudrait qu'on corrige la carte gratuitement et qu'on arrête de le renvoyer d'un bureau à l'autre. Je mets mon numéro aussi parce que c'est moi qui lis les mails : 0495 73 18 02.

Merci d'avance
Thomas Lambotte (pour Joseph Lambotte, rue de la Station 4, 5340 Gesves)
"""
M("complaint", "fr", "mobility",
  "BORDER pensions/mobility: a 79-year-old pensioner's new driving-licence card carries a wrong birth date; ping-pong commune <-> federal. The pensioner status is irrelevant; the service is the driving licence -> mobility. Dominantly a complaint (error + ping-pong) even though it asks for a free correction; the mention of a police check is incidental. Written by the grandson, grandfather's words in quotes. Apple Mail text/plain UTF-8 QP.",
  build(std_headers(addr("Thomas Lambotte", "thomas.lambotte@example.net"),
                    "Permis de mon grand-pere avec mauvaise date", "Sun, 10 May 2026 17:22:03 +0200",
                    "c12", "smtp.example.net", "198.51.100.33",
                    extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]),
        text_part(t, charset="utf-8", cte="quoted-printable")))

# C13 de foreign_affairs -- husband's visa papers lost twice, questions at the end
t = """Guten Tag,

ich bin Belgierin, wohne in Raeren und bin seit 2024 mit Herrn Emmanuel Nkoulou aus Kamerun verheiratet. Er hat im Oktober 2025 bei der Botschaft in Yaoundé die Papiere für seinen Visumantrag zur Familienzusammenführung abgegeben.

Im Januar hat man ihm gesagt, die Heiratsurkunde und der Nachweis meines Einkommens "fehlten". Er hatte sie nachweislich abgegeben (er hat eine Quittung mit Stempel). Er hat alles noch einmal eingereicht. Im März dasselbe: die Unterlagen seien "nicht im Dossier". Inzwischen haben wir die Dokumente dreimal übersetzen und beglaubigen lassen, jedes Mal über 200 Euro.

Meine E-Mails an die Botschaft (vier seit Januar) bleiben unbeantwortet. Am Telefon in Yaoundé sagt man meinem Mann nur "patientez".

Ich beschwere mich darüber, dass Dokumente verloren gehen und niemand antwortet. Eine Entscheidung gibt es ja noch gar nicht.

Darf ich fragen: Wo liegt das Dossier jetzt eigentlich? Kann ich die Unterlagen direkt in Belgien einreichen, damit sie nicht noch einmal verschwinden?

Mit freundlichen Grüßen
Sandra Nkoulou-Heinen
Hauptstraße 88, 4730 Raeren
"""
M("complaint", "de", "foreign_affairs",
  "Spouse's family-reunification visa file: documents lost twice by the embassy, e-mails unanswered. No decision exists yet, so nothing to appeal -> complaint, foreign_affairs; ends with two questions (complaint with questions). 'beschwere mich' used in its everyday sense. Gmail multipart/alternative UTF-8 QP, Q-encoded subject.",
  build(std_headers(addr("Sandra Nkoulou-Heinen", "sandra.heinen@example.com"),
                    ew("Unterlagen für das Visum meines Mannes zweimal verloren"), "Thu, 26 Mar 2026 11:49:37 +0100",
                    "c13", "mail-ed1.example.com", "203.0.113.150"),
        multi("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")], bnd("c13"))))

# C14 nl pensions -- widow, letter addressed to dead husband; accepts repayment
t = """Geachte,

Mijn man Roger is overleden op 2 februari. Op 9 maart kreeg ik een brief, aan HEM gericht, "Geachte heer Peeters", waarin staat dat "u" het pensioen van februari onterecht ontvangen hebt en dat "u" 1.874,32 euro moet terugstorten binnen de 30 dagen.

Ik weet dat het geld van de maand na het overlijden terug moet, dat heeft de begrafenisondernemer mij uitgelegd, daar gaat het niet om. Ik ga het terugbetalen, dat is geen probleem.

Maar weet u wat het doet om vijf weken na de begrafenis een brief te openen aan je man, alsof hij nog leeft, met een dreigende toon? Ik heb vier keer gebeld om te vragen of de brief op mijn naam kon en of ik in twee keer mocht betalen. Twee keer werd er ingehaakt, één keer zei een man "dat staat in de brief, mevrouw", en één keer beloofde men mij terug te bellen.

Een beetje menselijkheid, is dat te veel gevraagd?

Met vriendelijke groeten,
Godelieve Peeters-Wouters
Leopoldlaan 40
3900 Pelt
"""
M("complaint", "nl", "pensions",
  "MENTIONS a recovery decision but explicitly accepts it ('ik ga het terugbetalen'): complaint about an insensitive letter addressed to the deceased husband and unhelpful phone contacts -> complaint, pensions. Asking for instalments is a side remark, not the intent. Outlook.com HTML-only UTF-8 QP.",
  build(std_headers(addr("Godelieve Peeters", "godelieve.peeters@example.be"),
                    "Brief aan mijn overleden man", "Sat, 14 Mar 2026 10:33:12 +0100",
                    "c14", "outbound.example.be", "192.0.2.18"),
        text_part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
                  '<div style="font-family: Calibri, Arial, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                  + html_of(t) + '\n</div>\n</body></html>\n', "html", "utf-8", "quoted-printable")))

# C15 fr social_security -- webform, self-employed contributions debited twice; dropdown says "Autre"
msg = ("Je suis coiffeuse indépendante depuis 2019. Ce trimestre on m'a prélevé deux fois l'argent que je paie tous les trimestres "
       "pour mon statut (982,47 € le 5 janvier ET encore 982,47 € le 8 janvier). J'ai envoyé un mail le 12 janvier, puis le 3 février, "
       "puis j'ai téléphoné 3 fois. On me dit à chaque fois que \"c'est transmis au service comptable\". Ça fait 4 mois. Pour moi "
       "c'est beaucoup d'argent, j'ai dû décaler le paiement de mon loyer commercial. Je ne conteste rien, je veux juste qu'on me "
       "rende ce qu'on m'a pris en trop et qu'on me réponde une fois pour toutes.\nIBAN pour le remboursement : BE40 0634 2290 1163")
fields = [("Nom", "Delvaux"), ("Prénom", "Céline"), ("E-mail", "celine.coiffure@example.be"), ("Téléphone", "0478 90 12 54"),
          ("Code postal", "7500"), ("Thème", "Autre question"), ("Objet", "double prélèvement")]
M("complaint", "fr", "social_security",
  "WEB-FORM notification from no-reply-webform@ (citizen in Reply-To and fields; Auto-Submitted: auto-generated is set by our own website, still to acknowledge). The citizen picked 'Autre question' in the dropdown, but it is a complaint about self-employed social contributions debited twice and not refunded -> social_security; 'je ne conteste rien'. text/plain UTF-8 QP.",
  webform("fr", fields, msg, "Tue, 05 May 2026 13:07:45 +0200", "c15",
          addr("Céline Delvaux", "celine.coiffure@example.be"), "[Formulaire] Nouveau message : double prélèvement", auto=True))

# C16 en police -- mother for teenage son handcuffed at station
t = """To whom it may concern,

I am writing on behalf of my son, Jayden Okafor-Claes, who is 16.

On Wednesday 8 April, around 16:30, Jayden was waiting for a train home from school at Brussels-South station with two friends. Two officers came to them, asked for their ID, and when Jayden said his card was in his bag and reached for it, one officer pushed him against the wall and put handcuffs on him. His friends (both white, for what it is worth) were not touched.

They went through his bag and his phone. He asked to call me. They said no. After about 40 minutes they took the handcuffs off and told him to "go home and stop making trouble". He had done nothing. He has never been in any trouble. He came home with a bruise on his wrist and he has not wanted to take the train since.

No report was given, no reason, no name. I called the station in the evening and was told that "there is no record of an intervention with your son".

I want this investigated. I want to know the names of those officers and I want an explanation why a minor was handcuffed and not allowed to call his parent.

I have photos of his wrist and the statement of one of his friends, which I can send.

Regards,
Michelle Claes
Rue Emile Féron 71
1060 Saint-Gilles
+32 470 81 26 59
"""
M("complaint", "en", "police",
  "Police CONDUCT towards a minor (handcuffing, refusal to let him call his mother, possible profiling), written by the mother on behalf of her son. Complaint, police, no fine or decision. Apple Mail multipart/alternative UTF-8 QP (plain + HTML).",
  build(std_headers(addr("Michelle Claes", "michelle.claes@example.org"),
                    "My 16 year old son handcuffed at the station on 8 April", "Fri, 10 Apr 2026 08:14:52 +0200",
                    "c16", "smtp.example.org", "198.51.100.58",
                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
        multi("alternative", [text_part(t, charset="utf-8", cte="quoted-printable"),
                              text_part("<html><head></head><body style=\"overflow-wrap: break-word;\">" + html_of(t) + "</body></html>",
                                        "html", "utf-8", "quoted-printable")], bnd("c16", "apple"))))

# C17 nl taxes -- bailiff letter before the original bill; does not contest
t = """Goedendag

Vorige week kreeg ik een brief van een gerechtsdeurwaarder dat ik 418 euro moet betalen "ten gevolge van een niet betaald aanslagbiljet", plus 96 euro kosten. Ik heb nooit een aanslagbiljet gekregen, niet op papier en niet in mijn eBox (ik heb gekeken, ook in de map "gearchiveerd").

Ik betwist niet dat ik die 418 euro moet betalen, ik had vorig jaar een studentenjob naast mijn uitkering en ik weet dat er dan iets kan bijkomen. Het bedrag klopt waarschijnlijk. Maar dat de eerste brief die ik zie van een deurwaarder komt, met kosten erbij, vind ik echt niet oké. Ik ben 22 en ik schrok me dood, ik dacht dat ze mijn spullen kwamen halen.

Ik heb gebeld en de mevrouw zei "dat is dan verloren gegaan bij de post, daar kunnen wij niets aan doen".

Ik wil graag weten of die 96 euro kosten echt voor mij zijn terwijl ik nooit iets ontvangen heb, en of ik het bedrag in drie keer mag betalen. Maar vooral wil ik dat jullie weten dat dit niet zo hoort.

Groetjes
Yana Claessens
"""
M("complaint", "nl", "taxes",
  "MENTIONS the tax assessment but says it is correct ('ik betwist niet'); complaint that the first letter she ever saw came from a bailiff with costs, and dismissive phone answer. The questions (costs, instalments) are secondary -> complaint, taxes. The '96 euro' question is close to a request to cancel costs but she does not ask for it. Gmail text/plain UTF-8 QP, no address in the signature.",
  build(std_headers(addr("Yana Claessens", "yanaclaessens@example.com"),
                    "deurwaarder voor een brief die ik nooit kreeg??", "Tue, 19 May 2026 23:11:06 +0200",
                    "c17", "mail-yw1.example.com", "203.0.113.99"),
        text_part(t, charset="UTF-8", cte="quoted-printable")))

# C18 de unemployment -- very short angry, windows-1252 8bit
t = """Das dritte Mal umsonst nach Eupen gefahren. 1 Stunde Bus von Sankt Vith, Termin um 10 Uhr, um 10.40 sagt man mir "Ihr Berater ist heute nicht da, Sie bekommen einen neuen Termin". Ohne Anruf, ohne SMS, ohne alles. Dann bekomme ich einen Brief dass ich "nicht kooperiere".

Wer kooperiert hier nicht???

Dirk Schröder
"""
M("complaint", "de", "unemployment",
  "VERY SHORT ANGRY complaint: third cancelled interview appointment at the unemployment office after a long bus trip; mentions a letter about 'not cooperating' but does not ask to change any decision -> complaint. text/plain windows-1252 8bit, no greeting, windows-1252 Q-encoded subject.",
  build(std_headers(addr("Dirk Schröder", "dirk.schroeder.sv@example.net", "windows-1252"),
                    ew("3x umsonst gefahren!!!", "windows-1252"), "Thu, 23 Apr 2026 11:58:19 +0200",
                    "c18", "smtp.example.net", "198.51.100.201"),
        text_part(t, charset="windows-1252", cte="8bit")))

# C19 fr foreign_affairs -- child's passport with misspelled name, school trip
t = """Bonjour,

Ma fille Anaïs (14 ans) part en voyage scolaire à Londres le 11 juin. Nous avons demandé son passeport en mars. Quand il est arrivé, le prénom était écrit ANAIS sans tréma et le nom de famille VAN DEN BOSSCHE est devenu VANDENBOSSCHE, en un mot. Sa carte d'identité est correcte, c'est donc bien à la fabrication que l'erreur a été faite.

La commune dit qu'elle a encodé correctement (ils m'ont montré l'écran) et que le passeport est fabriqué "à Bruxelles". On me dit qu'il faut refaire une demande, repayer 41 euros plus les frais d'urgence si on veut l'avoir à temps, soit plus de 300 euros au total. Pour une erreur que nous n'avons pas faite.

J'ai écrit deux fois via le formulaire en ligne, aucune réponse. Le voyage est dans 4 semaines et l'école veut la copie du passeport pour la compagnie aérienne (le nom doit correspondre exactement au billet).

Je trouve anormal qu'on doive payer pour réparer l'erreur de quelqu'un d'autre et que personne ne réponde. Je voudrais une solution rapide et gratuite.

Cordialement,
Véronique Van den Bossche
Avenue du Bois Planté 12
1410 Waterloo
"""
M("complaint", "fr", "foreign_affairs",
  "Passport for a child printed with a misspelt name; commune vs 'Bruxelles' ping-pong, two unanswered web-form messages. Passports are produced under foreign affairs -> foreign_affairs (not other/commune). Dominantly a complaint about an error and silence; asking for a free replacement is part of the complaint remedy, no decision is contested. Thunderbird multipart/mixed: text/plain ISO-8859-1 QP + JPG scan attachment with a space in the filename.",
  build(std_headers(addr("Véronique Van den Bossche", "vero.vdb@example.be", "iso-8859-1"),
                    ew("Passeport de ma fille : nom mal orthographié", "iso-8859-1"), "Wed, 13 May 2026 07:41:33 +0200",
                    "c19", "smtp.example.be", "192.0.2.96",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")]),
        multi("mixed", [text_part(wrap(t), charset="ISO-8859-1", cte="quoted-printable"),
                        bin_part("image/jpeg", fake_jpg("c19"), "passeport Anais page 2.jpg")], bnd("c19", "tb"))))

# C20 en other -- eID PIN letter never arrives
t = """Good evening,

Third time I write about this, first two times to the commune, now to you because I don't know where else.

I received my new Belgian ID card (I'm Brazilian, residence card type F+) in January. The letter with the PIN and PUK codes never came. Without it I cannot log in to anything: not the bank app, not my son's school platform, not the health insurance site. It's 2026, everything needs that card.

I asked for new codes at the commune on 2 February and again on 16 March. Both times "you will receive them in 2 weeks by post". Nothing. Our post works fine, I get my other letters.

The commune now says it's "the federal level" that sends the codes. I would like someone to check where these letters are going. Is my address wrong in your system?

Lucas Pereira da Silva
Rue de la Croix-Rouge 5, 7000 Mons
"""
M("complaint", "en", "other",
  "eID PIN/PUK letter never received despite two requests: identity cards are not one of the listed domains (interior/communes) -> other. Complaint with a question. text/plain UTF-8 quoted-printable (nearly pure ASCII content); CRLF line endings.",
  build(std_headers(addr("Lucas Pereira", "lucas.pereira.mons@example.com"),
                    "PIN code letter for my ID card never arrives", "Mon, 18 May 2026 21:05:44 +0200",
                    "c20", "outbound.example.com", "203.0.113.7"),
        text_part(t, charset="utf-8", cte="quoted-printable"), crlf=True))


# =========================================================================== APPEALS

# A1 nl police -- "de brief over mijn auto": speeding fine after car was sold; no legal words; PDF
t = """Dag mevrouw, meneer,

Ik kreeg gisteren een brief over mijn auto, een Opel Corsa met nummerplaat 1-KQT-482. Daarin staat dat ik op 12 maart om 23:41 te snel gereden heb op de Singel in Antwerpen (78 waar 50 mag) en dat ik 174 euro moet betalen.

Alleen: ik had die auto op 2 maart al verkocht aan een garage in Boom. Ik heb de nummerplaat dezelfde dag thuis afgehaald, dat staat ook op het verkoopcontract dat ik meestuur. Ik was die avond trouwens thuis in Lier, ik rijd niet meer 's avonds.

Ik denk dat de garage er nog mee rondgereden heeft of dat er iets met de papieren misgegaan is. Ik ga dat niet betalen voor iets dat ik niet gedaan heb. Wilt u het alstublieft schrappen of naar de juiste persoon sturen?

Het nummer bovenaan de brief is 2026/AN/0319874-F.

Vriendelijke groeten
Jozef Wuyts
Mechelsesteenweg 210
2500 Lier
"""
M("appeal", "nl", "police",
  "'De brief over mijn auto' is a speeding fine; he contests it (car sold ten days earlier, contract attached) and asks to cancel it, without any legal word -> appeal, police (traffic fine convention). multipart/mixed: text/plain UTF-8 QP + PDF attachment.",
  build(std_headers(addr("Jozef Wuyts", "jozef.wuyts@example.be"),
                    "brief over mijn auto 1-KQT-482", "Thu, 02 Apr 2026 10:20:00 +0200",
                    "a1", "smtp.example.be", "192.0.2.61"),
        multi("mixed", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                        bin_part("application/pdf", fake_pdf("Verkoopcontract Opel Corsa 02/03/2026"), "verkoopcontract_corsa.pdf")],
              bnd("a1", "java"))))

# A2 fr taxes -- unemployed person's tax bill (border unemployment/taxes), no legal words
t = """Bonjour,

Je suis au chômage depuis mars 2025 (licenciement économique, l'usine de Fleurus a fermé). Toute ma vie j'ai reçu un petit remboursement en septembre. Cette année je reçois un papier qui me dit que je dois payer 1.183,60 €.

J'ai comparé avec l'année d'avant et je pense que quelque chose cloche : sur le calcul, je vois mon salaire de janvier-février et mon préavis, mais je ne vois nulle part ce qu'on m'a déjà retenu sur les allocations de chômage. Sur la fiche que la caisse m'a envoyée il y a pourtant 612,40 € de précompte. On dirait que ça n'a pas été compté du tout.

Je ne suis pas un spécialiste, peut-être que je me trompe, mais 1.183 € pour un chômeur c'est énorme et je ne les ai pas. Est-ce que quelqu'un peut revoir le calcul avec la fiche que je joins et corriger si c'est une erreur ?

Mon numéro de registre national : 71.08.19-233.58
Référence sur le papier : article 2025/748.113.205

Merci beaucoup,
Patrick Lemaire
Rue du Try 9
6220 Fleurus
"""
M("appeal", "fr", "taxes",
  "BORDER unemployment/taxes: an unemployed man's tax assessment ignores the withholding tax on his unemployment benefits. He asks to review and correct the calculation -> appeal (no legal word such as réclamation), and the decision concerned is the tax assessment -> taxes, not unemployment. multipart/mixed: text/plain ISO-8859-15 QP (euro sign) + PDF; Q-encoded ISO-8859-15 subject.",
  build(std_headers(addr("Patrick Lemaire", "pat.lemaire@example.net"),
                    ew("papier à payer alors que je suis chômeur", "iso-8859-15"), "Mon, 28 Sep 2026 18:44:02 +0200",
                    "a2", "smtp.example.net", "198.51.100.12"),
        multi("mixed", [text_part(t, charset="iso-8859-15", cte="quoted-printable"),
                        bin_part("application/pdf", fake_pdf("Fiche 281.13 revenus 2025"), "fiche_allocations_2025.pdf")],
              bnd("a2", "tb"))))

# A3 de pensions -- formal Widerspruch, unemployment years missing from pension (border)
t = """Betreff: Widerspruch gegen die Rentenberechnung vom 20. März 2026 – Ihr Zeichen R/2026/0448172

Sehr geehrte Damen und Herren,

hiermit lege ich fristgerecht Widerspruch gegen den Bescheid vom 20. März 2026 über die Berechnung meiner Ruhestandspension ein.

In der beigefügten Laufbahnübersicht fehlen die Jahre 1991 bis 1993 vollständig. In dieser Zeit war ich nach der Schließung der Firma Kabelwerk Kelmis arbeitslos gemeldet und habe Arbeitslosengeld bezogen. Nach meinem Kenntnisstand sind solche Zeiten der Arbeitslosigkeit für die Rente gleichgestellt und müssen berücksichtigt werden.

Als Nachweis füge ich die Bescheinigung der Zahlstelle vom 14.04.2026 bei, aus der die Zahlungen für diese drei Jahre hervorgehen.

Ich beantrage daher, die Berechnung unter Einbeziehung der Jahre 1991–1993 zu überprüfen und einen neuen Bescheid zu erlassen. Sollte Ihrerseits der FPD nicht zuständig sein, bitte ich um Weiterleitung an die zuständige Stelle.

Mit freundlichen Grüßen

Werner Lausberg
Lütticher Straße 145
4720 Kelmis
NN 60.11.02-147.21
"""
M("appeal", "de", "pensions",
  "Explicit 'Widerspruch' against a pension calculation that leaves out years of unemployment (assimilated periods). BORDER unemployment/pensions: the decision contested is the pension -> pensions. Names the pension service only by its German acronym (FPD). Outlook multipart/alternative, UTF-8 QP, en dash in the subject line (Q-encoded).",
  build(std_headers(addr("Werner Lausberg", "w.lausberg@example.be"),
                    ew("Widerspruch – Rentenberechnung R/2026/0448172"), "Thu, 16 Apr 2026 14:27:58 +0200",
                    "a3", "smtp.example.be", "192.0.2.150",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-BE")]),
        multi("alternative", [text_part(t, charset="utf-8", cte="quoted-printable"),
                              text_part(outlook_html(t), "html", "utf-8", "quoted-printable")], bnd("a3", "outlook"))))

# A4 en unemployment -- webform, topic "Complaint", actually asks to look again at a sanction
msg = ("I was told by letter of 24 March that my benefits are suspended for 4 weeks because I \"did not show up\" to an appointment on 10 March. "
       "I never received the invitation. It was sent to my old address in Schaerbeek, but I moved to Evere on 1 February and registered at the commune "
       "on 3 February (I can send the proof). I have never missed anything before, I go to every training. "
       "Could you please look at this again and remove the 4 weeks? I have a 3-year-old and 4 weeks without income means I cannot pay rent in April. "
       "Also please update my address so this does not happen again.\nNew address: Rue Stroobants 47, 1140 Evere")
fields = [("Name", "Mensah"), ("First name", "Abena"), ("E-mail", "abena.mensah@example.org"), ("Phone", "+32 465 27 38 91"),
          ("Topic", "Complaint"), ("Subject", "4 weeks suspended - letter went to old address")]
M("appeal", "en", "unemployment",
  "WEB-FORM notification (citizen in Reply-To). The citizen chose topic 'Complaint', but she asks to look again at a 4-week suspension of unemployment benefits and remove it -> appeal without legal words, unemployment. text/plain UTF-8 QP, no Auto-Submitted header.",
  webform("en", fields, msg, "Thu, 26 Mar 2026 22:47:10 +0100", "a4",
          addr("Abena Mensah", "abena.mensah@example.org"), "[Web form] New message: 4 weeks suspended - letter went to old address"))

# A5 nl social_security -- son for mother, explicit beroep on disability points
t = """Geachte heer, mevrouw,

Ik schrijf u namens mijn moeder, mevrouw Rita Goossens (°03/09/1962), die zelf niet in staat is om deze e-mail op te stellen. Ik voeg haar volmacht toe.

Op 2 april 2026 ontving mijn moeder de beslissing over haar aanvraag voor een tegemoetkoming voor personen met een handicap. Daarin worden haar slechts 6 punten toegekend op de schaal van zelfredzaamheid, waardoor zij geen integratietegemoetkoming krijgt.

Wij zijn het met deze beslissing niet eens en wensen hiertegen beroep aan te tekenen. Het onderzoek door de arts duurde nauwelijks tien minuten en hield geen rekening met het verslag van haar neuroloog (dr. Verstraete, 11/02/2026) over de evolutie van haar Parkinson. Zij kan sinds de winter niet meer zelfstandig koken, zich wassen of de trap nemen.

Wij vragen een nieuw medisch onderzoek en een herziening van het aantal punten. Als dit beroep bij de arbeidsrechtbank moet worden ingediend, verzoeken wij u ons dat mee te delen en het dossier over te maken.

Met vriendelijke groeten,

Bart Goossens
namens Rita Goossens
Zwaluwstraat 14
8500 Kortrijk
0477 12 84 30
"""
M("appeal", "nl", "social_security",
  "Explicit 'beroep aan te tekenen' against a disability-allowance decision (too few points), written by the son on behalf of his mother -> appeal, social_security. Outlook multipart/mixed > multipart/alternative (UTF-8 QP plain + HTML) + PDF power of attorney.",
  build(std_headers(addr("Bart Goossens", "bart.goossens@example.be"),
                    "Beroep beslissing tegemoetkoming mevrouw Rita Goossens", "Tue, 28 Apr 2026 09:03:31 +0200",
                    "a5", "smtp.example.be", "192.0.2.39",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrX" + _h("a5")[:20])]),
        multi("mixed", [multi("alternative", [text_part(t, charset="utf-8", cte="quoted-printable"),
                                              text_part(outlook_html(t), "html", "utf-8", "quoted-printable")], bnd("a5b", "outlook")),
                        bin_part("application/pdf", fake_pdf("Volmacht Rita Goossens"), "volmacht.pdf")], bnd("a5", "outlook"))))

# A6 fr mobility -- van registered as passenger car, asks correction
t = """Bonjour,

Je suis menuisier indépendant. J'ai acheté en février une camionnette d'occasion (Renault Trafic, 3 places, plateau arrière sans sièges, cloison fixe). Elle a toujours été immatriculée comme camionnette chez l'ancien propriétaire.

Sur le nouveau certificat d'immatriculation que j'ai reçu, elle est mise comme "voiture" (M1). Pour moi ça change tout : l'assurance, et je ne peux plus la mettre en frais comme utilitaire. Le garage qui a fait la demande dit qu'il a bien coché camionnette et que "c'est eux qui ont changé".

Je vous demande de regarder le dossier et de remettre la catégorie camionnette comme avant. Je joins la photo du certificat et celle de la cloison.

Plaque : 2-HVB-917
Châssis : VF1FL000X68214573

Merci,
Julien Marchal
Menuiserie Marchal
Rue de Bastogne 31, 6700 Arlon
"""
M("appeal", "fr", "mobility",
  "Asks to change the vehicle category on a registration certificate (van registered as passenger car) -> request to correct an administrative decision without legal words = appeal, mobility. The reference to insurance/expenses is incidental. iPhone Apple Mail multipart/mixed: text/plain UTF-8 8bit + two JPG photos.",
  build(std_headers(addr("Julien Marchal", "menuiserie.marchal@example.com"),
                    "immatriculation camionnette 2-HVB-917", "Sat, 28 Feb 2026 12:16:40 +0100",
                    "a6", "smtp.example.com", "203.0.113.230",
                    extra=[("X-Mailer", "iPhone Mail (21E236)")]),
        multi("mixed", [text_part(t + "\nEnvoyé de mon iPhone\n", charset="utf-8", cte="8bit"),
                        bin_part("image/jpeg", fake_jpg("a6-1"), "IMG_4471.jpg", "inline"),
                        bin_part("image/jpeg", fake_jpg("a6-2"), "IMG_4472.jpg", "inline")], bnd("a6", "apple"))))

# A7 en foreign_affairs -- refusal to legalise Ghanaian marriage certificate; explicit appeal
t = """Dear Sir, Dear Madam,

My wife Esi and I were married in Kumasi, Ghana, on 14 December 2024. To register the marriage at our commune in Belgium we need the marriage certificate legalised.

On 9 March 2026 the legalisation was refused by the embassy in Accra. The letter says only "doubts about the authenticity of the document - art. 27 CBPR". Nobody told us what the doubts are. The certificate was issued by the Kumasi Metropolitan Assembly and already bears the stamp of the Ghanaian ministry, exactly as the checklist on your website requires.

I hereby appeal against this refusal and ask that the decision be reconsidered. We are ready to provide any additional document, the marriage photos, the wedding register entry, or to be interviewed together.

Could you also let me know whether this appeal should be addressed to another department? I did not find any information about how to contest a refusal of legalisation.

Kind regards,

Pieter-Jan Dewaele
Kortrijksesteenweg 510
9000 Gent
Tel. 0494 18 63 02

(ik kan ook in het Nederlands antwoorden indien gewenst)
"""
M("appeal", "en", "foreign_affairs",
  "Explicit 'I hereby appeal' against an embassy's refusal to legalise a foreign marriage certificate -> appeal, foreign_affairs. Written in English by a Flemish husband with a one-line Dutch P.S. -> language en (dominant). Contains a question about where to send it, still an appeal. multipart/alternative: us-ascii plain 7bit + UTF-8 HTML base64.",
  build(std_headers(addr("Pieter-Jan Dewaele", "pj.dewaele@example.be"),
                    "Appeal - refusal of legalisation of marriage certificate (Accra, 9 March 2026)", "Wed, 18 Mar 2026 20:39:15 +0100",
                    "a7", "smtp.example.be", "192.0.2.4"),
        multi("alternative", [text_part(t, charset="us-ascii", cte="7bit"),
                              text_part(gmail_html(t), "html", "utf-8", "base64")], bnd("a7"))))

# A8 de police -- Einspruch against speeding ticket; sign hidden by hedge; JPG
t = """Sehr geehrte Damen und Herren,

ich erhebe Einspruch gegen das Protokoll Nr. 63.L7.002751/2026 wegen Geschwindigkeitsüberschreitung am 21.02.2026 um 07:52 Uhr auf der Aachener Straße in Eupen (gemessen 62 km/h, erlaubt 50 km/h).

Das Schild, das die Geschwindigkeit von 70 auf 50 km/h begrenzt, steht hinter einer Hecke und ist aus Richtung Kettenis kommend vollständig verdeckt. Ich habe am 28.02. ein Foto von der Stelle gemacht, aus der Sicht des Fahrers, das ich beifüge. Man sieht nur Grün.

Ich bin diese Strecke jahrelang mit 70 gefahren, weil dort früher 70 galt. Ich bitte Sie, das Protokoll einzustellen. Den Betrag von 53 Euro habe ich vorerst nicht gezahlt.

Mit freundlichen Grüßen
Guido Heinen
Herbesthaler Straße 23
4700 Eupen
"""
M("appeal", "de", "police",
  "Explicit 'Einspruch' against a speeding fine (sign hidden by a hedge, photo attached) -> appeal, police (traffic fine convention; mobility only in appearance). Belgian German usage 'Protokoll'. multipart/mixed: text/plain ISO-8859-1 8bit + JPG; ISO-8859-1 Q subject.",
  build(std_headers(addr("Guido Heinen", "guido.heinen@example.net"),
                    ew("Einspruch Protokoll 63.L7.002751/2026 - Schild verdeckt (Hecke)", "iso-8859-1"), "Mon, 02 Mar 2026 19:31:26 +0100",
                    "a8", "smtp.example.net", "198.51.100.172"),
        multi("mixed", [text_part(t.replace("–", "-"), charset="iso-8859-1", cte="8bit"),
                        bin_part("image/jpeg", fake_jpg("a8"), "Schild_Hecke.jpg")], bnd("a8", "java"))))

# A9 nl taxes -- formal bezwaarschrift, childcare deduction, PDF
t = """Betreft: bezwaarschrift aanslagjaar 2025 – artikelnummer 2025/713.509.882

Geachte heer Gewestelijk Directeur,

Hierbij dien ik bezwaar in tegen de aanslag in de personenbelasting, aanslagjaar 2025, zoals gevestigd op naam van mezelf en mijn echtgenote (aanslagbiljet verzonden op 30 januari 2026).

In het aanslagbiljet werden de uitgaven voor kinderopvang van onze dochter Elise (geboren 2022), opgegeven in vak III, code 1384, voor een bedrag van 2.640,00 euro, niet in aanmerking genomen. De attesten van de erkende kinderopvang De Speelboom werden tijdig bij de aangifte gevoegd. Bij deze e-mail voeg ik een kopie van het attest en van het aanslagbiljet.

Ik verzoek u de aanslag te herzien en de belastingvermindering voor kinderoppas toe te kennen, alsook het te veel betaalde bedrag terug te storten op rekening BE12 0018 7765 3302.

Ik wens gehoord te worden.

Hoogachtend,

Kristof Vermeulen
Groenstraat 77
8800 Roeselare
RRN 85.04.11-309.72
"""
M("appeal", "nl", "taxes",
  "Formal 'bezwaarschrift' (childcare deduction missing) with legal formula ('wens gehoord te worden') -> appeal, taxes, sent to the complaints box by mistake. Outlook multipart/mixed > multipart/alternative (windows-1252 QP) + PDF; CRLF line endings.",
  build(std_headers(addr("Kristof Vermeulen", "kristof.vermeulen@example.com"),
                    ew("Bezwaarschrift aanslagjaar 2025 – 2025/713.509.882", "windows-1252"), "Fri, 27 Mar 2026 16:50:02 +0100",
                    "a9", "smtp.example.com", "203.0.113.45",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        multi("mixed", [multi("alternative", [text_part(t, charset="windows-1252", cte="quoted-printable"),
                                              text_part(outlook_html(t, "windows-1252"), "html", "windows-1252", "quoted-printable")], bnd("a9b", "outlook")),
                        bin_part("application/pdf", fake_pdf("Attest kinderopvang De Speelboom 2024"), "attest kinderopvang 2024.pdf")],
              bnd("a9", "outlook")), crlf=True))

# A10 fr pensions -- daughter for mother; income guarantee refused because of a house in Turkey (border foreign)
t = """Bonjour Madame, Monsieur,

J'écris pour ma maman, Madame Hatice Yilmaz, 69 ans, veuve, qui habite à Genk mais qui lit mieux le français que le néerlandais (elle a vécu 30 ans à Liège).

Elle a demandé le petit complément pour les personnes âgées qui n'ont pas assez de pension (elle touche 870 € par mois). La réponse est arrivée le 6 mai : c'est refusé parce qu'elle serait propriétaire "d'un bien immobilier à l'étranger", une maison à Kayseri en Turquie.

Cette maison, c'est la maison de mon grand-père. Elle est au nom des cinq enfants, dont ma mère, et deux de ses frères y habitent. Ma mère n'en tire aucun revenu, elle n'y va même plus. Nous avons le document du cadastre turc (traduit) qui montre qu'elle n'a qu'un cinquième, et une attestation de ses frères.

Est-ce que vous pouvez regarder encore une fois son dossier avec ces papiers et revoir la décision ? Pour elle ce complément, c'est la différence entre chauffer ou pas.

Merci de votre compréhension,
Elif Yilmaz
pour Hatice Yilmaz, Vennestraat 58, 3600 Genk
"""
M("appeal", "fr", "pensions",
  "Daughter for her mother: asks to look again at a refused income guarantee for the elderly ('le petit complément') because of a one-fifth share in a house in Turkey. Request to review a decision without legal words -> appeal; the foreign property is a red herring for foreign_affairs -> pensions. Gmail multipart/alternative, UTF-8 QP; French from a Genk (Dutch-speaking) address.",
  build(std_headers(addr("Elif Yilmaz", "elif.yilmaz@example.com"),
                    ew("Refus du complément pour ma maman (maison en Turquie)"), "Mon, 11 May 2026 12:58:47 +0200",
                    "a10", "mail-qk1.example.com", "203.0.113.177"),
        multi("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")], bnd("a10"))))


# =========================================================================== INFORMATION REQUESTS

# I1 en pensions -- Irish man back home, how to claim; small grumble
t = """Hello there,

I worked in Belgium from 1998 to 2010 (Brussels, a logistics company near the airport, then two years in Mechelen) and I've been back in Cork since. I turn 66 next year, which is pension age here in Ireland.

Do I need to apply for the Belgian part myself, or does it come automatically through the Irish side? And if I apply, is there a form in English somewhere? Your website is in three languages and none of them is mine, which I suppose is fair enough, but Google Translate made a right mess of the page about "pension abroad".

My old Belgian ID number was 61.05.27-381.16 if that helps.

Thanks a million,
Declan O'Sullivan
14 Blackrock Road, Cork, Ireland
"""
M("information_request", "en", "pensions",
  "Question about claiming a Belgian pension from Ireland, with a mild grumble about the website languages -> information_request (question with a small grumble), pensions. text/plain UTF-8 QP with format=flowed, Irish English.",
  build(std_headers(addr("Declan O'Sullivan", "declan.osullivan@example.com"),
                    "Belgian pension - I live in Ireland now", "Tue, 03 Mar 2026 10:41:57 +0000",
                    "i1", "smtp.example.com", "203.0.113.64"),
        text_part(wrap(t), charset="utf-8", cte="quoted-printable", params="; format=flowed")))

# I2 nl mobility -- webform, father 84 driving licence, medical? (border pensions/mobility)
msg = ("Mijn vader is 84 en rijdt nog elke dag met de auto naar de winkel en naar mijn moeder in het rusthuis. De huisarts zegt dat hij nog goed is. "
       "Nu zegt een buurman dat je boven de 75 een medisch attest moet hebben om je rijbewijs te houden, een ander zegt dat dat enkel in Nederland is. "
       "Bij de gemeente wisten ze het ook niet (!). Moet mijn vader iets doen, en zo ja wat en bij wie? Hij heeft nog het oude roze papieren rijbewijs.")
fields = [("Naam", "Dierckx"), ("Voornaam", "Hilde"), ("E-mail", "hilde.dierckx@example.be"), ("Telefoon", ""),
          ("Onderwerp", "Andere"), ("Titel", "rijbewijs papa 84 jaar")]
M("information_request", "nl", "mobility",
  "WEB-FORM notification (citizen in Reply-To, empty phone field, topic 'Andere'). BORDER pensions/mobility: a pensioner's driving licence -> mobility. Pure question with a tiny grumble about the commune -> information_request. text/plain ISO-8859-1 QP (form software declares Latin-1).",
  webform("nl", fields, msg, "Wed, 22 Apr 2026 15:12:38 +0200", "i2",
          addr("Hilde Dierckx", "hilde.dierckx@example.be"), "[Webformulier] Nieuw bericht: rijbewijs papa 84 jaar", charset="iso-8859-1"))

# I3 de taxes -- cross-border worker in Luxembourg; grumble about German forms
t = """Guten Abend,

ich wohne seit letztem Jahr in Burg-Reuland und arbeite in Luxemburg (Clervaux) als Krankenpfleger. Mein Lohn wird in Luxemburg versteuert, das steht auf meiner Lohnabrechnung.

Muss ich in Belgien trotzdem eine Steuererklärung abgeben? Und wenn ja, wo trage ich den luxemburgischen Lohn ein? Meine Frau arbeitet in St. Vith, wir sind verheiratet.

Ich habe versucht, das selbst herauszufinden, aber die deutsche Version der Erläuterungen kam letztes Jahr erst im Juni, und auf der Website finde ich nur französische Seiten zu Grenzgängern. Etwas ärgerlich, ehrlich gesagt, wir sind doch auch Belgier.

Vielen Dank im Voraus
Stefan Theissen
Burg-Reuland
"""
M("information_request", "de", "taxes",
  "Question (cross-border worker in Luxembourg: must he file a Belgian return and where to put the foreign salary) with a grumble about late German-language material ('etwas ärgerlich') -> information_request, taxes. text/plain ISO-8859-1 QP, Q-encoded ISO-8859-1 subject.",
  build(std_headers(addr("Stefan Theissen", "stefan.theissen@example.net"),
                    ew("Frage: Lohn aus Luxemburg - Erklärung in Belgien?", "iso-8859-1"), "Thu, 07 May 2026 20:54:13 +0200",
                    "i3", "smtp.example.net", "198.51.100.88"),
        text_part(t, charset="iso-8859-1", cte="quoted-printable")))

# I4 fr unemployment -- young graduate, "la carte que je pointe"
t = """slt,

Je viens de finir mes études (bachelier en compta, diplômé en janvier) et je cherche du boulot. Ma cousine m'a dit que je pouvais avoir de l'argent après un certain temps mais qu'il faut "une carte qu'on pointe" et un stage de je sais plus combien de mois.

Mes questions :
- le stage commence quand exactement, à la fin des cours ou au diplôme ?
- la carte, c'est une vraie carte ou c'est sur le téléphone ?
- je fais quelques heures en étudiant dans un resto le week-end, est-ce que ça pose problème ?

Désolé si c'est pas la bonne adresse, sur le site y a 15 pages et aucune ne répond à ça clairement.

Merci
Bilal Amrani
"""
M("information_request", "fr", "unemployment",
  "Young graduate asking about the waiting period and the control card ('une carte qu'on pointe') for unemployment allowances, with a tiny grumble about the website -> information_request, unemployment. Informal ('slt'). Android Gmail multipart/alternative, UTF-8 base64 plain + QP HTML.",
  build(std_headers(addr("Bilal Amrani", "bilal.amrani03@example.com"),
                    "question argent apres les etudes", "Sun, 15 Feb 2026 01:22:35 +0100",
                    "i4", "mail-ua1.example.com", "203.0.113.19"),
        multi("alternative", [text_part(t, charset="UTF-8", cte="base64"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")], bnd("i4"))))

# I5 nl foreign_affairs -- police certificate needed for a visa: apostille? (border police/other/foreign)
t = """Hallo,

Ik ga in september voor een jaar werken in Australië (working holiday visum). Voor de visumaanvraag vragen ze een "police certificate" uit elk land waar ik de laatste 10 jaar gewoond heb. Dat is bij ons het uittreksel uit het strafregister, denk ik, en dat heb ik al via de gemeente gekregen (model 595, "voor het buitenland").

Op de site van de Australische ambassade staat: "documents not in English must be accompanied by a certified translation" en ergens anders lees ik dat het ook "apostilled" moet zijn.

Mijn vragen:
1. Moet er op dat uittreksel een apostille komen, en waar vraag ik die aan?
2. Kan dat online of moet ik ergens langsgaan? Ik woon in Brugge.
3. Moet eerst de vertaling gebeuren en dan de apostille, of omgekeerd?

Het is een beetje een doolhof, maar ik wil het in één keer goed doen.

Dank je!
Femke Rotsaert
"""
M("information_request", "nl", "foreign_affairs",
  "BORDER police/other/foreign_affairs: a criminal-record extract ('police certificate') is needed for a visa, but the extract is already obtained; the questions are about the APOSTILLE (legalisation) -> foreign_affairs. Mixed NL with English quotes -> nl. Pure questions with a mild 'doolhof' remark. text/plain UTF-8 8bit from an iPhone.",
  build(std_headers(addr("Femke Rotsaert", "femke.rotsaert@example.be"),
                    "police certificate voor visum Australie - apostille?", "Mon, 04 May 2026 12:30:49 +0200",
                    "i5", "smtp.example.be", "192.0.2.222",
                    extra=[("X-Mailer", "iPhone Mail (22E252)")]),
        text_part(t + "\nVerstuurd vanaf mijn iPhone\n", charset="utf-8", cte="8bit")))

# I6 en social_security -- occupational disease from the quarry; how to apply
t = """Hi,

Asking for my dad really, but he's sitting next to me. He's 63, worked 31 years in a limestone quarry near Tournai. Last month the lung doctor said he has silicosis and that "this should be recognised as coming from his work" and that there is some compensation for that.

Who do we apply to, is it the health insurance or somewhere else? Is there a form? He's still on sick leave from his current job, does applying change anything for that money?

We are a bit lost, every office we call gives us a different number to call.

Best,
Kevin Dufour (for Alain Dufour)
Rue du Moulin 6, 7500 Tournai
"""
M("information_request", "en", "social_security",
  "Son asking on behalf of his father how to apply for occupational-disease compensation (silicosis) and whether it affects sickness benefit -> information_request, social_security. 'every office gives a different number' is a grumble inside a question. English from a Walloon family. Outlook.com HTML-only with a <table> signature, UTF-8 QP.",
  build(std_headers(addr("Kevin Dufour", "kevin.dufour@example.org"),
                    "Dad's lungs from the quarry - who do we ask?", "Wed, 25 Feb 2026 18:09:21 +0100",
                    "i6", "outbound.example.org", "198.51.100.3"),
        text_part('<html><head><meta charset="utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
                  + html_of(t.rsplit("Best,", 1)[0]) + '<br><table style="border-top:1px solid #999"><tr><td>Best,<br><b>Kevin Dufour</b> (for Alain Dufour)'
                  '</td></tr><tr><td style="color:#666">Rue du Moulin 6, 7500 Tournai</td></tr></table></div></body></html>\n',
                  "html", "utf-8", "quoted-printable")))

# I7 de police -- licence seized at a checkpoint, when back? (border mobility/police)
t = """Hallo,

am Samstagabend wurde mir bei einer Kontrolle in Kettenis der Führerschein abgenommen (Alkohol, 0,9 Promille, ja, war dumm von mir, ich will da nichts schönreden). Der Polizist hat gesagt, ich bekomme ihn "in 15 Tagen" zurück, aber nicht wo und wie.

Muss ich den irgendwo abholen oder wird der geschickt? Und muss ich einen Antrag stellen? Ich brauche das Auto für die Arbeit (Schichtdienst in Welkenraedt), deshalb möchte ich keinen Tag verlieren.

Den Zettel, den ich bekommen habe, kann ich kaum lesen, die Schrift ist sehr schlecht.

Danke und Gruß
Jens Lentz
Eupen
"""
M("information_request", "de", "police",
  "BORDER mobility/police: driving licence withdrawn on the spot at a police checkpoint; he accepts the withdrawal and only asks how/where to get it back -> information_request (complains only about the illegible slip), police (the licence is held after a police withdrawal, not a licensing matter). text/plain UTF-8 QP from a mobile.",
  build(std_headers(addr("Jens Lentz", "jens.lentz@example.com"),
                    ew("Führerschein zurück – wie?"), "Mon, 11 May 2026 07:02:44 +0200",
                    "i7", "mail-jl1.example.com", "203.0.113.240"),
        text_part(t, charset="utf-8", cte="quoted-printable")))

# I8 fr other -- social tariff for energy question
t = """Bonjour,

Je suis pensionnée et je vis seule. Une voisine m'a dit qu'elle paie son électricité et son gaz moins cher grâce à un "tarif social" et que c'était automatique pour certaines personnes.

Moi je n'ai rien reçu et ma facture a encore augmenté (186 € par mois maintenant !). Comment savoir si j'y ai droit ? Est-ce que je dois faire une demande quelque part ou est-ce que c'est mon fournisseur qui doit le faire ?

Je touche la garantie de revenus, si ça peut aider.

Je vous remercie,
Jeannine Collard
Rue des Combattants 19
5030 Gembloux
"""
M("information_request", "fr", "other",
  "Pensioner asking about the social energy tariff (economy/energy, not one of the listed domains) -> other, even though she mentions being a pensioner and the income guarantee (red herrings for pensions). Question with a grumble about the bill. text/plain windows-1252 QP, windows-1252 Q subject.",
  build(std_headers(addr("Jeannine Collard", "jeannine.collard@example.be"),
                    ew("tarif social électricité ?", "windows-1252"), "Tue, 17 Mar 2026 15:35:52 +0100",
                    "i8", "smtp.example.be", "192.0.2.113"),
        text_part(t, charset="windows-1252", cte="quoted-printable")))

# I9 de other -- jury duty letter
t = """Sehr geehrte Damen und Herren,

ich habe von der Gemeinde ein Schreiben bekommen, dass ich auf die Liste der Geschworenen für das Schwurgericht gesetzt wurde. Ich betreibe allein einen Milchviehbetrieb in Amel mit 80 Kühen. Wenn ich zwei oder drei Wochen in Eupen oder Lüttich sitzen muss, steht der Hof still.

Kann man sich davon befreien lassen, und wenn ja, bei wem muss ich das beantragen und mit welchen Nachweisen? In dem Schreiben steht dazu nichts Verständliches.

Mit freundlichen Grüßen
Arnold Jost
Amel
"""
M("information_request", "de", "other",
  "Question about being excused from jury duty (justice) -> other. Pure question, slight remark about an unclear letter. multipart/alternative, plain UTF-8 8bit + HTML UTF-8 QP (Thunderbird).",
  build(std_headers(addr("Arnold Jost", "jost.hof@example.net"),
                    "Geschworenenliste - Befreiung moeglich?", "Fri, 06 Mar 2026 21:47:05 +0100",
                    "i9", "smtp.example.net", "198.51.100.66",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")]),
        multi("alternative", [text_part(t, charset="UTF-8", cte="8bit"),
                              text_part('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
                                        + html_of(t, "p") + "</body></html>", "html", "UTF-8", "quoted-printable")], bnd("i9", "tb"))))

# I10 en other -- statistics survey letter, is it real?
t = """Hi,

Quick question. We got a letter saying our household was "randomly selected" for a survey about income and living conditions and that an interviewer will call. It says participation is mandatory and there could be a fine if we refuse.

Is this real? It looks official but there have been so many scams lately (my mother-in-law nearly paid a fake parking fine last month) that I don't trust anything that arrives with a threat in it. If it is real, can we do it in English?

Reference on the letter: SILC-26-0773415

Thanks,
Hannah Berger
Leuven
"""
M("information_request", "en", "other",
  "Question whether a statistics survey letter is genuine and can be done in English -> other (statistics). Mentions scams and a 'fake parking fine' and 'a fine if we refuse' (red herrings for spam/police); the reference number is the survey's, not a PLT ticket. text/plain us-ascii 7bit.",
  build(std_headers(addr("Hannah Berger", "h.berger@example.org"),
                    "Is this survey letter real?", "Thu, 12 Mar 2026 09:17:26 +0100",
                    "i10", "smtp.example.org", "198.51.100.204"),
        text_part(t, charset="us-ascii", cte="7bit")))


# =========================================================================== FOLLOW-UPS

# F1 fr unemployment -- reply to our ack, adds fact
T = "PLT-2026-001412"
subj, ackt = ACK["fr"]
t = """Bonjour,

Petite mise à jour : l'argent de février et mars est arrivé hier sur mon compte, merci. Par contre janvier n'y est toujours pas (il manque 1.246,10 €) et sur le relevé il n'y a aucune explication.

Je rappelle que j'attends depuis décembre et que c'est la troisième fois qu'on me dit que "c'est réglé". Je voudrais donc que ma plainte reste ouverte jusqu'à ce que janvier soit payé.

Sébastien Hubert

Le jeu. 9 avr. 2026 à 10:02, <plaintes.klachten@federal.example.be> a écrit :
""" + quote(ackt.format(t=T)) + "\n"
M("follow_up", "fr", "unemployment",
  "Gmail reply ('Re: [PLT-...]', In-Reply-To/References to our ack) adding a new fact (two months paid, January still missing) and asking to keep the complaint open -> follow_up; category of the original case (unemployment benefit payment), recoverable only from the body ('l'argent de février'). text/plain UTF-8 QP with quoted acknowledgement.",
  build(std_headers(addr("Sébastien Hubert", "seb.hubert@example.com"),
                    ew("Re: [%s] %s" % (T, subj)), "Wed, 22 Apr 2026 18:30:14 +0200",
                    "f1", "mail-sh1.example.com", "203.0.113.28",
                    extra=[("In-Reply-To", ack_id(T)), ("References", ack_id(T))]),
        text_part(t, charset="UTF-8", cte="quoted-printable")), refers=T)

# F2 en police -- new message, number only in the body
T = "PLT-2026-001377"
t = """Hello again,

On 30 March I sent you a complaint about the officer at Gent-Sint-Pieters station who refused to let me file a report about my stolen bike and told me to "go back to my own country to complain". I got an automatic answer with number %s.

It has now been six weeks. Nobody has contacted me. In the meantime I went to another police station where they did take my report within ten minutes, very friendly, so it IS possible.

I would still like an answer about the first officer. Has anything been done? If you need the exact time I was there, it was 18:10-18:35, and I still have the ticket from the parking.

Regards,
Oluwaseun Adeyemi
""" % T
M("follow_up", "en", "police",
  "New message (no reply headers, ticket number only in the body, subject without number) chasing an earlier complaint about police conduct -> follow_up, police. 'stolen bike' is context, not the subject. text/plain UTF-8 declared 8bit with ASCII-only content.",
  build(std_headers(addr("Oluwaseun Adeyemi", "seun.adeyemi@example.net"),
                    "Still waiting - officer at the station in Gent", "Mon, 11 May 2026 13:44:06 +0200",
                    "f2", "smtp.example.net", "198.51.100.90"),
        text_part(t, charset="utf-8", cte="8bit")), refers=T)

# F3 nl taxes -- Outlook RE: with header-block quoting, previous-year ticket
T = "PLT-2025-000988"
subj, ackt = ACK["nl"]
t = """Goedemorgen,

Ik heb in december een klacht ingediend omdat mijn terugbetaling van 2.031 euro al acht maanden op zich liet wachten. Intussen is het maart en ik heb nog altijd niets ontvangen, ook geen antwoord op mijn klacht.

Vorige week kreeg ik wel een brief dat ik een voorafbetaling moet doen voor dit jaar. Dus betalen kan ik wel snel, terugkrijgen niet. Kan iemand mij eindelijk laten weten waar het geld blijft?

Met vriendelijke groet,
Ann-Sophie Mertens

Van: Klachtendienst <plaintes.klachten@federal.example.be>
Verzonden: dinsdag 16 december 2025 09:14
Aan: Ann-Sophie Mertens <as.mertens@example.be>
Onderwerp: [%s] %s

%s
""" % (T, subj, ackt.format(t=T))
M("follow_up", "nl", "taxes",
  "Outlook 'RE:' reply to an acknowledgement from the PREVIOUS YEAR (PLT-2025-...) with Outlook header-block quoting (no '>'): reminder + new fact (asked for prepayment while refund is pending) -> follow_up, taxes. multipart/alternative windows-1252 QP, In-Reply-To and References.",
  build(std_headers(addr("Ann-Sophie Mertens", "as.mertens@example.be"),
                    "RE: [%s] %s" % (T, subj), "Tue, 03 Mar 2026 08:22:51 +0100",
                    "f3", "smtp.example.be", "192.0.2.171",
                    extra=[("In-Reply-To", ack_id(T)), ("References", ack_id(T)),
                           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "[%s] %s" % (T, subj))]),
        multi("alternative", [text_part(t, charset="windows-1252", cte="quoted-printable"),
                              text_part(outlook_html(t, "windows-1252"), "html", "windows-1252", "quoted-printable")], bnd("f3", "outlook"))), refers=T)

# F4 de mobility -- new message, Nachtrag + JPG
T = "PLT-2026-001455"
t = """Guten Tag,

Nachtrag zu meiner Beschwerde %s vom 14. April wegen des Kennzeichens, das nie bei mir angekommen ist.

Heute kam endlich ein Brief – allerdings mit dem Kennzeichen für ein anderes Fahrzeug (ein Anhänger, der mir nicht gehört) und an meinen Namen adressiert. Ich schicke Ihnen ein Foto davon. Mein Auto steht also immer noch ohne Nummernschild in der Garage, und jetzt habe ich auch noch fremde Unterlagen zu Hause.

Was soll ich mit diesem Brief machen? Zurückschicken, und wohin?

Freundliche Grüße
Monika Hilgers
Kelmis
""" % T
M("follow_up", "de", "mobility",
  "New message (no reply headers) 'Nachtrag zu meiner Beschwerde PLT-...' with a new fact (wrong registration letter received, photo attached) and a question -> follow_up, mobility. multipart/mixed: text/plain UTF-8 QP + JPG.",
  build(std_headers(addr("Monika Hilgers", "monika.hilgers@example.com"),
                    ew("Nachtrag %s – falscher Brief bekommen" % T), "Tue, 05 May 2026 16:37:29 +0200",
                    "f4", "smtp.example.com", "203.0.113.111"),
        multi("mixed", [text_part(t, charset="utf-8", cte="quoted-printable"),
                        bin_part("image/jpeg", fake_jpg("f4"), "Brief_Anhaenger.jpg")], bnd("f4", "java"))), refers=T)


# =========================================================================== AUTO-REPLIES

T = "PLT-2026-001490"
subj, _ = ACK["nl"]
t = """Beste,

Ik ben afwezig tot en met maandag 4 mei en heb geen toegang tot mijn mailbox.
Voor dringende zaken kunt u terecht bij mijn collega Wim Daems (wim.daems@example.be).

Uw bericht wordt niet doorgestuurd.

Met vriendelijke groeten,
Els Van Hecke
"""
M("auto_reply", "nl", "other",
  "Exchange out-of-office 'Automatisch antwoord: [PLT-...] Ontvangstbevestiging van uw klacht' with Auto-Submitted: auto-replied and X-Auto-Response-Suppress; the citizen's own out-of-office answering our acknowledgement -> auto_reply, refers_to the ticket from the subject. multipart/alternative UTF-8 QP.",
  build([("Received", received("smtp.example.be", "192.0.2.58", "Fri, 24 Apr 2026 09:10:03 +0200", "ar1")),
         ("Date", "Fri, 24 Apr 2026 09:10:02 +0200"), ("From", addr("Els Van Hecke", "els.vanhecke@example.be")),
         ("To", addr("Klachtendienst", BOX)), ("Subject", "Automatisch antwoord: [%s] %s" % (T, subj)),
         ("Message-ID", "<%s@example.be>" % _h("ar1")[:24]), ("In-Reply-To", ack_id(T)),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "els.vanhecke@example.be")],
        multi("alternative", [text_part(t, charset="utf-8", cte="quoted-printable"),
                              text_part(outlook_html(t), "html", "utf-8", "quoted-printable")], bnd("ar1", "outlook"))), refers=T)

T = "PLT-2026-001511"
subj, _ = ACK["en"]
t = """Thank you for contacting Vandersteen Logistics IT Support.

Your request has been received and a ticket has been created:

  Ticket number : #48213
  Subject       : Re: [%s] %s
  Priority      : Normal
  Status        : New

One of our agents will get back to you within 2 business days. To add information, simply reply to this e-mail without changing the subject line.

Please note: this mailbox handles IT requests for Vandersteen Logistics employees only.

-- 
Vandersteen Logistics - IT Service Desk
https://support.vandersteen.example.com
""" % (T, subj)
M("auto_reply", "en", "other",
  "Company helpdesk ticket auto-acknowledgement: the citizen used a work address that forwards to an IT service desk, which answered our acknowledgement with its own ticket #48213 (not ours). Only 'Precedence: bulk' and an X-Mailer, NO Auto-Submitted -> auto_reply, refers_to our ticket quoted in the subject. text/plain us-ascii 7bit.",
  build([("Received", received("desk.vandersteen.example.com", "198.51.100.240", "Wed, 06 May 2026 11:20:45 +0200", "ar2")),
         ("Date", "Wed, 06 May 2026 11:20:44 +0200"), ("From", addr("Vandersteen IT Support", "support@vandersteen.example.com")),
         ("To", BOX), ("Subject", "[#48213] Re: [%s] %s" % (T, subj)),
         ("Message-ID", "<ticket-48213-%s@vandersteen.example.com>" % _h("ar2")[:10]), ("In-Reply-To", ack_id(T)),
         ("References", ack_id(T)), ("Precedence", "bulk"), ("X-Mailer", "HelpdeskPro 9.4")],
        text_part(t, charset="us-ascii", cte="7bit")), refers=T)


# =========================================================================== BOUNCE

T = "PLT-2026-001502"
subj, _ = ACK["de"]
date = "Thu, 30 Apr 2026 14:02:11 +0200"
note = """Dies ist eine automatisch erstellte Nachricht des Mailsystems von mx02.example.net.

Ihre Nachricht konnte einem oder mehreren Empfängern nicht zugestellt werden.
Es handelt sich um einen dauerhaften Fehler; es werden keine weiteren Zustellversuche unternommen.

<heike.gerards@example.net>: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
    Antwort des Servers: 552 5.2.2 Mailbox full - quota exceeded

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.
"""
ds = ("Reporting-MTA: dns; mx02.example.net\nX-Postfix-Queue-ID: 4Zk3L81Hq2z9sT\nArrival-Date: %s\n\n"
      "Final-Recipient: rfc822; heike.gerards@example.net\nOriginal-Recipient: rfc822;heike.gerards@example.net\n"
      "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; store3.example.net\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n" % date)
orig = ("Return-Path: <%s>\nReceived: from out1.federal.example.be (out1.federal.example.be [192.0.2.10])\n\tby mx02.example.net with ESMTPS id 4Zk3L81Hq2z9sT; %s\n"
        "Date: Thu, 30 Apr 2026 14:01:58 +0200\nFrom: Beschwerdedienst <%s>\nTo: Heike Gerards <heike.gerards@example.net>\n"
        "Subject: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        % (BOX, date, BOX, ew("[%s] %s" % (T, subj)), ack_id(T)))
M("bounce", "de", "other",
  "Postfix-style DSN in GERMAN (mailbox full, 552 5.2.2) returning our German acknowledgement -> bounce, language de. multipart/report: text/plain UTF-8 QP + message/delivery-status + text/rfc822-headers only; the returned Subject is Q-encoded (ticket still literal inside the encoded word) and the ack Message-ID carries the ticket in lower case.",
  build([("Return-Path", "<>"),
         ("Received", "from mx02.example.net (mx02.example.net [198.51.100.25])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id B0A1C2D3E4; %s" % date),
         ("Date", date), ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx02.example.net")), ("To", BOX),
         ("Subject", ew("Unzustellbar: Nachricht konnte nicht zugestellt werden")),
         ("Message-ID", "<20260430120211.5C1E2A0B7@mx02.example.net>"), ("Auto-Submitted", "auto-replied")],
        multi("report", [text_part(note, charset="utf-8", cte="quoted-printable", params=""),
                         raw_part("Content-Type: message/delivery-status", ds.encode(), ["Content-Description: Delivery report"]),
                         raw_part("Content-Type: text/rfc822-headers", orig.encode(), ["Content-Description: Undelivered Message Headers"])],
              "4Zk3L81Hq2z9sT.1777550531/mx02.example.net", params="; report-type=delivery-status")), refers=T)


# =========================================================================== SPAM

h = """<html><head><style>.btn{background:#003d7a;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px}</style></head>
<body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#003d7a;color:#fff;padding:14px"><b>SPF Mobilit&eacute; &amp; Transports</b> &ndash; Service P&eacute;ages</td></tr>
<tr><td style="padding:18px">
<p>Cher(e) usager(e),</p>
<p>Notre syst&egrave;me a d&eacute;tect&eacute; que votre v&eacute;hicule a circul&eacute; sur le r&eacute;seau autoroutier belge sans <b>vignette &eacute;lectronique 2026</b> valide (passage enregistr&eacute; le 02/05/2026, E40 Bertem).</p>
<p>Afin d'&eacute;viter une <b>amende de 250&nbsp;&euro;</b> et l'ouverture d'un dossier contentieux, veuillez r&eacute;gulariser votre situation dans les <b>48 heures</b> (frais de r&eacute;gularisation : 9,95&nbsp;&euro;).</p>
<p style="text-align:center"><a class="btn" href="https://mobilite-paiement.example.net/vignette/regulariser?id=BE-77120">R&eacute;gulariser maintenant</a></p>
<p style="font-size:11px;color:#888">Dossier n&deg; VIG-2026-447120. Ceci est un message automatique, merci de ne pas y r&eacute;pondre.</p>
</td></tr></table>
<img src="https://trk.mobilite-paiement.example.net/o.gif?u=8812" width="1" height="1" alt="">
</body></html>
"""
M("spam", "fr", "other",
  "PHISHING impersonating the mobility service: fake 'vignette électronique' (no such thing for cars in Belgium), threat of an 'amende', fake 'Dossier n°' -> spam, other (not mobility/police, no appeal). Look-alike domain mobilite-paiement.example.net, display name with the authority's name. HTML-only ISO-8859-1 QP (HTML entities), tracking pixel.",
  build([("Received", received("srv7.mobilite-paiement.example.net", "203.0.113.250", "Sun, 03 May 2026 04:11:19 +0200", "s1")),
         ("Date", "Sun, 03 May 2026 04:11:19 +0200"),
         ("From", addr("SPF Mobilité – Péages", "noreply@mobilite-paiement.example.net")), ("To", BOX),
         ("Subject", ew("Dernier rappel : vignette 2026 non réglée – amende évitable", "utf-8", "b")),
         ("Message-ID", "<%s@mobilite-paiement.example.net>" % _h("s1")[:18])],
        text_part(h, "html", "iso-8859-1", "quoted-printable")))

t = """Dear Complaints Team,

Public bodies across Europe receive 30% more citizen complaints than five years ago - with the same staff.

Join 400+ public-sector leaders at GovService Summit 2026 (Brussels, 16-17 June) and discover how AI-assisted triage cuts complaint handling time by up to 60%:

 * Keynote: "From inbox chaos to citizen trust"
 * Live demo: automatic classification of complaints, appeals and requests in 24 languages
 * Case study: a national tax authority that answers 90% of mails within 48 hours

Early-bird tickets (EUR 590 instead of 890) until 15 May.
Register: https://govservice-summit.example.org/register?src=mail-be-fed

Best regards,
Laura Finch
Partnerships, GovService Summit

You receive this message because your address is listed as a public contact point.
Unsubscribe: https://govservice-summit.example.org/unsubscribe?e=plaintes.klachten%40federal.example.be
"""
M("spam", "en", "other",
  "Conference MARKETING addressed to the 'Complaints Team', full of the words complaint/appeal/requests/tax authority -> spam, other. List-Unsubscribe and Precedence: bulk headers. multipart/alternative us-ascii 7bit plain + UTF-8 QP HTML with tracking pixel.",
  build([("Received", received("mta12.mailer.example.org", "198.51.100.199", "Tue, 28 Apr 2026 10:00:03 +0200", "s2")),
         ("Date", "Tue, 28 Apr 2026 10:00:03 +0200"), ("From", addr("GovService Summit 2026", "events@govservice-summit.example.org")),
         ("To", BOX), ("Subject", "Cut complaint handling time by 60% - GovService Summit, Brussels 16-17 June"),
         ("Message-ID", "<%s@mailer.example.org>" % _h("s2")[:22]), ("Precedence", "bulk"),
         ("List-Unsubscribe", "<https://govservice-summit.example.org/unsubscribe?e=plaintes.klachten%40federal.example.be>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        multi("alternative", [text_part(t, charset="us-ascii", cte="7bit"),
                              text_part("<html><body>" + html_of(t, "p") + '<img src="https://mailer.example.org/t/o.png?c=be-fed" width="1" height="1"></body></html>',
                                        "html", "utf-8", "quoted-printable")], bnd("s2", "java"))))

t = """Sehr geehrte Rentnerin, sehr geehrter Rentner,

bei einer Überprüfung der europäischen Rentenkonten wurde festgestellt, dass Ihnen aus den Jahren 2019–2024 eine NACHZAHLUNG in Höhe von 3.482,17 EUR zusteht (Vorgangsnummer EU-RNT-2026/55821).

Um die Auszahlung zu veranlassen, bestätigen Sie bitte innerhalb von 5 Werktagen Ihre Bankverbindung und Ihre Ausweisnummer über das gesicherte Formular:

https://rentenausgleich-eu.example.com/bestaetigung?v=55821

Ohne Bestätigung verfällt Ihr Anspruch endgültig.

Mit freundlichen Grüßen
Dr. Klaus Wendt
Europäische Rentenausgleichsstelle – Abteilung Benelux
"""
M("spam", "de", "other",
  "PENSION SCAM ('Nachzahlung' from a fake European pension office, asks for bank details and ID) with a fake 'Vorgangsnummer' -> spam, other, not pensions. text/plain UTF-8 base64, Q-encoded UTF-8 subject, To: undisclosed-recipients.",
  build([("Received", received("vps31.example.com", "203.0.113.133", "Sat, 18 Apr 2026 02:47:50 +0200", "s3")),
         ("Date", "Sat, 18 Apr 2026 02:47:50 +0200"), ("From", addr("Rentenausgleichsstelle", "info@rentenausgleich-eu.example.com")),
         ("To", "undisclosed-recipients:;"), ("Subject", ew("Ihre Rentennachzahlung 3.482,17 EUR – Bestätigung erforderlich")),
         ("Message-ID", "<%s@vps31.example.com>" % _h("s3")[:16]), ("Reply-To", "rentenausgleich.benelux@example.com")],
        text_part(t, charset="utf-8", cte="base64")))


# =========================================================================== WRITE + CHECK

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
ACK_KINDS = {"complaint", "appeal", "information_request"}
TICKET = re.compile(r"^PLT-\d{4}-\d{6}$")
ALLOWED = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
EMAIL_RE = re.compile(r"[\w.+%-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([\w.-]+)", re.I)
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:be|com|org|net|test|eu|de|nl|fr|lu|io|uk|ie|info))\b", re.I)


def decoded_text(msg):
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append("%s: %s" % (k, v))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype.startswith("text/"):
            try:
                chunks.append(part.get_content())
            except Exception as e:  # noqa
                chunks.append(part.get_payload(decode=True).decode("latin-1"))
    return "\n".join(chunks)


def check(path, lab, errors):
    raw = open(path, "rb").read()
    for i, line in enumerate(raw.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            errors.append("%s: line %d longer than 998 octets" % (lab["file"], i + 1))
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    if msg.defects:
        errors.append("%s: top-level defects %r" % (lab["file"], msg.defects))
    text = decoded_text(msg)
    k, c = lab["kind"], lab["category"]
    if k not in KINDS or lab["language"] not in LANGS or c not in CATS:
        errors.append("%s: invalid label value" % lab["file"])
    if lab["acknowledge"] != (k in ACK_KINDS):
        errors.append("%s: acknowledge inconsistent" % lab["file"])
    if k in ("auto_reply", "bounce", "spam") and c != "other":
        errors.append("%s: %s must be category other" % (lab["file"], k))
    if k == "follow_up" and not lab["refers_to"]:
        errors.append("%s: follow_up without refers_to" % lab["file"])
    if lab["refers_to"]:
        if not TICKET.match(lab["refers_to"]):
            errors.append("%s: bad ticket format" % lab["file"])
        if lab["refers_to"] not in text:
            errors.append("%s: refers_to %s not in message" % (lab["file"], lab["refers_to"]))
    hay = text + "\n" + raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("latin-1")
    hosts = set(EMAIL_RE.findall(hay)) | set(URL_RE.findall(hay)) | set(HOST_RE.findall(hay))
    for host in hosts:
        host = host.rstrip(".").lower()
        if not ALLOWED.search(host):
            errors.append("%s: non-example domain %s" % (lab["file"], host))
    if msg["From"] is None or msg["Subject"] is None:
        errors.append("%s: missing From/Subject" % lab["file"])


def main():
    order = list(range(len(MESSAGES)))
    random.Random(SEED).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fn = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(m["data"])
        labels.append({"file": fn, "kind": m["kind"], "language": m["language"], "category": m["category"],
                       "acknowledge": m["kind"] in ACK_KINDS, "refers_to": m["refers_to"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    errors = []
    for lab in labels:
        check(os.path.join(HERE, lab["file"]), lab, errors)
    for e in errors:
        print("ERROR:", e)
    print("%d messages written, %d errors" % (len(labels), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
