#!/usr/bin/env python3
"""Generate the h3b evaluation corpus (standard library only, deterministic).

Voice: young people, students, expats, new residents and cross-border workers writing
short, impatient, phone-typed mails, often mixing languages.

    python3 generate.py      # rewrites h3b-001.eml ... and labels.json, then validates
"""
import base64
import email
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email import policy
from email.parser import BytesParser

SEED = 31337
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h3b"
BOX = "plaintes.klachten@federal.example.be"
ACK_FROM = '"SPF/FOD - Plaintes / Klachten" <plaintes.klachten@federal.example.be>'

# --------------------------------------------------------------------------- helpers


def ew(s, cs="utf-8", enc="Q", chunk=18):
    """RFC 2047 encoded words, split in chunks and folded."""
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(cs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(piece).decode()))
        else:
            out = []
            for ch in piece:
                c = chr(ch)
                if c == " ":
                    out.append("_")
                elif ch < 128 and (c.isalnum() or c in "!*+-/"):
                    out.append(c)
                else:
                    out.append("=%02X" % ch)
            words.append("=?%s?Q?%s?=" % (cs, "".join(out)))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8", enc="Q"):
    if name is None:
        return "<%s>" % mail
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs, enc, chunk=40), mail)
    if re.search(r'[,.()<>@:;"\[\]]', name):
        return '"%s" <%s>' % (name, mail)
    return "%s <%s>" % (name, mail)


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def textpart(text, sub="plain", cs="utf-8", cte="quoted-printable", params="", disp=None):
    if not text.endswith("\n"):
        text += "\n"
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (sub, cs, params, cte)
    if disp:
        h += disp + "\n"
    return h.encode() + b"\n" + enc_body(text, cs, cte)


_bstyles = ["----=_Part_%d_%d.%d", "Apple-Mail=_%08X-%04X-%04X", "_%03d_Mail%06d_%d_", "=-%d%d%d="]


def boundary():
    st = rng.choice(_bstyles)
    if "%08X" in st:
        return st % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16))
    return st % (rng.randint(1, 999), rng.randint(100000, 999999), rng.randint(1000, 99999))


def multipart(sub, parts, extra="", preamble=None):
    b = boundary()
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, b, extra)).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += ("--%s\n" % b).encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def attach(ctype, filename, data):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n\n' % (ctype, filename, filename))
    return h.encode() + base64.encodebytes(data)


def rfc822part(inner, disp="attachment"):
    return b"Content-Type: message/rfc822\nContent-Disposition: " + disp.encode() + b"\n\n" + inner


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1") + rng.randbytes(300)


def fake_jpg(n=900):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rng.randbytes(n) + b"\xff\xd9"


def html_of(text, sig_style=False):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr">']
    for p in paras:
        out.append("<div>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + "</div><div><br></div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def received(helo, ip, date, qid, by="mx1.federal.example.be"):
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, by, qid, BOX, date))


def build(headers, body, crlf=False, mime=True):
    h = "".join("%s: %s\n" % (k, v) for k, v in headers)
    data = h.encode("utf-8") + (b"MIME-Version: 1.0\n" if mime else b"") + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def std_headers(frm, subject, date, mid, ip, helo, extra=(), to=BOX, qid=None):
    qid = qid or "%X" % rng.getrandbits(40)
    return [("Return-Path", "<%s>" % re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm),
            ("Received", received(helo, ip, date, qid)),
            ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
            ("Message-ID", mid)] + list(extra)


def ack_mid(t):
    return "<ack.%s@federal.example.be>" % t.lower()


ENTRIES = []


def add(data, kind, language, category, refers_to, notes):
    ENTRIES.append((data, dict(kind=kind, language=language, category=category,
                               acknowledge=kind in ("complaint", "appeal", "information_request"),
                               refers_to=refers_to, notes=notes)))


# =========================================================================== COMPLAINTS

# C1 en mobility - driving licence exchange, Dutch words
t = """3 months ago i handed in my indian licence at the gemeente loket for the exchange to a belgian rijbewijs. they said it goes to "federal" for a check with the embassy and takes 4-6 weeks. its now 13 weeks.

So i have NO licence at all, not the indian one not the belgian one. i cant drive to work (Zaventem, no bus at 5am) and my manager is losing patience with me.

gemeente says "we wachten op de FOD". the number on your website plays music 20 min and then hangs up, tried 6 times. mail to the info adress = automatic answer and then nothing.

can someone just tell me where my licence is?? its a physical document i own, it cant just disappear
dossier nr at the gemeente: RB/2026/0381 if that helps

Arjun
sent from phone sorry for typos
"""
add(build(std_headers(addr("Arjun Raghavan", "arjun.raghavan@example.com"), "driving licence exchange 3 months??",
                      "Tue, 19 May 2026 07:42:11 +0200", "<CAJ8x0q1Hh2-kLm0tR4pQ@mail.example.com>",
                      "198.51.100.23", "mail-ot1.example.com", [("User-Agent", "K-9 Mail for Android")]),
          textpart(t, cte="8bit")),
    "complaint", "en", "mobility", None,
    "Expat (Indian licence) complains that the DRIVING LICENCE EXCHANGE has been stuck for 13 weeks and nobody is reachable; the service is never named (only 'federal'/'FOD' and Dutch words gemeente/rijbewijs) -> mobility. Ends with a question but dominant intent is complaint. Mixed EN/NL, language en. text/plain UTF-8 8bit, all lower-case phone style.")

# C2 fr police - roadside check, conduct
t = """samedi 16 mai vers 1h du mat, sortie du parking du festival, contrôle de la route. moi j'étais passagère, ma pote conduisait (0,00 au souffleur d'ailleurs).

Le gars du contrôle, grand, crâne rasé, m'a demandé de fouiller mon sac. ok. Mais il a tout vidé sur le capot devant tout le monde, mes médocs, mes tampons, en commentant à voix haute pour faire rire son collègue. Quand j'ai demandé son nom il a rigolé : "t'inquiète la petite, tu me reverras pas". Son collègue regardait sans rien dire.

On n'avait rien fait. Franchement je me suis sentie humiliée, j'ai pleuré tout le trajet.

Je veux porter plainte contre ce comportement. C'est à vous qu'il faut écrire ou à un comité machin ? personne sait me dire.

Inès B.
(la plaque de la combi je l'ai pas, c'était la blanche et bleue garée à côté de la sortie B)
"""
add(build(std_headers(addr("Inès Bakkali", "ines.bakk@example.net", "utf-8", "B"), ew("contrôle au festival, inadmissible", "utf-8", "Q"),
                      "Sun, 17 May 2026 14:05:37 +0200", "<CAHk3pQ9vZr+Y1w@mail.example.net>",
                      "203.0.113.45", "mail-lf1.example.net"),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")])),
    "complaint", "fr", "police", None,
    "Police CONDUCT during a roadside check ('le gars du contrôle', bag emptied in public, mocking remark); the word 'police' never appears, only 'contrôle', 'souffleur', 'combi' -> police. Ends with a question about where to complain but dominant intent is complaint. Gmail multipart/alternative UTF-8 QP; B-encoded display name, Q-encoded subject.")

# C3 nl unemployment - app / unemployment card
t = """ik moet elke maand mijn kaart invullen in de app anders krijg ik niks. sinds 3 weken: "er ging iets mis, probeer later opnieuw". later opnieuw = zelfde foutmelding.

papieren kaart gevraagd aan de hulpkas -> "gebruik de app". bij de RVA zeggen ze "bel de hulpkas". lol

april is dus niet uitbetaald en ik moet 1 juni mijn huur betalen (520 euro). ik ben 22, ik heb geen reserves.
kan iemand van jullie die twee eens met elkaar laten bellen ipv mij van de ene naar de andere te sturen

screenshot kan ik sturen als het moet

Jens Verhulst

Verstuurd vanaf mijn iPhone
"""
add(build(std_headers(addr("Jens Verhulst", "jensv03@example.com"), "app stempelkaart werkt al 3 weken niet!!!",
                      "Mon, 25 May 2026 23:51:02 +0200", "<7F1A22C4-9B0E-4C77-A1D2-5E0F3B9C1D44@example.com>",
                      "198.51.100.77", "smtp.example.com", [("X-Mailer", "iPhone Mail (21F90)")]),
          textpart(t, params="; format=flowed", cte="quoted-printable")),
    "complaint", "nl", "unemployment", None,
    "App for the monthly unemployment control card ('stempelkaart', 'de kaart') broken, April not paid, ping-pong between payment body (hulpkas = HVW/CAPAC) and RVA -> unemployment complaint. Late-night iPhone mail, text/plain UTF-8 QP format=flowed.")

# C4 de foreign_affairs - embassy unreachable after theft, HTML only base64
t = """Ich bin Erasmus-Studentin aus St. Vith, zurzeit in Krakau. Am 2. Mai wurde mir mein Rucksack mit Reisepass und Personalausweis geklaut (Anzeige bei der polnischen Polizei ist gemacht, hab ich schriftlich).

Ich brauche irgendein Reisedokument, um am 12. Juni heimzufahren. Seit 10 Tagen versuche ich, die Botschaft zu erreichen:
- Telefon: Bandansage nur auf Französisch und Niederländisch, dann besetzt
- Mail an die Adresse auf der Website: keine Antwort
- Online-Termin: "keine Termine verfügbar" bis August

Meine Mutter hat beim Ministerium in Brüssel angerufen, da hieß es "wenden Sie sich an die Botschaft". Super, danke.

Ich bin belgische Staatsbürgerin und hab doch ein Recht auf Hilfe?? Bitte dringend melden, ich bin echt verzweifelt.

Lea Kessler
+48 500 000 118
"""
h = ('<html><head><style>body{font-family:Arial,sans-serif;font-size:14px}</style></head><body>\n'
     + "\n".join("<p>%s</p>" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))
     + '\n<p style="color:#888">Von meinem Smartphone gesendet</p></body></html>\n')
add(build(std_headers(addr("Lea Kessler", "lea.kessler@example.org"), ew("Notpass / Botschaft – niemand erreichbar", "utf-8", "Q"),
                      "Thu, 21 May 2026 09:12:48 +0200", "<1716275568.55213@webmail.example.org>",
                      "192.0.2.131", "out.webmail.example.org"),
          textpart(h, "html", "utf-8", "base64")),
    "complaint", "de", "foreign_affairs", None,
    "Embassy abroad unreachable for an emergency travel document; 'geklaut' and 'Polizei' (Polish police report) are context, not a police complaint -> foreign_affairs. HTML-only UTF-8 base64 with <style>, Q-encoded subject with en dash.")

# C5 en social_security - CPAS social worker forwards citizen's mail as message/rfc822
inner_t = """Hello Sophie, this is what i want to say to them, please send it for me.

My husband Tomás had the accident at work in october, since then he cannot walk without the crutches and the doctor of the mutuelle said he cannot work anymore, minimum 1 year. In january he was seen by another doctor, the one from the "handicap" administration (i dont know the name, the letter has a logo with blue circle). They said ok, he will receive the money for his disability. That was in february.

Now it is end of may and we got NOTHING. Not one euro.

I called 11 times. Always "your file is in treatment". One lady told me the dossier is "incomplet", the other one told me everything is there. Which one is true??

We have two kids, i work part-time in cleaning, it is not enough for the rent. We dont ask a gift, they decided already, just pay it please.

Lucía Ortega
rue des Glycines 14, 4020 Liège
"""
inner = build([("Date", "Wed, 27 May 2026 20:14:09 +0200"),
               ("From", addr("Lucía Ortega", "lucia.ortega.m@example.com")),
               ("To", addr("Sophie Lambrecht", "s.lambrecht@cpas-glycines.example.be")),
               ("Subject", "my husband money"),
               ("Message-ID", "<CAB9Lq0sO7wR2@mail.example.com>")],
              textpart(inner_t, cte="quoted-printable"))
outer_t = """Bonjour,

Je vous transmets en pièce jointe le courriel de Mme Ortega, que j'accompagne au CPAS. Elle a préféré l'écrire elle-même en anglais. Merci de lui répondre directement (lucia.ortega.m@example.com), elle lit difficilement le français.

Cordialement,

Sophie Lambrecht
Assistante sociale - Service social général
CPAS (commune fictive des Glycines)
"""
add(build(std_headers(addr("Sophie Lambrecht", "s.lambrecht@cpas-glycines.example.be"), "TR: plainte Mme Ortega - allocation de son mari",
                      "Thu, 28 May 2026 10:03:55 +0200", "<5c1e0a7d9b2f4e11@cpas-glycines.example.be>",
                      "198.51.100.14", "smtp.cpas-glycines.example.be", [("X-Mailer", "Microsoft Outlook 16.0")]),
          multipart("mixed", [textpart(outer_t, cs="iso-8859-1", cte="quoted-printable"), rfc822part(inner)])),
    "complaint", "en", "social_security", None,
    "Written FOR SOMEONE ELSE: a CPAS social worker forwards (message/rfc822) the citizen's own English mail; complainant and language = inner message (en), outer covering note is French. 'the money for my husband's disability' never names the service; recognition decided, not paid for 4 months -> social_security complaint (decision not contested). Outer text/plain ISO-8859-1 QP.")

# C6 fr taxes - advance payment vanished, windows-1252 QP
t = """je suis graphiste indépendant complémentaire depuis septembre (à côté de mon master). Mon comptable m'a dit de faire un versement anticipé pour éviter la majoration, j'ai payé 1.200 € le 8 avril sur le compte indiqué avec la communication structurée qu'on m'a donnée.

Sur MyMinfin : rien. 0,00 €. Ça fait 7 semaines.

J'ai appelé le numéro 4 fois : "tous nos agents sont occupés", raccroché au bout de 25 min. Le chat du site me répond des trucs sur la déclaration, aucun rapport. Formulaire de contact envoyé le 22/04 : pas de réponse.

Honnêtement pour quelqu'un qui débute c'est décourageant… on fait les choses bien et l'argent s'évapore.

Vous l'avez reçu oui ou non ? Je peux envoyer la preuve de virement (compte BE00 0637 4411 2290).

Maxime Dury
"""
add(build(std_headers(addr("Maxime Dury", "max.dury.design@example.com"), ew("Versement anticipé disparu ??", "windows-1252", "Q"),
                      "Wed, 27 May 2026 16:22:40 +0200", "<000a01dcb2c1$7d3e1a20$77ba5e60$@example.com>",
                      "203.0.113.88", "smtp.example.com", [("X-Mailer", "Microsoft Outlook 16.0")]),
          textpart(t, cs="windows-1252", cte="quoted-printable")),
    "complaint", "fr", "taxes", None,
    "Young freelancer's ADVANCE PAYMENT (versement anticipé) not visible for 7 weeks + unreachable helpdesk; 'majoration' is a feared surcharge, nothing contested; ends with a question but dominant intent is complaint -> taxes. text/plain windows-1252 QP (euro sign, ellipsis), windows-1252 Q-encoded subject.")

# C7 nl pensions - grandson for grandmother, survivor pension never named
t = """ik schrijf voor mijn oma, Maria Wouters (81). zij heeft geen computer en hoort slecht aan de telefoon.

Mijn opa is in februari gestorven. In maart kreeg oma een brief dat ze niks moest aanvragen, "dat gebeurt automatisch". Ok.

Nu is het eind mei. Opa zijn geld is natuurlijk gestopt en oma krijgt alleen haar eigen klein pensioentje van 690 euro. Ze heeft huur en de thuisverpleging te betalen.

Ik heb 3x gebeld:
1) 45 min wachten, opgelegd
2) een mevrouw die zei "daar kan ik geen info over geven want u bent niet de gerechtigde" (oma zat NAAST mij en zei ja in de telefoon!!)
3) "dossier in behandeling"

Sorry maar dit is belachelijk. Het moest toch automatisch gaan, dat stond in jullie eigen brief.

rijksregisternr oma: 44.11.03-208.51
Dorpsplein 9, 2460 Lichtaart

Robbe Claes (kleinzoon)
0470 00 00 18
"""
add(build(std_headers(addr("Robbe Claes", "robbe.claes@example.be"), "voor mijn oma (Maria Wouters) - geld van opa",
                      "Fri, 29 May 2026 12:31:17 +0200", "<CAMr7d1aQ@mail.example.be>",
                      "192.0.2.200", "mail-yw1.example.be"),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")])),
    "complaint", "nl", "pensions", None,
    "Grandson writes FOR his grandmother: the survivor's share of the late grandfather's pension ('geld van opa') not paid although announced as automatic, rude/unhelpful phone answers -> pensions complaint; the word 'pensioen' only appears for her own small pension. Gmail multipart/alternative UTF-8 QP.")

# C8 nl other - federal building access for recruitment exam
t = """Gisteren (28/5) had ik mijn selectie-examen voor een job bij de federale overheid, in jullie gebouw aan het station. Ik loop momenteel met krukken (gescheurde kruisband).

- hoofdingang: draaipoortjes, daar kom je met krukken niet door
- "rolstoelingang" aan de zijkant: dicht, bel werkt niet
- security zei "wachten tot iemand u komt halen". 25 min buiten gestaan in de regen, te laat binnen, examen was al bezig, geen extra tijd gekregen.

Ik vraag niet om mijn resultaat te herzien hoor (ben trouwens geslaagd, lol), maar dit is gewoon niet oké voor een overheidsgebouw in 2026. Er komen daar ook mensen in een rolstoel.

Fien Desmet
doctoraatsonderzoeker
"""
add(build(std_headers(addr("Fien Desmet", "fien.desmet@example.org"), "toegang gebouw = onmogelijk met krukken",
                      "Fri, 29 May 2026 08:47:03 +0200", "<a81f33e0-2c7d-4b8b-9e55-0d14c9a0f6b2@example.org>",
                      "198.51.100.160", "smtp.example.org", [("User-Agent", "Mozilla Thunderbird")]),
          textpart(t, cs="iso-8859-1", cte="8bit")),
    "complaint", "nl", "other", None,
    "Physical ACCESS to a federal building for a recruitment exam (turnstiles, closed accessible entrance); explicitly does not contest the exam result -> complaint, category other (none of the seven domains). text/plain ISO-8859-1 8bit.")

# C9 de mobility - number plate not delivered, hotline
t = """Ich habe am 6. Mai über meine Versicherung die Zulassung für mein Auto beantragt (Gebrauchtwagen, privat gekauft in Eupen). Laut Versicherung ist die Zulassung durch, das Kennzeichen sollte "in 2-3 Werktagen" per Post kommen.

Heute ist der 27. Mai: nichts. Die Post sagt Sendung unbekannt. Bei der Hotline komme ich nur auf Französisch oder Niederländisch weiter, und als ich auf Deutsch gefragt habe, hat der Herr "je ne comprends pas" gesagt und aufgelegt.

Ich pendle jeden Tag nach Aachen, jetzt mit Bus + Zug 2 Std. statt 30 Min. Das Auto steht vor der Tür und ich darf nicht fahren.

Wer ist zuständig? Und warum bekommt man in Ostbelgien keine Auskunft auf Deutsch??

Gruß
Tim Heinen
"""
add(build(std_headers(addr("Tim Heinen", "tim.heinen@example.be"), ew("Kennzeichen seit 3 Wochen nicht da - Hotline legt auf", "iso-8859-1", "Q"),
                      "Wed, 27 May 2026 19:08:26 +0200", "<20260527170826.4411@example.be>",
                      "192.0.2.71", "mail.example.be"),
          textpart(t, cs="iso-8859-1", cte="quoted-printable")),
    "complaint", "de", "mobility", None,
    "Cross-border commuter: NUMBER PLATE never delivered after registration and hotline hangs up on a German speaker; vehicle registration service never named ('Hotline', 'Zulassung') -> mobility complaint that also asks who is responsible. text/plain ISO-8859-1 QP, ISO-8859-1 Q-encoded subject.")

# C10 fr foreign_affairs - legalisation counter closed, HTML only QP
t = """Je devais faire mettre le cachet sur l'acte de naissance de ma fille (2 ans) pour notre déménagement à Kinshasa en juillet.

Votre site dit : guichet ouvert du lundi au vendredi 9h-12h sans rdv. Je prends congé, je viens de Namur en train avec la petite, j'arrive à 10h15 : porte fermée, une feuille A4 "guichet exceptionnellement fermé, prenez rendez-vous en ligne". Le système de rdv : premier créneau le 2 juillet. On part le 5 !!

Le vigile était sympa mais pouvait rien faire. Personne à l'accueil.

Sérieux, si c'est fermé mettez-le sur le site, c'est pas compliqué. J'ai perdu un jour de congé + 30 € de train pour rien.

Il y a une solution en urgence ou pas ? Svp répondez vite

Clara
"""
h = ('<html><body style="font-family:Helvetica">\n'
     + "\n".join("<div>%s</div><br>" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))
     + '\n<div><br></div><div>Envoyé depuis mon mobile Galaxy</div></body></html>\n')
add(build(std_headers(addr("Clara Nsimba", "clara.nsimba@example.com"), ew("légalisation acte naissance - guichet fermé !!!", "utf-8", "B"),
                      "Tue, 26 May 2026 13:40:59 +0200", "<m2.8b1c40f2.1779@mobile.example.com>",
                      "203.0.113.9", "mobile.example.com"),
          textpart(h, "html", "utf-8", "quoted-printable")),
    "complaint", "fr", "foreign_affairs", None,
    "'le cachet sur l'acte de naissance de ma fille' for abroad = LEGALISATION by Foreign Affairs, never named; counter closed contrary to the website -> foreign_affairs complaint ending with an urgent question. HTML-only UTF-8 QP from a phone, B-encoded subject.")

# C11 nl police - railway station ID check, handcuffs; CRLF
t = """Vrijdag 22/5 rond 18u in Brussel-Noord, ik kwam van mijn stage. 3 agenten (spoorwegpolitie denk ik, fluohesjes met POLICE op) vroegen mijn ID. Portefeuille vergeten, ik heb mijn naam en geboortedatum gegeven en gezegd dat ik mijn kaart op de app heb -> "c'est pas valable, monsieur".

Ok, maar dan handboeien?? 20 minuten met mijn gezicht tegen de muur, gsm afgepakt, iedereen die passeert staat te kijken. Daarna even op de computer gecheckt en "c'est bon, vous pouvez y aller". Geen sorry, geen uitleg, geen naam, geen nummer.

Ik ben 24, blanco strafblad, ik studeer rechten (dus ik weet ongeveer wat mag en wat niet). Dit was niet proportioneel.

Ik wil dat dit als klacht geregistreerd wordt. Graag een ontvangstbevestiging en de naam van de dienst die het behandelt.

Yassine El Ouardi
"""
add(build(std_headers(addr("Yassine El Ouardi", "yassine.elouardi@example.net"), "ID controle station, handboeien voor niks",
                      "Sat, 23 May 2026 10:15:44 +0200", "<20260523081544.GA2291@example.net>",
                      "198.51.100.201", "smtp.example.net", [("User-Agent", "Mutt/2.2.12")]),
          textpart(t, cte="quoted-printable"), crlf=True),
    "complaint", "nl", "police", None,
    "Police CONDUCT (railway police handcuffing during an ID check). MIXED NL with French quotes of the officers -> language nl. Explicitly asks for an acknowledgement. text/plain UTF-8 QP, CRLF line endings.")

# C12 en taxes - refund 18 months, English refused
t = """I'm an American living in Gent since 2023. My aanslagbiljet for income 2023 said I get EUR 1.486,20 back. That was December 2024. It is now May 2026.

Called the number on the letter twice. First time the agent said "we only speak Dutch or French" and hung up. I'm sorry but I pay my taxes here too.
Second time (with a Flemish colleague translating) we were told the refund is "blocked for verification" and I'd get a letter. No letter.

I'm not contesting the amount, I just want the money your own letter says is mine, or at least an explanation in a language I can read.

Is there ANY English-speaking contact at the FOD Financiën?

Megan Holloway
RRN 93.07.21-486.12
"""
add(build(std_headers(addr("Megan Holloway", "megan.holloway@example.com"), "tax refund 18 months late + helpdesk refused to speak English",
                      "Mon, 18 May 2026 21:33:05 +0200", "<BN8PR04MB6233A1F0@outlook.example.com>",
                      "192.0.2.58", "mail-bn8.outlook.example.com", [("X-MS-Has-Attach", ""), ("Thread-Topic", "tax refund 18 months late + helpdesk refused to speak English")]),
          multipart("alternative", [textpart(t.replace("Financiën", "Financien"), cs="us-ascii", cte="7bit"),
                                    textpart(html_of(t), "html", "utf-8", "quoted-printable")])),
    "complaint", "en", "taxes", None,
    "Expat: tax REFUND 18 months late and agent refused English; explicitly 'not contesting the amount' -> complaint, not appeal; Dutch word aanslagbiljet. Outlook multipart/alternative: us-ascii 7bit plain + UTF-8 QP HTML.")

# C13 de social_security - cross-border worker S1, base64
t = """Ich wohne in Aachen und arbeite seit Januar in Eupen (Lager, Vollzeit). Meine deutsche Krankenkasse sagt, ich brauche das Formular S1 aus Belgien, sonst bin ich ab Juli dort nicht mehr versichert.

Die belgische Krankenkasse ("mutualité") sagt: das S1 kommt vom INAMI. Beim INAMI heißt es: "c'est la mutuelle qui délivre le formulaire". So dreh ich mich seit März im Kreis.

Letzte Woche Zahnarzt, Rechnung 340 €, und keiner will zahlen.

Ich bin 24 und Grenzgänger, mir wird hier der volle Sozialbeitrag vom Lohn abgezogen. Dass mir niemand sagen kann, wer zuständig ist, ist nicht normal. Klären Sie das bitte intern und sagen Sie mir, wer das S1 ausstellt.

Kevin Schmitz
"""
add(build(std_headers(addr("Kevin Schmitz", "k.schmitz.ac@example.net"), "S1 / Krankenkasse - seit Monaten im Kreis geschickt",
                      "Sun, 24 May 2026 18:02:12 +0200", "<d1e9b7a2-55aa-4f0c-8c1e-7a0b3c2d9e11@example.net>",
                      "203.0.113.140", "mx-out.example.net"),
          textpart(t, cte="base64")),
    "complaint", "de", "social_security", None,
    "Cross-border worker sent back and forth between his Belgian health fund and INAMI for the S1 form; French quote inside German text (language de); complaint that also asks who is responsible -> social_security. text/plain UTF-8 base64.")

# C14 fr pensions - daughter for mother in Portugal, iso-8859-1 QP
t = """Je vous écris pour ma mère, Jeanine Pirotte, pensionnée depuis 2021, installée au Portugal depuis février (près de Faro).

Elle a communiqué son nouveau compte (portugais) en janvier via le formulaire, ET par recommandé en mars. Son ancien compte belge a été clôturé fin mars.

Résultat : la pension d'avril et de mai a été versée sur le compte clôturé. La banque dit qu'elle vous a renvoyé l'argent, vous dites que vous n'avez rien reçu. Ça fait deux mois qu'elle vit sur ses économies.

En plus on lui envoie des courriers en néerlandais alors que son dossier a toujours été en français.

Je travaille à Luxembourg, je ne peux pas passer mes journées au téléphone. Merci de faire le nécessaire et de m'indiquer quand les montants seront reversés.

Laura Pirotte (sa fille)
N° de pension : 2 210 448 913
"""
add(build(std_headers(addr("Laura Pirotte", "laura.pirotte@example.com"), ew("Pension maman payée sur compte clôturé", "iso-8859-1", "Q"),
                      "Thu, 28 May 2026 07:55:31 +0200", "<4f2a9c10.7d31@example.com>",
                      "192.0.2.17", "smtp.example.com", [("User-Agent", "Roundcube Webmail/1.6.6")]),
          textpart(t, cs="iso-8859-1", cte="quoted-printable")),
    "complaint", "fr", "pensions", None,
    "Daughter (cross-border worker in Luxembourg) writes for her mother living in Portugal: pension paid to a closed account after a notified change + letters in the wrong language -> pensions complaint (no decision contested). text/plain ISO-8859-1 QP, ISO-8859-1 Q-encoded subject.")

# C15 nl other - statistics survey, via web form
msg = """ik ben ad random gekozen voor een "enquete naar de arbeidskrachten" of zoiets. prima, ik heb 1x meegedaan. nu al de 4e brief dat het verplicht is met een boete "tot ..." en vorige dinsdag stond er om 21u45 een interviewer aan de deur terwijl ik met mijn kotgenoten voor examens zat te blokken. serieus?? 21u45??
ik heb gezegd dat ik al meegedaan heb, hij zei dat het "een nieuwe golf" is. niemand heeft dat ooit uitgelegd.
hoe lang gaat dit nog duren en stop aub met dreigen met boetes"""
plain = """Nieuwe inzending via het klachtenformulier / Nouvelle soumission via le formulaire de plainte

Formulier-ID : 58213
Ingediend op : 26/05/2026 22:17
Taal / Langue : NL

Naam / Nom : Kobe Martens
E-mail : kobe.martens@example.be
Telefoon / Téléphone : -
Betreft / Concerne : Andere / Autre
Bericht / Message :
%s

-- 
Dit bericht werd automatisch gegenereerd. Antwoord naar het adres van de indiener (Reply-To).
""" % msg
rows = [("Formulier-ID", "58213"), ("Ingediend op", "26/05/2026 22:17"), ("Taal / Langue", "NL"),
        ("Naam / Nom", "Kobe Martens"), ("E-mail", "kobe.martens@example.be"), ("Betreft / Concerne", "Andere / Autre"),
        ("Bericht / Message", htmlmod.escape(msg, quote=False).replace("\n", "<br>\n"))]
h = ('<html><body><h3>Nieuwe inzending / Nouvelle soumission</h3>\n<table border="1" cellpadding="4">\n'
     + "\n".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>" % r for r in rows) + "\n</table></body></html>\n")
add(build([("Return-Path", "<no-reply-webform@federal.example.be>"),
           ("Received", "from web03.federal.example.be (web03.federal.example.be [10.20.4.13])\n\tby mx1.federal.example.be (Postfix) with ESMTP id 4W2kq7\n\tfor <%s>; Tue, 26 May 2026 22:17:09 +0200" % BOX),
           ("Date", "Tue, 26 May 2026 22:17:09 +0200"),
           ("From", '"Webformulier / Formulaire web" <no-reply-webform@federal.example.be>'),
           ("Reply-To", addr("Kobe Martens", "kobe.martens@example.be")),
           ("To", BOX), ("Subject", "Klachtenformulier - nieuwe inzending #58213"),
           ("Message-ID", "<webform.58213@federal.example.be>")],
          multipart("alternative", [textpart(plain), textpart(h, "html")])),
    "complaint", "nl", "other", None,
    "WEB-FORM notification (citizen in Reply-To and form fields): student complains about a federal STATISTICS survey (repeated threatening letters, interviewer at 21:45); 'boete' is the survey's threatened fine, not police; ends with a question -> complaint, other. Bilingual NL/FR form labels, citizen text NL. multipart/alternative UTF-8 QP.")

# =========================================================================== APPEALS

# A1 fr police - speeding fine, rental car returned before
t = """J'ai reçu une amende pour excès de vitesse (E411, 137 km/h, le 3 avril à 16h52).

Problème : c'était une voiture de location et je l'avais rendue le 3 avril à 11h à l'agence de Wavre. J'ai le reçu de retour avec l'heure et le kilométrage. Le flash c'est le client d'après, pas moi.

Je suis étudiant, 174 € c'est mon budget bouffe du mois.

Merci d'annuler l'amende à mon nom et de la renvoyer à l'agence pour qu'ils désignent le bon conducteur. Je joins rien parce que votre formulaire en ligne plante à l'upload, dites-moi où envoyer le reçu.

Réf sur le courrier : 1/WAV/2026/441902

Thomas Gillet
"""
add(build(std_headers(addr("Thomas Gillet", "thomas.gillet@example.net"), "amende vitesse - c'était pas moi (voiture de location)",
                      "Mon, 11 May 2026 11:26:38 +0200", "<CAF0oO2vTg@mail.example.net>",
                      "198.51.100.93", "mail-qk1.example.net"),
          textpart(t, cte="8bit")),
    "appeal", "fr", "police", None,
    "Contests a SPEEDING FINE (car already returned to the rental agency) and asks to cancel it, no legal word -> appeal, category police; the broken upload form is a side grumble. text/plain UTF-8 8bit.")

# A2 en police - phone-in-holder fine, bezwaar, JPG
t = """I got stopped 12 May on the ring near Antwerpen by police on motorbike. They said I used my phone while driving and I had to pay immediately 174 euro by card (onmiddellijke inning). I paid because they said otherwise the car stays there.

But my phone was in the holder on the dashboard, i only touched the screen one time to accept the route in the navigation. This is allowed i think? The officer did not want to listen.

I want to make bezwaar against this fine and get my money back. Photo of the holder in attachment.

I am from Poland, I work here 3 years as electrician, never had any problem.
Reference on the receipt: OI-2026-AN-77310

Paweł Nowicki
"""
add(build(std_headers(addr("Paweł Nowicki", "pawel.nowicki@example.com", "utf-8", "B"), "contest fine - phone was in holder (GPS)",
                      "Wed, 13 May 2026 06:48:20 +0200", "<CAPn0w1ck1x7@mail.example.com>",
                      "203.0.113.61", "mail-wr1.example.com"),
          multipart("mixed", [textpart(t), attach("image/jpeg", "IMG_20260512_0811.jpg", fake_jpg())])),
    "appeal", "en", "police", None,
    "Contests an immediately-collected TRAFFIC FINE (phone in holder) with the Dutch legal word 'bezwaar' inside English text; 'officer did not want to listen' is secondary -> appeal, police. multipart/mixed: text/plain UTF-8 QP + JPG; B-encoded display name.")

# A3 nl taxes - bezwaarschrift, student job counted twice, PDF
t = """Ik wil bezwaar indienen tegen mijn aanslagbiljet (inkomsten 2024, aj 2025), ontvangen op 12/5.

Mijn studentenjob staat er 2x in: één keer via de fiche van het interimkantoor en één keer via de winkel zelf. Maar het is hetzelfde werk (zelfde periode juli-augustus, zelfde 3.412 euro). Daardoor moet ik 611 euro betalen ipv 0.

In bijlage de 2 fiches + de mail van het interimkantoor waarin ze toegeven dat het hun fout was.

Kan dit aub gecorrigeerd worden? Ik weet niet of dit het juiste adres is voor een bezwaarschrift, de website is niet duidelijk. Stuur het anders door aub.

Nore Vandamme
nat. nr. 03.02.14-266.09
"""
add(build(std_headers(addr("Nore Vandamme", "nore.vandamme@example.be"), "bezwaarschrift aanslag - studentenjob dubbel geteld",
                      "Thu, 21 May 2026 15:10:02 +0200", "<e7c1d2b3-9a8f-4e6d-b5c4-a3f2e1d0c9b8@example.be>",
                      "192.0.2.99", "smtp.example.be", [("User-Agent", "Mozilla Thunderbird")]),
          multipart("mixed", [textpart(t), attach("application/pdf", "fiches studentenjob.pdf", fake_pdf("fiches 281.10")),
                              attach("application/pdf", "mail interim.pdf", fake_pdf("mail interimkantoor"))])),
    "appeal", "nl", "taxes", None,
    "Explicit 'bezwaar'/'bezwaarschrift' against a tax assessment (student job counted twice), sent to the complaints mailbox by mistake -> appeal, taxes. multipart/mixed: text/plain UTF-8 QP + two PDFs with spaces in filenames.")

# A4 de taxes - Beschwerde gegen den Steuerbescheid, cross-border
t = """Hiermit lege ich Beschwerde gegen den Steuerbescheid ein (Einkommen 2024, Steuerjahr 2025) - so heißt das laut Internet in Belgien, ich hoffe das stimmt so.

Ich wohne in Kelmis und arbeite als Pflegekraft in Aachen. Mein Lohn wird in Deutschland versteuert (Doppelbesteuerungsabkommen). Im Bescheid ist der deutsche Lohn aber NICHT als befreit angesetzt, sondern voll besteuert, plus Gemeindezuschlag. Nachzahlung 4.870,12 €. Das kann nicht stimmen.

Die deutsche Lohnsteuerbescheinigung hab ich bei der Erklärung hochgeladen, kann sie gern nochmal schicken.

Bitte korrigieren Sie den Bescheid und setzen Sie die Zahlungsfrist aus, bis das geklärt ist.

Mit freundlichen Grüßen
Jonas Mertes
Artikelnummer: 710.412.883
"""
add(build(std_headers(addr("Jonas Mertes", "jonas.mertes@example.net"), ew("Beschwerde gegen den Steuerbescheid 2025 (Grenzgänger)", "iso-8859-1", "Q"),
                      "Tue, 19 May 2026 20:44:51 +0200", "<87h6t3kq2x.fsf@example.net>",
                      "198.51.100.34", "mail.example.net"),
          textpart(t, cs="iso-8859-15", cte="quoted-printable")),
    "appeal", "de", "taxes", None,
    "Belgian German tax term 'Beschwerde gegen den Steuerbescheid' = tax APPEAL (cross-border worker, foreign salary not exempted) -> appeal, taxes, despite the word Beschwerde. text/plain ISO-8859-1 QP, ISO-8859-1 Q subject.")

# A5 en unemployment - ONEM decision, U1 not counted, base64 alternative
t = """Hi,

I received the letter from ONEM/RVA saying I'm not entitled to unemployment benefit because I don't have enough working days. But they only counted my 8 months in Belgium (Sept 2025 - April 2026). Before that I worked 2 years in Milano, full time, and I have the U1 form (the EU one) from the Italian institute, which I gave to my union office in April.

I think they decided before the U1 arrived. Can you please look at my file again with the U1 and change the decision? Without it I have 0 income from June.

I can send the U1 again of course.

Thanks,
Giulia Ferraresi
"""
add(build(std_headers(addr("Giulia Ferraresi", "giulia.ferraresi@example.com"), "ONEM decision - please look again (my Italian work months)",
                      "Fri, 22 May 2026 17:19:27 +0200", "<CAGf3rr4r3s1+Qx@mail.example.com>",
                      "203.0.113.202", "mail-ej1.example.com"),
          multipart("alternative", [textpart(t, cte="base64"), textpart(html_of(t), "html", cte="base64")])),
    "appeal", "en", "unemployment", None,
    "POLITE request to look again at and change an unemployment refusal (EU U1 periods not counted), no legal word -> appeal, unemployment. Gmail multipart/alternative, both parts UTF-8 base64.")

# A6 fr unemployment - recours, allocations d'insertion, windows-1252 8bit
t = """je fais un recours contre la décision de l'ONEM du 4 mai qui me refuse les allocations d'insertion. Motif : évaluation négative parce que j'étais "absent sans justification" à l'entretien du 17 février.

Sauf que la convocation a été envoyée à mon ancienne adresse (chez ma mère à Charleroi) alors que j'ai déménagé en décembre et que j'ai changé mon adresse à la commune ET au Forem. J'ai jamais reçu ce courrier, je l'ai su après par hasard.

J'ai toujours tout fait : inscription, candidatures (plus de 40, j'ai les preuves), formation Excel. Je demande que la décision soit annulée et que l'entretien soit refait.

Pour info ça fait 6 semaines que je demande une copie de mon dossier et personne répond, ça aussi c'est pas normal.

Dylan Moreau
"""
add(build(std_headers(addr("Dylan Moreau", "dylan.moreau@example.be"), "recours decision allocations d'insertion",
                      "Mon, 18 May 2026 09:02:14 +0200", "<20260518070214.1a2b3c@example.be>",
                      "192.0.2.144", "smtp.example.be"),
          textpart(t, cs="windows-1252", cte="8bit"), crlf=True),
    "appeal", "fr", "unemployment", None,
    "Explicit 'recours' against a refusal of integration allowances (convocation sent to an old address) plus a side complaint about an unanswered file request; dominant intent = annul the decision -> appeal, unemployment. text/plain windows-1252 8bit, CRLF line endings, ASCII subject without accents.")

# A7 nl social_security - integration allowance points, HTML-only + PDF
t = """In maart kreeg ik een beslissing dat ik "maar" 6 punten heb en dus niks krijg. Ik ben 27, heb sinds 2 jaar reumatoïde artritis en werk halftijds (meer lukt echt niet).

Die beslissing is gebaseerd op een telefonisch gesprek van 15 minuten, op een goeie dag. Mijn reumatoloog heeft nu een uitgebreid verslag gemaakt (zie bijlage) over wat ik allemaal niet meer kan: trappen, boodschappen dragen, lang zitten, koken.

Zouden jullie mijn dossier opnieuw kunnen bekijken met dit verslag erbij? Ik denk echt dat ik aan meer dan 6 punten kom als iemand het correct beoordeelt.

Alvast bedankt
Marthe Peeters
"""
h = ('<html><head><style>p{margin:0 0 10px 0}</style></head><body>\n'
     + "\n".join("<p>%s</p>" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))
     + "\n</body></html>\n")
add(build(std_headers(addr("Marthe Peeters", "marthe.peeters@example.org"), "beslissing punten - nieuw verslag reumatoloog",
                      "Wed, 20 May 2026 10:37:48 +0200", "<trinity-5a1e2f3c-77d1@webmail.example.org>",
                      "198.51.100.5", "webmail.example.org"),
          multipart("mixed", [textpart(h, "html"), attach("application/pdf", "verslag_reumatologie_2026.pdf", fake_pdf("verslag reumatoloog"))])),
    "appeal", "nl", "social_security", None,
    "POLITE request to re-examine a disability allowance decision ('6 punten', service never named) with a new medical report, no legal word -> appeal, social_security. multipart/mixed: HTML-only body (no text/plain) + PDF.")

# A8 de mobility - Widerspruch registration refused, imported car
t = """Ich lege Widerspruch gegen die Ablehnung der Zulassung meines Autos ein (VW Polo, aus Deutschland importiert, FIN WVWZZZ0000X123456).

Ablehnungsgrund laut Brief: "Konformitätsbescheinigung fehlt". Die COC hab ich aber mit dem Antrag mitgeschickt (PDF), und die technische Kontrolle hat das Auto am 29.4. ohne Probleme abgenommen.

Ich vermute, das PDF wurde einfach nicht geöffnet oder ist verloren gegangen. Bitte prüfen Sie den Antrag nochmal und heben Sie die Ablehnung auf. Ich brauche das Auto für die Arbeit (Schichtdienst in Lüttich, nachts fährt kein Bus).

Niklas Brüll
Raeren
"""
add(build(std_headers(addr("Niklas Brüll", "niklas.bruell@example.com"), ew("Widerspruch – Zulassung abgelehnt (Import aus DE)", "utf-8", "Q"),
                      "Sat, 16 May 2026 12:12:12 +0200", "<CANb7ull9z@mail.example.com>",
                      "192.0.2.211", "mail-pj1.example.com"),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")])),
    "appeal", "de", "mobility", None,
    "Explicit 'Widerspruch' against refusal to register an imported car (vehicle registration service never named) -> appeal, mobility. multipart/alternative UTF-8 QP; Q-encoded subject with en dash and ü display name.")

# A9 en pensions - son in Dublin for father, recovery
t = """Writing on behalf of my father, Frans Goossens (born 1958, retired since 2023). He's not great with emails and I live in Dublin so English is easier for me, sorry.

Last week he got a letter (in Dutch, "terugvordering") saying he has to pay back EUR 2.300 because he "exceeded the allowed income" in 2025. The only thing he did in 2025 was 4 days of consultancy for his old employer, invoiced EUR 1.600 in total. And he already reached the legal retirement age, so as far as we understand there shouldn't be any limit at all.

Could you please recalculate this and cancel the recovery? He's been losing sleep over it.
His number on the letter: 1 580 311 447. I can send a scan.

Thanks,
Pieter-Jan Goossens
"""
add(build(std_headers(addr("Pieter-Jan Goossens", "pj.goossens@example.com"), "Re-calculation please - my father's pension recovery (EUR 2.300)",
                      "Tue, 26 May 2026 22:05:19 +0100", "<0102018f3a7c-9e1d@mail.example.com>",
                      "203.0.113.177", "mail.example.com"),
          textpart(t)),
    "appeal", "en", "pensions", None,
    "Son abroad (Dublin, +0100) writes FOR his father: asks to recalculate and cancel a pension RECOVERY ('terugvordering') -> appeal without legal words, pensions. text/plain UTF-8 QP.")

# =========================================================================== INFORMATION REQUESTS

# I1 fr foreign_affairs - legalisation diploma for Quebec, format=flowed
t = """je pars faire un stage au Québec en septembre, l'employeur demande mon diplôme de bachelier "légalisé". J'ai lu 3 pages de votre site et j'ai 3 réponses différentes (apostille ? légalisation ? d'abord par la Communauté ?). Un peu pénible quand même.

Concrètement : je dois aller où en premier, ça coûte combien, et est-ce que ça peut se faire par courrier vu que je bosse à Gand en semaine ?

merci
Amandine
"""
add(build(std_headers(addr("Amandine Collard", "amandine.collard@example.net"), ew("légalisation diplôme pour le Québec ?", "utf-8", "Q"),
                      "Wed, 13 May 2026 12:48:33 +0200", "<b3f1a9e4-2d2c-11f1-8a3e@example.net>",
                      "198.51.100.118", "smtp.example.net", [("User-Agent", "Mozilla Thunderbird")]),
          textpart(t, params="; format=flowed")),
    "information_request", "fr", "foreign_affairs", None,
    "QUESTION with a grumble ('un peu pénible') about legalising a diploma for Canada -> information_request, foreign_affairs. text/plain UTF-8 QP format=flowed, Q-encoded subject.")

# I2 nl unemployment - just graduated, waiting period, 8bit
t = """quick question want jullie website is letterlijk een doolhof:

ik studeer af in juni (master), maar mijn thesisverdediging is pas in september (2e zit, don't ask). Vanaf wanneer loopt die "wachttijd" of "beroepsinschakelingstijd" of hoe het ook heet? Vanaf juni of pas vanaf september?
En moet ik me nu al ergens inschrijven, bij VDAB of bij jullie of bij een vakbond?

thx
Seppe
"""
add(build(std_headers(addr("Seppe Van Acker", "seppe.vanacker@example.com"), "vraag: afgestudeerd (bijna), wanneer recht op iets?",
                      "Sat, 30 May 2026 01:14:09 +0200", "<CAK5epp3vA@mail.example.com>",
                      "192.0.2.33", "mail-yb1.example.com"),
          textpart(t, cte="8bit")),
    "information_request", "nl", "unemployment", None,
    "Graduate asks when the waiting period for unemployment/integration benefits starts; grumble about the website; English fillers in Dutch text (language nl) -> information_request, unemployment. text/plain UTF-8 8bit.")

# I3 en taxes - moving to Luxembourg
t = """Hi, I'm living in Brussels since 2022 on a work permit and I start a new job in Luxembourg on 1 July (moving there too).

Do I still have to file a Belgian tax return next year for Jan-June 2026? As resident or non-resident? And what happens with the tax my employer takes every month (bedrijfsvoorheffing?) - do I get something back automatically if I leave?

Would be nice if this was explained somewhere in English without reading 40 pages of PDF...

Daniel Okafor
"""
add(build(std_headers(addr("Daniel Okafor", "daniel.okafor@example.org"), "Moving to Luxembourg in July - do I still file in Belgium?",
                      "Thu, 14 May 2026 13:03:41 +0200", "<PAXPR08MB7ff1@outlook.example.org>",
                      "203.0.113.26", "mail-pax.outlook.example.org", [("X-Mailer", "Microsoft Outlook 16.0")]),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")])),
    "information_request", "en", "taxes", None,
    "Expat leaving for Luxembourg asks about filing and withholding tax; small grumble about English information -> information_request, taxes. Outlook multipart/alternative UTF-8 QP.")

# I4 de pensions - cross-border, apply for Belgian pension
t = """Ich habe 1998-2011 in Belgien gearbeitet (St. Vith, dann Eupen), wohne seit 2011 in Prüm und arbeite in Deutschland. Nächstes Jahr werde ich 63.

Muss ich die belgische Rente extra in Belgien beantragen oder läuft das automatisch über die Deutsche Rentenversicherung? Und bekomme ich die Unterlagen auf Deutsch? Beim letzten Anruf konnte mir niemand auf Deutsch helfen, was für eine Landessprache ehrlich gesagt etwas mühsam ist.

Danke im Voraus
Sandra Lentz
"""
add(build(std_headers(addr("Sandra Lentz", "sandra.lentz@example.net"), ew("Belgische Rente beantragen - als Grenzgängerin?", "iso-8859-1", "Q"),
                      "Fri, 15 May 2026 08:21:56 +0200", "<20260515062156.7E2F1@example.net>",
                      "198.51.100.66", "mail.example.net"),
          textpart(t, cs="iso-8859-1", cte="quoted-printable")),
    "information_request", "de", "pensions", None,
    "Cross-border worker asks how to apply for her Belgian pension from Germany; grumble about no German-speaking help -> information_request, pensions. text/plain ISO-8859-1 QP, ISO-8859-1 Q-encoded subject.")

# I5 en mobility - web form, driving licence exchange question, Auto-Submitted
msg = """hi, I moved to Leuven in January for my PhD. I have a Brazilian driving license. Do I need to exchange it for a belgian one and if yes until when can I still drive with the brazilian one?
the commune said "ask the federal", the federal website says "ask the commune". fun.
also is there a practical exam or is it only paperwork?"""
plain = """Nouvelle demande via le formulaire de contact / Nieuwe aanvraag via het contactformulier

ID : 58247
Date : 20/05/2026 14:52
Langue / Taal : EN

Nom / Naam : Ana Carolina Souza
E-mail : anacsouza@example.com
Sujet / Onderwerp : Autre / Andere
Message / Bericht :
%s

-- 
Message généré automatiquement - ne pas répondre à cette adresse.
""" % msg
add(build([("Return-Path", "<no-reply-webform@federal.example.be>"),
           ("Received", "from web01.federal.example.be (web01.federal.example.be [10.20.4.11])\n\tby mx1.federal.example.be (Postfix) with ESMTP id 4W1xr2\n\tfor <%s>; Wed, 20 May 2026 14:52:40 +0200" % BOX),
           ("Date", "Wed, 20 May 2026 14:52:40 +0200"),
           ("From", '"Formulaire web / Webformulier" <no-reply-webform@federal.example.be>'),
           ("Reply-To", addr("Ana Carolina Souza", "anacsouza@example.com")),
           ("To", BOX), ("Subject", ew("Formulaire de contact – nouvelle demande #58247", "utf-8", "Q")),
           ("Message-ID", "<webform.58247@federal.example.be>"),
           ("Auto-Submitted", "auto-generated")],
          textpart(plain)),
    "information_request", "en", "mobility", None,
    "WEB-FORM notification with Auto-Submitted: auto-generated set by our own website (still a citizen message to acknowledge, citizen in Reply-To). PhD student asks about exchanging a Brazilian driving licence, ironic grumble -> information_request, mobility. Form labels FR/NL, citizen text EN. text/plain UTF-8 QP.")

# I6 fr other - federal museums free for students? HTML-only
t = """petite question : vos musées fédéraux (les Beaux-Arts, celui d'art et d'histoire au Cinquantenaire...) c'est gratuit le premier mercredi du mois après 13h pour tout le monde, ou pour les étudiants c'est tout le temps ?

Sur le site d'un musée c'est écrit "gratuit -26 ans" et sur l'autre "-19 ans". J'ai payé 15 € la semaine passée alors que je pensais que c'était gratuit, bref.

Je viens avec ma classe de l'Académie (12 personnes) en juin, il faut réserver ?

Zoé
"""
h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n<div style="font-family: sans-serif">\n'
     + "\n".join("<p>%s</p>" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))
     + '\n</div>\n<div class="signature">-- <br>Zoé Lemaire · B2 photographie</div>\n</body></html>\n')
add(build(std_headers(addr("Zoé Lemaire", "zoe.lemaire@example.org"), ew("musées fédéraux gratuits pour étudiants ???", "utf-8", "B"),
                      "Sun, 10 May 2026 19:27:02 +0200", "<1f8e2c4a-6b3d@proton.example.org>",
                      "192.0.2.88", "mail.proton.example.org"),
          textpart(h, "html", "utf-8", "quoted-printable")),
    "information_request", "fr", "other", None,
    "Question about free entry to FEDERAL MUSEUMS for students, with a grumble about 15 EUR paid -> information_request, category other (none of the seven). HTML-only UTF-8 QP with signature, B-encoded subject.")

# =========================================================================== FOLLOW-UPS

# F1 nl social_security - new message, number in subject + body
t = """ivm mijn klacht PLT-2026-001362 (ziekte-uitkering na mijn ongeval, al 9 weken niet betaald):

de mutualiteit zegt nu dat ze "wachten op een document van het RIZIV". Het RIZIV zegt dat ze niks van mij nodig hebben. Ik heb het gesprek genoteerd (2/6 om 10u14, medewerkster Sandra). Dus wie heeft er gelijk??

Nog altijd 0 euro. Ik betaal mijn kot met geld van mijn zus.

Wout Baert
"""
add(build(std_headers(addr("Wout Baert", "wout.baert@example.be"), "nog steeds niks - PLT-2026-001362",
                      "Tue, 02 Jun 2026 11:02:47 +0200", "<CAWb4ert0o@mail.example.be>",
                      "198.51.100.181", "mail-ua1.example.be"),
          textpart(t)),
    "follow_up", "nl", "social_security", "PLT-2026-001362",
    "NEW message (no reply headers) citing the earlier ticket in subject and body, adds new facts about the unpaid sickness benefit -> follow_up, social_security. text/plain UTF-8 QP.")

# F2 fr foreign_affairs - reply to ack, Re: with quoted ack
T = "PLT-2026-001395"
t = """Mise à jour : le consulat m'a enfin rappelée hier. Le passeport est prêt mais je dois aller le chercher à Lyon (3h de route) alors qu'on m'avait dit Marseille au guichet, par écrit en plus.

Je maintiens ma plainte, on me balade depuis le début. Je vous colle le mail du consulat ci-dessous.

Mathilde Rocher

---------- Mail du consulat ----------
"Madame, votre document est disponible au poste de Lyon. Cordialement."

Le lun. 18 mai 2026 à 09:14, <plaintes.klachten@federal.example.be> a écrit :
> Madame, Monsieur,
>
> Nous avons bien reçu votre plainte du 17/05/2026.
> Objet : Consulat - demande de passeport (Marseille)
> Votre numéro de dossier : %s
>
> Nous vous répondrons dans les meilleurs délais.
> Service des plaintes
""" % T
add(build(std_headers(addr("Mathilde Rocher", "mathilde.rocher@example.net"), "Re: [%s] " % T + ew("Accusé de réception de votre plainte", "utf-8", "Q"),
                      "Tue, 26 May 2026 08:31:10 +0200", "<CAMr0ch3rFw@mail.example.net>",
                      "203.0.113.115", "mail-vs1.example.net",
                      [("In-Reply-To", ack_mid(T)), ("References", ack_mid(T))]),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")])),
    "follow_up", "fr", "foreign_affairs", T,
    "Reply to our French acknowledgement (Re: [PLT-...], In-Reply-To/References) with new facts about a consular passport (Belgian living in France) -> follow_up, foreign_affairs. Gmail multipart/alternative UTF-8 QP with '>' quoted ack.")

# F3 en unemployment - iPhone top-post, category only from quoted ack
T = "PLT-2026-001410"
t = """any news?? its been 3 weeks. still no payment for april AND now may.

Sent from my iPhone

> On 12 May 2026, at 10:02, Complaints / Plaintes / Klachten <plaintes.klachten@federal.example.be> wrote:
>
> Dear Sir or Madam,
>
> We have received your complaint and registered it under number %s.
> Subject of your complaint: No unemployment benefit paid since April (payment institution)
>
> We will get back to you as soon as possible.
> Complaints service
""" % T
add(build(std_headers(addr("Ahmed Benali", "ahmed.benali92@example.com"), "RE: [%s] Acknowledgement of your complaint" % T,
                      "Tue, 02 Jun 2026 07:12:55 +0200", "<A4B1C2D3-0E9F-4A1B-8C7D-112233445566@example.com>",
                      "192.0.2.160", "smtp.example.com",
                      [("In-Reply-To", ack_mid(T)), ("References", ack_mid(T)), ("X-Mailer", "iPhone Mail (21F90)")]),
          textpart(t)),
    "follow_up", "en", "unemployment", T,
    "iPhone top-posted reminder 'any news??' replying to our acknowledgement; the category can only be taken from the quoted ack subject (unemployment benefit) -> follow_up, unemployment. text/plain UTF-8 QP.")

# F4 de police - Ergänzung, witness, attachment
T = "PLT-2026-001377"
t = """Ergänzung zu meiner Beschwerde %s (Polizeieinsatz nach dem Spiel in Eupen am 9. Mai, Schlagstock):

Ein Zeuge hat sich gemeldet, Malte Kohnen, er hat alles mit dem Handy gefilmt und ist bereit auszusagen. Seine Nummer: 0498 00 00 27.
Das Video kann ich schicken, sagen Sie mir nur wohin (ist 300 MB).

Mein Arm ist immer noch geschwollen, Attest vom Hausarzt im Anhang.

Lukas Theißen
""" % T
add(build(std_headers(addr("Lukas Theißen", "lukas.theissen@example.be"), ew("Ergänzung zu %s - Zeuge + Attest" % T, "utf-8", "Q", chunk=60),
                      "Fri, 29 May 2026 17:45:03 +0200", "<20260529154503.9f8e7d@example.be>",
                      "198.51.100.250", "mail.example.be"),
          multipart("mixed", [textpart(t), attach("application/pdf", "Attest_Dr_Hilgers.pdf", fake_pdf("Aerztliches Attest"))])),
    "follow_up", "de", "police", T,
    "New message without reply headers, ticket in (Q-encoded) subject and body; adds a witness and a medical certificate to a complaint about police use of a baton -> follow_up, police ('Beschwerde' = service complaint here). multipart/mixed text/plain UTF-8 QP + PDF.")

# =========================================================================== AUTO-REPLIES

# AR1 fr - student blocus, Re: subject, no auto headers
T = "PLT-2026-001431"
t = """Salut !

Je suis en blocus jusqu'au 19 juin, je regarde mes mails une fois par semaine max.
Si c'est urgent : sms.

Lucas
"""
add(build(std_headers(addr("Lucas Denis", "lucas.denis@student.example.be"), "Re: [%s] " % T + ew("Accusé de réception de votre plainte", "utf-8", "Q"),
                      "Fri, 29 May 2026 09:00:03 +0200", "<vacation.1780038003.41@student.example.be>",
                      "192.0.2.41", "smtp.student.example.be", [("In-Reply-To", ack_mid(T)), ("References", ack_mid(T))]),
          textpart(t, cte="8bit")),
    "auto_reply", "fr", "other", T,
    "TRICKY: human-looking 'Re: [PLT-...] Accusé de réception' with In-Reply-To, casual student wording, NO auto-reply header; the body is only an exam-period away notice -> auto_reply, refers_to the ticket in the subject. text/plain UTF-8 8bit.")

# AR2 nl - Exchange automatic reply, Erasmus
T = "PLT-2026-001444"
t = """Hoi,

Ik zit tot 15 juli op Erasmus in Lissabon en lees mijn mail niet elke dag.
Voor dringende zaken i.v.m. de studentenvereniging: mail naar praeses@studentenkring.example.be.

Groetjes,
Hanne Wuyts
"""
add(build(std_headers(addr("Hanne Wuyts", "hanne.wuyts@example.be"), "Automatisch antwoord: [%s] Ontvangstbevestiging van uw klacht" % T,
                      "Mon, 01 Jun 2026 14:20:31 +0100", "<AM9PR02MB44F1A@eur.outlook.example.be>",
                      "203.0.113.74", "mail-am9.outlook.example.be",
                      [("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "hanne.wuyts@example.be")]),
          multipart("alternative", [textpart(t), textpart(html_of(t), "html")]), crlf=True),
    "auto_reply", "nl", "other", T,
    "Exchange 'Automatisch antwoord:' with Auto-Submitted and X-Auto-Response-Suppress (student abroad) -> auto_reply, ticket from subject. multipart/alternative UTF-8 QP, CRLF line endings.")

# AR3 de - other organisation's ticket auto-ack, own number, no PLT
t_plain = """Vielen Dank für Ihre Nachricht.

Ihre Anfrage wurde unter der Vorgangsnummer ADG-2026-044711 registriert. Wir bearbeiten Anfragen in der Reihenfolge des Eingangs, in der Regel innerhalb von 10 Werktagen.

Beschwerden über unsere Dienstleistungen richten Sie bitte über das Formular auf unserer Website ein.

Bitte antworten Sie nicht auf diese E-Mail.

Ihr Kundendienst
"""
h = ('<html><head><style>.f{color:#666;font-size:11px}</style></head><body>\n'
     + "\n".join("<p>%s</p>" % htmlmod.escape(p, quote=False) for p in t_plain.strip().split("\n\n"))
     + '\n<p class="f">Beschäftigungsdienst (fiktiv) &middot; kundendienst@beschaeftigung.example.be</p></body></html>\n')
add(build(std_headers(addr("Kundendienst Beschäftigung", "noreply@beschaeftigung.example.be", "iso-8859-1", "Q"),
                      ew("Ihre Anfrage ist eingegangen [Vorgang ADG-2026-044711]", "iso-8859-1", "Q"),
                      "Wed, 27 May 2026 11:48:02 +0200", "<ticket.044711.ack@beschaeftigung.example.be>",
                      "198.51.100.12", "relay.beschaeftigung.example.be",
                      [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "kundendienst@beschaeftigung.example.be")]),
          textpart(h, "html", "iso-8859-1", "quoted-printable")),
    "auto_reply", "de", "other", None,
    "Ticket-system auto-acknowledgement of ANOTHER administration with its own 'Vorgangsnummer' (not one of our tickets) -> auto_reply, refers_to null; contains 'Beschwerden'. HTML-only ISO-8859-1 QP with <style>, Q-encoded subject and display name.")

# AR4 en - Jira-like service desk at employer, quotes our subject
T = "PLT-2026-001452"
t = """## Please type your reply above this line ##

Hi,

Your request HELP-20931 "Re: [%s] Acknowledgement of your complaint" has been received by the Workplace Support team.

Our agents are available Mon-Fri 8:00-18:00 CET. Typical first response: 1 business day.

You can view and update your request at https://support.kantoorhub.example.com/servicedesk/HELP-20931

Workplace Support - Kantoorhub
""" % T
add(build(std_headers('"Kantoorhub Workplace Support" <support@kantoorhub.example.com>', "[HELP-20931] Re: [%s] Acknowledgement of your complaint" % T,
                      "Thu, 28 May 2026 16:02:18 +0200", "<JIRA.20931.1780000938@support.kantoorhub.example.com>",
                      "203.0.113.230", "out.kantoorhub.example.com",
                      [("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                       ("X-JIRA-FingerPrint", "3f9e1c2b7a")]),
          multipart("alternative", [textpart(t, cs="us-ascii", cte="7bit"),
                                    textpart(html_of(t).replace("</body>", '<img src="https://support.kantoorhub.example.com/t/o.gif" width="1" height="1"></body>'), "html")])),
    "auto_reply", "en", "other", T,
    "Service-desk auto-acknowledgement from the complainant's employer (our ack went to a shared support mailbox): own reference HELP-20931 next to OUR ticket in the quoted subject -> auto_reply, refers_to our ticket. multipart/alternative us-ascii + UTF-8 QP HTML with tracking pixel.")

# AR5 en - Exchange automatic reply, parental leave, CRLF
T = "PLT-2026-001459"
t = """Thanks for your email.

I'm on parental leave until 1 September 2026 with no access to email. For anything related to the Ghent warehouse project, please contact Pieter at operations@logistix.example.com.

Kind regards,
Rahul Menon
"""
add(build(std_headers(addr("Rahul Menon", "rahul.menon@logistix.example.com"), "Automatic reply: [%s] Acknowledgement of your complaint" % T,
                      "Sat, 30 May 2026 03:11:49 +0000", "<DB7PR10MB2266E3F@logistix.example.com>",
                      "192.0.2.7", "mail-db7.logistix.example.com",
                      [("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
          textpart(t, cs="us-ascii", cte="7bit"), crlf=True),
    "auto_reply", "en", "other", T,
    "Exchange 'Automatic reply:' parental-leave notice answering our acknowledgement, Auto-Submitted + X-Auto-Response-Suppress -> auto_reply. text/plain us-ascii 7bit, CRLF, +0000.")

# =========================================================================== BOUNCES

# B1 en Postfix - expired student address, full returned ack
T = "PLT-2026-001468"
ack_body = """Geachte heer, mevrouw,

Wij hebben uw klacht goed ontvangen en geregistreerd onder nummer %s.

Wij antwoorden u zo snel mogelijk.

Klachtendienst
""" % T
ack = build([("Date", "Sun, 31 May 2026 10:00:12 +0200"), ("From", ACK_FROM),
             ("To", "<r0812345@student.univ.example.be>"), ("Subject", "[%s] Ontvangstbevestiging van uw klacht" % T),
             ("Message-ID", ack_mid(T)), ("Auto-Submitted", "auto-replied")],
            textpart(ack_body))
notice = """This is the mail system at host mx-out.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r0812345@student.univ.example.be>: host mx.univ.example.be[198.51.100.3] said:
    550 5.1.1 <r0812345@student.univ.example.be>: Recipient address rejected:
    User unknown (account expired) (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx-out.federal.example.be
X-Postfix-Queue-ID: 4W3mC81fZ2z9k
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Sun, 31 May 2026 10:00:12 +0200

Final-Recipient: rfc822; r0812345@student.univ.example.be
Original-Recipient: rfc822;r0812345@student.univ.example.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.univ.example.be
Diagnostic-Code: smtp; 550 5.1.1 <r0812345@student.univ.example.be>: Recipient
    address rejected: User unknown (account expired)
"""
body = multipart("report", [textpart(notice, cs="us-ascii", cte="7bit", disp="Content-Description: Notification"),
                            b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode(),
                            b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + ack],
                 extra='; report-type=delivery-status')
add(build([("Return-Path", "<>"),
           ("Received", "by mx-out.federal.example.be (Postfix)\n\tid 4W3mD02kQ1z9m; Sun, 31 May 2026 10:00:14 +0200 (CEST)"),
           ("Date", "Sun, 31 May 2026 10:00:14 +0200 (CEST)"),
           ("From", "MAILER-DAEMON@mx-out.federal.example.be (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
           ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20260531080014.4W3mD02kQ1z9m@mx-out.federal.example.be>")],
          body),
    "bounce", "en", "other", T,
    "Postfix DSN: our Dutch acknowledgement to a student's EXPIRED university address (550 5.1.1); multipart/report with full returned message/rfc822 -> bounce, language of the DSN text = en, ticket in the returned message.")

# B2 de - German freemail quota, headers only, ticket only in returned headers
T = "PLT-2026-001473"
notice = """Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  marvin.kloos@freemail.example.net
  Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).

Die Zustellung wurde 3 Tage lang versucht und ist nun endgültig gescheitert.
Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.

-- 
Mailsystem freemail.example.net
"""
ds = """Reporting-MTA: dns; mx2.freemail.example.net
Arrival-Date: Tue, 26 May 2026 15:40:02 +0200

Final-Recipient: rfc822; marvin.kloos@freemail.example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full / Postfach voll
Last-Attempt-Date: Fri, 29 May 2026 15:41:10 +0200
"""
hdrs = """Return-Path: <plaintes.klachten@federal.example.be>
Received: from mx-out.federal.example.be (mx-out.federal.example.be [192.0.2.10])
	by mx2.freemail.example.net with ESMTPS id 1a2B3c; Tue, 26 May 2026 15:40:02 +0200
Date: Tue, 26 May 2026 15:39:58 +0200
From: %s
To: marvin.kloos@freemail.example.net
Subject: [%s] =?utf-8?Q?Eingangsbest=C3=A4tigung_Ihrer_Beschwerde?=
Message-ID: %s
Auto-Submitted: auto-replied
""" % (ACK_FROM, T, ack_mid(T))
body = multipart("report", [textpart(notice, cs="utf-8", cte="quoted-printable"),
                            b"Content-Type: message/delivery-status\n\n" + ds.encode(),
                            b"Content-Type: text/rfc822-headers\n\n" + hdrs.encode()],
                 extra='; report-type=delivery-status')
add(build([("Return-Path", "<>"),
           ("Received", received("mx2.freemail.example.net", "203.0.113.50", "Fri, 29 May 2026 15:41:12 +0200", "5X1pQ7")),
           ("Date", "Fri, 29 May 2026 15:41:11 +0200"),
           ("From", '"Mail Delivery System" <mailer-daemon@freemail.example.net>'),
           ("To", BOX), ("Subject", ew("Zustellung fehlgeschlagen: Postfach voll", "utf-8", "Q", chunk=60)),
           ("Auto-Submitted", "auto-replied"), ("Message-ID", "<dsn.5X1pQ7@mx2.freemail.example.net>")],
          body),
    "bounce", "de", "other", T,
    "German-language DSN (mailbox full, 5.2.2) from a freemail provider after 3 days of retries; subject carries no ticket, which appears only in the returned text/rfc822-headers (our German ack) -> bounce, de, refers_to set.")

# =========================================================================== SPAM

# S1 fr fake parcel fees, HTML-only base64
h = """<html><head><style>.btn{background:#e2001a;color:#fff;padding:12px 24px;text-decoration:none}</style></head>
<body><table width="600" align="center"><tr><td>
<img src="https://cdn.suivi-livraison.example.net/logo-colis.png" alt="Suivi colis">
<h2>Votre colis est en attente de livraison</h2>
<p>Cher client,</p>
<p>Votre colis n&deg; <b>CE448120915BE</b> n'a pas pu &ecirc;tre livr&eacute; car des frais de d&eacute;douanement de <b>1,99 EUR</b> n'ont pas &eacute;t&eacute; r&eacute;gl&eacute;s.</p>
<p>Sans paiement sous 48 heures, le colis sera retourn&eacute; &agrave; l'exp&eacute;diteur.</p>
<p><a class="btn" href="https://colis.be.suivi-livraison.example.net/paiement?id=CE448120915BE">Payer 1,99 EUR</a></p>
<p style="font-size:10px;color:#999">Ce message a &eacute;t&eacute; envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</p>
<img src="https://trk.suivi-livraison.example.net/o.gif?u=8812" width="1" height="1">
</td></tr></table></body></html>
"""
add(build([("Return-Path", "<bounce-8812@mailer.suivi-livraison.example.net>"),
           ("Received", received("mailer.suivi-livraison.example.net", "203.0.113.199", "Mon, 25 May 2026 04:17:33 +0200", "4W2bb1")),
           ("Date", "Mon, 25 May 2026 04:17:31 +0200"),
           ("From", addr("Service Colis Belgique", "notification@suivi-livraison.example.net")),
           ("To", BOX), ("Subject", ew("Votre colis est en attente - frais de dédouanement 1,99 EUR", "utf-8", "B", chunk=30)),
           ("Message-ID", "<8812.1779675451@mailer.suivi-livraison.example.net>"),
           ("Authentication-Results", "mx1.federal.example.be; spf=softfail smtp.mailfrom=suivi-livraison.example.net; dmarc=none")],
          textpart(h, "html", "utf-8", "base64")),
    "spam", "fr", "other", None,
    "FAKE PARCEL FEES scam (1,99 EUR customs fee, look-alike link colis.be.suivi-livraison.example.net). HTML-only UTF-8 base64 with <style>, remote logo and tracking pixel; B-encoded subject.")

# S2 nl invoice fraud, fake RE:, PDF, CRLF
t = """Goedemiddag,

In navolging van ons vorig bericht: factuur 2026-0412 (drukwerk brochures, EUR 3.870,40) staat nog altijd open.

Opgelet: door een audit bij onze bank zijn onze rekeninggegevens gewijzigd. Gelieve NIET meer te betalen op het oude nummer, maar op:
IBAN LT00 3250 0000 1122 3344 - BIC REVOLT21
met vermelding van het factuurnummer.

Gelieve de betaling vandaag nog uit te voeren om een aanmaning en nalatigheidsintresten te vermijden. Factuur in bijlage.

Met vriendelijke groeten,
Boekhouding - Drukkerij Vanhoutte
"""
add(build([("Return-Path", "<facturatie@drukkerij-vanhoutte.example.com>"),
           ("Received", received("vps-77.hosting.example.org", "198.51.100.222", "Thu, 21 May 2026 13:05:48 +0200", "4W0zz9")),
           ("Date", "Thu, 21 May 2026 13:05:44 +0200"),
           ("From", addr("Boekhouding | Drukkerij Vanhoutte", "facturatie@drukkerij-vanhoutte.example.com")),
           ("Reply-To", "<boekhouding.vanhoutte@freemail.example.org>"),
           ("To", BOX), ("Subject", "RE: Factuur 2026-0412 - gewijzigde bankgegevens"),
           ("Message-ID", "<20260521110544.5512@vps-77.hosting.example.org>")],
          multipart("mixed", [textpart(t, cs="windows-1252", cte="quoted-printable"),
                              attach("application/pdf", "Factuur_2026-0412.pdf", fake_pdf("Factuur 2026-0412"))]), crlf=True),
    "spam", "nl", "other", None,
    "INVOICE FRAUD with bank-details change, fake 'RE:' (no thread), Reply-To to a freemail address, invalid LT IBAN and PDF attachment -> spam. multipart/mixed windows-1252 QP + PDF, CRLF line endings.")

# S3 en SEO / AI chatbot marketing, fake RE:
t = """Hi there,

Following up on my note from last week - I noticed your complaints page still routes citizens to a plain mailbox (plaintes.klachten@...). In 2026 that's leaving a lot on the table!

Our AI agent "ResolvIQ" auto-answers 80% of complaints, classifies them by department and even detects angry customers before they escalate. Government references available on request.

Would you have 15 minutes on Thursday or Friday for a quick demo? Book here: https://calendar.resolviq.example.com/demo

Cheers,
Brandon Keller
Growth Lead, ResolvIQ
Unsubscribe: reply STOP
"""
add(build([("Return-Path", "<brandon@outreach.resolviq.example.com>"),
           ("Received", received("o1.outreach.resolviq.example.com", "192.0.2.240", "Tue, 19 May 2026 16:30:05 +0200", "4Vz9k3")),
           ("Date", "Tue, 19 May 2026 10:30:02 -0400"),
           ("From", addr("Brandon Keller", "brandon@outreach.resolviq.example.com")),
           ("To", BOX), ("Subject", "RE: your complaint handling process"),
           ("Message-ID", "<outreach.7731.a9@resolviq.example.com>"),
           ("X-Campaign", "gov-eu-q2-seq3")],
          multipart("alternative", [textpart(t, cs="us-ascii", cte="7bit"),
                                    textpart(html_of(t).replace("</body>", '<img src="https://t.resolviq.example.com/open/7731.png" width="1" height="1"></body>'), "html")])),
    "spam", "en", "other", None,
    "Unsolicited MARKETING (AI complaint chatbot) with a fake 'RE:' and the words complaint/complaints throughout; no List-Id. multipart/alternative us-ascii + UTF-8 QP HTML with tracking pixel; sender in -0400.")

# S4 de fake tax refund, look-alike domain, HTML QP
h = """<html><body style="font-family:Arial">
<div style="background:#003366;color:#fff;padding:10px"><b>F&Ouml;D Finanzen &ndash; Online-Dienste</b></div>
<p>Sehr geehrte/r Steuerpflichtige/r,</p>
<p>nach der letzten Berechnung Ihrer j&auml;hrlichen Steuererkl&auml;rung haben Sie Anspruch auf eine Steuerr&uuml;ckerstattung in H&ouml;he von <b>412,80 &euro;</b>.</p>
<p>Aktenzeichen: <b>ST-2026-88412</b></p>
<p>Um die Erstattung zu erhalten, best&auml;tigen Sie bitte innerhalb von 72 Stunden Ihre Bankdaten:</p>
<p><a href="https://federal.example.be.steuer-erstattung.example.org/login?az=ST-2026-88412">Erstattung jetzt anfordern</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr F&Ouml;D Finanzen</p>
<img src="https://steuer-erstattung.example.org/px.gif" width="1" height="1">
</body></html>
"""
add(build([("Return-Path", "<service@foed-finanzen-erstattung.example.org>"),
           ("Received", received("smtp.foed-finanzen-erstattung.example.org", "203.0.113.166", "Sun, 17 May 2026 22:48:19 +0200", "4Vy1t8")),
           ("Date", "Sun, 17 May 2026 22:48:15 +0200"),
           ("From", addr("FÖD Finanzen - Rückerstattung", "service@foed-finanzen-erstattung.example.org", "utf-8", "B")),
           ("To", BOX), ("Subject", ew("Steuerrückerstattung: 412,80 € – Aktenzeichen ST-2026-88412", "utf-8", "B", chunk=24)),
           ("Message-ID", "<3c81e7.88412@foed-finanzen-erstattung.example.org>"),
           ("Authentication-Results", "mx1.federal.example.be; spf=fail smtp.mailfrom=foed-finanzen-erstattung.example.org; dmarc=fail")],
          textpart(h, "html", "utf-8", "quoted-printable")),
    "spam", "de", "other", None,
    "PHISHING: fake German-language tax refund from a look-alike domain (FÖD Finanzen) with a fake 'Aktenzeichen' (not a PLT ticket), link to federal.example.be.steuer-erstattung.example.org, SPF/DMARC fail. HTML-only UTF-8 QP with tracking pixel; B-encoded subject and display name.")

# S5 fr crypto recovery scam, fake RE: votre plainte
t = """Madame, Monsieur,

Suite à votre plainte, votre dossier de récupération n° RC-2026-00812 a été ouvert par notre cabinet.

Vous avez perdu de l'argent sur une plateforme de trading ou de crypto-monnaies ? Nos experts en blockchain ont déjà permis à plus de 4.000 victimes européennes de récupérer leurs fonds, en collaboration avec les autorités.

Pour activer la procédure, il suffit de régler les frais d'ouverture de dossier (249 EUR, remboursés à 100 % après récupération) et de nous transmettre une copie de votre carte d'identité.

Contactez votre conseiller dédié : Me Olivier Marchand, WhatsApp +32 400 00 00 99
ou sur https://recuperation-fonds-crypto.example.com/dossier/RC-2026-00812

Cabinet Européen de Récupération d'Actifs
"""
add(build([("Return-Path", "<dossiers@recuperation-fonds-crypto.example.com>"),
           ("Received", received("mail.recuperation-fonds-crypto.example.com", "198.51.100.241", "Wed, 20 May 2026 06:02:40 +0200", "4W0a17")),
           ("Date", "Wed, 20 May 2026 06:02:37 +0200"),
           ("From", addr("Cabinet Européen de Récupération", "dossiers@recuperation-fonds-crypto.example.com", "iso-8859-1", "Q")),
           ("To", BOX), ("Subject", ew("RE: Votre plainte – dossier de récupération n° RC-2026-00812", "windows-1252", "Q", chunk=30)),
           ("Message-ID", "<RC-2026-00812.ab12@recuperation-fonds-crypto.example.com>")],
          textpart(t, cs="iso-8859-1", cte="quoted-printable")),
    "spam", "fr", "other", None,
    "CRYPTO RECOVERY advance-fee scam with a fake 'RE: Votre plainte' and a fake 'dossier n° RC-2026-00812' (not a PLT ticket) -> spam, refers_to null. text/plain ISO-8859-1 QP; windows-1252 Q-encoded subject (en dash), ISO-8859-1 display name.")

# =========================================================================== write + validate

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
ALLOWED = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
HOSTRE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|be|net|org|nl|de|fr|eu|lu|io|info|uk|es|it|pl|pt|ch|ie|test))\b", re.I)


def all_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            for blk in part.get_payload():
                out.append(str(blk))
    return "\n".join(out)


def validate(files_labels):
    errors = []
    for fn, lab in files_labels:
        path = os.path.join(HERE, fn)
        raw = open(path, "rb").read()
        try:
            msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
            text = all_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: parse error %r" % (fn, e))
            continue
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                errors.append("%s: line > 998 octets" % fn)
        if lab["kind"] not in KINDS or lab["language"] not in LANGS or lab["category"] not in CATS:
            errors.append("%s: invalid label value" % fn)
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errors.append("%s: acknowledge mismatch" % fn)
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errors.append("%s: non-case must be category other" % fn)
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append("%s: follow_up without refers_to" % fn)
        if lab["refers_to"]:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]):
                errors.append("%s: bad refers_to format" % fn)
            if lab["refers_to"] not in text:
                errors.append("%s: refers_to not found in decoded message" % fn)
        blob = text  # decoded headers of every part + decoded text bodies
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if not ALLOWED.search(m.group(1)):
                errors.append("%s: non-example mail domain %s" % (fn, m.group(1)))
        for m in re.finditer(r"https?://([^/\s\"'<>:?]+)", blob):
            if not ALLOWED.search(m.group(1)):
                errors.append("%s: non-example URL host %s" % (fn, m.group(1)))
        for m in HOSTRE.finditer(text):
            if not ALLOWED.search(m.group(1)):
                errors.append("%s: non-example host name %s" % (fn, m.group(1)))
    return errors


def main():
    order = list(range(len(ENTRIES)))
    rng.shuffle(order)
    for old in os.listdir(HERE):
        if re.fullmatch(PREFIX + r"-\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels, fl = [], []
    for i, idx in enumerate(order, 1):
        data, lab = ENTRIES[idx]
        fn = "%s-%03d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        rec = dict(file=fn, **lab)
        labels.append(rec)
        fl.append((fn, rec))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    errors = validate(fl)
    from collections import Counter
    kl = Counter((l["kind"], l["language"]) for l in labels)
    kc = Counter((l["kind"], l["category"]) for l in labels)
    print("%d messages" % len(labels))
    for k in sorted({l["kind"] for l in labels}):
        print("  %-20s" % k, {lg: kl[(k, lg)] for lg in sorted(LANGS)}, dict(sorted((c, n) for (kk, c), n in kc.items() if kk == k)))
    print("  language:", dict(Counter(l["language"] for l in labels)))
    print("  category:", dict(Counter(l["category"] for l in labels)))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
