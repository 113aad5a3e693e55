#!/usr/bin/env python3
"""Generate the t4a labelled e-mail corpus (training set). Standard library only, deterministic."""
import base64, datetime, email.header, email.charset, email.utils, json, os, quopri, random, re, sys
from email.parser import BytesParser
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t4a"
SEED = 4417
MAILBOX = "plaintes.klachten@federal.example.be"
MB = "Service des plaintes / Klachtendienst <%s>" % MAILBOX

# ---------------------------------------------------------------- helpers
def d(y, mo, da, h, mi, s=0):
    dt = datetime.datetime(y, mo, da, h, mi, s)
    off = "+0100" if (mo > 10 or mo < 3 or (mo == 10 and da >= 25)) else "+0200"
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + off

def hdr(s, cs="utf-8", enc="q", name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    c = email.charset.Charset(cs)
    c.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    return email.header.Header(s, c, header_name=name).encode(maxlinelen=76)

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if all(ord(ch) < 128 for ch in name):
        return email.utils.formataddr((name, a))
    c = email.charset.Charset(cs)
    return email.utils.formataddr((name, a), charset=c)

def leaf(ctype, text, cs="utf-8", cte="8bit", extra=(), params=""):
    data = text.encode(cs) if isinstance(text, str) else text
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    h = ['Content-Type: %s; charset="%s"%s' % (ctype, cs, params), "Content-Transfer-Encoding: " + cte]
    return (h + list(extra), body)

def multi(subtype, parts, boundary, preamble=None, extra=()):
    h = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)] + list(extra)
    b = boundary.encode()
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for ph, pb in parts:
        body += b"--" + b + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b + b"--\n"
    return (h, body)

def attach(ctype, name, data):
    return (['Content-Type: %s; name="%s"' % (ctype, name), "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="%s"' % name], base64.encodebytes(data))

def rfc822(inner, name=None):
    h = ["Content-Type: message/rfc822"]
    if name:
        h.append('Content-Disposition: attachment; filename="%s"' % name)
    return (h, inner)

def fakepdf(title):
    return ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")

def fakejpg(seed):
    r = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(r.randrange(256) for _ in range(300)) + b"\xff\xd9"

_n = [0]
def rcv(host, ip, date):
    return "Received: from %s (%s [%s])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id 4R%05dQ\n\tfor <%s>; %s" % (
        host, host, ip, 7000 + len(host) * 37 + int(ip.split(".")[-1]), MAILBOX, date)

def message(frm, subject, date, part, mid, to=MAILBOX, extra=(), mime=True, received=None):
    hs = []
    if received:
        hs.append(rcv(received[0], received[1], date))
    hs += ["From: " + frm, "To: " + to, "Subject: " + subject, "Date: " + date, "Message-ID: <%s>" % mid]
    hs += list(extra)
    if mime:
        hs.append("MIME-Version: 1.0")
    ph, pb = part
    return "\n".join(hs + ph).encode("ascii") + b"\n\n" + pb

ACK = {
    "fr": ("Accusé de réception de votre plainte",
           "Madame, Monsieur,\n\nNous avons bien reçu votre message du {d}. Il est enregistré sous la référence {t}.\n"
           "Nous le traitons dans les meilleurs délais. Merci de mentionner cette référence dans toute correspondance.\n\n"
           "Service des plaintes - SPF\n"),
    "nl": ("Ontvangstbevestiging van uw klacht",
           "Geachte heer, mevrouw,\n\nWij hebben uw bericht van {d} goed ontvangen. Het werd geregistreerd onder referentie {t}.\n"
           "Wij behandelen het zo snel mogelijk. Vermeld deze referentie in elke verdere briefwisseling.\n\n"
           "Klachtendienst - FOD\n"),
    "de": ("Eingangsbestätigung Ihrer Beschwerde",
           "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht vom {d} erhalten. Sie wurde unter dem Aktenzeichen {t} registriert.\n"
           "Wir bearbeiten sie so schnell wie möglich. Bitte geben Sie dieses Aktenzeichen bei jeder weiteren Korrespondenz an.\n\n"
           "Beschwerdedienst - FÖD\n"),
    "en": ("Acknowledgement of your complaint",
           "Dear Sir or Madam,\n\nWe have received your message of {d}. It has been registered under reference {t}.\n"
           "We will handle it as soon as possible. Please quote this reference in any further correspondence.\n\n"
           "Complaints Service - FPS\n"),
}

def ack_subj(t, lang):
    return "[%s] %s" % (t, ACK[lang][0])

def ack_mid(t):
    return "ack.%s@federal.example.be" % t.lower()

def quote(text, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_quoted(t, lang, dd, intro):
    return quote(ACK[lang][1].format(t=t, d=dd), intro)

def html_wrap(inner, style=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">%s</head>\n<body>\n%s\n</body></html>\n"
            % (("<style>" + style + "</style>") if style else "", inner))

def p2h(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

SPECS = []
def add(kind, lang, cat, ref, notes, raw, crlf=False):
    SPECS.append(dict(kind=kind, language=lang, category=cat, refers_to=ref, notes=notes, raw=raw, crlf=crlf))

# ====================================================================== A: Verviers single father (fr)
JT = addr("Julien Thonnard", "julien.thonnard78@example.net")

t = """Bonjour,

Je suis au chômage depuis septembre (l'atelier de Dison a fermé, on était 14). J'ai reçu une convocation pour un entretien à Liège le jeudi 15 octobre à 9h. Problème : mon fils de 6 ans a la varicelle, il ne peut pas aller à l'école et je suis seul avec les deux enfants, leur mère n'est plus dans le tableau depuis longtemps.

Qu'est-ce que je dois faire pour ne pas être sanctionné ? Est-ce qu'un certificat du pédiatre pour l'enfant suffit, ou il faut un autre papier ? Et je dois l'envoyer à qui, à l'adresse sur la convocation ou à ma caisse ?
Est-ce que je dois noter quelque chose sur ma carte pour ce jour-là ?

J'ai essayé d'appeler la caisse trois fois ce matin, ça sonne dans le vide, et au syndicat on me dit de « voir avec l'ONEM ». Ce serait bien qu'un jour quelqu'un décroche, franchement.

Merci d'avance pour une réponse rapide, c'est dans 3 jours.

Julien Thonnard
rue de Hodimont 212, 4800 Verviers
0491 55 20 17
"""
add("information_request", "fr", "unemployment", None,
    "Single father asks what to do when he cannot attend an unemployment interview (sick child), whether to note it on his 'carte'; grumble about nobody answering the phone, but the point is 'what must I do' -> information_request. text/plain ISO-8859-1 quoted-printable, ISO-8859-1 Q subject.",
    message(JT, hdr("Convocation jeudi - enfant malade, que faire ?", "iso-8859-1"), d(2026, 10, 12, 8, 41),
            leaf("text/plain", t, "iso-8859-1", "quoted-printable"), "CAJt7x1@mail.example.net",
            received=("mail.example.net", "198.51.100.23")))

t = """Bonjour,

Je voudrais savoir si c'est normal d'attendre 7 semaines pour être payé quand on est malade.

J'ai été opéré du genou le 3 septembre. J'ai déposé mon certificat le jour même au bureau de ma mutuelle rue du Brou (j'ai la photo du papier avec le cachet). Premier paiement : rien. Au téléphone on me dit que « le dossier est chez le médecin-conseil ». Deuxième appel : « on attend un document de votre employeur ». Je n'ai PLUS d'employeur, je l'ai dit 4 fois, c'est écrit sur le formulaire.

Est-ce que quelqu'un lit ce que j'envoie ? Comment je paie le loyer et la cantine des enfants en attendant ? Pourquoi chaque personne au bout du fil me raconte une autre histoire ?

Je ne demande pas la charité, je demande ce à quoi j'ai droit. Si ce n'est pas à vous que je dois écrire, transmettez svp, parce que moi j'en peux plus de chercher qui est responsable de quoi.

Julien Thonnard
NISS 78.03.14-217.55
"""
add("complaint", "fr", "social_security", None,
    "COMPLAINT WRITTEN AS QUESTIONS ('est-ce normal', 'est-ce que quelqu'un lit'): sickness benefit ('ma mutuelle', 'médecin-conseil', service never named) unpaid for 7 weeks, contradictory answers. Not an info request: the questions are rhetorical. text/plain ISO-8859-1 8bit, plain ASCII subject.",
    message(JT, "Est-ce normal ?", d(2026, 10, 22, 21, 5),
            leaf("text/plain", t, "iso-8859-1", "8bit"), "CAJt7x2@mail.example.net",
            received=("mail.example.net", "198.51.100.23")))

t = """Madame, Monsieur,

Samedi 17 octobre vers 17h30 j'ai été arrêté à un contrôle sur la N61 à hauteur de Pepinster. Mes deux enfants (6 et 9 ans) étaient à l'arrière.

Le contrôle en lui-même, pas de souci : souffler, montrer les papiers, c'est normal. Mais l'agent le plus âgé m'a parlé comme à un délinquant (« Vous sortez d'où avec cette tête-là ? »), il a ouvert la portière arrière sans rien demander, ma fille s'est mise à pleurer, et quand j'ai demandé pourquoi il a répondu « parce que je peux ». Le test était à 0,00.

Est-ce que c'est comme ça qu'on est formé ? Est-ce que j'ai le droit de connaître son nom ou son numéro ? Il a refusé de me le donner, son collègue regardait ses chaussures.

Je ne conteste rien, je n'ai reçu aucune amende et tant mieux. Mais je veux que ce soit noté quelque part et que quelqu'un lui parle.

Julien Thonnard
4800 Verviers
"""
add("complaint", "fr", "police", None,
    "Police CONDUCT at a roadside check (rude officer, opened the door, refused to give his name); explicitly 'je ne conteste rien, aucune amende' -> complaint, police. Questions are part of the complaint. multipart/alternative UTF-8, both parts base64.",
    message(JT, hdr("Contrôle du samedi 17 octobre – comportement d'un agent", "utf-8", "b"), d(2026, 10, 19, 22, 47),
            multi("alternative", [leaf("text/plain", t, "utf-8", "base64"),
                                  leaf("text/html", html_wrap(p2h(t)), "utf-8", "base64")], "000000000000a1b2c3d4e5f6a7b8"),
            "CAJt7x3@mail.example.net"))

t = """Bonjour,

J'ai reçu une lettre datée du 2 novembre qui dit que je ne toucherai plus rien pendant 8 semaines parce que je ne me suis pas présenté le 15 octobre.

MAIS J'AVAIS PRÉVENU. J'ai envoyé le certificat du pédiatre le 13 octobre par mail à l'adresse qui est sur la convocation (mon fils avait la varicelle, je vous avais même écrit pour demander quoi faire). Je joins le certificat et la capture d'écran de l'envoi avec la date.

Je vous demande de revoir cette décision et de l'annuler. 8 semaines sans rien avec deux enfants, ce n'est juste pas possible, je dois payer le loyer le 1er.

Julien Thonnard
NISS 78.03.14-217.55
rue de Hodimont 212, 4800 Verviers
"""
add("appeal", "fr", "unemployment", None,
    "Contests an 8-week suspension of unemployment benefit ('je ne toucherai plus rien pendant 8 semaines') and asks to review and cancel it, without any legal word (no recours) -> appeal. Mentions an earlier mail but no ticket: not a follow_up. multipart/mixed: text/plain UTF-8 QP + PDF + JPG (filename with space).",
    message(JT, "lettre du 2 novembre - je ne suis pas d'accord", d(2026, 11, 5, 7, 58),
            multi("mixed", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                            attach("application/pdf", "certificat pediatre.pdf", fakepdf("certificat")),
                            attach("image/jpeg", "capture envoi 13-10.jpg", fakejpg(1))], "----=_Part_8812_11042026"),
            "CAJt7x4@mail.example.net", received=("mail.example.net", "198.51.100.23")))

t = """Bonjour,

Juste pour compléter mon dossier : la mutuelle m'a enfin dit aujourd'hui par téléphone que c'est l'attestation de chômage qui manquait (celle de la caisse, pas de l'employeur). Je l'ai redéposée ce matin au guichet, on m'a donné un reçu.
Je vous le dis pour que vous ayez l'info, le reste de ma plainte tient toujours.

Julien

""" + ack_quoted("PLT-2026-004217", "fr", "22/10/2026",
                   "Le ven. 23 oct. 2026 à 09:12, Service des plaintes <plaintes.klachten@federal.example.be> a écrit :")
add("follow_up", "fr", "social_security", "PLT-2026-004217",
    "Reply to our acknowledgement (Re: + In-Reply-To) that ONLY ADDS INFORMATION (which document was missing) to the sickness-benefit complaint -> follow_up, category of the original (social_security). text/plain UTF-8 8bit, quoted ack.",
    message(JT, "Re: " + hdr(ack_subj("PLT-2026-004217", "fr"), "utf-8", "q"), d(2026, 10, 28, 18, 20),
            leaf("text/plain", t, "utf-8", "8bit"), "CAJt7x5@mail.example.net",
            extra=["In-Reply-To: <%s>" % ack_mid("PLT-2026-004217"), "References: <%s>" % ack_mid("PLT-2026-004217")]))

# ====================================================================== B: Genk miner's grandson (nl, colloquial)
GP = addr("Gianni Palmisano", "gianni.palmisano@example.com")

t = """Goeiendag,

Ik schrijf voor mijn nonna (grootmoeder), zij kan geen Nederlands schrijven en van computers moet ze niks weten. Mijne nonno is op 2 oktober gestorven, hij heeft in de mijn van Winterslag gewerkt van 1956 tot de sluiting, ondergronds.

Nu zegt de bank dat het geld van zijn pensioen van oktober misschien terug moet?? Ze is daar helemaal van in paniek, ze slaapt er nie meer van.

Wat moet ze nu doen om zelf iets te krijgen, een weduwepensioen of hoe ge da noemt? Moet ze da zelf aanvragen of komt da vanzelf? En moet die oktober-betaling echt terug, en zo ja aan wie?

Ik heb al 2 keer gebeld maar ge hangt een half uur aan de lijn met muziekskes en dan valt ge eruit. Allez, ik hoop dat ze hier wel antwoorden.

Groetjes
Gianni Palmisano (kleinzoon van Rosa Palmisano-Di Marco, Winterslag)
GSM 0478 12 34 56
"""
add("information_request", "nl", "pensions", None,
    "Grandson writes FOR his widowed grandmother (Limburg colloquial: 'mijne nonno', 'da', 'nie', 'allez'): what must she do for a survivor's pension, must the October payment be repaid? Grumble about the phone line; dominant intent = questions -> information_request. text/plain UTF-8 8bit, Gmail-like.",
    message(GP, "pensioen van mijne nonno", d(2026, 10, 20, 19, 33),
            leaf("text/plain", t, "utf-8", "8bit", params="; format=flowed"), "CAHx00b1@mail.example.com",
            received=("mail-yw1.example.com", "203.0.113.41")))

t = """Naam: Gianni Palmisano
E-mail: gianni.palmisano@example.com
Telefoon: 0478 12 34 56
Postcode: 3600
Onderwerp: Andere
Taal: Nederlands

Uw bericht:
Is het normaal dat ik al sinds augustus NIKS heb gekregen?? Ik ben afgedankt bij de fabriek in Genk-Zuid (ge weet wel welke, die die sluit), alle papieren binnen gebracht bij de kas hier in Genk, elke maand mijn kaart ingevuld. En elke keer da ik bel: "uw dossier is in behandeling". In behandeling sinds augustus!! Moet ik van de lucht leven? Wie gaat mijn huur betalen, gij?

Ik heb gene vakbond, ik ben bij de hulpkas, misschien is da het probleem, dat ze ons daar laten liggen? Ik wil gewoon da iemand da dossier eens opendoet en zegt wat er mis is.

Gianni
"""
add("complaint", "nl", "unemployment", None,
    "WEB-FORM notification (From no-reply-webform, citizen in Reply-To): unemployment benefit ('mijn dop' implied, 'de kas', 'de hulpkas', 'mijn kaart' - never named) unpaid since August; written as angry questions -> complaint, unemployment. Form subject 'Andere' is misleading. Auto-Submitted set by our own site. text/plain UTF-8 QP.",
    message(addr("Formulaire de contact / Contactformulier", "no-reply-webform@federal.example.be"),
            "[Webformulier] Nieuw bericht - Andere", d(2026, 11, 3, 13, 2),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "webform.20261103130212.7731@federal.example.be",
            extra=["Reply-To: " + GP, "Auto-Submitted: auto-generated", "X-Webform-Id: contact_nl"]))

t = """Dag,

Vandaag kwam er een brief met een snelheidsboete van 58 euro op naam van mijne nonno, Salvatore Palmisano. Flitser in Genk, Europalaan, op 14 oktober om 22u14, 67 waar 50 mag.

Mijne nonno is gestorven op 2 oktober en sindsdien stond zijn auto bij ons in de garage, mijn nonna heeft geen rijbewijs en de sleutels lagen bij mij in de schuif. Dus da kan gewoon nie. Misschien hebben ze een verkeerde nummerplaat gelezen? Onze plaat is 1-XVB-208.

Kunt ge die boete aub schrappen? Mijn nonna is er echt ziek van, ze dacht dat de politie aan de deur ging komen.

Ik stuur de overlijdensakte en een foto van de kilometerteller mee.

Gianni Palmisano
Winterslag, Genk
"""
add("appeal", "nl", "police", None,
    "Contests a SPEED-CAMERA FINE sent in the name of a grandfather who died before the offence; asks to 'schrappen' (cancel) with no legal words -> appeal, police (traffic fine convention). Colloquial Flemish. multipart/mixed: text/plain windows-1252 QP + PDF + JPG.",
    message(GP, "boete op naam van mijne overleden nonno", d(2026, 11, 9, 17, 26),
            multi("mixed", [leaf("text/plain", t, "windows-1252", "quoted-printable"),
                            attach("application/pdf", "overlijdensakte.pdf", fakepdf("akte")),
                            attach("image/jpeg", "IMG_20261109_171455.jpg", fakejpg(2))], "00000000000077e1f2a3b4c5d6e7"),
            "CAHx00b3@mail.example.com", received=("mail-yw1.example.com", "203.0.113.41")))

# ====================================================================== C: Eupen physiotherapist (de)
SK = addr("Sabine Kessler", "praxis@kessler-physio.example.be")
SIG = "\n-- \nPhysiotherapie Sabine Kessler\nHaasstraße 41, 4700 Eupen\nTel. 087 55 61 20\n"

t = """Guten Tag,

ich bin selbständige Physiotherapeutin in Eupen und leiste seit diesem Jahr Vorauszahlungen, weil mein Steuerberater mir das geraten hat. Im Oktober hatte ich aber eine größere Ausgabe für ein neues Behandlungsgerät, und mein Einkommen wird dieses Jahr deutlich niedriger ausfallen als gedacht.

Kann ich die Vorauszahlung für Dezember einfach verringern oder ganz auslassen? Muss ich das irgendwo melden, und bis wann? Bekomme ich zu viel Gezahltes automatisch zurück?

Ich habe auf Ihrer Internetseite gesucht, aber die Erklärung dazu gibt es nur auf Französisch und Niederländisch, obwohl Deutsch eine Landessprache ist. Das finde ich ehrlich gesagt ärgerlich. Eine kurze Antwort auf Deutsch wäre sehr nett.

Mit freundlichen Grüßen
Sabine Kessler
""" + SIG
add("information_request", "de", "taxes", None,
    "Questions about reducing/skipping an advance tax payment ('Vorauszahlung', service not named) with a grumble about the website not being in German -> information_request, taxes. text/plain ISO-8859-1 QP (en dash replaced), UTF-8 Q-encoded subject with en dash.",
    message(SK, hdr("Frage zu Vorauszahlungen – und warum nur auf Französisch?", "utf-8", "q"), d(2026, 11, 10, 12, 40),
            leaf("text/plain", t.replace("–", "-"), "iso-8859-1", "quoted-printable"), "5f2a91c0-77d1@kessler-physio.example.be",
            extra=["X-Mailer: Microsoft Outlook 16.0"], received=("smtp.kessler-physio.example.be", "192.0.2.77")))

t = """Sehr geehrte Damen und Herren,

seit Juni warte ich auf eine Antwort des Instituts in Brüssel zur Anpassung meiner Zulassung als Physiotherapeutin (ich wechsle von Teilzeit auf Vollzeit in eigener Praxis, dafür musste ein Formular eingereicht werden).

Ich habe das Formular am 14. Juni per Einschreiben geschickt, im August per Mail nachgefragt, im September zweimal angerufen. Die Dame am Telefon sprach kein Deutsch, das kann ich noch verstehen, aber sie sagte mir nach zehn Minuten, sie "sehe nichts im System". Ich habe den Einschreibebeleg!

Meine Patienten fragen mich inzwischen, warum ihre Krankenkasse ihnen weniger erstattet als früher. Was soll ich ihnen sagen? Wie lange soll das denn noch dauern? Muss ich jetzt jeden Monat anrufen, damit sich etwas bewegt?

Ich finde es nicht in Ordnung, dass man als kleine Praxis so behandelt wird. Ich bitte Sie, meine Akte endlich zu bearbeiten.

Mit freundlichen Grüßen
Sabine Kessler
""" + SIG
add("complaint", "de", "social_security", None,
    "Complaint about the health-insurance institute (never named: 'das Institut in Brüssel', 'Zulassung', patients' 'Krankenkasse' refunds) losing/not processing a form for five months; questions are rhetorical -> complaint, social_security. Outlook multipart/alternative windows-1252 QP both parts; CRLF line endings.",
    message(SK, hdr("Seit 5 Monaten keine Antwort zur Anpassung meiner Zulassung", "windows-1252", "q"), d(2026, 11, 12, 19, 3),
            multi("alternative", [leaf("text/plain", t, "windows-1252", "quoted-printable"),
                                  leaf("text/html", html_wrap(p2h(t), "p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}"), "windows-1252", "quoted-printable")],
                  "_000_AM9PR10MB4431kesslerphysio_"),
            "AM9PR10MB4431.3ee1@kessler-physio.example.be", extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Zulassung"]),
    crlf=True)

t = """Guten Tag,

unsere Tochter Lea beginnt im Januar ein Studium in Montréal und braucht dafür eine Apostille auf ihrem Abiturzeugnis und auf der Geburtsurkunde.

Mein Mann ist dafür extra nach Brüssel gefahren (2 Stunden hin, 2 zurück, Parken 18 Euro). Am Schalter hat man ihm gesagt, das Zeugnis müsse ZUERST vom Ministerium der Deutschsprachigen Gemeinschaft beglaubigt werden, "ça se voit pas ?". Das steht nirgends! Auf der Internetseite gibt es die Liste der Unterlagen nur auf Französisch und Niederländisch, und der nächste freie Termin online ist jetzt Mitte Dezember.

Ist es zu viel verlangt, dass man uns so etwas vorher sagt? Warum gibt es diese Information nicht auf Deutsch, wenn doch die Hälfte der Dokumente aus Eupen kommt? Und warum kann man so etwas nicht per Post erledigen?

Mit freundlichen Grüßen
Sabine Kessler
"""
add("complaint", "de", "foreign_affairs", None,
    "COMPLAINT AS QUESTIONS ('Ist es zu viel verlangt...?', 'Warum...?') about the legalisation/apostille counter (not named as a ministry): wasted trip, missing information, no German. Contains a French quote; language de. text/plain UTF-8 base64 (mobile client).",
    message(SK, hdr("Apostille für unsere Tochter – ist das zu viel verlangt?", "utf-8", "b"), d(2026, 11, 16, 21, 48),
            leaf("text/plain", t, "utf-8", "base64"), "A1B7-iPhone-5521@kessler-physio.example.be",
            extra=["X-Mailer: iPhone Mail (21H16)"]))

t = """Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau Hedwig Kessler geb. Mertes (81), wohnhaft in Raeren.

Seit dem Frühjahr bekommt sie alle Schreiben zu ihrer Rente nur noch auf Französisch, obwohl sie im deutschen Sprachgebiet wohnt und 30 Jahre lang alles auf Deutsch bekommen hat. Im September kam ein Brief mit einer Frist (es ging um eine Bescheinigung ihrer Lebensversicherung), den sie nicht verstanden und einfach in die Schublade gelegt hat. Ich habe ihn zufällig gefunden, als die Frist schon abgelaufen war.

Am Telefon sagte man mir, das sei "nicht so schlimm", man habe es nachgetragen. Schön. Aber meine Mutter hat sich sehr geschämt und hatte wochenlang Angst, dass ihre Rente gestrichen wird.

Bitte sorgen Sie dafür, dass die Sprache in ihrer Akte wieder auf Deutsch gestellt wird, und dass so etwas anderen älteren Menschen hier nicht passiert.

Mit freundlichen Grüßen
Sabine Kessler (Tochter)
Vollmacht liegt der Rentenakte bei.
"""
add("complaint", "de", "pensions", None,
    "Daughter writes FOR her 81-year-old mother: pension letters suddenly only in French, a deadline missed; the matter was fixed, nothing contested -> complaint, pensions. text/plain ISO-8859-15 8bit, no Received header.",
    message(SK, hdr("Rente meiner Mutter - Schreiben nur noch auf Französisch", "iso-8859-1", "q"), d(2026, 10, 27, 10, 15),
            leaf("text/plain", t, "iso-8859-15", "8bit"), "20261027101522.GA3318@kessler-physio.example.be"))

t = """Guten Tag,

mein Mann ist Deutscher und wohnt seit 2019 mit mir in Eupen. Er hat noch den alten grauen Papierführerschein aus Aachen von 1988.

Bei der Gemeinde sagt man uns, er müsse ihn umtauschen, weil er hier wohnt. Ein Bekannter bei der Polizei sagt, EU-Führerscheine gelten überall und das sei Unsinn. Was stimmt denn nun? Und falls er tauschen muss: geht das mit dem alten Papierlappen überhaupt, oder muss er erst in Deutschland einen neuen Kartenführerschein beantragen? Was passiert, wenn er bei einer Kontrolle angehalten wird?

Es ist schon mühsam, dass jeder etwas anderes erzählt. Für eine klare Auskunft wäre ich dankbar.

Freundliche Grüße
Sabine Kessler
"""
add("information_request", "de", "mobility", None,
    "Question whether her German husband must exchange his old paper driving licence (never called by any agency name); grumble about contradictory answers; mentions police only as an acquaintance -> information_request, mobility. multipart/alternative UTF-8 QP / HTML QP.",
    message(SK, hdr("Führerschein meines Mannes (deutsch) - umschreiben ja oder nein?", "utf-8", "q"), d(2026, 11, 18, 8, 2),
            multi("alternative", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                                  leaf("text/html", html_wrap("<div dir=\"ltr\">" + p2h(t) + "</div>"), "utf-8", "quoted-printable")],
                  "b1_9c02ab17e3d44a0c"),
            "9c02ab17e3d44a0c@kessler-physio.example.be"))

t = """Sehr geehrte Damen und Herren,

Betreff: Steuerbescheid Einkommensjahr 2025 / Steuerjahr 2026
Artikelnummer 784.118.552, Nationalnummer 74.06.22-308.61

hiermit lege ich fristgerecht Beschwerde gegen den oben genannten Steuerbescheid vom 2. Oktober 2026 ein.

Begründung:
1. Die Kosten für meine Fortbildung in manueller Therapie in Köln (1.840,00 EUR, Rechnungen anbei) wurden ohne Begründung als "nicht beruflich" abgelehnt. Die Fortbildung ist für meine Tätigkeit als Physiotherapeutin zwingend.
2. Die Fahrtkosten zu Hausbesuchen wurden pauschal um 50 % gekürzt, obwohl ich ein Fahrtenbuch geführt habe (Kopie anbei).

Ich beantrage, den Steuerbescheid entsprechend zu berichtigen und die zu viel erhobene Steuer zu erstatten. Für eine Anhörung stehe ich zur Verfügung.

Mit freundlichen Grüßen
Sabine Kessler
Haasstraße 41, 4700 Eupen
"""
add("appeal", "de", "taxes", None,
    "Formal 'Beschwerde gegen den Steuerbescheid' (Belgian German legal term for a tax appeal, NOT a service complaint) -> appeal, taxes. multipart/mixed: text/plain ISO-8859-1 QP + two PDFs.",
    message(SK, hdr("Beschwerde gegen den Steuerbescheid 2026 - Art. 784.118.552", "iso-8859-1", "q"), d(2026, 11, 20, 16, 30),
            multi("mixed", [leaf("text/plain", t, "iso-8859-1", "quoted-printable"),
                            attach("application/pdf", "Rechnungen_Fortbildung_Koeln.pdf", fakepdf("rechnungen")),
                            attach("application/pdf", "Fahrtenbuch_2025.pdf", fakepdf("fahrtenbuch"))],
                  "----=_NextPart_000_0031_01DB1C2A.5E3F7A20", preamble="This is a multi-part message in MIME format."),
            "000001db1c2a$5e3f7a20$@kessler-physio.example.be", extra=["X-Mailer: Microsoft Outlook 16.0"],
            received=("smtp.kessler-physio.example.be", "192.0.2.77")))

t = """Guten Tag,

ich habe eine Zahlungsaufforderung über 116 Euro wegen Geschwindigkeitsüberschreitung erhalten (Eupen-Kettenis, Aachener Straße, 14.10.2026, 11:52 Uhr, 63 km/h bei erlaubten 50).

Dagegen erhebe ich Einspruch. Das neue 50er-Schild wurde dort erst Anfang Oktober aufgestellt, vorher galt 70. Es steht direkt hinter einer Hecke und ist aus Richtung Eupen erst zu sehen, wenn man schon daran vorbei ist (Fotos anbei, heute Morgen aufgenommen). Ich fahre die Strecke zweimal täglich zu Hausbesuchen und hätte das Schild sonst bemerkt.

Ich bitte Sie, das Verfahren einzustellen oder mir mitzuteilen, an wen ich mich wenden muss, falls ich hier falsch bin.

Sabine Kessler
Kennzeichen 2-HPS-417
"""
add("appeal", "de", "police", None,
    "'Einspruch' against a speeding fine (hidden new speed sign) -> appeal, police (traffic-fine convention), even though she asks where to go if this is the wrong address. multipart/mixed: text/plain UTF-8 8bit + 2 JPG.",
    message(SK, hdr("Einspruch Verkehrsstrafe 14.10.2026 Kettenis", "utf-8", "q"), d(2026, 11, 6, 7, 12),
            multi("mixed", [leaf("text/plain", t, "utf-8", "8bit"),
                            attach("image/jpeg", "Schild_Hecke_1.jpg", fakejpg(3)),
                            attach("image/jpeg", "Schild_Hecke_2.jpg", fakejpg(4))], "Apple-Mail=_6C1F0E2B-3A8D-4F51"),
            "6C1F0E2B-3A8D-4F51@kessler-physio.example.be", extra=["X-Mailer: Apple Mail (2.3776)"]))

t = """Sehr geehrte Damen und Herren,

meine Krankenkasse hat mir mit Schreiben vom 28. Oktober mitgeteilt, dass ich das Krankengeld für März bis Mai 2026 (insgesamt 2.312,40 EUR) zurückzahlen soll, weil ich während meiner Arbeitsunfähigkeit "eine berufliche Tätigkeit ausgeübt" hätte.

Ich lege hiermit Widerspruch gegen diese Entscheidung ein. Ich hatte nach meiner Schulteroperation keinen einzigen Patienten behandelt. Ich habe lediglich zweimal pro Woche etwa eine Stunde Rechnungen und Termine meiner Vertretung am Computer erledigt, damit die Praxis nicht schließen muss. Das hatte ich dem Vertrauensarzt bei der Kontrolle im April auch offen gesagt, und er hatte nichts dagegen.

Ich bitte um Überprüfung und Aufhebung der Rückforderung, hilfsweise um Ratenzahlung.

Mit freundlichen Grüßen
Sabine Kessler
""" + SIG
add("appeal", "de", "social_security", None,
    "'Widerspruch' against a recovery of sickness benefit ('Krankengeld', 'Krankenkasse', 'Vertrauensarzt') -> appeal, social_security. HTML-only (UTF-8 quoted-printable) with a signature table.",
    message(SK, "Widerspruch Rueckforderung Krankengeld", d(2026, 11, 23, 20, 11),
            leaf("text/html", html_wrap(p2h(t.split("\n-- \n")[0]) + "\n<table style=\"border-top:1px solid #999;font-size:9pt\"><tr><td><b>Physiotherapie Sabine Kessler</b><br>Haasstra&szlig;e 41, 4700 Eupen</td><td>Tel. 087 55 61 20</td></tr></table>",
                                          "body{font-family:Arial}"), "utf-8", "quoted-printable"),
            "ed11a7c2-0b3e@kessler-physio.example.be"))

t = """Guten Tag,

nur zur Ergänzung meiner Beschwerde: Wir haben inzwischen einen Termin am 14. Dezember um 10:20 Uhr bekommen. Die Beglaubigung durch das Ministerium in Eupen ist erledigt (deren Aktenzeichen: MDG-UW-2026-3381).
Sie erreichen mich tagsüber am besten unter 087 55 61 20.

Freundliche Grüße
Sabine Kessler

""" + ack_quoted("PLT-2026-004518", "de", "16.11.2026",
                   "Am 17.11.2026 um 08:02 schrieb Beschwerdedienst <plaintes.klachten@federal.example.be>:")
add("follow_up", "de", "foreign_affairs", "PLT-2026-004518",
    "AW: reply to our German acknowledgement that only ADDS INFORMATION (appointment date, other ministry's file number MDG-..., phone) -> follow_up, category of the original apostille complaint (foreign_affairs). text/plain UTF-8 QP.",
    message(SK, "AW: " + hdr(ack_subj("PLT-2026-004518", "de"), "utf-8", "q"), d(2026, 11, 24, 13, 44),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "A1B7-iPhone-5590@kessler-physio.example.be",
            extra=["In-Reply-To: <%s>" % ack_mid("PLT-2026-004518"), "References: <%s>" % ack_mid("PLT-2026-004518")]))

# ====================================================================== D: Dinant café owner (fr)
FC = addr("Fabienne Collignon", "cafe.lescadrans@example.be")
FSIG = "\n--\nFabienne Collignon\nCafé Les Cadrans - quai de Meuse 9, 5500 Dinant\nTVA BE 0712.448.903\n"

t = """Bonjour,

Je tiens un café sur les quais à Dinant. Cette année j'ai refait la cuisine et la terrasse, donc je suis en crédit de TVA depuis le printemps. Mon comptable dit que le remboursement peut prendre des mois, et que si je passe en déclarations mensuelles ça irait plus vite.

Comment je fais pour passer au mensuel ? Il y a un formulaire, ou ça se fait en ligne ? À partir de quand ça compte ? Et est-ce que je peux revenir au trimestriel l'an prochain quand ce sera calme ?

Entre nous, attendre 5 mois pour récupérer son propre argent quand on a eu la saison qu'on a eue avec les travaux sur le pont, c'est dur. Mais bon, je pose juste la question.

Merci
""" + FSIG
add("information_request", "fr", "taxes", None,
    "How to switch to monthly VAT returns to get a VAT credit refunded faster; grumble about waiting 5 months but the point is 'comment je fais' -> information_request, taxes. text/plain windows-1252 QP.",
    message(FC, "TVA - passer au mensuel ?", d(2026, 11, 2, 15, 20),
            leaf("text/plain", t, "windows-1252", "quoted-printable"), "002b01db2d11$a4c0e2f0@cafe.example.be",
            received=("smtp.example.be", "192.0.2.140")))

t = """Bonjour,

Pour la 3e fois on m'envoie un courrier pour une « enquête sur la structure des entreprises », et hier une dame m'a téléphoné en plein coup de feu de midi pour me dire que c'était obligatoire.

Est-ce que c'est vraiment obligatoire pour un café de 3 personnes ? Qu'est-ce qui se passe si je ne réponds pas, il y a une amende ? Et si je dois le faire, est-ce que je peux le faire sur papier ? Le lien dans la lettre me demande un code d'accès que je n'ai jamais reçu.

Je ne suis même pas sûre que c'est à vous que je dois demander ça, mais personne ne répond au numéro indiqué sur la lettre, alors j'essaie ici.

Bonne journée
""" + FSIG
add("information_request", "fr", "other", None,
    "Questions about a mandatory STATISTICS SURVEY (not any of the seven services) with a grumble; 'amende' appears only as a question -> information_request, other. HTML-only (Roundcube-like) UTF-8 8bit.",
    message(FC, hdr("Enquête obligatoire ??? (café 3 personnes)", "utf-8", "q"), d(2026, 11, 13, 10, 5),
            leaf("text/html", html_wrap(p2h(t), "p{font-family:Verdana;font-size:10pt}"), "utf-8", "8bit"),
            "b7e0a2c1f9d3e8a4@cafe.example.be", extra=["User-Agent: Roundcube Webmail/1.6.9"]))

t = """<p>Madame, Monsieur,</p>
<p>Samedi 7 novembre vers 23h10, deux policiers sont entrés dans mon café « suite à une plainte pour tapage ». Il y avait 11 clients, la musique était à volume normal, et mon heure de fermeture est 1h.</p>
<p>Je n'ai rien contre le fait qu'on vienne vérifier. Mais :</p>
<ul>
<li>un des agents a demandé leur carte d'identité à tous les clients, en criant, comme dans un film ;</li>
<li>il a bousculé M. Hubert, 78 ans, un habitué, qui ne se levait pas assez vite ;</li>
<li>quand j'ai demandé qui avait porté plainte, il m'a répondu « occupez-vous de vos verres, madame ».</li>
</ul>
<p>Ils sont repartis après 20 minutes sans rien constater. Trois clients sont partis sans payer, ça c'est encore un autre sujet.</p>
<p>Je tiens ce café depuis 26 ans, je n'ai jamais eu un problème. Je demande simplement du respect, pour moi et pour mes clients. Je souhaite que cette plainte soit transmise à qui de droit.</p>
<table style="margin-top:18px;font-size:9pt;color:#555"><tr><td><b>Fabienne Collignon</b><br>Café Les Cadrans<br>quai de Meuse 9, 5500 Dinant</td></tr></table>"""
add("complaint", "fr", "police", None,
    "Police CONDUCT during a noise check in her café (shouting, pushing an elderly customer, rude answer); nothing contested -> complaint, police. HTML-only with <ul> list and table signature, windows-1252 quoted-printable.",
    message(FC, hdr("Intervention au café samedi soir", "windows-1252", "q"), d(2026, 11, 9, 9, 30),
            leaf("text/html", html_wrap(t), "windows-1252", "quoted-printable"), "002b01db3201$c0a1b2d3@cafe.example.be",
            received=("smtp.example.be", "192.0.2.140")))

t = """Bonjour,

Question simple : où est ma plaque ?

Mon assureur a fait la demande d'immatriculation pour ma camionnette de livraison le 5 octobre. On m'a dit que la plaque arrive par la poste en 2-3 jours. Cinq semaines plus tard : rien. Le garage garde la camionnette, et moi je vais chercher mes fûts au grossiste avec ma Twingo.

Quand j'appelle le numéro, un message enregistré me dit de consulter le site. Sur le site : « demande traitée ». Traitée comment ? Envoyée où ? Est-ce qu'elle est partie à mon ancienne adresse à Anseremme, où je n'habite plus depuis 2022 ? Est-ce que quelqu'un peut au moins regarder ? Et qui paie mes frais en attendant ?

C'est quand même incroyable qu'on ne puisse parler à personne.
""" + FSIG
add("complaint", "fr", "mobility", None,
    "COMPLAINT WRITTEN AS QUESTIONS ('où est ma plaque ?', 'traitée comment ?'): number plate for a new van never arrived, unreachable service; registration service never named -> complaint, mobility. multipart/alternative ISO-8859-1 QP + HTML base64.",
    message(FC, hdr("Où est ma plaque ?", "iso-8859-1", "q"), d(2026, 11, 11, 22, 55),
            multi("alternative", [leaf("text/plain", t, "iso-8859-1", "quoted-printable"),
                                  leaf("text/html", html_wrap(p2h(t)), "iso-8859-1", "base64")], "=_alt_5f1e9a7c"),
            "5f1e9a7c.cafe@cafe.example.be", received=("smtp.example.be", "192.0.2.140")))

t = """Madame, Monsieur,

Concerne : amende pour dépôt tardif de la déclaration TVA du 2e trimestre 2026 - n° TVA BE 0712.448.903

J'ai reçu une amende de 750 EUR parce que ma déclaration du 2e trimestre a été déposée le 9 septembre au lieu du 20 juillet.

Je conteste cette amende. Du 4 juillet au 28 août j'étais hospitalisée à Mont-Godinne puis en revalidation (certificats en annexe), et mon comptable de l'époque a cessé ses activités sans prévenir ses clients. Dès mon retour j'ai tout régularisé, la TVA était d'ailleurs en ma faveur (crédit).

Je vous demande donc d'annuler cette amende, ou à tout le moins de la réduire fortement. Je n'ai jamais été en retard en 26 ans.

Veuillez agréer mes salutations distinguées.
""" + FSIG
add("appeal", "fr", "taxes", None,
    "Contests a VAT late-filing 'amende' and asks to cancel/reduce it -> appeal, TAXES (the word 'amende' does not make it police). multipart/mixed: text/plain UTF-8 8bit + PDF.",
    message(FC, "Contestation amende TVA 2e trimestre 2026", d(2026, 10, 30, 11, 48),
            multi("mixed", [leaf("text/plain", t, "utf-8", "8bit"),
                            attach("application/pdf", "certificats_hospitalisation.pdf", fakepdf("certif"))], "=_mix_1c88e0"),
            "1c88e0.cafe@cafe.example.be"))

t = """Madame, Monsieur,

J'ai reçu le 16 octobre la décision concernant ma pension (je prends ma retraite au 1er février, mon fils reprend le café).

La décision tient compte de mes 26 années comme indépendante, mais pas des 8 années où j'ai été serveuse salariée à Namur, de 1982 à 1990, à la brasserie de la gare puis à l'hôtel du Parc. J'ai mes fiches de paie et mon ancien carnet, que je joins.

J'introduis donc un recours contre cette décision et je vous demande de recalculer ma pension en tenant compte de ces années. Si ce n'est pas vous qui traitez ce recours, merci de me dire à qui l'envoyer, car la lettre n'est pas claire là-dessus.

Fabienne Collignon
NISS 62.08.30-144.09
"""
add("appeal", "fr", "pensions", None,
    "Explicit 'recours' asking to recalculate a retirement pension that omits 8 salaried years -> appeal, pensions. multipart/mixed: text/plain UTF-8 QP + PDF (filename with spaces); UTF-8 Q-encoded subject.",
    message(FC, hdr("Recours décision pension - années salariées oubliées", "utf-8", "q"), d(2026, 11, 4, 14, 2),
            multi("mixed", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                            attach("application/pdf", "fiches paie 1982-1990.pdf", fakepdf("fiches"))], "=_mix_2d99f1"),
            "2d99f1.cafe@cafe.example.be"))

# ====================================================================== E: Leuven PhD student from Ghana (en)
KO = addr("Kwabena Owusu-Ansah", "kwabena.owusuansah@student.example.be")
KSIG = "\n--\nKwabena Owusu-Ansah\nDoctoral researcher, Faculty of Bioscience Engineering\nLeuven\n"

t = """Dear Sir/Madam,

I am a PhD researcher in Leuven and I am getting married in April at the city hall here. The civil registry asked for my birth certificate "legalised". I have a certified copy from Accra with the stamp of the Ghanaian ministry.

Now, one page of your website says it must be legalised by the Belgian embassy in Accra, another page says an apostille is enough for Ghana, and the lady at the city hall said "ask Foreign Affairs". So I am asking you directly:
1. What exactly do I need on the document, and in which order?
2. Can my brother in Accra do this for me, or do I have to be there in person?
3. Does the document need a sworn translation? It is already in English.

I must say it is quite frustrating that three official sources give three different answers, and that the phone line is only open two hours a day while I am in the lab. But I would really appreciate a clear answer.

Kind regards,
""" + KSIG
add("information_request", "en", "foreign_affairs", None,
    "Numbered questions about legalisation vs apostille of a foreign birth certificate ('the stamp') for a marriage; grumble about contradictory sources -> information_request, foreign_affairs. text/plain us-ascii 7bit.",
    message(KO, "Which stamp do I need on my birth certificate (Ghana) - conflicting info", d(2026, 11, 2, 11, 15),
            leaf("text/plain", t, "us-ascii", "7bit"), "PAXPR0102MB8812.kwab@student.example.be",
            received=("smtp.student.example.be", "198.51.100.77")))

t = """Nom / Naam: Kwabena Owusu-Ansah
E-mail: kwabena.owusuansah@student.example.be
Langue / Taal: English
Sujet / Onderwerp: Police

Message:
Good afternoon,
My bicycle was stolen on 21 October in front of the library on the Ladeuzeplein. My insurance needs "a copy of the police report" before they pay anything.
I went to the police station twice. The first time I was told the system was down and to come back, the second time they gave me a small paper with a number and said the report would be "sent". Nothing arrived after 3 weeks, and my insurer closes the claim at the end of the month.
How can I get a copy of the report? Can I request it by email or online, and which number do I need to give? Is there a fee?
Thank you.
"""
add("information_request", "en", "police", None,
    "WEB-FORM notification (citizen in Reply-To): how to obtain a copy of a police report for insurance, with a grumble about two wasted visits -> information_request, police (not a conduct complaint). text/plain UTF-8 QP; form labels bilingual FR/NL but the citizen's text is English.",
    message(addr("Formulaire de contact / Contactformulier", "no-reply-webform@federal.example.be"),
            "[Webform] Nouveau message / Nieuw bericht - Police", d(2026, 11, 14, 15, 37),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "webform.20261114153702.8120@federal.example.be",
            extra=["Reply-To: " + KO, "Auto-Submitted: auto-generated", "X-Webform-Id: contact_multi"]))

t = """Dear Sir/Madam,

My doctoral thesis is on the colonial-era cocoa and palm-oil trade between the Gold Coast and the Congo basin, and I would like to consult archives held by the federal museum in Tervuren.

I sent two emails to the address on the museum's website, in June and in September, and I never got any reply, not even an automatic one. I am writing to this address because it is the only one I could find that seems to be read (no offence meant).

Could you tell me, or forward to the right person:
- how do I apply for access to the archives / reading room?
- is there a fee, and can I get a researcher card as a non-EU student?
- how long in advance must I book?

My supervisor can provide a letter if needed.

Best regards,
""" + KSIG
add("information_request", "en", "other", None,
    "How to access a federal MUSEUM's archives (none of the seven services) with a grumble about two unanswered emails -> information_request, other. multipart/alternative us-ascii 7bit + HTML UTF-8 QP.",
    message(KO, "Access to archives in Tervuren - how do I apply?", d(2026, 11, 19, 9, 2),
            multi("alternative", [leaf("text/plain", t, "us-ascii", "7bit"),
                                  leaf("text/html", html_wrap(p2h(t)), "utf-8", "quoted-printable")], "--==_mimepart_6a3f"),
            "PAXPR0102MB9021.kwab@student.example.be"))

t = """Dear Sir/Madam,

I want to file my tax return honestly, but your system does not let me.

I am a PhD fellow with a doctoral scholarship. The online tax return pre-fills my scholarship as "salary", which my university says is wrong, it is tax-exempt. When I try to correct it, the form gives error "code 27 - incohérence" (in French, although I chose English) and will not let me submit.

I called the helpline on 3 November. After 40 minutes waiting, the agent said he "does not do English" and hung up. I called again on 5 November, the second agent told me to "just submit it as it is and complain later". The first time I was hung up on, the second time I was advised to file something incorrect. Is that normal?

The deadline for my paper form has passed, and I am afraid of a penalty for something that is not my fault. I would like someone competent to look at this and explain to me how to file correctly.

Regards,
""" + KSIG
add("complaint", "en", "taxes", None,
    "Broken online tax return (service not named) + helpline agent hung up / gave bad advice; fears a penalty but contests nothing -> complaint, taxes. Ends with a request but dominant intent is the complaint. multipart/alternative UTF-8 base64 text + HTML.",
    message(KO, "Unable to file tax return - helpline hung up on me", d(2026, 11, 6, 22, 31),
            multi("alternative", [leaf("text/plain", t, "utf-8", "base64"),
                                  leaf("text/html", html_wrap(p2h(t)), "utf-8", "base64")], "--==_mimepart_7b40"),
            "PAXPR0102MB8999.kwab@student.example.be", received=("smtp.student.example.be", "198.51.100.77")))

t = """Dear Sir/Madam,

My wife, Mrs Abena Owusu-Ansah (née Boakye), applied for a family reunification visa at the Belgian embassy in Accra on 8 July 2026. She submitted everything on the checklist and paid the fee. Since then: nothing.

She has written four times to the visa section. No answer. She went to the embassy in September and the guard would not let her in without an appointment, and there are no appointments online.

Is it normal that an embassy does not answer a single email in four months? Does anyone actually read the visa mailbox? What am I supposed to tell my wife, who resigned from her job because we thought she would join me in October?

I am not asking for special treatment. I am asking that someone checks that her file still exists and tells us where it stands.

Yours faithfully,
""" + KSIG
add("complaint", "en", "foreign_affairs", None,
    "COMPLAINT AS QUESTIONS ('Is it normal...?', 'Does anyone actually read...?') about an embassy visa section not answering for four months -> complaint, foreign_affairs (embassy). text/plain UTF-8 QP, format=flowed.",
    message(KO, "Four months without any answer from the embassy in Accra", d(2026, 11, 10, 20, 50),
            leaf("text/plain", t, "utf-8", "quoted-printable", params="; format=flowed"), "PAXPR0102MB9003.kwab@student.example.be"))

t = """Dear Sir/Madam,

On 12 November I received a letter from the town hall saying my Ghanaian driving licence "cannot be exchanged" because it was issued on 3 August 2024, after my registration in Belgium in 2022.

This is a misunderstanding. I have held this licence since 2015. What was issued in 2024 is a RENEWAL of the same licence, done at the licensing authority in Kumasi during a family visit, because the old card had expired. The licence number is the same (G-DL-0571 -1183-15), and the original issue date is printed on the back. I attach both sides and the old card.

I kindly ask you to reconsider this decision and approve the exchange. Without a licence I cannot drive to our field trial sites, which is part of my research.

Thank you for your understanding.
""" + KSIG
add("appeal", "en", "mobility", None,
    "Asks to 'reconsider' a refusal to exchange a foreign driving licence (renewal mistaken for new issue); no legal words -> appeal, mobility. multipart/mixed: text/plain us-ascii 7bit + 2 JPG + PDF.",
    message(KO, "Driving licence exchange refused - please reconsider", d(2026, 11, 16, 8, 44),
            multi("mixed", [leaf("text/plain", t, "us-ascii", "7bit"),
                            attach("image/jpeg", "licence_front.jpg", fakejpg(5)),
                            attach("image/jpeg", "licence_back.jpg", fakejpg(6)),
                            attach("application/pdf", "letter_town_hall_12-11.pdf", fakepdf("letter"))], "--==_mimepart_8c51"),
            "PAXPR0102MB9077.kwab@student.example.be"))

t = """Dear Sir/Madam,

Regarding my complaint PLT-2026-004451 about the tax return: as requested on the phone I attach the certificate from my university stating that my doctoral scholarship is tax-exempt, and my national number is 93.02.17-451.26.

I also want to add that I managed to submit the return on paper on 20 November at the tax office in Leuven, they stamped my copy (also attached).

Kind regards,
""" + KSIG
add("follow_up", "en", "taxes", "PLT-2026-004451",
    "New message (no reply headers) quoting the ticket in subject and body and ONLY ADDING documents/information to the tax-return complaint -> follow_up, taxes. multipart/mixed: text/plain us-ascii + 2 PDF.",
    message(KO, "Additional documents - PLT-2026-004451", d(2026, 11, 21, 10, 8),
            multi("mixed", [leaf("text/plain", t, "us-ascii", "7bit"),
                            attach("application/pdf", "scholarship_certificate.pdf", fakepdf("scholarship")),
                            attach("application/pdf", "stamped_copy_return.pdf", fakepdf("stamped"))], "--==_mimepart_9d62"),
            "PAXPR0102MB9145.kwab@student.example.be"))

# ====================================================================== F: Ostend retired nurse (nl)
RV = addr("Rita Vandewalle", "rita.vandewalle@example.be")

t = """Goedemiddag,

Ik ben sinds vorig jaar met pensioen (verpleegkundige, 41 jaar dienst waarvan 30 op de dialyse). Nu vraagt een woonzorgcentrum hier in Oostende of ik twee nachten per week wil inspringen, ze zitten om personeel verlegen.

Ik wil dat graag doen, maar niet als ik daardoor iets van mijn pensioen verlies. Hoeveel mag ik bijverdienen? Telt dat bruto of netto? Moet ik dat ergens aangeven, en moet ik dat vooraf doen of pas achteraf?

Ik heb het op de website proberen te vinden maar ik verdwaal daar telkens, en de "chat" begrijpt mijn vragen niet. Vroeger kon je gewoon naar een loket gaan. Een duidelijk antwoord zou fijn zijn, dan kan ik het rusthuis laten weten.

Met vriendelijke groeten,
Rita Vandewalle
Oostende
"""
add("information_request", "nl", "pensions", None,
    "How much may a retired nurse earn on top of her pension, must she declare it; grumble about website/chatbot -> information_request, pensions. text/plain ISO-8859-1 QP, Telenet-style plain client.",
    message(RV, "bijverdienen naast pensioen", d(2026, 10, 14, 13, 21),
            leaf("text/plain", t, "iso-8859-1", "quoted-printable"), "000a01db1e33$71f0c2b0@example.be",
            received=("smtp-out.example.be", "198.51.100.9")))

t = """Goeiendag,

Mijn parkeerkaart voor personen met een handicap (die blauwe kaart achter de voorruit) vervalt eind januari. Ik kreeg een brief dat ik de verlenging "online" moet aanvragen met mijn identiteitskaart en een kaartlezer.

Ik heb geen kaartlezer, mijn computer is van 2011 en mijn kleinzoon woont in Gent. Kan ik dat ook op papier aanvragen, of telefonisch? Moet ik opnieuw naar een dokter voor een keuring, of volstaat mijn oude dossier? En mag ik de oude kaart nog gebruiken als de nieuwe niet op tijd is?

Ik begrijp dat alles digitaal moet, maar niet iedereen van 74 is mee hoor. Alvast bedankt.

Rita Vandewalle
Oostende
"""
add("information_request", "nl", "social_security", None,
    "Questions on renewing a disability PARKING CARD ('die blauwe kaart', service not named) without a card reader; grumble about everything being digital -> information_request, social_security. multipart/alternative windows-1252 QP + HTML.",
    message(RV, "verlenging kaart - kan het op papier?", d(2026, 11, 17, 10, 40),
            multi("alternative", [leaf("text/plain", t, "windows-1252", "quoted-printable"),
                                  leaf("text/html", html_wrap(p2h(t), "body{font-family:'Times New Roman'}"), "windows-1252", "quoted-printable")],
                  "----=_NextPart_000_0012_01DB38A1.8C2E4F10", preamble="This is a multi-part message in MIME format."),
            "001201db38a1$8c2e4f10$@example.be", extra=["X-Mailer: Microsoft Outlook 15.0"], received=("smtp-out.example.be", "198.51.100.9")))

t = """Geachte,

Voor de tweede keer is mijn afspraak over mijn pensioendossier in het stadhuis van Oostende (het zitdag-loket) afgezegd zonder dat iemand mij verwittigde.

Op 6 oktober en opnieuw op 3 november ben ik met de bus en mijn rollator naar het stadhuis gegaan, telkens 40 minuten onderweg. Telkens hing er een papiertje op de deur: "zitdag vervalt". Geen mail, geen telefoon, geen brief. Nochtans hebben jullie mijn nummer, want ik moest het opgeven bij het maken van de afspraak.

Ik vind dit geen manier om met oudere mensen om te gaan. Ik heb 41 jaar voor anderen gezorgd, ik verwacht niet veel terug, maar wel dat men mij verwittigt.

Rita Vandewalle
"""
add("complaint", "nl", "pensions", None,
    "Pension counter appointments in the town hall cancelled twice without notice (service named only as 'het zitdag-loket', 'mijn pensioendossier') -> complaint, pensions. text/plain UTF-8 8bit.",
    message(RV, "afspraak weer afgezegd zonder verwittiging", d(2026, 11, 4, 16, 2),
            leaf("text/plain", t, "utf-8", "8bit"), "000a01db2f04$01a2b3c4@example.be"))

inner_t = """Geachte,

Op 29 september werd mijn elektrische fiets gestolen aan het station van Oostende, terwijl ik in de trein naar Brugge zat. Ik ben dezelfde avond naar het politiekantoor gegaan.

De agent aan het onthaal zei letterlijk: "Mevrouw, die vinden we toch nooit terug, is het de moeite?" Hij wou eerst geen aangifte opnemen. Pas toen ik zei dat mijn verzekering een pv nodig heeft, heeft hij met veel zuchten iets getypt. Toen ik vroeg of ze de camera's aan het station gingen bekijken, lachte zijn collega.

Ik heb mijn hele leven nachtdiensten gedaan in het ziekenhuis en ik heb nooit iemand zo afgescheept. Ik wil dat deze houding gemeld wordt.

Rita Vandewalle
"""
inner = message(RV, "klacht over onthaal politie", d(2026, 10, 8, 9, 15),
                leaf("text/plain", inner_t, "iso-8859-1", "quoted-printable"), "000a01db1a50$99aa00bb@example.be")
outer_t = """Goedemiddag,

In bijlage bezorgen wij u een klacht van mevrouw Vandewalle die bij de stedelijke ombudsdienst terechtkwam. De klacht betreft de houding van een federale politiedienst (spoorwegpolitie?) en valt buiten onze bevoegdheid. Wij hebben mevrouw laten weten dat wij haar bericht aan u doorsturen.

Met vriendelijke groet,
Ombudsdienst Stad Oostende
"""
add("complaint", "nl", "police", None,
    "FORWARD by a city ombudsman: short covering note + citizen's original mail as message/rfc822; the complainant (to acknowledge) is the inner From. Police CONDUCT (refused/grudging report for a stolen bike, laughing colleague); 'gestolen' does not make it an info request -> complaint, police. Inner text/plain ISO-8859-1 QP.",
    message(addr("Ombudsdienst Oostende", "ombudsdienst@stad.example.be"), "Doorsturen: klacht over onthaal politie", d(2026, 10, 9, 14, 30),
            multi("mixed", [leaf("text/plain", outer_t, "utf-8", "quoted-printable"), rfc822(inner, "klacht_Vandewalle.eml")], "=_ombuds_44a1"),
            "ombuds.20261009.4411@stad.example.be"))

t = """Geachte,

Ik ontving op 2 oktober de berekening van mijn pensioen. Daarin ontbreken de jaren 1979 tot en met 1984, toen ik als nachtverpleegkundige halftijds werkte in een ziekenhuis in Brugge (Sint-...-kliniek, die bestaat niet meer, opgegaan in de fusie).

Ik heb nog mijn loonfiches van die jaren en een attest van de toenmalige hoofdverpleegster, ik stuur ze mee als foto. Volgens mijn eigen berekening scheelt dat toch een 60 euro per maand.

Zou u mijn pensioen willen herberekenen met die jaren erbij? Ik weet niet of dit de juiste manier is om dat te vragen, laat het me weten als ik een formulier moet invullen.

Met vriendelijke groeten,
Rita Vandewalle
Rijksregisternummer 52.04.11-226.47
"""
add("appeal", "nl", "pensions", None,
    "Asks to RECALCULATE ('herberekenen') a pension decision that omits part-time years; no legal word (bezwaar/beroep) -> appeal, pensions. multipart/mixed: text/plain UTF-8 QP + 3 JPG photos.",
    message(RV, "pensioenberekening - jaren Brugge ontbreken", d(2026, 10, 20, 11, 11),
            multi("mixed", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                            attach("image/jpeg", "loonfiche 1980.jpg", fakejpg(7)),
                            attach("image/jpeg", "loonfiche 1983.jpg", fakejpg(8)),
                            attach("image/jpeg", "attest hoofdverpleegster.jpg", fakejpg(9))], "----=_NextPart_000_0044_RV"),
            "000a01db22c1$5566aabb@example.be"))

t = """Goedendag,

Nog iets dat ik vergeten was: ik kan enkel 's voormiddags naar het stadhuis komen, want de bus 1 rijdt 's namiddags maar om het uur en in het donker ga ik liever niet met de rollator. Mijn gsm-nummer is 0472 61 08 33, daar ben ik altijd bereikbaar, ook voor een verwittiging.

Groeten,
Rita Vandewalle

""" + ack_quoted("PLT-2026-004402", "nl", "4/11/2026",
                   "----- Oorspronkelijk bericht -----\nVan: Klachtendienst <plaintes.klachten@federal.example.be>\nVerzonden: donderdag 5 november 2026 09:40\nOnderwerp: [PLT-2026-004402] Ontvangstbevestiging van uw klacht\n")
add("follow_up", "nl", "pensions", "PLT-2026-004402",
    "Antw: reply to the Dutch acknowledgement that ONLY ADDS practical information (morning-only availability, mobile number) to the cancelled-appointment complaint -> follow_up, pensions. text/plain windows-1252 8bit, Outlook-style quoted header.",
    message(RV, "Antw: " + ack_subj("PLT-2026-004402", "nl"), d(2026, 11, 5, 19, 22),
            leaf("text/plain", t, "windows-1252", "8bit"), "000a01db2f90$77a1c0de@example.be",
            extra=["In-Reply-To: <%s>" % ack_mid("PLT-2026-004402")]))

# ====================================================================== G: Brussels Polish cleaner (simple en / fr)
AW = addr("Agnieszka Wrona", "aga.wrona84@example.com")

t = """Hello,

I am Agnieszka, I live in Brussels (Anderlecht) and I am on my dole since may, after the cleaning company stop my contract.
Now a lady want me for cleaning her house and also her office 3 days in week, maybe 20 hours. Its not a lot but is something.

Can I still get my dole for the other days ? What paper I must give and to who ? I must tell before I start or after ?
I ask at the office where I go for the card but they speak only french very fast and say "c'est pas ici madame". I dont want to make mistake and then pay back everything.

Please answer in english or simple french.
Thank you very much
Agnieszka Wrona
"""
add("information_request", "en", "unemployment", None,
    "Simple English from a non-native speaker: can she keep 'my dole' with a 20-hour job, what paper, before or after? Grumble about the office speaking fast French -> information_request, unemployment (agency never named). text/plain UTF-8 8bit, Android mail.",
    message(AW, "question about my dole and new work", d(2026, 10, 26, 20, 14),
            leaf("text/plain", t, "utf-8", "8bit"), "CAM7wrona01@mail.example.com", extra=["User-Agent: Android Mail"],
            received=("mail-ej1.example.com", "203.0.113.88")))

t = """Hello

I receive big letter with tax paper, 4 pages, only french and dutch. I work for titres-services company 19 hours and also 2 private houses (they pay me cash, small, I have the papers for this). I never receive this before.

Must I fill this paper? Or the company do it? If I must, what I write for the 2 houses? Is there someone who can help me in english, or a place in Brussels where I can go?

Sorry for my english. The letter is very complicate, even my friend who is belgian dont understand everything. The date on the letter is 27 november, its soon.

Agnieszka Wrona
Rue ... Anderlecht
"""
add("information_request", "en", "taxes", None,
    "Simple English: received a tax return form ('tax paper', authority never named), must she fill it, how to declare small private jobs, where to get help; grumble that the letter is too complicated -> information_request, taxes. text/plain UTF-8 base64.",
    message(AW, "Tax paper what I must do", d(2026, 11, 8, 21, 3),
            leaf("text/plain", t, "utf-8", "base64"), "CAM7wrona02@mail.example.com", extra=["User-Agent: Android Mail"]))

t = """Hello,

Is it allowed that police refuse to write my complaint because my french is not good ?

Tuesday 3 november my wallet was stolen in the metro. I go to police station near the Midi station. The man at the desk say "revenez avec quelqu'un qui parle français" and he laugh with his colleague. I speak french, not perfect but I understand, I clean offices in french every day. He dont take my paper, he dont give me a number. I go out crying.

Now I have no ID card, no bank card and I need a paper from police for new ID. Where I must go now? And why he can treat people like this?

I want to make complaint about this man.

Agnieszka Wrona
"""
add("complaint", "en", "police", None,
    "COMPLAINT WRITTEN AS A QUESTION ('Is it allowed that police refuse...?'): police desk officer refused to record a theft report and mocked her French; the 'where must I go now' is secondary -> complaint, police. Simple English with a French quote; multipart/alternative UTF-8 QP.",
    message(AW, "police not take my complaint", d(2026, 11, 4, 8, 2),
            multi("alternative", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                                  leaf("text/html", html_wrap("<div>" + p2h(t) + "</div>"), "utf-8", "quoted-printable")], "000000000000f0e1d2c3b4a59687"),
            "CAM7wrona03@mail.example.com"))

t = """Hello again,

Sorry I forget to write some things in my complaint about the police, number PLT-2026-004397 (I have this number from your email).
- it was tuesday 3 november around 15h30
- the police desk is the one in the street behind the Midi station, near the market
- the man have glasses and grey hair, maybe 50 years, his colleague was a young woman
Now I made the declaration in other police station in Anderlecht, they were very nice.

Thank you
Agnieszka
"""
add("follow_up", "en", "police", "PLT-2026-004397",
    "New mail (no reply headers, subject without ticket) citing the ticket number in the BODY only and ADDING details (time, place, description) to the police-conduct complaint -> follow_up, police. text/plain us-ascii 7bit.",
    message(AW, "my complaint police - more information", d(2026, 11, 6, 7, 40),
            leaf("text/plain", t, "us-ascii", "7bit"), "CAM7wrona04@mail.example.com"))

t = """Bonjour,

Je suis femme de ménage. Le 14 septembre je tombe dans escalier chez une cliente (accident de travail, la société a fait la déclaration). Je suis en arrêt depuis, j'ai cassé le poignet.

Ma mutuelle dit que c'est l'assurance de la société qui doit payer. L'assurance dit que c'est la mutuelle qui doit payer au début. Depuis 2 mois je reçois rien, ni l'un ni l'autre. Personne répond aux mails, au téléphone c'est toujours "rappelez demain".

Pourquoi personne me répond ? Comment je vais payer le loyer ? J'ai un enfant de 11 ans.
Je veux faire plainte parce que c'est pas normal, je travaille en Belgique depuis 12 ans, je paye tout.

Agnieszka Wrona
Anderlecht
"""
add("complaint", "fr", "social_security", None,
    "Simple French from a Polish speaker: work-accident benefits ('ma mutuelle' vs the company's insurer) unpaid for 2 months, ping-pong between bodies; explicit 'je veux faire plainte' -> complaint, social_security. text/plain ISO-8859-1 8bit.",
    message(AW, "plainte - pas argent depuis 2 mois", d(2026, 11, 19, 19, 45),
            leaf("text/plain", t, "iso-8859-1", "8bit"), "CAM7wrona05@mail.example.com", received=("mail-ej1.example.com", "203.0.113.88")))

t = """Bonjour,

J'ai reçu lettre du 10 novembre, je dois rembourser 1.840 euro de mon chômage pour juin, juillet, août parce que j'ai travaillé 2 jours par semaine et c'est pas sur la carte.

Mais je ne savais pas ! I asked at the office in may and the lady said OK no problem if small job. Personne m'a dit que il faut marquer sur la carte chaque jour. Je n'ai pas caché, le patron a fait la déclaration normale.

Je ne peux pas payer 1.840 euro, c'est impossible. S'il vous plaît regarder encore mon dossier et annuler, ou au moins faire moins. Je suis pas d'accord avec cette lettre.

Merci
Agnieszka Wrona
NISS 84.07.02-312.90
"""
add("appeal", "fr", "unemployment", None,
    "MIXED FR/EN (dominant French): contests a recovery of unemployment benefit ('rembourser ... de mon chômage', 'la carte') and asks to look again and cancel/reduce, no legal words -> appeal, unemployment. text/plain UTF-8 QP.",
    message(AW, "lettre rembourser chomage - pas d accord", d(2026, 11, 15, 12, 30),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "CAM7wrona06@mail.example.com"))

# ====================================================================== H: Sint-Niklaas small contractor (nl)
GV = addr("Geert Van Raemdonck", "geert@vanraemdonck-bouw.example.be")
GSIG = "\n\nGeert Van Raemdonck\nVan Raemdonck Renovaties BV\nKapelstraat 118, 9100 Sint-Niklaas\nBTW BE 0644.871.205 - GSM 0495 41 72 88\n"

t = """Goeiemorgen,

Ik heb van een faillissement een bestelwagen gekocht (Ford Transit 2021) plus een aanhangwagen van 750 kg. De curator zegt dat ik zelf de inschrijving moet regelen, mijn verzekeraar zegt dat ze dat niet doen voor wagens zonder gelijkvormigheidsattest "in orde", en de garage zegt dat ik bij jullie moet zijn.

Concreet: hoe krijg ik die bestelwagen op mijn firma ingeschreven als het oude kentekenbewijs deel 1 kwijt is? Kan ik de oude nummerplaat van de aanhangwagen houden of moet ik een nieuwe aanvragen? En moet die aanhangwagen eerst nog naar de keuring?

Ik heb drie weken mijn werkmannen met hun eigen auto naar de werven moeten laten rijden, dus een snel antwoord zou wel welkom zijn. Iedereen stuurt mij door naar iemand anders.
""" + GSIG
add("information_request", "nl", "mobility", None,
    "How to register a second-hand van and trailer bought from a bankruptcy (lost registration certificate, plate, inspection); grumble about being sent around -> information_request, mobility (registration service never named). text/plain UTF-8 QP, Outlook signature.",
    message(GV, "inschrijving bestelwagen + aanhangwagen uit faillissement", d(2026, 10, 28, 7, 5),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "AM0PR09MB3321.geert@vanraemdonck-bouw.example.be",
            received=("smtp.vanraemdonck-bouw.example.be", "192.0.2.201")))

t = """Dag,

Door de regen van oktober en november hebben mijn 3 werkmannen al 9 dagen niet kunnen werken. Mijn boekhouder is met zwangerschapsverlof en de vervanger zegt "ge moet dat zelf aangeven via de site met de tijdelijke werkloosheid wegens weerverlet".

Vroeger vulde ik gewoon de papieren kaartjes in en klaar. Nu: hoe doe ik dat juist? Moet ik per dag aangeven of per maand? Tot wanneer kan ik dat nog doen voor oktober? En moeten mijn mannen zelf ook nog iets doen bij hun vakbond of bij de kas?

Ge zou voor minder het bijltje erbij neerleggen, hoeveel administratie er komt kijken bij een beetje regen. Maar goed, graag een duidelijk antwoord, mijn mannen moeten betaald worden.
""" + GSIG
add("information_request", "nl", "unemployment", None,
    "Employer asks HOW to declare temporary unemployment due to bad weather ('weerverlet', 'de kaartjes'), deadlines, what his workers must do; grumble about paperwork -> information_request, unemployment. text/plain windows-1252 QP; CRLF line endings.",
    message(GV, "weerverlet werkmannen - hoe aangeven?", d(2026, 11, 18, 6, 48),
            leaf("text/plain", t, "windows-1252", "quoted-printable"), "AM0PR09MB3390.geert@vanraemdonck-bouw.example.be",
            extra=["X-Mailer: Microsoft Outlook 16.0"]), crlf=True)

t = """Goeiemiddag,

Ik betaal sinds 2019 elk kwartaal mijn voorafbetalingen, altijd op tijd, altijd met de gestructureerde mededeling die op jullie papier staat.

Nu krijg ik een brief dat mijn voorafbetaling van 10 juli (4.500 euro) "niet werd ontvangen" en dat ik dus een vermeerdering riskeer. Volgens mijn bank is het geld op 9 juli vertrokken naar het juiste rekeningnummer, met de juiste mededeling. Het staat gewoon op mijn uittreksel.

Ik heb 4 keer gebeld. 1 keer na 45 minuten "onze diensten zijn gesloten", 2 keer ingehaakt, 1 keer iemand die zei dat ze "er niet aan kon". Ik heb het contactformulier gebruikt op 12 oktober: nog altijd geen antwoord.

Ik ben een kleine zelfstandige, ik heb geen tijd om halve dagen aan de telefoon te hangen voor een fout die niet de mijne is. Zoek aub uit waar dat geld zit.
""" + GSIG
add("complaint", "nl", "taxes", None,
    "Advance tax payment ('voorafbetaling') lost although paid; unreachable phone line, unanswered form. He does not contest a decision (the increase is only a risk) -> complaint, taxes. multipart/alternative UTF-8 QP + HTML base64.",
    message(GV, "voorafbetaling juli 'niet ontvangen' - wel betaald!!", d(2026, 10, 21, 13, 17),
            multi("alternative", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                                  leaf("text/html", html_wrap(p2h(t), "p{font-family:Calibri}"), "utf-8", "base64")], "_000_AM0PR09MB3201_"),
            "AM0PR09MB3201.geert@vanraemdonck-bouw.example.be", extra=["X-Mailer: Microsoft Outlook 16.0"]))

t = """Goeiendag,

Ik wou een klacht indienen via het klachtenformulier op jullie website, maar dat lukt niet. Drie keer geprobeerd (op pc en op gsm): na het invullen van alles en op "verzenden" klikken krijg ik "Er is een fout opgetreden (500)" en alles is weg. Ik heb 20 minuten zitten typen. Ook de bijlage-knop doet niks.

Dus nu een klacht over het klachtenformulier, dat is wel straf. Kan iemand dat eens laten nakijken? Voor een dienst die klachten moet ontvangen is dat toch het minimum.

Mijn eigenlijke klacht stuur ik apart door, als ik de moed nog heb.
""" + GSIG
add("complaint", "nl", "other", None,
    "Complaint about the COMPLAINT WEB FORM itself (error 500, lost text) - none of the seven services -> complaint, other. The 'eigenlijke klacht' is announced for later. text/plain ISO-8859-1 8bit.",
    message(GV, "klachtenformulier werkt niet", d(2026, 10, 12, 21, 40),
            leaf("text/plain", t, "iso-8859-1", "8bit"), "AM0PR09MB2999.geert@vanraemdonck-bouw.example.be"))

t = """Aan de gewestelijke directeur,

Betreft: bezwaarschrift tegen het aanslagbiljet personenbelasting aanslagjaar 2026
Artikelnummer 716.402.885 - verzonden op 30 september 2026

Geachte heer, mevrouw,

Hierbij dien ik bezwaar in tegen bovenvermelde aanslag.

De taxatiedienst heeft de kosten van mijn tweede bestelwagen (afschrijving, brandstof, verzekering: samen 9.214,60 EUR) verworpen met de motivering dat het voertuig "ook privé gebruikt kan worden". Het gaat om een lichte vrachtwagen met twee zitplaatsen, een laadbak en een opschrift met mijn firmanaam, die uitsluitend door mijn werkman wordt gebruikt om materiaal naar de werven te brengen. Bewijs: rittenlijst, verzekeringspolis (beroepsgebruik) en foto's in bijlage.

Ik verzoek u de aanslag te herzien en de verworpen kosten als beroepskosten te aanvaarden. Graag word ik gehoord.

Hoogachtend,
Geert Van Raemdonck
"""
add("appeal", "nl", "taxes", None,
    "Formal 'bezwaarschrift' against a tax assessment (disallowed van costs) -> appeal, taxes. multipart/mixed: text/plain ISO-8859-1 QP + 2 PDF + JPG.",
    message(GV, "Bezwaarschrift aanslagjaar 2026 - art. 716.402.885", d(2026, 11, 24, 9, 10),
            multi("mixed", [leaf("text/plain", t, "iso-8859-1", "quoted-printable"),
                            attach("application/pdf", "rittenlijst 2025.pdf", fakepdf("ritten")),
                            attach("application/pdf", "polis beroepsgebruik.pdf", fakepdf("polis")),
                            attach("image/jpeg", "bestelwagen opschrift.jpg", fakejpg(10))], "_004_AM0PR09MB3501_"),
            "AM0PR09MB3501.geert@vanraemdonck-bouw.example.be", received=("smtp.vanraemdonck-bouw.example.be", "192.0.2.201")))

t = """Goeiendag,

Mijn sociaal verzekeringsfonds heeft mij een verhoging van 312,48 euro aangerekend omdat mijn bijdrage van het 3e kwartaal "laattijdig" betaald werd (op 7 oktober in plaats van 30 september).

Die week lag ik in het AZ Nikolaas na een val van een stelling (attest in bijlage). Mijn vrouw heeft de betaling gedaan zodra ze de codes vond. Ik heb in 12 jaar nooit een dag te laat betaald.

Kan die verhoging alstublieft geschrapt worden? Ik vraag geen gunst, alleen een beetje begrip voor een uitzonderlijke situatie.
""" + GSIG
add("appeal", "nl", "social_security", None,
    "Asks to cancel ('schrappen') a surcharge on self-employed social contributions after a hospital stay; no legal words -> appeal, social_security. HTML-only UTF-8 base64 with a PDF attachment (multipart/mixed).",
    message(GV, "verhoging sociale bijdragen 3e kwartaal", d(2026, 11, 2, 18, 5),
            multi("mixed", [leaf("text/html", html_wrap(p2h(t)), "utf-8", "base64"),
                            attach("application/pdf", "attest AZ opname.pdf", fakepdf("attest"))], "_005_AM0PR09MB3120_"),
            "AM0PR09MB3120.geert@vanraemdonck-bouw.example.be"))

t = """Hallo,

Bijkomend: de referentie van de overschrijving bij mijn bank is 2026070900183347, valutadatum 9/7/2026, rekening van de ontvanger BE61 6790 0012 3417. Het uittreksel zit in bijlage.
Mijn boekhouder heeft intussen ook gebeld, zonder resultaat.
""" + GSIG + "\n" + ack_quoted("PLT-2026-004205", "nl", "21/10/2026",
    "Van: Klachtendienst <plaintes.klachten@federal.example.be>\nVerzonden: donderdag 22 oktober 2026 08:15\nAan: geert@vanraemdonck-bouw.example.be\nOnderwerp: [PLT-2026-004205] Ontvangstbevestiging van uw klacht\n")
add("follow_up", "nl", "taxes", "PLT-2026-004205",
    "Outlook 'RE:' reply to our acknowledgement that ONLY ADDS the bank transfer reference and a statement to the lost advance-payment complaint -> follow_up, taxes. multipart/mixed: multipart/alternative (windows-1252 QP) + PDF; In-Reply-To and Thread-Index.",
    message(GV, "RE: " + ack_subj("PLT-2026-004205", "nl"), d(2026, 10, 23, 7, 31),
            multi("mixed", [multi("alternative", [leaf("text/plain", t, "windows-1252", "quoted-printable"),
                                                  leaf("text/html", html_wrap(p2h(t)), "windows-1252", "quoted-printable")], "_000_AM0PR09MB3230alt_"),
                            attach("application/pdf", "uittreksel juli.pdf", fakepdf("uittreksel"))], "_004_AM0PR09MB3230mix_"),
            "AM0PR09MB3230.geert@vanraemdonck-bouw.example.be",
            extra=["In-Reply-To: <%s>" % ack_mid("PLT-2026-004205"), "References: <%s>" % ack_mid("PLT-2026-004205"),
                   "Thread-Index: AdsqZ4f1c2VydmljZQ==", "X-Mailer: Microsoft Outlook 16.0"]))

# ====================================================================== collected: auto-replies
t = """Bonjour,

Je suis absente du bureau jusqu'au vendredi 4 décembre inclus, sans accès à mes e-mails.
Pour toute question urgente concernant un dossier comptable, vous pouvez contacter mon collègue Olivier Dessart (olivier.dessart@fiduciaire-meuse.example.be - 082 22 41 90).

Votre message ne sera pas transféré.

Bien à vous,
Nathalie Lambotte
Fiduciaire de la Meuse
"""
add("auto_reply", "fr", "other", "PLT-2026-004611",
    "Exchange out-of-office 'Réponse automatique :' to our French acknowledgement: Auto-Submitted + X-Auto-Response-Suppress; ticket only in the subject -> auto_reply, refers_to set, no ack. text/plain UTF-8 QP.",
    message(addr("Nathalie Lambotte", "n.lambotte@fiduciaire-meuse.example.be"),
            hdr("Réponse automatique : " + ack_subj("PLT-2026-004611", "fr"), "utf-8", "q"), d(2026, 11, 25, 10, 2),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "autoreply.7731@fiduciaire-meuse.example.be",
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "In-Reply-To: <%s>" % ack_mid("PLT-2026-004611")]))

t = """Beste,

Ik ben met verlof tot en met maandag 7 december en lees mijn mails niet.
Voor dringende zaken kan u terecht bij mijn collega Jan (jan.peeters@dienstenbureau.example.be).
Uw bericht wordt na mijn terugkeer behandeld.

Met vriendelijke groeten,
Marleen Goossens

""" + ack_quoted("PLT-2026-004603", "nl", "24/11/2026",
                   "Op 25 nov. 2026 om 09:10 schreef Klachtendienst <plaintes.klachten@federal.example.be>:")
add("auto_reply", "nl", "other", "PLT-2026-004603",
    "Out-of-office WITHOUT any auto-reply header, human-looking 'Antw:' subject with our ticket, In-Reply-To our ack and our quoted acknowledgement: looks like a follow_up but the body is only a vacation notice -> auto_reply, refers_to set. text/plain ISO-8859-1 8bit.",
    message(addr("Marleen Goossens", "marleen.goossens@dienstenbureau.example.be"),
            "Antw: " + ack_subj("PLT-2026-004603", "nl"), d(2026, 11, 25, 9, 11),
            leaf("text/plain", t, "iso-8859-1", "8bit"), "mg.ooo.20261125@dienstenbureau.example.be",
            extra=["In-Reply-To: <%s>" % ack_mid("PLT-2026-004603")]))

t = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen ist bei uns eingegangen und wurde unter der Vorgangsnummer

    BS-2026-118833

registriert. Betreff Ihrer Nachricht: "[PLT-2026-004560] Eingangsbestätigung Ihrer Beschwerde"

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; die durchschnittliche Bearbeitungszeit beträgt derzeit 10 Werktage. Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.

Mit freundlichen Grüßen
Ihr Bürgerservice
Autonome Hochschule - Verwaltung
"""
add("auto_reply", "de", "other", "PLT-2026-004560",
    "TICKET-SYSTEM auto-acknowledgement of another organisation with its OWN reference (Vorgangsnummer BS-...) that repeats our ack subject -> auto_reply, refers_to our ticket. Auto-Submitted: auto-generated, Precedence: bulk. multipart/alternative ISO-8859-1 QP + HTML.",
    message(addr("Bürgerservice", "noreply-ticket@buergerservice.example.org", "iso-8859-1"),
            hdr("Ihre Anfrage wurde registriert [BS-2026-118833]", "utf-8", "q"), d(2026, 11, 20, 14, 0),
            multi("alternative", [leaf("text/plain", t, "iso-8859-1", "quoted-printable"),
                                  leaf("text/html", html_wrap("<table width=\"600\"><tr><td>" + p2h(t) + "</td></tr></table>"), "iso-8859-1", "quoted-printable")], "ticket-alt-118833"),
            "ticket.118833@buergerservice.example.org",
            extra=["Auto-Submitted: auto-generated", "Precedence: bulk", "X-Ticket-System: OTRS"]))

t = """Thank you for your email.

I am currently doing fieldwork in the Ashanti region with very limited internet access until 15 January 2027. I will reply as soon as possible after my return.
For urgent matters regarding the lab, please contact the lab manager (labmanager@bioscience.example.be).

Kwabena Owusu-Ansah
"""
add("auto_reply", "en", "other", "PLT-2026-004662",
    "Vacation responder of one of our complainants answering our English acknowledgement: X-Autoreply + Auto-Submitted, 'Automatic reply:' subject -> auto_reply (not a follow_up although the sender has an open case), refers_to set. text/plain us-ascii.",
    message(KO, "Automatic reply: " + ack_subj("PLT-2026-004662", "en"), d(2026, 11, 27, 9, 0),
            leaf("text/plain", t, "us-ascii", "7bit"), "autoreply.kwab.1127@student.example.be",
            extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "In-Reply-To: <%s>" % ack_mid("PLT-2026-004662"),
                   "References: <%s>" % ack_mid("PLT-2026-004662")]))

t = """Madame, Monsieur,

Nous accusons bonne réception de votre message, enregistré sous la référence 26-MUT-774120.
Un collaborateur de notre service Indemnités vous répondra dans un délai de 15 jours ouvrables. Ce délai peut être plus long en période de forte affluence.
Inutile de nous renvoyer votre demande : cela ne ferait que la retarder.

Geachte heer, mevrouw,
Wij hebben uw bericht goed ontvangen (referentie 26-MUT-774120). U krijgt binnen 15 werkdagen een antwoord.

Mutualité / Ziekenfonds - Service clientèle
"""
add("auto_reply", "fr", "other", None,
    "BILINGUAL FR/NL (French dominant) ticket-system acknowledgement from a health-insurance fund with its own reference (26-MUT-...), no PLT ticket -> auto_reply, refers_to null. The words 'Indemnités'/'mutualité' must not pull it into social_security. HTML-only windows-1252 QP, Auto-Submitted.",
    message(addr("Service clientèle", "ne-pas-repondre@mutualite.example.org", "windows-1252"),
            hdr("Accusé de réception / Ontvangstbevestiging - réf. 26-MUT-774120", "windows-1252", "q"), d(2026, 11, 26, 16, 45),
            leaf("text/html", html_wrap(p2h(t), "body{font-family:Arial;color:#333}") + '<img src="https://track.mutualite.example.org/o.gif?id=774120" width="1" height="1">\n',
                 "windows-1252", "quoted-printable"),
            "26MUT774120.ack@mutualite.example.org", extra=["Auto-Submitted: auto-generated"]))

# ====================================================================== collected: bounces
ack_en = message(MB, ack_subj("PLT-2026-004650", "en"), d(2026, 11, 26, 8, 30),
                 leaf("text/plain", ACK["en"][1].format(t="PLT-2026-004650", d="25/11/2026"), "utf-8", "quoted-printable"),
                 ack_mid("PLT-2026-004650"), to="j.morrison@mailhost.example.net")
dsn_txt = """This is the mail system at host mx1.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.morrison@mailhost.example.net>: host mx.mailhost.example.net[203.0.113.15] said:
    550 5.1.1 <j.morrison@mailhost.example.net>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
dsn_status = """Reporting-MTA: dns; mx1.federal.example.be
X-Postfix-Queue-ID: 4R7BQ12xYz
Arrival-Date: Thu, 26 Nov 2026 08:30:02 +0100

Final-Recipient: rfc822; j.morrison@mailhost.example.net
Original-Recipient: rfc822;j.morrison@mailhost.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mailhost.example.net
Diagnostic-Code: smtp; 550 5.1.1 <j.morrison@mailhost.example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
add("bounce", "en", "other", "PLT-2026-004650",
    "Postfix DSN (multipart/report) returning our English acknowledgement in full as message/rfc822 (user unknown) -> bounce, refers_to the returned ticket.",
    message(addr("Mail Delivery System", "MAILER-DAEMON@mx1.federal.example.be"), "Undelivered Mail Returned to Sender", d(2026, 11, 26, 8, 30, 4),
            multi("report", [(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], dsn_txt.encode()),
                             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn_status.encode()),
                             (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], ack_en)],
                  "4R7BQ12xYz.1764142204/mx1.federal.example.be", extra=[], preamble="This is a MIME-encapsulated message."),
            "20261126073004.4R7BQ12xYz@mx1.federal.example.be", extra=["Auto-Submitted: auto-replied"]))
# fix report-type param
SPECS[-1]["raw"] = SPECS[-1]["raw"].replace(b'Content-Type: multipart/report; boundary=', b'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=', 1)

ack_fr_h = ("From: %s\nTo: p.delhaize.cafe@boiteperso.example.net\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n" % (MB, hdr(ack_subj("PLT-2026-004596", "fr"), "utf-8", "q"),
                                                             d(2026, 11, 24, 15, 12), ack_mid("PLT-2026-004596"))).encode()
ndr_txt = """Votre message n'a pas pu être remis aux destinataires suivants :

p.delhaize.cafe@boiteperso.example.net
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer de renvoyer le message ultérieurement ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EX01.boiteperso.example.net
Code d'erreur : 552 5.2.2 Mailbox full / Boîte aux lettres pleine
"""
add("bounce", "fr", "other", "PLT-2026-004596",
    "Exchange-style NDR in FRENCH (mailbox full) returning only the headers of our French acknowledgement (text/rfc822-headers) -> bounce, language fr, refers_to the returned ticket. Human part multipart/alternative? no: text/plain UTF-8 base64.",
    message(addr("Microsoft Outlook", "postmaster@boiteperso.example.net"), hdr("Non remis : " + ack_subj("PLT-2026-004596", "fr"), "utf-8", "q"),
            d(2026, 11, 24, 15, 13),
            multi("report", [leaf("text/plain", ndr_txt, "utf-8", "base64"),
                             (["Content-Type: message/delivery-status"],
                              b"Reporting-MTA: dns;EX01.boiteperso.example.net\nArrival-Date: Tue, 24 Nov 2026 15:12:40 +0100\n\nFinal-recipient: RFC822; p.delhaize.cafe@boiteperso.example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 Mailbox full\n"),
                             (["Content-Type: text/rfc822-headers"], ack_fr_h)],
                  "_ndr_boundary_EX01_5a7c", extra=[]),
            "ndr.5a7c.EX01@boiteperso.example.net", extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]))
SPECS[-1]["raw"] = SPECS[-1]["raw"].replace(b'Content-Type: multipart/report; boundary=', b'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=', 1)
SPECS[-1]["notes"] = "Exchange-style NDR in FRENCH (mailbox full) returning only the headers of our French acknowledgement (text/rfc822-headers) -> bounce, language fr, refers_to the returned ticket. Human-readable part text/plain UTF-8 base64, X-MS-Exchange-Message-Is-Ndr."

de_bounce = """Hallo,

dies ist eine automatisch erstellte Nachricht des Mailservers mail.posteo-like.example.org.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Es handelt sich um einen permanenten Fehler; weitere Zustellversuche werden nicht unternommen.

<w.brandt.eupen@posteo-like.example.org>:
Das Postfach des Empfängers wurde deaktiviert (550 5.2.1 mailbox disabled).

--- Kopfzeilen der ursprünglichen Nachricht ---

From: Beschwerdedienst <plaintes.klachten@federal.example.be>
To: w.brandt.eupen@posteo-like.example.org
Subject: [PLT-2026-004588] Eingangsbestätigung Ihrer Beschwerde
Date: Mon, 23 Nov 2026 11:05:00 +0100
Message-ID: <ack.plt-2026-004588@federal.example.be>
"""
add("bounce", "de", "other", "PLT-2026-004588",
    "GERMAN bounce as PLAIN TEXT (no multipart/report, no DSN part): original headers pasted into the body, ticket only there -> bounce, language de, refers_to set. text/plain UTF-8 8bit; CRLF line endings.",
    message(addr("Mail Delivery Subsystem", "mailer-daemon@posteo-like.example.org"), hdr("Unzustellbar: Zustellung fehlgeschlagen", "utf-8", "q"),
            d(2026, 11, 23, 11, 5, 40), leaf("text/plain", de_bounce, "utf-8", "8bit"), "bounce.20261123110540.9921@posteo-like.example.org",
            extra=["Auto-Submitted: auto-replied"]), crlf=True)

# ====================================================================== collected: spam / scams
t = """<table width="600" align="center" style="font-family:Arial;border:1px solid #ccc">
<tr><td style="background:#003d7a;color:#fff;padding:12px"><b>SPF Finances - Service Remboursements</b></td></tr>
<tr><td style="padding:14px">
<p>Cher(e) contribuable,</p>
<p>Après le dernier calcul annuel de votre impôt, nous avons déterminé que vous avez droit à un remboursement de <b>412,60 &euro;</b>.</p>
<p>Dossier n&deg; RMB/2026/88412-BE &mdash; Date limite : <b>48 heures</b></p>
<p>Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires via le lien sécurisé ci-dessous :</p>
<p style="text-align:center"><a href="https://spf-finances-remboursement.example.com/myminfin/login.php?id=88412" style="background:#f39200;color:#fff;padding:10px 20px">Recevoir mon remboursement</a></p>
<p>Sans confirmation dans le délai, le remboursement sera annulé et une amende administrative pourra être appliquée.</p>
<p>Cordialement,<br>Service des remboursements</p>
</td></tr></table>
<img src="http://spf-finances-remboursement.example.com/px.gif?u=plaintes" width="1" height="1">"""
add("spam", "fr", "other", None,
    "PHISHING: fake tax refund with a LOOK-ALIKE domain (spf-finances-remboursement.example.com), fake 'Dossier n°', threat of 'amende' -> spam, other (not taxes, no ack). HTML-only UTF-8 base64 with tracking pixel; From display name imitates the tax administration.",
    message(addr("SPF Finances", "remboursement@spf-finances-be.example.com"), hdr("Avis de remboursement d'impôt - 412,60 €", "utf-8", "b"),
            d(2026, 11, 21, 3, 14), leaf("text/html", html_wrap(t), "utf-8", "base64"), "20261121031402.88412@spf-finances-be.example.com",
            to="undisclosed-recipients:;", received=("vps-2291.example.net", "203.0.113.201")))

t = """Beste klant,

Uw pakket (zendingnummer BE-7741-2093-NL) kon niet worden geleverd omdat er nog invoerrechten van EUR 2,49 openstaan.

Betaal binnen 24 uur via onderstaande link, anders wordt het pakket teruggestuurd naar de afzender:
https://pakket-levering-be.example.net/betalen?ref=77412093

Heeft u een klacht over de levering? Neem dan contact op met onze klantendienst via dezelfde link.

Met vriendelijke groet,
Klantendienst Pakketlevering
"""
add("spam", "nl", "other", None,
    "FAKE PARCEL FEE smishing-style mail (EUR 2,49 'invoerrechten'), contains the word 'klacht' -> spam, other. text/plain UTF-8 QP, Reply-To freemail-like domain.",
    message(addr("Pakketdienst", "info@pakket-levering-be.example.net"), "Uw pakket wacht op betaling (EUR 2,49)", d(2026, 11, 18, 5, 51),
            leaf("text/plain", t, "utf-8", "quoted-printable"), "pkt.77412093@pakket-levering-be.example.net",
            extra=["Reply-To: klantendienst.pakket@example.com"], received=("vps-8812.example.net", "198.51.100.240")))

t = """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Beschwerde (Aktenzeichen KX-2026/4471) möchten wir Ihnen mitteilen, dass Ihr Guthaben aus unserem automatischen Bitcoin-Handelsprogramm nun ausgezahlt werden kann.

Aktueller Kontostand: 18.420,00 EUR

Um die Auszahlung freizugeben, ist lediglich eine einmalige Verifizierungsgebühr von 249 EUR erforderlich. Klicken Sie hier: https://krypto-auszahlung24.example.com/verify

Dieses Angebot ist nur 72 Stunden gültig.

Mit freundlichen Grüßen
Dr. Markus Feldhoff
Kundenbetreuung
"""
add("spam", "de", "other", None,
    "CRYPTO advance-fee scam with a FAKE 'AW: Ihre Beschwerde' subject and a FAKE 'Aktenzeichen' (no PLT number, no In-Reply-To) -> spam, other, refers_to null. text/plain ISO-8859-1 QP.",
    message(addr("Kundenbetreuung", "service@krypto-auszahlung24.example.com"), "AW: Ihre Beschwerde - Auszahlung freigegeben", d(2026, 11, 22, 23, 40),
            leaf("text/plain", t, "iso-8859-1", "quoted-printable"), "kx4471.20261122@krypto-auszahlung24.example.com",
            received=("mail.krypto-auszahlung24.example.com", "203.0.113.99")))

t = """Dear Beloved Friend,

I am Barrister Solomon Adeyemi-Clarke, personal attorney to late Engr. Henrik De Backer, a Belgian national who died in an auto crash with his entire family in 2019. He left a deposit of US$ 8,700,000.00 (Eight Million Seven Hundred Thousand United States Dollars) with a security company here.

Since then I have made several enquiries to locate any of his extended relatives, without success. I found your contact through the Belgian government directory and since you share the same country, I want to present you as the next of kin so that the proceeds can be paid to you. We will share 60/40.

Please reply with your full name, telephone and a copy of your ID card so that I can file the necessary documents. This transaction is 100% risk free.

Regards,
Barrister Solomon Adeyemi-Clarke, Esq.
"""
add("spam", "en", "other", None,
    "Classic INHERITANCE / advance-fee (419) scam addressed to the complaints mailbox -> spam, other. text/plain windows-1252 8bit, Reply-To to a different domain.",
    message(addr("Barrister Solomon Adeyemi-Clarke", "chambers.sac@lawfirm-intl.example.com"), "URGENT: NEXT OF KIN - DECEASED BELGIAN NATIONAL",
            d(2026, 11, 12, 4, 2), leaf("text/plain", t, "windows-1252", "8bit"), "sac.9912@lawfirm-intl.example.com",
            to="undisclosed-recipients:;", extra=["Reply-To: barr.solomon.sac@example.com"], received=("smtp.lawfirm-intl.example.com", "198.51.100.178")))

t = """Hi there,

Your team handles hundreds of citizen complaints every week. What if every complaint could be answered in under 3 minutes?

ComplaintFlow AI reads incoming emails, classifies them (complaint, appeal, question...) and drafts replies in 24 languages. Public administrations in 11 countries already use it.

- 70% less handling time
- GDPR compliant, EU hosting
- Free pilot for government bodies until 31 December

Can I book 15 minutes in your agenda next week? Just reply "yes" and I'll send you a calendar invite.

Best,
Laura Kingsley
Senior Account Executive, ComplaintFlow
https://www.complaintflow.example.com/gov

Don't want to hear from us? Unsubscribe: https://www.complaintflow.example.com/u?e=plaintes
"""
add("spam", "en", "other", None,
    "B2B MARKETING for complaint-handling software: full of 'complaint', 'appeal', 'question' and addressed to the complaints team, no List-Id -> spam, other. multipart/alternative us-ascii 7bit + HTML UTF-8 QP with tracking pixel.",
    message(addr("Laura Kingsley", "laura.kingsley@complaintflow.example.com"), "Answer every citizen complaint in under 3 minutes?",
            d(2026, 11, 17, 15, 5),
            multi("alternative", [leaf("text/plain", t, "us-ascii", "7bit"),
                                  leaf("text/html", html_wrap(p2h(t) + '\n<img src="https://t.complaintflow.example.com/open/88a1.png" width="1" height="1" alt="">'), "utf-8", "quoted-printable")],
                  "b2b_cf_88a1"),
            "cf.88a1.outreach@complaintflow.example.com", extra=["X-Campaign: gov-eu-q4"]))

t = """Madame, Monsieur,

Sauf erreur de notre part, la facture n° F-2026-11873 du 15/09/2026 (maintenance informatique, 1.936,00 EUR TVAC) reste impayée malgré nos deux rappels.

Afin d'éviter la transmission du dossier à notre service contentieux, nous vous prions de régler ce montant sous 5 jours sur notre NOUVEAU compte : BE71 0961 2345 6769 (BIC GKCCBEBB), communication : F-2026-11873.

Vous trouverez la facture en pièce jointe.

Geachte, voor vragen kan u ons ook in het Nederlands contacteren.

Service comptabilité
"""
add("spam", "fr", "other", None,
    "INVOICE FRAUD: fake overdue invoice with a 'new' bank account and threat of litigation; short NL line, French dominant; attachment is an HTML file, not a PDF -> spam, other. multipart/mixed: text/plain ISO-8859-1 QP + text/html attachment base64; fake 'RE:' subject.",
    message(addr("Comptabilité - IT Services", "compta@itservices-facturation.example.net"), "RE: Facture impayée n° F-2026-11873 - 2e rappel".replace("é", "e").replace("°", "o"),
            d(2026, 11, 19, 7, 33),
            multi("mixed", [leaf("text/plain", t, "iso-8859-1", "quoted-printable"),
                            (['Content-Type: text/html; charset="utf-8"; name="Facture_F-2026-11873.html"', "Content-Transfer-Encoding: base64",
                              'Content-Disposition: attachment; filename="Facture_F-2026-11873.html"'],
                             base64.encodebytes(html_wrap('<form action="https://login-office-facture.example.net/auth" method="post"><input name="email"><input type="password" name="pw"><button>Voir la facture</button></form>').encode()))],
                  "----=_mix_F11873"),
            "F11873.r2@itservices-facturation.example.net", received=("smtp.itservices-facturation.example.net", "192.0.2.66")))

# ====================================================================== build + check
DOMAIN_OK = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)
KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
TICKET = re.compile(r"^PLT-\d{4}-\d{6}$")

def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload(decode=True) or b""
        if isinstance(c, bytes):
            c = c.decode("latin-1")
        elif not isinstance(c, str):
            c = str(c)
        out.append(c)
    return "\n".join(out)

def check(path, lab):
    errs = []
    raw = open(path, "rb").read()
    for i, line in enumerate(raw.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            errs.append("line %d > 998 octets" % (i + 1))
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if lab["kind"] not in KINDS: errs.append("kind")
    if lab["language"] not in LANGS: errs.append("language")
    if lab["category"] not in CATS: errs.append("category")
    if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")): errs.append("acknowledge")
    if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other": errs.append("category must be other")
    if lab["kind"] == "follow_up" and not lab["refers_to"]: errs.append("follow_up without refers_to")
    text = decoded_text(msg)
    if lab["refers_to"]:
        if not TICKET.match(lab["refers_to"]): errs.append("bad ticket format")
        if lab["refers_to"].lower() not in text.lower(): errs.append("refers_to not in message")
    hosts = re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text)
    hosts += re.findall(r"https?://([A-Za-z0-9.-]+)", text)
    hosts += re.findall(r"\bwww\.([A-Za-z0-9.-]+)", text)
    hosts += re.findall(r"(?:from|by) ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+) \(", text)
    for h in hosts:
        h = h.rstrip(".")
        if not DOMAIN_OK.search(h):
            errs.append("non-example domain: " + h)
    if not msg["From"]: errs.append("no From")
    return errs

def main():
    rng = random.Random(SEED)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        name = "%s-%03d.eml" % (PREFIX, n)
        raw = s["raw"]
        assert b"\r" not in raw
        if s["crlf"]:
            raw = raw.replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels.append({"file": name, "kind": s["kind"], "language": s["language"], "category": s["category"],
                       "acknowledge": s["kind"] in ("complaint", "appeal", "information_request"),
                       "refers_to": s["refers_to"], "notes": s["notes"] + (" CRLF line endings." if s["crlf"] and "CRLF" not in s["notes"] else "")})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    bad = 0
    for lab in labels:
        e = check(os.path.join(HERE, lab["file"]), lab)
        if e:
            bad += 1
            print(lab["file"], "; ".join(e), file=sys.stderr)
    print("%d messages written, %d with errors" % (len(labels), bad))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
