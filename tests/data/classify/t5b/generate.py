#!/usr/bin/env python3
"""Generate the t5b evaluation corpus (50 .eml files + labels.json).

Standard library only, fixed seed, deterministic: two runs give byte-identical files.
After writing, every file is re-parsed and the labels are checked; exit 1 on error.
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email import policy
from email.parser import BytesParser

SEED = 5150627
PREFIX = "t5b"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = "plaintes.klachten@federal.example.be"
WEBFORM = "no-reply-webform@federal.example.be"
RNG = random.Random(SEED)

# ----------------------------------------------------------------------------- helpers


def ew(s, cs="utf-8", enc="q"):
    """RFC 2047 encode a whole string (split into words of <= 75 chars)."""
    if all(ord(c) < 128 for c in s):
        return s

    def one(chunk):
        b = chunk.encode(cs)
        if enc == "b":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (cs, "".join(out))

    chunks, cur = [], ""
    for c in s:
        if cur and len(one(cur + c)) > 72:
            chunks.append(cur)
            cur = c
        else:
            cur += c
    chunks.append(cur)
    return "\n ".join(one(c) for c in chunks)


def addr(name, email, cs="utf-8", enc="q"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"\[\]]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc), email)


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n'
            % (sub, cs, extra, cte), body)


def M(sub, parts, boundary, extra="", preamble=""):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for h, b in parts:
        out += ("--%s\n" % boundary).encode() + h.encode() + b"\n" + b
    out += ("--%s--\n" % boundary).encode()
    return ('Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, boundary, extra), out)


def A(ctype, filename, data):
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n' % (ctype, filename, filename),
            base64.encodebytes(data))


def R(msgbytes, filename=None):
    h = "Content-Type: message/rfc822\n"
    if filename:
        h += 'Content-Disposition: attachment; filename="%s"\n' % filename
    return (h, msgbytes if msgbytes.endswith(b"\n") else msgbytes + b"\n")


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            b"4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")


def fake_jpg(n=900):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        RNG.randrange(256) for _ in range(n)) + b"\xff\xd9"


def html_of(text, style=True, extra_head="", tail=""):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>\n"
                   for p in paras)
    head = ""
    if style:
        head = ("<head><meta http-equiv=\"Content-Type\" content=\"text/html\">\n<style>"
                "body{font-family:Calibri,Arial,sans-serif;font-size:11pt} p{margin:0 0 10px 0}"
                "</style>" + extra_head + "</head>\n")
    return "<html>" + head + "<body>\n" + body + tail + "</body></html>\n"


def received(host, ip, date, qid):
    return ("Received", "from %s (%s [%s])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (host, host, ip, qid, MBOX, date))


def hdrs(frm, subject, date, mid, to=MBOX, extra=(), host="smtp.example.net", ip="198.51.100.17",
         subj_cs="utf-8", subj_enc="q"):
    qid = "%X" % RNG.randrange(16**10, 16**11)
    h = [received(host, ip, date, qid),
         ("From", frm), ("To", to), ("Subject", ew(subject, subj_cs, subj_enc)), ("Date", date),
         ("Message-ID", mid)]
    h.extend(extra)
    return h


def MSG(headers, part, crlf=False, mime=True):
    h = "".join("%s: %s\n" % (k, v) for k, v in headers)
    if mime:
        h += "MIME-Version: 1.0\n"
    data = (h + part[0]).encode("ascii") + b"\n" + part[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


ITEMS = []


def add(kind, lang, cat, notes, data, refers_to=None):
    ITEMS.append(dict(kind=kind, language=lang, category=cat, refers_to=refers_to,
                      notes=notes, data=data))


def ack_mid(t):
    return "<ack.%s@federal.example.be>" % t.lower()


# ============================================================================= COMPLAINTS

# C1 fr taxes - Flemish writer in French, long wandering, useless subject
t = """Bonjour Madame, Monsieur,

Excusez-moi d'avance pour mon français, je suis néerlandophone mais j'habite depuis 2019 à Wavre et j'essaie de faire l'effort, mes enfants vont à l'école en français donc je dois bien.

Je vous écris parce que je ne sais plus à qui m'adresser. D'abord il y a eu le déménagement de ma mère vers une résidence-services à Ottignies, ça m'a pris tout le mois de mars avec les papiers de la commune, la banque, la mutuelle et tout ça. Ensuite ma voiture est tombée en panne sur l'autoroute (ça c'est pas votre faute bien sûr). Je vous raconte ça parce que c'est pour ça que j'ai rentré ma déclaration seulement fin juin l'année passée, mais dans le délai quand même, j'ai vérifié deux fois.

Donc. Selon mon avertissement-extrait de rôle j'ai droit à un remboursement de 1.846,20 €. La lettre est datée du 14 novembre 2025 et elle dit que le montant sera versé « dans les meilleurs délais ». Nous sommes le 12 mai. Rien reçu. J'ai téléphoné au numéro sur la lettre quatre fois. Deux fois on m'a mis en attente 35 minutes et puis la ligne a coupé. Une fois une dame m'a dit de téléphoner en néerlandais à l'autre numéro, j'ai fait ça, et là on m'a dit que c'est le bureau de Wavre qui est compétent, donc en français. Le bureau de Wavre ne répond jamais, le répondeur dit que la boîte est pleine.

Le calcul je ne le conteste pas hein, le montant est correct, mon comptable a regardé. C'est juste que l'argent n'arrive pas et que personne ne sait me dire pourquoi. Mon numéro de compte n'a pas changé (BE71 0963 1234 5669).

Est-ce que c'est normal ? Est-ce qu'il y a une compensation avec une autre dette que je ne connais pas ? Si c'est ça on doit quand même me prévenir, non ?

Je trouve ça vraiment pas sérieux pour un service public. Merci de faire le nécessaire.

Met vriendelijke groeten / Salutations distinguées,
Geert Vanhoutte
Rue du Moulin à Vent 118
1300 Wavre
"""
add("complaint", "fr", "taxes",
    "Flemish sender writing French (second language, Dutch sign-off); LONG WANDERING (mother's move, car breakdown) before the point: tax refund not paid for 6 months, phone ping-pong FR/NL, unreachable office. Explicitly does NOT contest the assessment and ends with questions -> complaint, taxes. Useless subject 'question'. Outlook multipart/alternative, windows-1252 QP both parts (euro sign, guillemets).",
    MSG(hdrs(addr("Geert Vanhoutte", "geert.vanhoutte@example.be"), "question",
             "Tue, 12 May 2026 21:47:03 +0200", "<DB9P191MB0612A3F1C2@eur.mail.example.be>",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-BE")],
             host="mail.example.be", ip="203.0.113.41"),
        M("alternative", [T(t, cs="windows-1252"), T(html_of(t), "html", "windows-1252")],
          "----=_NextPart_000_0041_01DCE2A7.3B9F1C10")))

# C2 nl pensions - short, from Spain, useless subject
t = """Goedendag,

Sinds mijn verhuis naar Alicante in januari is er geen pensioen meer gestort. Vier maanden nu. Alle papieren (levensbewijs, nieuw adres, rekeningnummer) heb ik in december al doorgestuurd, aangetekend.
Telefoon neemt niemand op, mails blijven onbeantwoord. Ik leef hier van mijn spaarcenten.
Dit kan toch niet.

Rita Claeys
"""
add("complaint", "nl", "pensions",
    "VERY SHORT complaint (pension not paid for 4 months after moving abroad, unreachable service); useless subject 'dringend!!'. Sender in Spain. text/plain ISO-8859-1 8bit.",
    MSG(hdrs(addr("Rita Claeys", "rita.claeys@example.net"), "dringend!!",
             "Mon, 04 May 2026 10:12:55 +0200", "<4f1a90c2-77e0-b3d1@example.net>"),
        T(t, cs="iso-8859-1", cte="8bit")))

# C3 de social_security - written by the wife, long, HTML-only base64, subject Frage
t = """Guten Tag,

ich schreibe Ihnen im Namen meines Mannes, Herbert Kessel, der seit seinem Schlaganfall im Juli letzten Jahres nicht mehr gut schreiben kann. Ich hoffe, das ist so in Ordnung.

Eigentlich wollte ich nur eine kurze Frage stellen, aber jetzt wird es doch länger, entschuldigen Sie. Wir haben im August den Antrag auf Beihilfe für Personen mit Behinderung gestellt, über das Sozialamt in Bütgenbach, die Dame dort war sehr nett und hat alles mit uns ausgefüllt. Danach kam erst einmal gar nichts. Im November kam ein Brief auf Französisch, dass mein Mann zur ärztlichen Untersuchung nach Lüttich kommen soll. Mein Mann darf nicht mehr Auto fahren und ich fahre nicht gern in die Stadt, also hat sich unser Sohn dafür einen Tag freigenommen. Als wir dort waren, hieß es, der Termin sei verschoben worden, das hätte man uns per Post mitgeteilt. Wir haben nie etwas bekommen.

Der zweite Termin war dann im Februar, wieder in Lüttich, wieder ein Brief nur auf Französisch. Ich verstehe etwas Französisch, aber die medizinischen Wörter nicht. Wir sind doch deutschsprachig und ich dachte, wir haben ein Recht auf Briefe in unserer Sprache? Der Arzt hat meinen Mann zehn Minuten angeschaut und auf Französisch mit ihm geredet, mein Mann hat fast nichts verstanden.

Seitdem: nichts. Es sind jetzt neun Monate. Auf der Internetseite steht etwas von sechs Monaten Bearbeitungszeit. Wenn ich anrufe, kommt ein Band auf Französisch und Niederländisch, und irgendwann fliege ich raus. Das Sozialamt sagt, sie können da auch nichts machen.

Ich möchte mich hiermit offiziell beschweren: über die lange Dauer, über die Briefe nur auf Französisch und darüber, dass man niemanden erreicht. Und meine Frage vom Anfang: gibt es denn keinen Arzt in Eupen oder St. Vith, der diese Untersuchung machen kann?

Mit freundlichen Grüßen
Maria Kessel-Jost
Am Kreuzberg 14
4750 Bütgenbach
"""
add("complaint", "de", "social_security",
    "Written FOR SOMEONE ELSE (wife for husband after a stroke); Eastbelgian German, long and personal: disability allowance file 9 months, letters only in French, wasted trip for a cancelled medical exam, unreachable phone line -> complaint, social_security. Contains a question but the dominant intent is the complaint ('offiziell beschweren'). Useless subject 'Frage'. HTML-only (no text/plain), UTF-8 base64.",
    MSG(hdrs(addr("Maria Kessel", "m.kessel-jost@example.be"), "Frage",
             "Wed, 06 May 2026 16:03:21 +0200", "<1778076201.55120@webmail.example.be>",
             extra=[("User-Agent", "Roundcube Webmail/1.6")], host="webmail.example.be",
             ip="192.0.2.88"),
        T(html_of(t, style=False), "html", "utf-8", "base64")))

# C4 en unemployment - expat, complaint with questions
t = """Hi,

I'm writing in English, sorry, my French is still at A2 and my Dutch is worse.

I work for a logistics company near the airport and we were put on temporary unemployment (economic reasons) from February to April because a big contract stopped. My employer says they did everything on their side and the forms were sent electronically. I registered with the payment office they recommended (the public one, not the union) on 3 February.

Since then I have received exactly nothing. Not one payment. I have called them nine times (I keep a list). Four times nobody picked up, three times I was told the file is "en traitement", once someone told me a form was missing, which I then sent by registered post, and the last time the lady told me there is no missing form at all. The chatbot on the website just sends me back to an FAQ page in French.

I'm not contesting anything, I just want to be paid what I'm owed and to talk to someone who actually answers. I have rent to pay and a six-year-old.

Who is supposed to help me with this? Is there anybody above that office I can escalate to?

Thanks,
Tiago Moreira Lopes
Vilvoorde
"""
add("complaint", "en", "unemployment",
    "Expat writing English: no temporary-unemployment payment for 3 months, contradictory answers, useless chatbot. Says 'I'm not contesting anything' and ends with two questions -> complaint (dominant), unemployment. Gmail-style multipart/alternative UTF-8 QP.",
    MSG(hdrs(addr("Tiago Moreira Lopes", "tiago.m.lopes@example.com"),
             "No payment since February - who do I talk to?",
             "Thu, 07 May 2026 08:31:40 +0200", "<CAH7x=9kq2LrT0pMw@mail.example.com>",
             host="mail-sor-f41.example.com", ip="198.51.100.203"),
        M("alternative", [T(t), T(html_of(t, style=False), "html")], "000000000000a1c3f90631e2b7d4")))

# C5 fr mobility - Eastbelgian in French, subject "suite" (not a follow-up)
t = """Bonjour,

suite à mon voyage du 28 avril de Eupen vers Bruxelles-Midi je veux faire une plainte.

Le train de 6h54 a été supprimé sans information, sur le quai à Eupen il n'y avait rien sur l'affichage et l'annonce était seulement en français et en néerlandais, pas en allemand, et ça dans la Communauté germanophone !! Ensuite à Welkenraedt le contrôleur a été très désagréable quand j'ai demandé en allemand (et après en français) si mon billet était encore valable dans le train suivant. Il a dit « c'est pas mon problème madame » et il m'a fait payer un supplément de 8 euros à bord. J'ai payé parce que je devais être à 9h30 à un rendez-vous à l'hôpital.

Les 8 euros c'est pas le plus important. Je trouve pas correct qu'on parle comme ça aux voyageurs et qu'il n'y a pas d'annonce en allemand chez nous. Ça arrive tout le temps.

Je m'excuse pour les fautes, le français n'est pas ma langue maternelle.

Mit freundlichen Grüßen
Ingrid Schommers
Eupen
"""
add("complaint", "fr", "mobility",
    "Eastbelgian sender writing French (German sign-off): cancelled train, no German announcements, rude conductor. Subject 'suite' looks like a follow-up but there is no ticket and no earlier exchange ('suite à mon voyage') -> new complaint, mobility. Mentions a supplement paid but explicitly does not ask to cancel it. text/plain ISO-8859-1 QP.",
    MSG(hdrs(addr("Ingrid Schommers", "ingrid.schommers@example.be"), "suite",
             "Sat, 02 May 2026 19:20:08 +0200", "<8e3d1c0a-2f6b@mail.example.be>",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Thunderbird/115.10.1")]),
        T(t, cs="iso-8859-1")))

# C6 nl police - Walloon writing Dutch
t = """Goedendag,

Ik ben Franstalig, ik woon in Waver maar ik werk in Leuven, dus ik probeer in het Nederlands te schrijven, excuseer voor de fouten.

Op vrijdag 17 april rond 18u15 ben ik gecontroleerd door de politie aan de rotonde bij de ring (een alcoholcontrole denk ik). Geen probleem voor de controle zelf, de test was negatief. Maar de agent (een grote man met een baard, zijn nummer heb ik niet kunnen zien) heeft mijn identiteitskaart genomen en is met die kaart naar de camionette gegaan en ik moest 40 minuten wachten zonder uitleg. Toen ik in het Frans vroeg wat het probleem was, zei hij "hier spreken we Nederlands" en zijn collega heeft gelachen. Daarna heb ik het gevraagd in het Nederlands en dan heeft hij gezegd dat ik moet zwijgen of dat ik "meegenomen" word.

Ik heb niets verkeerd gedaan. Ik vind dat niet normaal voor een politieagent. Ik wil dat dit onderzocht wordt en ik wil weten waarom ik zo lang moest wachten.

Met vriendelijke groeten,
Sébastien Lambotte
"""
add("complaint", "nl", "police",
    "Walloon sender writing Dutch (second language, French loanword 'camionette'): police CONDUCT during an alcohol check (ID kept 40 min, mocking, threat) -> complaint, police (no fine, nothing to contest). text/plain UTF-8 8bit.",
    MSG(hdrs(addr("Sébastien Lambotte", "seb.lambotte@example.be"), "Klacht",
             "Sun, 19 Apr 2026 22:05:44 +0200", "<20260419200544.GA3121@example.be>",
             extra=[("User-Agent", "Mutt/2.2.12")], host="relay.example.be", ip="203.0.113.9"),
        T(t, cte="8bit")))

# C7 en foreign_affairs - long wandering, Nairobi
t = """Dear Sir or Madam,

I hope this reaches the right people, I honestly have no idea any more who deals with what.

Some background first, sorry, it matters. I was born in Leeds, married a Belgian (Pieter) in 2009 and became Belgian myself in 2016. We moved to Nairobi three years ago for his work with an NGO. Our two girls go to school here, we have a very old dog who hates the heat, and life is mostly good, apart from the traffic. In August we are supposed to fly home to Belgium for my father-in-law's 80th birthday and then on to the UK to see my mum, who is not well.

My Belgian passport expires on 30 June. In January I tried to book an appointment at the embassy here through the online booking page. No slots. I tried every week in February and March - still no slots, the calendar just shows grey until "further notice". The e-mail address on the website for consular questions bounces back with "mailbox full". The phone number rings out.

So in April I simply went there in person. The guard at the gate would not let me in without an appointment confirmation and told me to "use the website". I explained that the website has no appointments. He shrugged. I stood outside for an hour and a half in the sun hoping someone would come out. Nobody did.

I understand that small embassies have limited staff. But this is the only place where I can renew my passport, and it is impossible to reach a human being. I am a Belgian citizen and I feel completely abandoned.

Could somebody please look into how the consular section here is (not) being run, and actually get back to me? I have been polite for five months.

Kind regards,
Helen Verbeke-Ashworth
Nairobi, Kenya
"""
add("complaint", "en", "foreign_affairs",
    "LONG WANDERING complaint (family background, dog, travel plans) by a Belgian abroad: embassy booking page without slots for months, consular mailbox bounces, refused at the gate -> complaint, foreign_affairs. Sender in Kenya (+0300). text/plain UTF-8 QP format=flowed.",
    MSG(hdrs(addr("Helen Verbeke-Ashworth", "helen.ashworth@example.org"),
             "Passport renewal impossible",
             "Fri, 08 May 2026 11:44:10 +0300", "<B5A2E1F0-33C1-4D8E-9A0B-7E2C51D0AA19@example.org>",
             extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")], host="mx.example.org",
             ip="192.0.2.140"),
        T(t, extra="; format=flowed")))

# C8 de taxes - short angry, subject Hallo?
t = """Seit Oktober warte ich auf meine Steuerrückzahlung (Einkommen 2024, 612 Euro).
Dreimal angerufen, zweimal gemailt. Keine Antwort. Gar nichts.
Ist da überhaupt jemand???

J. Mertes
Kelmis
"""
add("complaint", "de", "taxes",
    "VERY SHORT ANGRY complaint (tax refund not paid, no answers), subject 'Hallo?'. text/plain ISO-8859-1 8bit, no greeting.",
    MSG(hdrs(addr("Josef Mertes", "jmertes@example.net"), "Hallo?",
             "Mon, 11 May 2026 07:02:19 +0200", "<000a01dce1c2$5b3e7f20$11b27d60$@example.net>"),
        T(t, cs="iso-8859-1", cte="8bit")))

# C9 fr pensions - daughter for father, mixed FR/NL, + PDF
t = """Madame, Monsieur,

Je vous écris au nom de mon père, M. André Wouters, né le 3 février 1934, qui réside depuis novembre à la maison de repos « Les Tilleuls » à Ixelles. Je dispose d'une procuration générale (copie en pièce jointe).

Depuis le mois de mars, sa pension n'est plus versée. Après beaucoup de recherches j'ai compris que la pension est toujours versée sur son ancien compte, que la banque a clôturé en février au moment où nous avons tout regroupé sur un seul compte pour payer la maison de repos. L'argent revient donc chez vous, je suppose.

J'ai envoyé le nouveau numéro de compte à trois reprises : par courrier le 2 mars, par le formulaire en ligne le 20 mars et par courrier recommandé le 8 avril. Au téléphone on m'a finalement dit que le changement doit être signé par mon père lui-même, alors qu'il ne sait plus écrire et que j'ai justement une procuration notariée. Personne ne m'avait dit ça avant, et on aurait pu me le dire en mars.

Mijn vader heeft zijn hele loopbaan in Vlaanderen gewerkt en zijn brieven kwamen altijd in het Nederlands. Ik schrijf verder in het Frans omdat dat voor mij makkelijker is, maar u mag gerust in het Nederlands antwoorden als dat moet voor zijn dossier.

La maison de repos commence à réclamer les factures de mars et avril (plus de 4.000 €). Je trouve inacceptable qu'un homme de 92 ans se retrouve dans cette situation parce que les services ne se parlent pas et que personne ne donne la bonne information.

Je vous demande de régler ce problème de compte au plus vite et de verser les montants en retard.

Nouveau compte : BE29 7310 4417 0364 (au nom de André Wouters)

Avec mes salutations,
Chantal Wouters
fille de M. André Wouters
"""
add("complaint", "fr", "pensions",
    "Written FOR SOMEONE ELSE (daughter with power of attorney for her 92-year-old father). MIXED FR/NL: one Dutch paragraph inside a French mail; language fr (dominant). Pension paid to a closed account, new account sent three times, late and contradictory information -> complaint, pensions. Asks to fix payment, does not contest the pension decision. multipart/mixed: text/plain UTF-8 QP + PDF (procuration).",
    MSG(hdrs(addr("Chantal Wouters", "chantal.wouters@example.com"),
             "Pension de mon père - M. André Wouters",
             "Tue, 28 Apr 2026 14:26:37 +0200", "<d0c1b6e4-9a3f-4e27-8b11-2c5f7a31e0c2@example.com>",
             extra=[("User-Agent", "Mozilla Thunderbird")]),
        M("mixed", [T(t), A("application/pdf", "procuration notariale Wouters.pdf",
                            fake_pdf("Procuration - A. Wouters"))],
          "------------Zq8bW3xR0ePk7T1mLhC2vN9d")))

# C10 nl unemployment - web form notification
t_form = """Er werd een nieuw bericht ingediend via het contactformulier.

Formulier: Klacht / suggestie
Datum: 29/04/2026 23:14
Taal: NL

Naam: Jelle Verstraeten
E-mail: jelle.verstraeten@example.be
Telefoon: 0491 55 20 17
Rijksregisternummer: 96.11.02-247.18
Onderwerp: Andere

Bericht:
ik heb in februari mijn C4 en mijn controlekaart binnengebracht bij het kantoor van de uitbetalingsinstelling in Mechelen. daarna twee maanden niks. als ik bel zeggen ze dat ze mijn documenten niet hebben en dat ik ze opnieuw moet sturen. ik heb dat intussen DRIE keer gedaan, één keer zelf afgegeven aan het loket en een bewijs gevraagd maar dat kon niet "want dat doen we niet". nu zeggen ze weer dat het dossier onvolledig is. ik heb al 2 maand geen inkomen en moet geld lenen van mijn ouders. hoe kan het dat jullie zo slordig omgaan met documenten van mensen??

Toestemming verwerking gegevens: ja

--
Dit bericht werd automatisch gegenereerd. Beantwoord deze e-mail niet rechtstreeks; gebruik het adres van de indiener.
"""
rows = "".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>\n" % (htmlmod.escape(k), htmlmod.escape(v)) for k, v in [
    ("Formulier", "Klacht / suggestie"), ("Datum", "29/04/2026 23:14"), ("Naam", "Jelle Verstraeten"),
    ("E-mail", "jelle.verstraeten@example.be"), ("Telefoon", "0491 55 20 17"), ("Onderwerp", "Andere")])
msgtxt = t_form.split("Bericht:\n")[1].split("\n\nToestemming")[0]
h_form = ("<html><body><h3>Nieuw bericht via het contactformulier</h3>\n<table border=\"1\" cellpadding=\"4\">\n"
          + rows + "<tr><th align=\"left\">Bericht</th><td>" + htmlmod.escape(msgtxt) + "</td></tr>\n</table>\n"
          "<p style=\"color:#888\">Dit bericht werd automatisch gegenereerd.</p></body></html>\n")
add("complaint", "nl", "unemployment",
    "WEB-FORM notification from no-reply-webform@federal.example.be with Auto-Submitted: auto-generated set by our own site; the citizen is in Reply-To and the form fields -> acknowledge the citizen. Lower-case rant: documents lost three times by the payment office -> complaint, unemployment. multipart/alternative UTF-8 QP (plain + HTML table).",
    MSG(hdrs(addr("Contactformulier", WEBFORM), "Nieuw bericht contactformulier: Andere",
             "Wed, 29 Apr 2026 23:14:52 +0200", "<webform.20260429231452.7731@federal.example.be>",
             extra=[("Reply-To", addr("Jelle Verstraeten", "jelle.verstraeten@example.be")),
                    ("Auto-Submitted", "auto-generated")],
             host="web03.federal.example.be", ip="10.20.4.13"),
        M("alternative", [T(t_form), T(h_form, "html")], "=_webform_7731_b1")))

# C11 en police - forwarded by a commune as message/rfc822
inner_t = """Hello,

I am writing to complain about how I was treated by the police last Saturday 25 April, around 14:00, at the main train station.

A man snatched my handbag on the escalator to platform 4. I shouted, and two officers in uniform who were standing maybe ten metres away looked at me and did not move. When I ran to them they said "go to the police station, we are busy" and walked away. They were talking to each other, they were not busy.

I went to the police station near the station. The officer at the desk refused to take my statement in English. He said I should come back "with a translator or with someone who speaks Dutch or French". I have lived here for two years, I am learning Dutch, but I cannot explain a theft in Dutch. I left without a report, which means I cannot claim my phone and my bank cards on my insurance.

I do not understand how police officers can refuse to help a victim in front of them. I would like this to be investigated and I would like to be able to file my report.

Aisha Rahman
"""
inner = MSG([("From", addr("Aisha Rahman", "a.rahman@example.org")),
             ("To", "info@gemeente.example.be"),
             ("Subject", "Complaint about police at the station"),
             ("Date", "Mon, 27 Apr 2026 09:13:02 +0200"),
             ("Message-ID", "<CAFr4x-01ab77@mail.example.org>")],
            T(inner_t))
outer_t = """Goedemiddag,

Bijgaand een klacht die wij via ons algemeen adres ontvingen. Het gaat over het optreden van politieagenten in en rond het station; dat valt niet onder de bevoegdheid van de gemeentelijke diensten. Wij sturen deze dan ook door voor verdere behandeling. De burger werd hiervan op de hoogte gebracht.

Met vriendelijke groeten,

Lies Goossens
Dienst Burgerzaken - Onthaal
"""
add("complaint", "en", "police",
    "FORWARD by a commune: short Dutch covering note + the citizen's own English mail as message/rfc822 attachment. Complainant (to acknowledge) is the inner From; language = en (the citizen's text). Police CONDUCT (officers ignored a bag snatching, desk refused a statement in English); 'theft' in the police sense -> complaint, police. Outer text/plain UTF-8 QP.",
    MSG(hdrs(addr("Lies Goossens", "lies.goossens@gemeente.example.be"), "Doorsturen: Complaint about police at the station",
             "Tue, 28 Apr 2026 13:40:51 +0200", "<7f2a01b3c4d5e6@gemeente.example.be>",
             host="mail.gemeente.example.be", ip="203.0.113.77"),
        M("mixed", [T(outer_t), R(inner, "Complaint about police at the station.eml")],
          "----=_Part_2207_118840132.1777376451000")))

# C12 de mobility - imported car registration, subject Anfrage
t = """Sehr geehrte Damen und Herren,

am 2. März habe ich über meine Versicherung die Zulassung für meinen in Aachen gekauften Gebrauchtwagen beantragt. Seitdem steht das Auto in der Garage.

Die Versicherung sagt, der Antrag hänge bei Ihnen, weil die Übereinstimmungsbescheinigung fehle. Diese habe ich am 9. März (per Mail), am 23. März (per Post) und am 14. April (per Einschreiben) geschickt. Jedes Mal heißt es danach wieder, das Dokument liege nicht vor. Die Telefonnummer ist nur auf Französisch und Niederländisch, auf meine zwei E-Mails habe ich nie eine Antwort bekommen, nicht einmal eine Eingangsbestätigung.

Ich fahre jetzt seit zehn Wochen mit dem Bus zur Arbeit nach Malmedy, das sind jeden Tag fast drei Stunden. Ich bezahle schon die Versicherung für ein Auto, das ich nicht benutzen darf.

Das ist eine Zumutung. Ich erwarte, dass sich endlich jemand meine Akte anschaut und mir sagt, was noch fehlt.

Mit freundlichen Grüßen
Dominik Heinen
Weismes
"""
add("complaint", "de", "mobility",
    "Vehicle registration of an imported car blocked 10 weeks, document 'missing' after being sent three times, no answers, no German line -> complaint, mobility. Useless subject 'Anfrage' (suggests a question). multipart/alternative ISO-8859-1 QP; ISO-8859-1 Q-encoded display name.",
    MSG(hdrs(addr("Dominik Heinen", "d.heinen@example.net"), "Anfrage",
             "Thu, 14 May 2026 06:58:30 +0200", "<000001dce3a0$b7c8d9e0$@example.net>",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        M("alternative", [T(t, cs="iso-8859-1"), T(html_of(t), "html", "iso-8859-1")],
          "----=_NextPart_000_0007_01DCE3A0.B7C8D9E0")))

# C13 fr social_security - very short, urgent!!
t = """bonjour
ça fait 6 semaines que j'attends mon attestation pour le droit passerelle, ma caisse dit que c'est bloqué chez vous, chez vous on me dit que c'est la caisse. personne ne décroche. j'ai plus aucun revenu depuis mars.
c'est honteux

N. Bouazza

Envoyé de mon téléphone
"""
add("complaint", "fr", "social_security",
    "VERY SHORT complaint from a self-employed person (bridging right for the self-employed stuck, ping-pong between fund and administration); subject 'urgent!!', lower case, no punctuation. text/plain UTF-8 QP.",
    MSG(hdrs(addr("Nadia Bouazza", "nadia.bouazza@example.com"), "urgent!!",
             "Fri, 15 May 2026 12:01:09 +0200", "<em6c1f2a0b-3d44@example.com>"),
        T(t)))

# C14 nl foreign_affairs - Flemish woman in Canada mixing English, base64
t = """Hallo,

Ik woon sinds 2021 in Vancouver en ons zoontje Lowie is hier geboren in januari. Om zijn geboorte te laten registreren en een Belgische identiteitsdocument te krijgen moest ik de originele birth certificate (met apostille) opsturen naar het consulaat. Dat heb ik gedaan op 4 februari, registered mail, en de tracking zegt "delivered" op 11 februari. Ik heb de screenshot nog.

Sindsdien: niks. Ik heb drie keer een follow-up gemaild naar het algemene adres, geen antwoord. Op 20 maart kreeg ik uiteindelijk een mail van iemand dat ze "geen documenten op die naam" hebben ontvangen. Ik heb geantwoord met de tracking, en dan weer stilte. De link om een appointment te maken geeft een error 404, al weken.

Honestly this is ridiculous. Zo'n origineel document opnieuw aanvragen kost hier 6 weken en bijna 100 dollar, plus de apostille. En ik wil in de zomer met Lowie naar België om hem aan zijn grootouders te laten zien, zonder papieren gaat dat niet.

Ik wil graag dat iemand uitzoekt waar mijn documenten zijn en dat er eindelijk iemand antwoordt op mijn mails.

Groetjes,
Annelies Vermeulen
"""
add("complaint", "nl", "foreign_affairs",
    "MIXED NL/EN (Flemish woman abroad using English words and one English sentence); language nl (dominant). Consulate lost an original birth certificate, no replies, broken appointment link -> complaint, foreign_affairs. Sender in Canada (-0700). Gmail multipart/alternative, both parts base64 UTF-8; B-encoded subject.",
    MSG(hdrs(addr("Annelies Vermeulen", "annelies.vermeulen@example.com"), "documenten kwijt?? geboorte Lowie",
             "Sun, 10 May 2026 18:22:47 -0700", "<CAJz0pQe7w2x_kL1@mail.example.com>",
             subj_enc="b", host="mail-qt1-f180.example.com", ip="198.51.100.66"),
        M("alternative", [T(t, cte="base64"), T(html_of(t, style=False), "html", cte="base64")],
          "0000000000004c8e1a0632f0c7a9")))

# C15 de unemployment - Eastbelgian, mentions (accepts) sanction, French admin words
t = """Guten Tag,

hiermit möchte ich eine Beschwerde über die Hilfskasse einreichen.

Kurz zur Vorgeschichte: Ich war im Januar für vier Wochen gesperrt, weil ich einen Termin verpasst hatte. Den Beschluss akzeptiere ich, das war mein Fehler, darum geht es nicht.

Die Sperre war am 15. Februar vorbei. Seitdem habe ich aber keine Zahlung mehr bekommen. Ich habe meine Stempelkarte jeden Monat abgegeben. Im März bekam ich ein Schreiben mit "formulaire C3.2 manquant" und "régularisation", alles auf Französisch, obwohl ich in St. Vith wohne und meine Akte auf Deutsch ist. Am Schalter in Eupen sagte mir ein Herr, ich solle "das halt übersetzen lassen", und als ich nachgefragt habe, was genau fehlt, hat er nur mit den Schultern gezuckt und gesagt, er sei nicht zuständig.

Im April wurde dann plötzlich ein Betrag überwiesen, aber für den falschen Monat (Dezember!) und niemand kann mir sagen, ob März und April noch kommen.

Ich finde es nicht in Ordnung, dass man so unfreundlich behandelt wird und nur Französisch bekommt. Bitte sorgen Sie dafür, dass mein Dossier geprüft wird und ich eine Antwort auf Deutsch bekomme.

Freundliche Grüße
Kevin Lentz
St. Vith
"""
add("complaint", "de", "unemployment",
    "Eastbelgian mixing French administrative phrases into German. MENTIONS a sanction decision but explicitly accepts it ('Den Beschluss akzeptiere ich'); complains about payments stopped since, French-only letters and an unhelpful counter clerk -> complaint, unemployment. 'Beschwerde' in its everyday sense. text/plain UTF-8 QP.",
    MSG(hdrs(addr("Kevin Lentz", "kevin.lentz@example.be"), "Beschwerde",
             "Tue, 05 May 2026 20:37:15 +0200", "<a91b3e77-0cd2-4f19@example.be>"),
        T(t)))

# C16 en taxes - expat, French phrases, subject hello?
t = """hello?

Is anyone actually reading this mailbox? I've tried the contact form twice.

I'm a Canadian working in Brussels since 2023. To do my tax return I need to log in to the online tax portal. To log in I need the app. To get the app I need a Belgian phone number AND a card reader, or "un lecteur de carte", as the lady at the "guichet" kept saying, which I bought. The card reader doesn't recognize my foreigner's card, the app won't verify without a Belgian SIM registered in my own name (my phone is a company phone), and the "helpdesk" told me to "passer au bureau" - which I did, on a Tuesday morning, and was told there are only appointments, and the appointments are full until after the deadline.

I don't want to contest anything, I just want to file my return on time and not get a fine for something that is not my fault. The whole system seems built for people who already have everything.

Can somebody tell me how a foreigner is supposed to do this? And please stop sending me in circles.

Mark Delaney
Etterbeek
"""
add("complaint", "en", "taxes",
    "Expat English with French words in quotes ('guichet', 'passer au bureau'); useless subject 'hello?'. Online tax portal login impossible for a foreigner, helpdesk circles, appointments full -> complaint (dominant) with questions; 'fine' is only feared, nothing contested -> taxes. text/plain us-ascii 7bit.",
    MSG(hdrs(addr("Mark Delaney", "mark.delaney@example.com"), "hello?",
             "Wed, 13 May 2026 23:58:02 +0200", "<0100018f6a2b3c4d-9e8f@example.com>"),
        T(t, cs="us-ascii", cte="7bit")))

# C17 nl mobility - short, "Re: uw brief" but no ticket
t = """Geachte,

In uw brief van 12 februari schreef u dat de lift naar perron 3 in het station van Aalst “tegen eind maart” hersteld zou zijn. We zijn half mei. De lift staat nog altijd stil.
Ik zit in een rolstoel en moet nu elke dag met een taxi naar Denderleeuw om de trein te kunnen nemen. Dat kost mij € 22 per dag.
Hoe lang nog?

Marc Van den Abeele
"""
add("complaint", "nl", "mobility",
    "SHORT complaint with subject 'Re: uw brief' (replying to a paper letter, no In-Reply-To, no ticket number) -> new complaint, not a follow_up: station lift still broken, wheelchair user -> mobility. text/plain windows-1252 QP (curly quotes, euro sign).",
    MSG(hdrs(addr("Marc Van den Abeele", "marc.vandenabeele@example.be"), "Re: uw brief",
             "Fri, 15 May 2026 09:14:33 +0200", "<002b01dce48f$1a2b3c40$@example.be>",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        T(t, cs="windows-1252")))

# C18 fr police - mother for son, HTML-only QP
t = """Madame, Monsieur,

Je vous écris pour mon fils Yanis, 17 ans, qui n'ose pas le faire lui-même.

Mercredi 6 mai vers 16h30, il rentrait de l'école à vélo avec deux amis dans notre quartier à Anderlecht. Une voiture de police les a arrêtés. Les agents les ont fouillés devant tout le monde, contre la voiture, sans leur dire pourquoi. Mon fils a commencé à filmer avec son téléphone. Un agent lui a arraché le téléphone, a effacé la vidéo devant lui et lui a dit : « la prochaine fois, je te le casse ». Ils sont partis sans rien noter, sans PV, sans rien.

Mon fils n'a jamais eu de problème avec la police. Depuis, il ne veut plus prendre son vélo. Je ne trouve pas normal que des policiers traitent des mineurs comme ça et effacent des images.

Je demande qu'une enquête soit faite sur le comportement de ces agents. J'ai le numéro de la plaque de la voiture de police, mon fils l'a noté.

Cordialement,
Samira El Idrissi
"""
add("complaint", "fr", "police",
    "Written FOR SOMEONE ELSE (mother for her 17-year-old son). Police CONDUCT (street search, phone grabbed, video deleted, threat) -> complaint, police. HTML-only (Outlook.com style with signature div), UTF-8 QP, no text/plain.",
    MSG(hdrs(addr("Samira El Idrissi", "samira.elidrissi@example.com"), "mon fils",
             "Thu, 07 May 2026 21:19:56 +0200", "<AM0PR10MB3345F1E2@AM0PR10MB3345.eurprd10.example.com>"),
        T(html_of(t, tail="<div id=\"Signature\"><p style=\"color:#666\">Envoyé à partir de Outlook</p></div>\n"),
          "html")))

# C19 en other - eBox notifications, expat
t = """Good morning,

I would like to complain about the government digital mailbox. I activated it last year because I was told it would replace paper letters.

In March a letter was placed in my digital mailbox about my residence (I only found out later). I never received the e-mail notification that is supposed to tell you a new document has arrived - I checked spam, everything. Because of that I missed a deadline and now I have to start a procedure again at the town hall, which takes another two months.

When I called the helpdesk, the person said notifications "sometimes don't work" and that I should just "log in every week to check". That can't be the answer. If a system replaces registered post, it has to work, or at least somebody has to warn people that it doesn't.

Regards,
Olga Petrenko
"""
add("complaint", "en", "other",
    "Expat English: complaint about the federal digital mailbox (missing notifications, dismissive helpdesk) -> complaint, other (none of the listed domains; the residence procedure itself is not contested). text/plain UTF-8 QP.",
    MSG(hdrs(addr("Olga Petrenko", "olga.petrenko@example.net"), "digital mailbox",
             "Mon, 11 May 2026 08:05:48 +0200", "<e4d2c1b0-5a6f-11f1@example.net>"),
        T(t)))

# C20 de pensions - long wandering retiree, Beschwerde (everyday), + PDF
t = """Sehr geehrte Damen und Herren,

mein Name ist Leo Pfeiffer, ich bin 71 Jahre alt und wohne in Raeren, gleich an der Grenze. Ich schreibe nicht gern Beschwerdebriefe, meine Frau sagt immer, ich solle mich nicht so aufregen, aber jetzt ist es einfach zu viel.

Vielleicht zuerst zu meiner Person, damit Sie verstehen: ich habe 22 Jahre in Belgien gearbeitet (Schreinerei in Eupen, später bei der Gemeinde) und 19 Jahre bei einer Firma in Stolberg, also in Deutschland. Ich bekomme seit 2020 eine kleine belgische Pension und eine deutsche Rente. Das ging jahrelang gut. Wir haben drei Enkel, der Garten macht Arbeit, der Rücken auch, aber man ist zufrieden.

Im Januar bekam ich von Ihnen einen Brief auf Französisch, ich müsse die Höhe meiner ausländischen Rente neu angeben, mit einem Formular. Ich habe das Formular ausgefüllt, mit dem Rentenbescheid aus Deutschland, und am 22. Januar abgeschickt. Im März kam wieder der gleiche Brief, diesmal mit dem Hinweis, ohne Antwort werde die Zahlung ausgesetzt. Ich habe alles noch einmal geschickt, diesmal per Einschreiben (Beleg im Anhang). Seit April bekomme ich keine belgische Pension mehr.

Am Telefon war die Dame freundlich, aber sie sagte, sie sehe "kein Formular in der Akte". Zwei Einsendungen, beide verschwunden? Sie hat versprochen, dass jemand zurückruft. Niemand hat zurückgerufen. Alle Briefe kommen nur auf Französisch, obwohl ich zweimal um Deutsch gebeten habe.

Mein Vater hat immer gesagt, auf die belgische Verwaltung kann man sich verlassen, sie ist langsam, aber sie verliert nichts. Da hat sich wohl einiges geändert.

Ich bitte Sie also, meine Unterlagen zu suchen, die Zahlung wieder aufzunehmen und mir in Zukunft auf Deutsch zu schreiben.

Mit freundlichen Grüßen
Leo Pfeiffer
Hauptstraße 61
4730 Raeren
"""
add("complaint", "de", "pensions",
    "LONG WANDERING complaint of a cross-border retiree (biography, grandchildren, his father's opinion): form sent twice and lost, pension suspended, French-only letters, promised call-back never came -> complaint, pensions; 'Beschwerdebriefe' in the everyday sense, the pension amount is not contested. multipart/mixed > multipart/alternative (windows-1252 QP, plain + HTML) + PDF receipt.",
    MSG(hdrs(addr("Leo Pfeiffer", "leo.pfeiffer@example.be"), "Meine Pension",
             "Wed, 13 May 2026 10:41:26 +0200", "<001201dce2b5$4e5f6a70$eb1a2f50$@example.be>",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        M("mixed", [M("alternative", [T(t, cs="windows-1252"), T(html_of(t), "html", "windows-1252")],
                      "----=_NextPart_001_0013_01DCE2B5.4E5F6A70"),
                    A("application/pdf", "Einschreiben_Beleg_Maerz.pdf", fake_pdf("Einschreiben 2026-03-17"))],
          "----=_NextPart_000_0012_01DCE2B5.4E5F6A70")))

# ============================================================================= APPEALS

# A1 nl taxes - polite recalculation, subject vraag
t = """Goeiemiddag,

Vorige week kreeg ik mijn aanslagbiljet (inkomsten 2024) en ik moet 1.212 euro bijbetalen. Ik denk dat de kosten voor de opvang van mijn dochter (onthaalmoeder, 1.480 euro) niet zijn meegeteld, terwijl ik die wel had ingevuld in mijn aangifte.

Kunnen jullie dat nog eens nakijken en de berekening aanpassen? Het fiscaal attest van de opvang zit in bijlage.

Alvast bedankt,
Sofie Lemmens
Hasselt
"""
add("appeal", "nl", "taxes",
    "POLITE request to look again at and adjust a tax assessment (childcare costs missing), no legal words (no bezwaar/beroep) -> appeal, taxes. Useless subject 'vraag' suggests an information request. multipart/mixed: text/plain ISO-8859-1 QP + PDF attest.",
    MSG(hdrs(addr("Sofie Lemmens", "sofie.lemmens@example.be"), "vraag",
             "Mon, 04 May 2026 13:05:17 +0200", "<9c2e41f0-8b3d-4a6c@example.be>"),
        M("mixed", [T(t, cs="iso-8859-1"), A("application/pdf", "attest_opvang_2024.pdf",
                                                fake_pdf("Fiscaal attest kinderopvang 2024"))],
          "------------8A1D0F3C2B5E7A9D0C1B2A3F")))

# A2 fr police - Flemish writing French, contests speeding fine, + PDF
t = """Madame, Monsieur,

J'ai reçu une proposition de perception immédiate pour un excès de vitesse le 3 avril 2026 à 08h12 sur la N4 à Gembloux, avec le véhicule immatriculé 1-KTW-482. Montant 116 euros.

Je conteste cette amende. Le véhicule en question a été vendu le 20 mars 2026 à un garage à Namur, donc plus de deux semaines avant l'infraction. J'étais moi-même ce jour là à mon travail à Gand, ce que mon employeur peut confirmer. Les plaques ont été remises par le garage, mais apparemment le changement n'a pas encore été fait partout.

Je vous envoie en pièce jointe le bon de commande et la facture de reprise signés par le garage. Je vous demande d'annuler cette amende et de l'adresser au bon propriétaire.

Excusez mon français, je suis néerlandophone.

Bien à vous,
Bart Declercq
Zwijnaarde
"""
add("appeal", "fr", "police",
    "Flemish sender writing French. CONTESTS a speeding fine ('Je conteste cette amende', car sold before the offence) and asks to cancel it -> appeal, category police (traffic fine convention). multipart/mixed: text/plain UTF-8 8bit + PDF (sales invoice).",
    MSG(hdrs(addr("Bart Declercq", "bart.declercq@example.be"), "amende ???",
             "Thu, 30 Apr 2026 18:48:02 +0200", "<20260430184802.4d1e@example.be>"),
        M("mixed", [T(t, cte="8bit"), A("application/pdf", "factuur overname wagen.pdf",
                                          fake_pdf("Facture de reprise 1-KTW-482"))],
          "=-=-=__Kq7Rb2Zc0d__=-=-=")))

# A3 de police - Einspruch red light, short
t = """Sehr geehrte Damen und Herren,

gegen die Zahlungsaufforderung vom 21.04.2026 (Rotlicht, Kreuzung in Eupen, 09.04.2026, 17:41 Uhr, Kennzeichen 2-GHL-907) lege ich Einspruch ein.

Das Fahrzeug ist auf mich angemeldet, gefahren ist aber mein Sohn, Lukas Wintgens, wohnhaft bei mir. Ich bitte Sie, die Zahlungsaufforderung aufzuheben und sie an ihn zu richten.

Mit freundlichen Grüßen
Gerd Wintgens
Eupen
"""
add("appeal", "de", "police",
    "Explicit 'Einspruch' against a traffic fine (red light), designates the actual driver -> appeal, police. text/plain ISO-8859-1 8bit.",
    MSG(hdrs(addr("Gerd Wintgens", "gerd.wintgens@example.be"), "Einspruch",
             "Mon, 27 Apr 2026 11:30:00 +0200", "<5e1a2b3c.4d5e@example.be>"),
        T(t, cs="iso-8859-1", cte="8bit")))

# A4 en unemployment - polite, no legal words, + JPG
t = """Dear Sir/Madam,

I received a letter dated 22 April saying that my unemployment benefit is suspended for four weeks because I did not attend the appointment on 8 April.

I could not attend because I was in hospital from 6 to 10 April (emergency appendix operation). I called the number on the invitation on 7 April from my hospital bed to say I could not come, and the person said it was noted. Apparently it was not.

I attach the certificate from the hospital. Could you please reconsider this and cancel the suspension? Four weeks without income is very hard for me right now, especially after the hospital bills.

Thank you for your understanding,
Marta Kowalczyk
Liège
"""
add("appeal", "en", "unemployment",
    "Expat English. POLITE request to reconsider and cancel a 4-week benefit suspension (hospitalised on the day of the appointment), no legal words -> appeal, unemployment. multipart/mixed: multipart/alternative (UTF-8 QP plain + HTML) + JPG photo of the hospital certificate.",
    MSG(hdrs(addr("Marta Kowalczyk", "marta.kowalczyk@example.com"), "letter of 22 April",
             "Tue, 28 Apr 2026 09:52:31 +0200", "<CAK2mQx-5Hv9+Yt@mail.example.com>"),
        M("mixed", [M("alternative", [T(t), T(html_of(t, style=False), "html")], "000000000000f3a20e0632a7b1c2"),
                    A("image/jpeg", "IMG_20260427_191203.jpg", fake_jpg())],
          "000000000000f3a20f0632a7b1c4")))

# A5 fr social_security - long, partly complaint, dominant: recalc; HTML-only windows-1252
t = """Bonjour,

Je m'appelle Véronique Dumont, j'ai 54 ans et je suis reconnue handicapée depuis 2018 (sclérose en plaques). Je reçois une allocation d'intégration et jusqu'ici je n'avais jamais eu de problème, je tiens à le dire.

Le 9 avril j'ai reçu une nouvelle décision qui réduit mon allocation de 412 € par mois, avec en plus une demande de remboursement de 2.060 € pour les cinq derniers mois. Quand j'ai lu le détail, j'ai vu qu'on tient compte des revenus de « la personne avec qui vous formez un ménage ». Or je suis séparée de mon compagnon depuis septembre 2025, il a quitté le domicile et il est domicilié ailleurs depuis le 1er octobre, la commune peut le confirmer. Les revenus utilisés sont ceux de 2023 quand on vivait encore ensemble.

J'ai essayé de l'expliquer au téléphone, on m'a dit de « faire un courrier ». Je l'ai fait. On m'a répondu par une lettre type qui ne parle pas du tout de ma séparation. C'est épuisant quand on est malade, je vous le dis franchement.

Je vous demande donc de revoir cette décision en tenant compte de ma situation réelle depuis octobre, de recalculer mon allocation et d'annuler la demande de remboursement. Je joins la composition de ménage récente si nécessaire, dites-moi où l'envoyer.

Merci d'avance,
Véronique Dumont
Rue des Tanneurs 23
5000 Namur
"""
add("appeal", "fr", "social_security",
    "POLITE request to review, recalculate and cancel a recovery (integration allowance cut based on an ex-partner's income), no legal words; also grumbles about phone/letters, but dominant intent = change the decision -> appeal, social_security. HTML-only windows-1252 QP (euro sign, guillemets).",
    MSG(hdrs(addr("Véronique Dumont", "vero.dumont@example.be", "iso-8859-1"), "ma décision du 9 avril",
             "Sat, 25 Apr 2026 15:33:12 +0200", "<1745588000.3321.webmail@example.be>",
             subj_cs="iso-8859-1"),
        T(html_of(t), "html", "windows-1252")))

# A6 nl pensions - son for mother, explicit bezwaar, CRLF
t = """Geachte heer, mevrouw,

Ik schrijf namens mijn moeder, mevrouw Godelieve Peeters (geboren 14/08/1958), die mij daarvoor de toelating gaf. Zij ontving op 16 april de beslissing over haar rustpensioen.

Wij tekenen bezwaar aan tegen deze beslissing. In de loopbaanberekening ontbreken de jaren 1979 tot en met 1986, toen mijn moeder als meewerkende echtgenote in de bakkerij van mijn vader werkte en sociale bijdragen betaalde. Wij hebben daar de bewijzen van (afrekeningen van het sociaal verzekeringsfonds), die wij kunnen bezorgen.

Wij vragen om de loopbaan te herzien en het pensioen opnieuw te berekenen.

Met vriendelijke groeten,
Tom Van Dyck
(zoon van mevr. G. Peeters)
Turnhout
"""
add("appeal", "nl", "pensions",
    "Written FOR SOMEONE ELSE (son for his mother); explicit 'bezwaar aantekenen' against a pension decision (missing years as assisting spouse) -> appeal, pensions. Outlook multipart/alternative UTF-8 QP, CRLF line endings.",
    MSG(hdrs(addr("Tom Van Dyck", "tom.vandyck@example.be"), "bezwaar pensioen mama",
             "Wed, 22 Apr 2026 19:10:45 +0200", "<AS8PR07MB7240B1C2@AS8PR07MB7240.eurprd07.example.be>",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        M("alternative", [T(t), T(html_of(t), "html")], "_000_AS8PR07MB7240B1C2_"), crlf=True))

# A7 en mobility - driving licence exchange refused, 'appeal', base64
t = """To whom it may concern,

I want to appeal against the refusal to exchange my Indian driving licence for a Belgian one (letter received via the town hall on 5 May).

The letter says the licence cannot be exchanged because it was "issued after the holder took up normal residence in Belgium". This is not correct. My licence was issued in Pune in 2014. What was issued in 2024 is the renewal (the smart card version), after I moved here in 2023. The original issue date is printed on the back of the card and on the extract from the transport office that I submitted.

I have driven for twelve years without any accident and I need the car for my job as a field engineer. Please look at the original issue date and revise the decision.

Yours faithfully,
Rohan Kulkarni
Mechelen
"""
add("appeal", "en", "mobility",
    "Expat English, explicit 'appeal' against the refusal to exchange a foreign driving licence (renewal date mistaken for issue date) -> appeal, mobility. text/plain UTF-8 base64.",
    MSG(hdrs(addr("Rohan Kulkarni", "rohan.kulkarni@example.com"), "Driving licence exchange refused",
             "Thu, 07 May 2026 12:14:09 +0200", "<PN3PR01MB9876A0B1@PN3PR01MB9876.example.com>"),
        T(t, cte="base64")))

# A8 fr foreign_affairs - legalisation refused, explicit
t = """Bonjour,

Je conteste le refus de légalisation de mon extrait d'acte de mariage que j'ai reçu le 29 avril.

Le motif indiqué est que « la signature de l'officier de l'état civil n'est pas connue dans nos bases ». L'acte a été délivré par la commune de Seraing le 14 avril et signé par une nouvelle employée. J'ai été à la commune, ils m'ont dit qu'ils avaient envoyé le spécimen de signature à votre service il y a déjà un mois, et ils m'ont donné une attestation que je peux vous transmettre.

J'ai besoin de ce document légalisé pour le faire valoir au Maroc avant fin juin (succession de mon beau-père). Je vous demande de revoir votre refus et de légaliser le document, ou de me dire exactement ce qu'il faut de plus.

Merci,
Karima Benali
Seraing
"""
add("appeal", "fr", "foreign_affairs",
    "Explicit 'Je conteste le refus' of a document legalisation (signature unknown) and asks to review it -> appeal, foreign_affairs. multipart/alternative UTF-8: plain 8bit + HTML QP; Q-encoded subject.",
    MSG(hdrs(addr("Karima Benali", "karima.benali@example.net"), "refus légalisation",
             "Mon, 04 May 2026 17:27:51 +0200", "<1d0e3f42-karima@example.net>"),
        M("alternative", [T(t, cte="8bit"), T(html_of(t, style=False), "html")], "b1_f0c7d2e9a3b4")))

# A9 de taxes - polite review, no legal words
t = """Sehr geehrte Damen und Herren,

ich habe den Steuerbescheid für das Einkommensjahr 2024 erhalten. Als Grenzgänger arbeite ich in Aachen und habe meine tatsächlichen Fahrtkosten angegeben (täglich 2 x 38 km, 214 Arbeitstage). Im Bescheid wurden stattdessen nur die pauschalen Werbungskosten berücksichtigt, ohne Begründung.

Ich bitte Sie, den Bescheid noch einmal zu überprüfen und die Fahrtkosten zu berücksichtigen. Eine Bescheinigung meines Arbeitgebers über die Arbeitstage kann ich gerne nachreichen.

Vielen Dank und freundliche Grüße
Stefanie Radermacher
Lontzen
"""
add("appeal", "de", "taxes",
    "POLITE request to re-check and correct a tax assessment (actual commuting costs replaced by flat rate), no legal words (no Einspruch/Beschwerde) -> appeal, taxes. multipart/alternative: plain UTF-8 8bit + HTML base64.",
    MSG(hdrs(addr("Stefanie Radermacher", "s.radermacher@example.com"), "Steuerbescheid 2024",
             "Tue, 12 May 2026 08:12:54 +0200", "<trinity-4b3c2d1e-0f9a@3c-app-mailcom-bs05>"),
        M("alternative", [T(t, cte="8bit"), T(html_of(t, style=False), "html", cte="base64")], "=_mk_4b3c2d1e")))

# A10 nl other - social energy tariff refused, windows-1252 8bit
t = """Beste mevrouw, mijnheer,

Mijn naam is Roger Hendrickx, ik ben 78 en ik woon alleen in een appartement in Genk. Mijn kleindochter helpt mij soms met de computer maar deze mail typ ik zelf, dus excuseer als het wat traag gaat.

Ik heb jarenlang het sociaal tarief voor gas en elektriciteit gehad. Vorige maand kreeg ik van mijn leverancier te horen dat het “na controle” niet meer van toepassing is, en dat ik vanaf mei het gewone tarief betaal. Dat is bijna het dubbele. Ik heb gebeld en ze zeggen dat de beslissing niet van hen komt maar van de overheid, op basis van mijn gegevens.

Mijn situatie is niet veranderd. Ik heb nog altijd mijn gewaarborgd inkomen voor ouderen, daar is niets aan gewijzigd, ik heb het laatste attest erbij gezocht.

Kan u dit opnieuw bekijken en het sociaal tarief terug toekennen? Ik begrijp niet wat er mis is gegaan.

Met dank,
R. Hendrickx
"""
add("appeal", "nl", "other",
    "Elderly man, polite request to look again at and restore a withdrawn social energy tariff (no legal words) -> appeal; energy/economy is none of the listed domains -> other (not pensions: the income guarantee itself is unchanged). text/plain windows-1252 8bit (curly quotes).",
    MSG(hdrs(addr("R. Hendrickx", "roger.hendrickx@example.be"), "sociaal tarief",
             "Fri, 08 May 2026 15:45:20 +0200", "<000301dcdef1$aa1b2c3d$@example.be>"),
        T(t, cs="windows-1252", cte="8bit")))

# ============================================================================= INFORMATION REQUESTS

t = """Hi there,
I worked in Belgium from 2017 to 2024 (employee, paid social security the whole time) and moved back to Ireland last year. Will I get anything from Belgium when I retire, and do I need to apply myself or does it happen automatically?
Cheers,
Niall Brennan
"""
add("information_request", "en", "pensions",
    "SHORT pure question (Belgian pension after 7 years of work, moved back to Ireland); useless subject 'question'. text/plain us-ascii 7bit.",
    MSG(hdrs(addr("Niall Brennan", "niall.brennan@example.com"), "question",
             "Sat, 09 May 2026 22:11:07 +0100", "<CAB9v=pQ7y2@mail.example.com>"),
        T(t, cs="us-ascii", cte="7bit")))

t = """Bonjour,

Mon fils Jonas a 19 ans, il a terminé ses études en juin passé et il touche maintenant les allocations d'insertion. Cet été il a trouvé un job dans un camping à Bütgenbach pour juillet et août.

Est-ce qu'il a le droit de faire ce travail sans perdre ses allocations ? Est-ce qu'il doit le déclarer avant, et comment ? Et est-ce que ça compte pour son stage d'insertion ou pas ?

J'ai essayé de trouver sur votre site, mais franchement c'est un labyrinthe, chaque page renvoie à une autre page et rien n'est en allemand. Merci d'avance pour une réponse claire.

Salutations,
Brigitte Reuter
Amel
"""
add("information_request", "fr", "unemployment",
    "Eastbelgian mother writing French for her son: questions on a summer job while receiving integration allowances, with a GRUMBLE about the website ('un labyrinthe') -> information_request, unemployment. text/plain ISO-8859-1 QP.",
    MSG(hdrs(addr("Brigitte Reuter", "b.reuter@example.be"), "job d'été",
             "Sun, 03 May 2026 11:08:44 +0200", "<41c2b3a4-9e8d@example.be>", subj_cs="iso-8859-1"),
        T(t, cs="iso-8859-1")))

t = """Guten Tag,
unsere Tochter ist im März in Aachen geboren, mein Mann ist Belgier, wir wohnen in Deutschland. Wo beantragen wir für sie einen belgischen Reisepass, und was müssen wir mitbringen?
Danke und Gruß
Julia Offermann
"""
add("information_request", "de", "foreign_affairs",
    "SHORT pure question (Belgian passport for a baby born in Germany); useless subject 'Frage'. text/plain UTF-8 QP.",
    MSG(hdrs(addr("Julia Offermann", "julia.offermann@example.org"), "Frage",
             "Tue, 05 May 2026 09:27:13 +0200", "<b8e7f6a5-1234@example.org>"),
        T(t)))

t = """Goede dag,

Ik ben Duits en woon sinds vorig jaar september in Gent voor mijn werk. Ik heb een Duits rijbewijs (klasse B, uit 2009, nog de oude roze papieren versie).

Mag ik met dit rijbewijs hier blijven rijden of moet ik het omwisselen voor een Belgisch? En is er een termijn? Bij de gemeente zeggen ze dat ik het aan "de federale" moet vragen, de federale website zegt ik moet naar de gemeente gaan. Een beetje grappig maar ook niet echt.

Sorry voor mijn Nederlands, ik leer nog.

Vriendelijke groeten,
Tobias Brandt
"""
add("information_request", "nl", "mobility",
    "German expat writing Dutch (second language): question about keeping/exchanging an old German driving licence, with a small grumble about commune vs federal ping-pong -> information_request, mobility. multipart/alternative UTF-8 QP.",
    MSG(hdrs(addr("Tobias Brandt", "tobias.brandt@example.net"), "Rijbewijs",
             "Wed, 06 May 2026 20:04:59 +0200", "<3f9a8b7c-rijbewijs@example.net>"),
        M("alternative", [T(t), T(html_of(t), "html")], "----=_Part_5519_2048.1778090699")))

t = """Bonjour,

J'ai reçu un courrier pour un excès de vitesse (72 km/h au lieu de 50) à Uccle le 19 avril, avec la voiture de ma société. Avant de payer ou de faire quoi que ce soit, je voudrais voir la photo du radar, parce que plusieurs collègues utilisent cette voiture et je ne suis pas sûr que c'était moi.

Comment est-ce que je peux obtenir cette photo ? Je dois le demander à qui, et dans quel délai ?

Merci,
Olivier Maes

Envoyé de mon iPhone
"""
add("information_request", "fr", "police",
    "TRICKY: mentions a speeding fine but does NOT contest it (yet); only asks how to get the speed-camera photo -> information_request, police (not appeal). HTML-only Apple Mail, UTF-8 base64.",
    MSG(hdrs(addr("Olivier Maes", "olivier.maes@example.com"), "photo radar",
             "Fri, 01 May 2026 07:45:10 +0200", "<7E1D2C3B-4A5F-4B6C-8D7E-9F0A1B2C3D4E@example.com>",
             extra=[("X-Mailer", "iPhone Mail (21E236)")]),
        T("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
          "<body dir=\"auto\">" + "".join("<div>%s</div>" % (htmlmod.escape(l) or "<br>")
                                          for l in t.strip().split("\n")) + "</body></html>\n",
          "html", cte="base64")))

t = """Guten Tag,

ich wohne in St. Vith und arbeite seit Januar in Luxemburg. Meine Frau ist zurzeit nicht berufstätig und kümmert sich um unsere zwei Kinder.

Ist meine Frau über mich in Belgien krankenversichert, oder muss sie sich selbst irgendwo anmelden? Brauchen wir dafür ein Formular aus Luxemburg?

Vielen Dank im Voraus
Patrick Jost
"""
add("information_request", "de", "social_security",
    "Pure question (health insurance of a cross-border worker's family). text/plain ISO-8859-1 QP; ISO-8859-1 Q-encoded subject.",
    MSG(hdrs(addr("Patrick Jost", "patrick.jost@example.be"), "Krankenversicherung für meine Frau?",
             "Thu, 14 May 2026 19:30:41 +0200", "<20260514173041.55d2@example.be>", subj_cs="iso-8859-1"),
        T(t, cs="iso-8859-1")))

t = """Hello,

Quick question (I hope). I'm a Dutch-speaking Belgian but I've lived in London for 15 years so English is honestly easier for me now, sorry.

I moved back to Antwerp in 2024. In 2024 I sold some crypto I'd bought years ago (small amounts, around 3.000 EUR profit). How do I declare this on my Belgian tax return? My "boekhouder" says it's "diverse inkomsten" but a friend says it's not taxable at all if you're not a professional trader.

Also - small grumble - every letter I get is in very formal Dutch with codes like "vak XV" and I genuinely can't follow it. Is there any explanation in English anywhere?

Thanks,
Wouter Jacobs
"""
add("information_request", "en", "taxes",
    "Returning Belgian writing English with Dutch terms in quotes (language en): how to declare crypto gains, plus a small GRUMBLE about formal Dutch letters -> information_request, taxes. multipart/alternative UTF-8 QP.",
    MSG(hdrs(addr("Wouter Jacobs", "wouter.jacobs@example.com"), "crypto - how to declare?",
             "Mon, 11 May 2026 21:16:33 +0200", "<CAD4t+eR0w_jacobs@mail.example.com>"),
        M("alternative", [T(t), T(html_of(t, style=False), "html")], "000000000000bb19a00632e8f1a3")))

t = """Goeiedag,

Waar kan ik een klacht indienen over mijn energieleverancier? Ze hebben mijn meterstand verkeerd overgenomen en ik krijg een eindafrekening van 1.900 euro. Is dat bij jullie of ergens anders?

Bedankt,
Hilde Janssens
"""
add("information_request", "nl", "other",
    "SHORT question: where to complain about an energy supplier (wrong meter reading). Words 'klacht' and a bill, but the sender only asks where to go and the matter is not one of the listed domains -> information_request, other. text/plain UTF-8 8bit.",
    MSG(hdrs(addr("Hilde Janssens", "hilde.janssens@example.be"), "klacht",
             "Tue, 12 May 2026 10:02:18 +0200", "<0f1e2d3c-hilde@example.be>"),
        T(t, cte="8bit")))

t_form = """Un nouveau message a été envoyé via le formulaire de contact.

Formulaire : Question générale
Date : 08/05/2026 16:52
Langue : FR

Nom : Lucas Gérard
Courriel : lucas.gerard@example.org
Téléphone : -
Pays de résidence : Canada
Objet : Légalisation

Message :
Bonjour, j'ai un emploi qui m'attend à Montréal à partir de septembre et l'employeur demande mon diplôme de master (UCLouvain 2023) « authentifié ». Est-ce que c'est chez vous qu'il faut le faire légaliser, ou d'abord à la Communauté française ? Est-ce que je peux envoyer le diplôme par la poste depuis le Canada ou faut-il passer en personne ? Merci.

--
Message généré automatiquement, merci de ne pas répondre à cette adresse.
"""
add("information_request", "fr", "foreign_affairs",
    "WEB-FORM notification (no-reply-webform, citizen in Reply-To and fields): question about legalising a diploma for a job abroad -> information_request, foreign_affairs. multipart/alternative UTF-8 QP + HTML; Q-encoded subject.",
    MSG(hdrs(addr("Formulaire de contact", WEBFORM), "Nouveau message – formulaire de contact : Légalisation",
             "Fri, 08 May 2026 16:52:37 +0200", "<webform.20260508165237.8102@federal.example.be>",
             extra=[("Reply-To", addr("Lucas Gérard", "lucas.gerard@example.org"))],
             host="web02.federal.example.be", ip="10.20.4.12"),
        M("alternative", [T(t_form), T(html_of(t_form, style=False), "html")], "=_webform_8102_a0")))

t = """Goedendag,

Ik ben Franstalig (Luik) en ik wil graag solliciteren voor een job bij een federale overheidsdienst in Brussel. Bij de vacature staat dat ik een attest van kennis van het Nederlands nodig heb.

Welk examen moet ik doen en hoe lang duurt het om dat attest te krijgen? Kan ik solliciteren voordat ik het attest heb?

Je continue en français pour la dernière question, c'est plus simple : est-ce que l'examen peut se faire en ligne ?

Merci / bedankt,
Julien Hardy
"""
add("information_request", "nl", "other",
    "Walloon writing Dutch with one French sentence at the end (MIXED, Dutch dominant -> nl): question about the language certificate for a federal job -> information_request, other (federal recruitment). text/plain ISO-8859-1 8bit.",
    MSG(hdrs(addr("Julien Hardy", "julien.hardy@example.be"), "taalattest",
             "Wed, 13 May 2026 14:21:02 +0200", "<5a6b7c8d-hardy@example.be>"),
        T(t, cs="iso-8859-1", cte="8bit")))

# ============================================================================= FOLLOW-UPS

T1 = "PLT-2026-001412"
t = """Bonjour,

Petite précision à ma plainte : entretemps j'ai reçu un RAPPEL de paiement pour exactement le même montant (738,40 €) que j'ai déjà payé le 3 avril, avec la bonne communication structurée. Je vous joins rien, j'ai déjà envoyé la preuve de paiement la première fois.

Ça devient kafkaïen.

Pascale Hubert

Le 24/04/2026 à 10:02, plaintes.klachten@federal.example.be a écrit :
> Madame, Monsieur,
>
> Nous avons bien reçu votre plainte. Elle a été enregistrée sous la référence
> %s. Nous vous répondrons dans les meilleurs délais.
>
> Merci de mentionner cette référence dans toute correspondance.
>
> Service de gestion des plaintes
""" % T1
add("follow_up", "fr", "taxes",
    "Thunderbird reply to our acknowledgement ('Re: [PLT-...]', In-Reply-To/References) adding a new fact (payment reminder for an amount already paid) -> follow_up, category taxes (original complaint about a tax payment). text/plain UTF-8 8bit with '>' quoting.",
    MSG(hdrs(addr("Pascale Hubert", "pascale.hubert@example.net"),
             "Re: [%s] Accusé de réception de votre plainte" % T1,
             "Sat, 09 May 2026 09:40:12 +0200", "<6c7d8e9f-hubert@example.net>",
             extra=[("In-Reply-To", ack_mid(T1)), ("References", ack_mid(T1)),
                    ("User-Agent", "Mozilla Thunderbird")]),
        T(t, cte="8bit")), refers_to=T1)

T2 = "PLT-2026-001377"
t = """Guten Tag,

Nachtrag zu meiner Beschwerde vom 22. April (Ihre Nummer %s):

Gestern kam endlich der Brief mit der Anerkennung, aber auf den Namen "Marie-Therese Kohnen-Schmitz" statt "Maria Theresia Kohnen-Schmitz" und mit falschem Geburtsdatum (1956 statt 1965). Mit diesem Brief nimmt die Krankenkasse meine Unterlagen nicht an. Foto vom Brief anbei.

Bitte korrigieren Sie das, sonst fängt alles wieder von vorne an.

M. Kohnen-Schmitz
""" % T2
add("follow_up", "de", "social_security",
    "New message WITHOUT reply headers; useless subject 'Nachtrag'; ticket only in the body -> follow_up adding new facts (wrong name/date of birth on the letter), category social_security. multipart/mixed: text/plain UTF-8 QP + JPG.",
    MSG(hdrs(addr("Maria Kohnen-Schmitz", "kohnen.schmitz@example.be"), "Nachtrag",
             "Thu, 14 May 2026 08:16:27 +0200", "<e1f2a3b4-kohnen@example.be>"),
        M("mixed", [T(t), A("image/jpeg", "brief.jpg", fake_jpg(700))], "----=_Part_901_77123.1778739387")),
    refers_to=T2)

T3 = "PLT-2026-001459"
t = """Hi,

One more thing about my complaint. A woman who saw what happened on 2 May has contacted me through a neighbourhood Facebook group. She saw the officer push me against the car and she heard him say "shut up or you'll spend the night in the cell". She is willing to give a statement: Ms. Eva Lindqvist, eva.lindqvist@example.org.

Also, I was finally able to get the medical certificate for the bruise on my arm, I can send it if you tell me where.

Best,
Daniel Okafor

On Mon, 4 May 2026 at 11:20, <plaintes.klachten@federal.example.be> wrote:
> [%s] Acknowledgement of your complaint
>
> Dear Sir, Dear Madam,
> We have received your complaint and registered it under reference %s.
> We will get back to you as soon as possible.
> Complaints Management Service
""" % (T3, T3)
h = html_of(t.split("\nOn Mon")[0], style=False, tail=(
    "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 4 May 2026 at 11:20, "
    "&lt;plaintes.klachten@federal.example.be&gt; wrote:<br></div><blockquote class=\"gmail_quote\" "
    "style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">[%s] Acknowledgement of "
    "your complaint<br><br>Dear Sir, Dear Madam,<br>We have received your complaint and registered it under "
    "reference %s.<br>We will get back to you as soon as possible.<br>Complaints Management Service"
    "</blockquote></div>\n" % (T3, T3)))
add("follow_up", "en", "police",
    "Gmail reply to our acknowledgement adding a witness and a medical certificate to a police-conduct complaint -> follow_up, police. multipart/alternative UTF-8 QP with gmail_quote; In-Reply-To/References to the ack.",
    MSG(hdrs(addr("Daniel Okafor", "daniel.okafor@example.com"),
             "Re: [%s] Acknowledgement of your complaint" % T3,
             "Sun, 10 May 2026 17:55:00 +0200", "<CAF1okafor+Xq8=@mail.example.com>",
             extra=[("In-Reply-To", ack_mid(T3)), ("References", ack_mid(T3))]),
        M("alternative", [T(t), T(h, "html")], "000000000000d0e1f20632f3a4b5")),
    refers_to=T3)

T4 = "PLT-2026-001390"
t = """Goedemorgen,

Drie weken later en nog altijd geen reactie. De nummerplaat is nog steeds niet geleverd, ik rij intussen met een auto die ik van mijn schoonbroer leen. Kan er iemand iets laten weten?

Mvg,
Kris Wuyts

________________________________
Van: Klachtenmanagement <plaintes.klachten@federal.example.be>
Verzonden: maandag 20 april 2026 14:03
Aan: Kris Wuyts <kris.wuyts@example.be>
Onderwerp: [%s] Ontvangstbevestiging van uw klacht

Geachte mevrouw, geachte heer,

Wij hebben uw klacht goed ontvangen. Zij werd geregistreerd onder het nummer %s.
Wij nemen zo snel mogelijk contact met u op.

Dienst Klachtenmanagement
""" % (T4, T4)
add("follow_up", "nl", "mobility",
    "Outlook reply to our acknowledgement whose subject the sender REPLACED by 'nog steeds niets' (no number in subject); ticket only in the quoted Outlook header block and In-Reply-To -> follow_up (reminder), category from the quoted original: number-plate delivery -> mobility. text/plain windows-1252 QP.",
    MSG(hdrs(addr("Kris Wuyts", "kris.wuyts@example.be"), "nog steeds niets",
             "Mon, 11 May 2026 07:49:31 +0200", "<DU2PR04MB8822C3D4@DU2PR04MB8822.eurprd04.example.be>",
             extra=[("In-Reply-To", ack_mid(T4)), ("References", ack_mid(T4)),
                    ("X-Mailer", "Microsoft Outlook 16.0")]),
        T(t, cs="windows-1252")), refers_to=T4)

# ============================================================================= AUTO-REPLIES

T5 = "PLT-2026-001471"
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Juni 2026 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter sekretariat@praxis-hilger.example.be.

Mit freundlichen Grüßen
Dr. Anja Hilger
"""
add("auto_reply", "de", "other",
    "Out-of-office answering our German acknowledgement: 'Automatische Antwort: [PLT-...] Eingangsbestätigung Ihrer Beschwerde' (Q-encoded), Auto-Submitted: auto-replied + X-Auto-Response-Suppress -> auto_reply, refers_to from the subject. text/plain UTF-8 QP.",
    MSG(hdrs(addr("Anja Hilger", "anja.hilger@example.be"),
             "Automatische Antwort: [%s] Eingangsbestätigung Ihrer Beschwerde" % T5,
             "Wed, 20 May 2026 10:31:02 +0200", "<auto.8f7e6d5c@example.be>",
             extra=[("In-Reply-To", ack_mid(T5)), ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All")]),
        T(t)), refers_to=T5)

T6 = "PLT-2026-001488"
t = """Madame, Monsieur,

Nous accusons bonne réception de votre courriel, qui sera traité dans les meilleurs délais par l'avocat en charge du dossier.

Nos bureaux seront fermés du 14 au 17 mai inclus. Pour toute urgence, veuillez contacter le secrétariat au 04 000 00 00.

Le présent accusé de réception est envoyé automatiquement et ne constitue ni une acceptation de mission ni une reconnaissance de quelque droit que ce soit.

Cabinet Marchal & Vervoort - Avocats
Réf. interne : 26/0412/MV
"""
add("auto_reply", "fr", "other",
    "Law firm's automatic receipt replying to our acknowledgement ('Re: [PLT-...] Accusé de réception de votre plainte'), only X-Autoreply (no Auto-Submitted); own internal reference 26/0412/MV is not a ticket; refers_to = our PLT number in the subject -> auto_reply, not follow_up. text/plain ISO-8859-1 QP.",
    MSG(hdrs(addr("Cabinet Marchal & Vervoort", "secretariat@marchal-vervoort.example.be"),
             "Re: [%s] Accusé de réception de votre plainte" % T6,
             "Thu, 14 May 2026 08:00:03 +0200", "<ar.20260514080003.1188@marchal-vervoort.example.be>",
             extra=[("In-Reply-To", ack_mid(T6)), ("X-Autoreply", "yes")], subj_cs="iso-8859-1"),
        T(t, cs="iso-8859-1")), refers_to=T6)

# ============================================================================= BOUNCE

T7 = "PLT-2026-001502"
dsn_text = """Dit is een automatisch bericht van de mailserver mail.example.net.

Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een
permanente fout; er worden geen nieuwe pogingen meer gedaan.

<wim.coppens.1961@example.net>: de mailbox van de ontvanger is vol
    (552 5.2.2 Mailbox full - quota exceeded)

De headers van het oorspronkelijke bericht vindt u in bijlage.
"""
ds = """Reporting-MTA: dns; mail.example.net
Arrival-Date: Thu, 21 May 2026 09:12:40 +0200

Final-Recipient: rfc822; wim.coppens.1961@example.net
Original-Recipient: rfc822;wim.coppens.1961@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox3.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
"""
rh = """Return-Path: <plaintes.klachten@federal.example.be>
Received: from out1.federal.example.be (out1.federal.example.be [192.0.2.25])
\tby mail.example.net with ESMTPS id 4Q7xK2m1; Thu, 21 May 2026 09:12:40 +0200
From: Klachtenmanagement <plaintes.klachten@federal.example.be>
To: wim.coppens.1961@example.net
Subject: [%s] Ontvangstbevestiging van uw klacht
Date: Thu, 21 May 2026 09:12:38 +0200
Message-ID: %s
""" % (T7, ack_mid(T7))
add("bounce", "nl", "other",
    "DSN in DUTCH from an ISP (552 5.2.2 mailbox full) returning our acknowledgement: multipart/report with text/plain ISO-8859-1 QP, message/delivery-status and text/rfc822-headers (ticket in returned Subject and Message-ID) -> bounce, refers_to set, language nl.",
    MSG([received("mail.example.net", "198.51.100.45", "Thu, 21 May 2026 09:12:41 +0200", "7B2C19E04A"),
         ("Return-Path", "<>"),
         ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.example.net")),
         ("To", MBOX), ("Subject", "Onbestelbaar: [%s] Ontvangstbevestiging van uw klacht" % T7),
         ("Date", "Thu, 21 May 2026 09:12:41 +0200"),
         ("Message-ID", "<20260521071241.7B2C19E04A@mail.example.net>"),
         ("Auto-Submitted", "auto-replied")],
        M("report", [T(dsn_text, cs="iso-8859-1"),
                     ("Content-Type: message/delivery-status\n", ds.encode()),
                     ("Content-Type: text/rfc822-headers\n", rh.encode())],
          "7B2C19E04A.1779347561/mail.example.net", extra="; report-type=delivery-status",
          preamble="This is a MIME-encapsulated message.")), refers_to=T7)

# ============================================================================= SPAM

t = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td style="background:#d40000;color:#fff;padding:12px">
<b>PARCEL SERVICE &mdash; Delivery notice</b></td></tr>
<tr><td style="padding:16px">
<p>Dear customer,</p>
<p>Your parcel <b>BE-88120937-X</b> could not be delivered because import fees of <b>&euro;&nbsp;2,99</b> are unpaid.
Your package will be returned to the sender within <b>48 hours</b>.</p>
<p style="text-align:center"><a href="https://track-parcel-be.example.com/pay?id=88120937" style="background:#d40000;color:#fff;padding:10px 20px;text-decoration:none">PAY AND RESCHEDULE</a></p>
<p style="font-size:10px;color:#999">You receive this message because a shipment is registered to your address.</p>
</td></tr></table>
<img src="https://trk.example.net/o.gif?u=plaintes.klachten" width="1" height="1">
</body></html>
"""
add("spam", "en", "other",
    "Parcel-fee PHISHING (fake tracking number, look-alike link); HTML-only UTF-8 QP with table layout and tracking pixel.",
    MSG(hdrs(addr("Parcel Service BE", "notice@parcel-service-be.example.com"), "Action required: your parcel is on hold",
             "Tue, 12 May 2026 03:14:55 +0000", "<20260512031455.88120937@parcel-service-be.example.com>",
             host="vps-2291.example.com", ip="203.0.113.199"),
        T(t, "html")))

t = """Sehr geehrte Damen und Herren,

wussten Sie, dass öffentliche Verwaltungen für die Digitalisierung ihres Beschwerdemanagements bis zu 80 % Fördermittel erhalten können?

Unsere Experten begleiten Sie kostenlos bei:
- der Analyse Ihrer Förderfähigkeit
- der Antragstellung bei EU- und Landesprogrammen
- der Auswahl einer geeigneten Software für Ihr Beschwerde- und Ticketsystem

Vereinbaren Sie jetzt ein unverbindliches Erstgespräch:
https://foerder-kompass.example.com/termin

Mit freundlichen Grüßen
Ihr Team von FörderKompass
FörderKompass Beratung GmbH - Geschäftsführer: M. Albers

Wenn Sie keine weiteren Informationen wünschen, antworten Sie bitte mit "Abmelden".
"""
add("spam", "de", "other",
    "Unsolicited B2B marketing (grant consulting) that mentions 'Beschwerdemanagement' and 'Beschwerde- und Ticketsystem' -> spam, not a complaint. No List-Id/List-Unsubscribe. text/plain UTF-8 QP, CRLF line endings; Q-encoded subject.",
    MSG(hdrs(addr("FörderKompass", "info@foerder-kompass.example.com"),
             "Bis zu 80 % Förderung für Ihr Beschwerdemanagement",
             "Mon, 18 May 2026 07:30:00 +0200", "<fk-2026-05-18-0730.4411@foerder-kompass.example.com>",
             host="mta7.foerder-kompass.example.com", ip="198.51.100.150"),
        T(t), crlf=True))

t = """Hello,

As discussed, please find attached the revised document regarding your letter.
Kindly review and sign before end of day, the file is password protected for your security.

Regards,
J. Peeters
Document Services
"""
att = ("<html><head><title>Secure Document</title></head><body>"
       "<form action=\"https://secure-docs.example.net/login.php\" method=\"post\">"
       "<p>Sign in with your work e-mail to view the document</p>"
       "<input name=\"email\" value=\"plaintes.klachten@federal.example.be\">"
       "<input name=\"pw\" type=\"password\"><button>View document</button></form></body></html>\n")
add("spam", "en", "other",
    "Credential PHISHING with a FAKE 'RE: uw brief / votre courrier' subject (no In-Reply-To, no ticket) and an HTML attachment containing a login form -> spam, refers_to null. multipart/mixed: text/plain us-ascii 7bit + text/html attachment (base64).",
    MSG(hdrs(addr("J. Peeters", "j.peeters@docs-share.example.net"), "RE: uw brief / votre courrier",
             "Wed, 13 May 2026 11:07:19 +0000", "<a1b2c3d4e5.fakeRE@docs-share.example.net>",
             host="docs-share.example.net", ip="203.0.113.231"),
        M("mixed", [T(t, cs="us-ascii", cte="7bit"), A("text/html", "Document_2026-05.html", att.encode())],
          "_----------=_MCPart_442190117")))

# ============================================================================= write + check


def decoded_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct in ("message/delivery-status",):
            out.append(part.as_string())
    # headers of nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.extend("%s: %s" % (k, v) for k, v in inner.items())
        if part.get_content_type() == "text/rfc822-headers":
            out.append(part.get_content())
    return "\n".join(out)


HOST_RE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:be|com|org|net|test|de|fr|nl|eu|lu|ca|uk|io|info|ie|ke|in))\b")
ALLOWED = ("example.be", "example.com", "example.org", "example.net", "example.test")


def main():
    order = list(range(len(ITEMS)))
    RNG2 = random.Random(SEED)
    RNG2.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        fn = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(it["data"])
        labels.append(dict(file=fn, kind=it["kind"], language=it["language"], category=it["category"],
                           acknowledge=it["kind"] in ("complaint", "appeal", "information_request"),
                           refers_to=it["refers_to"], notes=it["notes"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    errors = []
    kinds = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
    cats = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police",
            "foreign_affairs", "other"}
    for lab in labels:
        fn = lab["file"]
        raw = open(os.path.join(HERE, fn), "rb").read()
        for i, line in enumerate(raw.split(b"\n")):
            if len(line) > 998:
                errors.append("%s: line %d longer than 998 octets" % (fn, i + 1))
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            text = decoded_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: parse error %r" % (fn, e))
            continue
        if msg.defects:
            errors.append("%s: defects %r" % (fn, msg.defects))
        if lab["kind"] not in kinds or lab["category"] not in cats or lab["language"] not in ("fr", "nl", "de", "en"):
            errors.append("%s: bad label value" % fn)
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errors.append("%s: acknowledge" % fn)
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errors.append("%s: category must be other" % fn)
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append("%s: follow_up without refers_to" % fn)
        if lab["refers_to"]:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]):
                errors.append("%s: bad refers_to format" % fn)
            if lab["refers_to"] not in text:
                errors.append("%s: refers_to not in message" % fn)
        full = raw.decode("latin-1") + "\n" + text
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", full):
            if not m.group(1).lower().endswith(ALLOWED):
                errors.append("%s: non-example e-mail domain %s" % (fn, m.group(0)))
        for m in HOST_RE.finditer(full):
            h = m.group(1).lower()
            if "." in h and not h.endswith(ALLOWED) and not h.startswith(("st.", "mr.", "ms.", "dr.")):
                errors.append("%s: non-example host %s" % (fn, h))
    from collections import Counter
    c = Counter(l["kind"] for l in labels)
    want = dict(complaint=20, appeal=10, information_request=10, follow_up=4, auto_reply=2, bounce=1, spam=3)
    if dict(c) != want:
        errors.append("kind counts %r" % dict(c))
    people = Counter(l["category"] for l in labels if l["kind"] in ("complaint", "appeal", "information_request", "follow_up"))
    for cat in cats - {"other"}:
        if people[cat] < 5:
            errors.append("category %s has only %d people's mails" % (cat, people[cat]))
    if people["other"] != 4:
        errors.append("people's mails in other: %d" % people["other"])
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ok: %d files" % len(labels))


if __name__ == "__main__":
    main()
