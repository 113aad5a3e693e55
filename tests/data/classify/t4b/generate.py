#!/usr/bin/env python3
"""Generate the t4b labelled e-mail corpus (deterministic, stdlib only)."""
import base64, json, os, quopri, random, re, sys
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr
from email.parser import BytesParser
from email import policy

SEED = 4242017
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t4b"
MBX = "plaintes.klachten@federal.example.be"
MBXH = "Plaintes - Klachten <plaintes.klachten@federal.example.be>"
RNG = random.Random(SEED)
MSGS = []

def hq(s, cs="utf-8"):
    c = Charset(cs); c.header_encoding = QP
    return Header(s, c).encode()

def hb(s, cs="utf-8"):
    c = Charset(cs); c.header_encoding = BASE64
    return Header(s, c).encode()

def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs)

def bnd():
    return "----=_Part_%d_%d.%d" % (RNG.randint(1000, 9999), RNG.randint(100000, 999999), RNG.randint(10**9, 10**10))

def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", params="", disp=None):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    hdr = [("Content-Type", "text/%s; charset=\"%s\"%s" % (sub, cs, params)),
           ("Content-Transfer-Encoding", cte)]
    if disp:
        hdr.append(("Content-Disposition", disp))
    return {"h": hdr, "b": body}

def att(data, ctype, fname):
    return {"h": [("Content-Type", "%s; name=\"%s\"" % (ctype, fname)),
                  ("Content-Transfer-Encoding", "base64"),
                  ("Content-Disposition", "attachment; filename=\"%s\"" % fname)],
            "b": base64.encodebytes(data)}

def multi(sub, parts, extra=""):
    return {"h": [("Content-Type", "multipart/%s; boundary=\"%s\"%s" % (sub, bnd(), extra))], "parts": parts}

def embedded(raw_bytes, ctype="message/rfc822", fname=None):
    h = [("Content-Type", ctype)]
    if fname:
        h.append(("Content-Disposition", "attachment; filename=\"%s\"" % fname))
    return {"h": h, "b": raw_bytes}

def ser(node):
    out = b""
    for k, v in node["h"]:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n"
    if "parts" in node:
        b = re.search(r'boundary="([^"]+)"', node["h"][0][1]).group(1).encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in node["parts"]:
            out += b"--" + b + b"\n" + ser(p)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b + b"--\n"
    else:
        out += node["b"]
    return out

def build(headers, node, crlf=False, raw_headers_8bit=None):
    out = b""
    for k, v in headers:
        if not raw_headers_8bit and not v.isascii():
            v = hq(v)  # unencoded non-ASCII header: Q-encode it
        out += ("%s: %s\n" % (k, v)).encode("utf-8" if raw_headers_8bit else "ascii")
    out += b"MIME-Version: 1.0\n"
    out += ser(node)
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

def std(frm, subj, date, mid, to=MBXH, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subj), ("Date", date), ("Message-ID", mid)]
    h += list(extra)
    return h

def rcv(host, ip, date):
    return ("Received", "from %s (%s [%s])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id 4Q%X\n\tfor <%s>; %s" % (host, host, ip, RNG.randint(16**7, 16**8 - 1), MBX, date))

def add(kind, lang, cat, ref, notes, raw):
    MSGS.append(dict(kind=kind, language=lang, category=cat, refers_to=ref, notes=notes, raw=raw))

PDF = lambda title: ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9"

def ack_subject(ticket, lang):
    return {"fr": "[%s] Accusé de réception de votre plainte",
            "nl": "[%s] Ontvangstbevestiging van uw klacht",
            "de": "[%s] Eingangsbestätigung Ihrer Beschwerde",
            "en": "[%s] Acknowledgement of your complaint"}[lang] % ticket

def ack_mid(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()

ACK_BODY = {
 "fr": "Madame, Monsieur,\n\nNous avons bien reçu votre message. Il a été enregistré sous la référence %s.\nUn collaborateur vous répondra dans les meilleurs délais.\n\nService central des plaintes\n",
 "nl": "Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht goed ontvangen. Het werd geregistreerd onder referentie %s.\nEen medewerker neemt zo snel mogelijk contact met u op.\n\nCentrale klachtendienst\n",
 "de": "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht erhalten. Sie wurde unter dem Aktenzeichen %s registriert.\nEin Mitarbeiter wird Ihnen so bald wie möglich antworten.\n\nZentraler Beschwerdedienst\n",
 "en": "Dear Sir or Madam,\n\nWe have received your message. It has been registered under reference %s.\nA member of staff will reply as soon as possible.\n\nCentral complaints service\n",
}

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a space."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((" ", "-", ">")):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"

# =====================================================================
# COMPLAINTS
# =====================================================================

# c1 fr A taxes
t = """Madame, Monsieur,

Je vous écris au nom de l'étude du notaire Philippe Gérardy, à Namur.

Le 21 octobre, nous avons envoyé, comme pour chaque vente, la notification au bureau qui doit nous dire si le vendeur a encore des dettes d'impôts (dossier vente Ravet / Fontigny, maison rue des Tanneurs). Sans cette réponse, nous ne pouvons pas libérer le prix de vente.

Cela fait aujourd'hui plus de cinq semaines. D'habitude, la réponse arrive en quelques jours. J'ai téléphoné six fois au numéro indiqué sur votre site : soit ça sonne dans le vide, soit une voix enregistrée me dit que « tous nos collaborateurs sont occupés » et la ligne coupe. Le courriel de rappel du 12 novembre est resté sans suite, même pas un accusé de réception.

Pendant ce temps, les acheteurs ont payé, le vendeur attend son argent pour sa maison de repos, et c'est l'étude qui se fait houspiller tous les jours. Je trouve cela inacceptable pour une démarche qui est purement administrative.

Pourriez-vous au moins me dire à qui je dois m'adresser concrètement ?

Avec mes salutations distinguées,

Séverine Dujardin
Secrétariat – Étude du notaire Ph. Gérardy
Avenue Cardinal Mercier 14, 5000 Namur
Tél. 081 00 47 12

Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
"""
html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in t.strip().split("\n\n")) + "</div></body></html>"
raw = build(std(addr("Séverine Dujardin", "secretariat@notaire-gerardy.example.be", "windows-1252"),
                hq("Notification dettes fiscales – aucune réponse depuis 5 semaines (vente Ravet/Fontigny)", "windows-1252"),
                "Mon, 23 Nov 2026 10:14:52 +0100", "<AM9P192MB0871D2C@notaire-gerardy.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-BE")]),
            multi("alternative", [leaf(t, cs="windows-1252"), leaf(html, "html", "windows-1252")]), crlf=True)
add("complaint", "fr", "taxes", None,
    "Notary's secretary: no answer from the office that certifies the seller's tax debts before a sale (service described, never named) + unreachable phone; ends with a question but dominant intent is complaint. Outlook multipart/alternative windows-1252 QP, Q-encoded subject with en dash, CRLF.", raw)

# c2 fr C police
t = """Monsieur,

Je suis adjudant e.r. de l'ancienne gendarmerie, 32 ans de service dont 19 à la brigade de Malmedy, et jamais je n'aurais cru devoir écrire une lettre pareille.

Samedi 14 novembre vers 22h10, contrôle sur la route de Bévercé, à la sortie de la ville. Je revenais de chez ma soeur à Bellevaux. Le jeune agent m'a tutoyé dès le début (« alors, t'as bu combien, toi ? »). Je lui ai dit que je n'avais rien bu, j'ai soufflé : zéro, comme de juste. Là-dessus il a vu ma vieille carte de l'amicale des anciens gendarmes dans mon portefeuille et il l'a montrée à son collègue en rigolant : « Oh, un ancien de la maréchaussée, faut qu'on le fouille, celui-là ». Ils ont vidé mon coffre sur l'accotement, sous la drache, sans me dire pourquoi et sans rien trouver, évidemment. Mes courses sont restées dans la boue.

Je connais le métier, savez-vous. Un contrôle, ça se fait poliment, on dit bonsoir Monsieur, on explique. Ici c'était de la moquerie, ni plus ni moins. Quand j'ai demandé son nom, il m'a répondu « t'as qu'à lire » mais il n'avait pas de nom sur sa veste, rien qu'un numéro que je n'ai pas pu lire dans le noir.

Je ne demande pas qu'on le pende, hein. Mais que quelqu'un lui apprenne qu'on ne traite pas les gens comme ça, qu'ils aient 20 ans ou nonante.

Joseph Lejeune
Chemin du Thier 7
4960 Malmedy
080 00 21 84
"""
raw = build(std(addr("Joseph Lejeune", "jos.lejeune@skynet-mail.example.be"),
                "Comportement d'un agent lors d'un controle a Beverce",
                "Tue, 17 Nov 2026 08:41:03 +0100", "<5f1c2a9e-77b0-4d1e@skynet-mail.example.be>",
                extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:102.0) Gecko/20100101 Thunderbird/102.15.1")]),
            leaf(t, cs="iso-8859-1", cte="8bit"))
add("complaint", "fr", "police", None,
    "Retired gendarme (Walloon touches: savez-vous, drache, nonante) complains about police CONDUCT at a roadside check (mockery, tutoiement, search without explanation); he tested at zero, no fine, nothing contested. text/plain ISO-8859-1 8bit, ASCII subject without accents.", raw)

# c3 fr F pensions (dictated, HTML only)
html = """<div dir="ltr"><div>Bonjour,</div><div><br></div>
<div><i>(C'est Inès, la petite-fille de Madame Wauthier, j'écris ce que ma mamy me dit, elle n'a pas d'ordinateur.)</i></div><div><br></div>
<div>Alors voilà. Mon Marcel est décédé le 3 juillet. Au mois d'août on m'a dit au téléphone que j'allais avoir une partie de l'argent de sa pension à lui, à la place de la mienne qui est toute petite, et qu'il ne fallait rien faire, que ça se faisait tout seul. Je n'ai rien reçu du tout, toujours ma petite somme, comme avant.</div><div><br></div>
<div>Jeudi passé j'ai encore téléphoné. J'ai attendu quarante minutes avec la musique, j'ai même dû laisser brûler mes pommes de terre. Et la dame m'a dit d'une façon pas gentille du tout : « Madame, tout est sur internet, vous n'avez qu'à regarder sur le site ». Je lui ai dit que j'ai 81 ans et que je n'ai pas internet. Elle a soupiré et elle a dit « demandez à vos enfants ». Et puis elle a raccroché.</div><div><br></div>
<div>Je ne suis pas une mendiante. J'ai travaillé trente ans chez Bauthier et Marcel quarante-deux ans aux ateliers. On ne parle pas comme ça aux vieilles personnes. Et surtout je voudrais savoir où est passé mon dossier, parce que le loyer lui, il ne attend pas.</div><div><br></div>
<div>Merci de me répondre par courrier, à mon adresse : Gilberte Wauthier, rue de la Providence 58 boîte 2, 6030 Marchienne-au-Pont. Ou sur le mail de ma petite-fille.</div><div><br></div>
<div>Gilberte Wauthier</div><div>(écrit par Inès Wauthier)</div></div>
"""
raw = build(std(addr("Inès Wauthier", "ines.wauthier03@gmail-like.example.com"),
                hb("Pour ma grand-mère Mme Wauthier – rien reçu depuis le décès de mon grand-père"),
                "Sun, 15 Nov 2026 17:22:40 +0100", "<CAH7x9kQ2p0@mail.gmail-like.example.com>"),
            leaf(html, "html", cte="base64"))
add("complaint", "fr", "pensions", None,
    "Granddaughter writes what her grandmother dictates (oral register). Survivor's share of the late husband's pension described in everyday words ('une partie de l'argent de sa pension à lui'), never named; rude phone agent + missing file -> complaint, pensions. HTML-only UTF-8 base64, B-encoded subject.", raw)

# c4 fr H mobility
t = """Bonjour,

Nous avons une ferme à Hompré (Bastogne). Début octobre mon mari a acheté une remorque agricole d'occasion et on a fait la demande de plaque par le garage, comme d'habitude.

La plaque n'est jamais arrivée chez nous. Après trois semaines, j'ai appris par le facteur qu'elle avait été envoyée à "Ferme Collard-Noël SPRL" à une ancienne adresse de la société, que nous avons quittée en 2019 ! Pourtant tout a été changé partout depuis des années. La poste l'a renvoyée et personne ne sait où elle est maintenant.

J'ai appelé le numéro du service des immatriculations quatre fois. Une fois on m'a dit de voir avec le garage, le garage me dit de voir avec vous. Une autre fois on m'a dit que la plaque était "détruite" et qu'il fallait payer une nouvelle. Payer deux fois pour une erreur qui n'est pas la nôtre ? Non merci.

En attendant mon mari ne peut pas rouler avec la remorque sur la route et on est en pleine saison des betteraves. Je voudrais que quelqu'un regarde ce dossier sérieusement et corrige cette vieille adresse une fois pour toutes.

Françoise Collard-Noël
Hompré 12, 6640 Vaux-sur-Sûre
061 00 58 33
"""
raw = build(std(addr("Francoise Collard", "collard.noel.ferme@proximus-mail.example.be"),
                "plaque remorque envoyée à une adresse de 2019 ???",
                "Wed, 04 Nov 2026 21:07:15 +0100", "<000601db2e9f$8a41c350$9ec549f0$@proximus-mail.example.be>"),
            leaf(t), raw_headers_8bit=True)
add("complaint", "fr", "mobility", None,
    "Farmer's wife: number plate for a farm trailer sent to an address abandoned in 2019, ping-pong with the garage, asked to pay again; wants the file fixed (the fee is feared, not a decision contested) -> complaint, mobility (vehicle registration, described not named). text/plain UTF-8 QP; RAW 8-bit UTF-8 Subject header (no RFC 2047).", raw)

# c5 fr A other (the complaint form itself)
t = """Bonjour,

Je voulais introduire une plainte par le formulaire en ligne de votre site et j'ai fini par abandonner, d'où ce courriel.

1) Le formulaire refuse toute pièce jointe de plus de 2 Mo. Un acte scanné, même une seule page, fait 3 ou 4 Mo. Rien n'indique cette limite avant d'avoir tout rempli.
2) Après une dizaine de minutes, on obtient « Votre session a expiré » et tout le texte tapé est perdu. Cela m'est arrivé deux fois ce matin, avec un texte d'une page.
3) Le champ « numéro de registre national » est obligatoire, alors que j'écris au nom d'une étude notariale et non en tant que particulière.

Pour un outil qui sert justement à recevoir les plaintes, c'est assez ironique. Je vous enverrai ma plainte proprement dite par un courriel séparé.

Bien à vous,

Séverine Dujardin
Secrétariat - Étude du notaire Ph. Gérardy, Namur
"""
html = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>"
raw = build(std(addr("Séverine Dujardin", "secretariat@notaire-gerardy.example.be", "iso-8859-1"),
                hq("Votre formulaire de plainte en ligne est inutilisable", "iso-8859-1"),
                "Thu, 26 Nov 2026 11:48:09 +0100", "<AM9P192MB08711F0@notaire-gerardy.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multi("alternative", [leaf(t, cs="iso-8859-1"), leaf(html, "html", "iso-8859-1")]))
add("complaint", "fr", "other", None,
    "Complaint about the online complaint FORM itself (attachment limit, session expiry, mandatory field) -> none of the seven services, category other; announces a separate complaint but this mail is the form complaint. multipart/alternative ISO-8859-1 QP.", raw)

# c6 nl B police
t = """dag

ik ben fietskoerier in gent, zaterdag 7 november rond 15u in de veldstraat (voetgangerszone, maar leveren is daar toegelaten tot 11u EN fietsers mogen er stapvoets door, staat op de borden)

agent op motor rijdt mij bijna omver, roept "stap af gij vuile ..." (ik ga het niet herhalen), trekt aan mijn stuur zodat mijn bak met 3 bestellingen op de grond valt. ik zeg rustig dat ik stapvoets reed. hij zegt "nog 1 woord en ge gaat mee". geen pv, geen boete, niks, hij rijdt gewoon weer weg.

ik wil echt geen boete betwisten want er is geen boete. ik wil dat die man weet dat ge zo niet met mensen omgaat. er stonden 2 winkelmadammen die alles gezien hebben, ik heb hun nummer als ge dat wilt.

motor had nummer eindigend op 417 denk ik, het was rond 15u10

jens verhaeghe
0470 00 31 62
"""
raw = build(std(addr("Jens V.", "jensv.koerier@telenet-mail.example.be"),
                "agent op motor veldstraat",
                "Sun, 08 Nov 2026 09:03:51 +0100", "<20261108080351.GA2231@phone.example.be>",
                extra=[("User-Agent", "K-9 Mail for Android")]),
            leaf(t, cte="8bit"))
add("complaint", "nl", "police", None,
    "Bike courier, lower case, Ghent dialect: police officer's CONDUCT (insults, pulling the handlebar); explicitly no fine to contest -> complaint, police. text/plain UTF-8 8bit (ASCII content).", raw)

# c7 nl G social_security
t = """Geachte,

Als boekhouder van een diamanthandel in de Hoveniersstraat dien ik elk kwartaal de aangifte in voor de lonen en bijdragen van onze veertien werknemers.

Op de laatste dag van de termijn (30 oktober) was het portaal waarop we die kwartaalaangifte moeten indienen de hele dag onbereikbaar ("service temporarily unavailable" van 8u tot na 19u). De helpdesk heb ik tussen 9u en 16u elf keer gebeld: telkens na 20 minuten wachten afgebroken. Het contactformulier gaf een foutmelding. Ik heb de aangifte uiteindelijk op 31 oktober om 7u 's ochtends kunnen doen.

Ik beklaag mij over:
- het feit dat er geen enkele melding van de storing op de website stond;
- de volledig onbereikbare helpdesk op de drukste dag van het kwartaal;
- het ontbreken van enige bevestiging dat een laattijdigheid door jullie eigen storing niet in rekening gebracht wordt.

Voor alle duidelijkheid: er is tot nu toe geen boete of verhoging en ik betwist dus niets. Maar ik wens wel dat deze storing officieel genoteerd wordt.

Met vriendelijke groeten,

Stijn Aerts
Boekhouding - Aerts & Zilberstein Diamonds bvba
Hoveniersstraat 00, 2018 Antwerpen
T +32 3 000 41 90
"""
html = "<html><head><style>p{margin:0;font-family:Calibri}</style></head><body>" + "".join("<p>%s</p><p>&nbsp;</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>"
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                "Storing portaal kwartaalaangifte 30/10 + helpdesk onbereikbaar",
                "Mon, 02 Nov 2026 14:30:22 +0100", "<DB8PR10MB3411A9E0@az-diamonds.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Storing portaal kwartaalaangifte")]),
            multi("alternative", [leaf(t), leaf(html, "html")]), crlf=True)
add("complaint", "nl", "social_security", None,
    "Employer-side accountant: the portal for the quarterly wage/contribution declaration was down on deadline day, helpdesk unreachable; explicitly contests nothing (no surcharge yet) -> complaint, social_security (employer contributions, service not named). Outlook multipart/alternative UTF-8 QP, CRLF.", raw)

# c8 nl B other (federal building access)
t = """hallo

ik lever 3-4 keer per week pakjes en enveloppen aan het grote federale gebouw aan de kouter-kant (ingang voor leveranciers achteraan). elke keer is het een andere regel:
- maandag: fiets mag niet in de laadzone, "alleen gemotoriseerde leveranciers"
- woensdag: ik moet mij eerst aanmelden aan het onthaal vooraan, daar zeggen ze dat ik achteraan moet zijn
- vandaag: 40 minuten in de regen laten wachten omdat "de badge-lijst niet geüpdatet is"
- vrijdag zegt de bewaker "les vélos c'est pas ici, monsieur, c'est pas mon problème" en ik mocht weer naar voor

ik heb een vaste badge aangevraagd via mijn baas in augustus. nooit iets van gehoord.

ik weet niet of dit hier moet, maar op de site stond dat dit het adres voor klachten is. die security mensen zijn niet onvriendelijk maar niemand weet hoe het moet en wij verliezen er geld mee, wij worden per rit betaald

jens verhaeghe, koerier bij Trappers Koerierscollectief
"""
raw = build(std(addr("Jens Verhaeghe", "jens@trappers-koeriers.example.org"),
                "leveren aan jullie gebouw = elke keer iets anders",
                "Thu, 19 Nov 2026 16:55:40 +0100", "<b9e2a0f4-19c3@trappers-koeriers.example.org>"),
            leaf(t, cte="quoted-printable"))
add("complaint", "nl", "other", None,
    "Courier complains about ACCESS to a federal building (delivery dock rules, badge never issued; one French quote of a guard, language nl) -> none of the seven services, category other. text/plain UTF-8 QP.", raw)

# c9 nl G unemployment (for sister-in-law)
t = """Goedendag,

Ik schrijf voor mijn schoonzus, Yasmina El Ouardi, die zelf niet goed Nederlands schrijft. Ze werkt als sorteerster in een diamantslijperij en staat sinds de zomer regelmatig op tijdelijke werkloosheid (de sector ligt stil, dat weet iedereen).

Het probleem: haar uitkeringen voor de dagen van augustus en september zijn nog altijd niet betaald. Haar vakbond zegt dat "de rijksdienst" de papieren nog niet goedgekeurd heeft. Als ze de rijksdienst belt, zeggen ze dat alles in orde is van hun kant en dat ze bij de vakbond moet zijn. Drie telefoons, drie verschillende uitleggen.

Ze heeft twee kinderen en haar huur is twee maanden achter. Ik vind het onaanvaardbaar dat mensen zo van het kastje naar de muur gestuurd worden. De werkgever heeft alles correct en op tijd ingediend, dat heb ik zelf gecontroleerd (ik ben de boekhouder).

Kan iemand eindelijk zeggen waar het vastzit?

Stijn Aerts
(namens mevrouw Yasmina El Ouardi, Deurne)
"""
raw = build(std(addr("Stijn Aerts", "stijn.aerts@telenet-mail.example.be"),
                "Tijdelijke werkloosheid schoonzus – al 3 maanden niets betaald",
                "Fri, 13 Nov 2026 19:41:27 +0100", "<0f3c91e2a@telenet-mail.example.be>"),
            leaf(t, cs="windows-1252"))
add("complaint", "nl", "unemployment", None,
    "Written for the sister-in-law: temporary-unemployment payments for Aug/Sep still unpaid, union and national office send her back and forth -> complaint (ends with a question), unemployment. text/plain windows-1252 QP.", raw)

# c10 de D foreign_affairs
t = """Sehr geehrte Damen und Herren,

meine Frau (belgische Staatsangehörige) braucht für eine Erbschaftssache in Aachen eine beglaubigte Heiratsurkunde mit dem Stempel aus Brüssel, damit das deutsche Nachlassgericht sie anerkennt.

Folgendes ist passiert:
1. Die Online-Terminbuchung für diesen Stempel gibt es nur auf Französisch und Niederländisch. Deutsch ist angeblich eine Landessprache, oder habe ich da etwas falsch verstanden?
2. Ich habe daraufhin angerufen. Als ich auf Deutsch gefragt habe, ob jemand Deutsch spricht, sagte die Dame wörtlich "Ici on parle français ou néerlandais, monsieur" und hat aufgelegt.
3. Beim zweiten Anruf hat man mir gesagt, ich solle "die Papiere einfach per Post schicken". Auf der Webseite steht aber, dass per Post nichts angenommen wird.

Wir wohnen in Raeren, also auf belgischem Boden, und zahlen hier unsere Steuern wie jeder andere. Ich erwarte, dass man am Telefon wenigstens höflich bleibt und einem sagt, wo es deutschsprachige Auskunft gibt.

Mit freundlichen Grüßen

Hartmut Kreitz
Hauptstraße 000, 4730 Raeren
"""
html = "<html><body><div style=\"font-family:Verdana;font-size:10pt\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div></body></html>"
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Stempel für Heiratsurkunde – Terminbuchung nur FR/NL, am Telefon aufgelegt"),
                "Tue, 10 Nov 2026 18:12:44 +0100", "<trinity-8b1f2c3a-5d7e@webmail.t-netz.example.net>"),
            multi("alternative", [leaf(t, cte="base64"), leaf(html, "html", cte="base64")]))
add("complaint", "de", "foreign_affairs", None,
    "Aachen-born resident of Raeren: legalisation of a marriage certificate ('Stempel aus Brüssel', service not named) - booking only in FR/NL and agent hung up -> complaint, foreign_affairs. multipart/alternative both parts UTF-8 base64, Q-encoded subject.", raw)

# c11 de D taxes, forwarded by the commune as message/rfc822
inner_t = """Guten Tag,

zum dritten Mal: ich wohne in Raeren, deutsches Sprachgebiet, und bekomme vom Finanzamt trotzdem jeden Brief auf Französisch. Letzte Woche wieder: die Vorauszahlungs-Erinnerung und danach die Abrechnung, beides nur französisch.

Ich habe im März und im Juni schriftlich um deutsche Unterlagen gebeten. Antwort: keine. Ich bin in Aachen geboren, mein Französisch reicht für Baguette und Bahnhof, nicht für Steuerdeutsch auf Französisch.

Die Abrechnung selbst ist wohl richtig, darum geht es mir gar nicht. Es geht darum, dass ich ein Recht auf Briefe in meiner Sprache habe und dass sich niemand darum kümmert.

Ich schicke das an die Gemeinde, weil ich nicht weiß, wohin sonst.

Hartmut Kreitz
Hauptstraße 000
4730 Raeren
"""
inner = build([("From", addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net")),
               ("To", "buergerdienst@raeren.example.be"),
               ("Subject", hq("Schon wieder alles auf Französisch", "iso-8859-1")),
               ("Date", "Fri, 06 Nov 2026 20:02:11 +0100"),
               ("Message-ID", "<trinity-1a2b3c4d-9e0f@webmail.t-netz.example.net>")],
              leaf(inner_t, cs="iso-8859-1"))
cover = """Sehr geehrte Damen und Herren,

anbei leiten wir Ihnen zuständigkeitshalber die Nachricht eines Bürgers weiter, die bei unserem Bürgerdienst eingegangen ist. Die Gemeinde ist für die betreffende Angelegenheit nicht zuständig.

Wir bitten Sie, dem Bürger direkt zu antworten.

Mit freundlichen Grüßen

Gemeinde Raeren - Bürgerdienst
"""
raw = build(std(addr("Bürgerdienst Gemeinde Raeren", "buergerdienst@raeren.example.be"),
                hq("WG: Schon wieder alles auf Französisch", "iso-8859-1"),
                "Mon, 09 Nov 2026 09:15:00 +0100", "<6d2f1e0a.buergerdienst@raeren.example.be>"),
            multi("mixed", [leaf(cover, cs="iso-8859-1"), embedded(inner, fname="Schon wieder alles auf Franzoesisch.eml")]))
add("complaint", "de", "taxes", None,
    "Forward by the commune of Raeren: covering note + citizen's mail as message/rfc822 (complainant = inner From). Tax letters only in French despite requests; the settlement itself is accepted ('wohl richtig') -> complaint, taxes (service called 'Finanzamt', not the Belgian name). Inner text/plain ISO-8859-1 QP.", raw)

# c12 de D other (statistics survey) HTML only
html = """<html><head><style>body{font-family:Arial;font-size:13px} .sig{color:#777}</style></head><body>
<p>Guten Abend,</p>
<p>seit drei Wochen ruft mich fast jeden Abend zwischen 18 und 19.30 Uhr eine Interviewerin für diese <b>Umfrage über Arbeit und Einkommen</b> an, von der ich im Oktober einen Brief mit Ihrem Briefkopf bekommen habe. Immer wenn wir gerade essen.</p>
<p>Beim ersten Mal habe ich höflich gesagt, dass ich keine Zeit habe und auch keine Lust, meine Einkünfte am Telefon einer Fremden zu erzählen. Beim vierten Mal sagte sie, die Teilnahme sei <i>"gesetzlich verpflichtet"</i> und ich müsse sonst mit einer Strafe rechnen. Gestern hat sie meine 14-jährige Tochter nach meinem Gehalt gefragt, als ich nicht zu Hause war!</p>
<p>Das finde ich ein starkes Stück. Ich möchte, dass diese Anrufe aufhören und dass man Jugendliche nicht ausfragt.</p>
<p class="sig">Hartmut Kreitz<br>Raeren</p>
<img src="https://mail.t-netz.example.net/px/0.gif" width="1" height="1" alt="">
</body></html>
"""
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Beschwerde: ständige Anrufe wegen Umfrage"),
                "Wed, 25 Nov 2026 19:58:30 +0100", "<trinity-77aa01be-c3d4@webmail.t-netz.example.net>"),
            leaf(html, "html"))
add("complaint", "de", "other", None,
    "Statistics SURVEY interviewer calling every evening, claiming mandatory participation and questioning a minor -> complaint, category other (not one of the seven). 'Beschwerde' here is a service complaint, not a tax appeal. HTML-only UTF-8 QP with style and tracking pixel.", raw)

# c13 de D mobility, web-form notification
t = """Neue Nachricht über das Kontaktformular
============================================

Formular:        Beschwerde / Plainte / Klacht
Sprache:         Deutsch
Eingang:         30.11.2026 07:41
Name:            Kreitz
Vorname:         Hartmut
E-Mail:          h.kreitz@t-netz.example.net
Telefon:         087 00 62 19
Postleitzahl:    4730
Betrifft:        (keine Angabe)

Nachricht:
----------
Ich habe am 22. Juli bei der Gemeinde meinen alten deutschen Führerschein (grauer Lappen von 1984) gegen einen belgischen umtauschen wollen. Die Gemeinde hat die Unterlagen "nach Brüssel" geschickt, weil die Fahrerlaubnis in Deutschland geprüft werden muss. Seitdem: nichts. Die Gemeinde sagt, sie könne nicht nachfragen, in Brüssel erreiche ich niemanden, und den deutschen Lappen haben sie einbehalten. Ich fahre also seit vier Monaten mit einer Kopie und einer Bescheinigung, die in Deutschland kein Polizist kennt, und ich arbeite in Aachen. Das ist kein Zustand. Bitte kümmern Sie sich darum.

----------
Diese Nachricht wurde automatisch vom Kontaktformular erzeugt. Bitte antworten Sie direkt an die Adresse im Feld "Antwort an".
"""
raw = build(std(addr("Kontaktformular FÖD", "no-reply-webform@federal.example.be"),
                hq("[Webformular] Beschwerde – Kreitz Hartmut"),
                "Mon, 30 Nov 2026 07:41:12 +0100", "<webform.20261130.074112.8812@federal.example.be>",
                extra=[("Reply-To", addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net")), ("Auto-Submitted", "auto-generated"), ("X-Webform-Id", "complaint-de")]),
            leaf(t))
add("complaint", "de", "mobility", None,
    "WEB-FORM notification from no-reply-webform with the citizen in Reply-To (Auto-Submitted set by our own site, still a complaint to acknowledge). Driving-licence exchange stuck for 4 months, old licence retained -> complaint, mobility (service not named). text/plain UTF-8 QP.", raw)

# c14 en E mobility (train compensation)
t = """Hi,

I'm filing this as a complaint about the national railway's delay compensation process, because I've tried every other channel.

Background: I commute Mechelen -> Brussels-North daily with a yearly pass. In September and October I logged 14 delays of 15+ minutes (I have screenshots from the app for each). Your compensation form:

  * rejects my pass number as "invalid" (it's printed on the card, I've triple-checked it);
  * times out after the 3rd delay entry, so I have to start over;
  * the "contact us" link on the error page leads to a 404.

I called the customer line twice. The first agent said the form "works fine for everyone" and told me to clear my cookies (I'm a software engineer; it's not the cookies). The second one said they'd escalate it and I'd hear back within 5 working days. That was October 21.

The money is honestly not the point anymore (it's maybe 60 EUR). The point is that there's a process that is supposed to exist and doesn't work, and nobody owns it. Is there someone who actually owns that form?

Dana Whitfield
Mechelen
"""
html = "<div dir=\"ltr\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div>"
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Train delay compensation form is broken (and nobody owns it)",
                "Fri, 06 Nov 2026 22:47:19 +0100", "<f3b9c2d1-0d5e-4c1a-9a77-2e5c4b7d1f10@fastmail-like.example.com>"),
            multi("alternative", [leaf(t, cte="base64"), leaf(html, "html", cte="base64")]))
add("complaint", "en", "mobility", None,
    "American commuter: railway delay-compensation form broken, agents dismissive, promised escalation never came; ends with a question but dominant intent is complaint -> mobility. multipart/alternative base64 UTF-8.", raw)

# c15 en E other (government login)
t = """Hello,

Short version: I've been locked out of every government website for 19 days because the login system keeps sending the one-time code to a phone number I cancelled in 2024, and there is no way to change it without... logging in.

The helpdesk for the login system is open 9:00-12:00 on weekdays only. I work. I took a morning off last week, waited 52 minutes, and got disconnected at 11:59 when the line closed. No callback option, no email address, no ticket number.

This is the kind of thing that makes people give up on digital government. I'd like someone to (a) tell me how to reset the phone number without the old phone, and (b) pass on the feedback that a 3-hour-a-day helpdesk is not a helpdesk.

Thanks,
Dana Whitfield
"""
raw = build(std("dana.whitfield@fastmail-like.example.com",
                "locked out of the government login for 19 days",
                "Wed, 18 Nov 2026 12:05:33 +0100", "<1c8e7f20-aa31-4b6e-8e0f-3d2b19c77a01@fastmail-like.example.com>"),
            leaf(t, cs="us-ascii", cte="7bit"))
add("complaint", "en", "other", None,
    "Complaint about the federal online LOGIN system (codes to a cancelled phone, 3-hour helpdesk) -> none of the seven services, category other; contains requests but dominant intent is complaint. text/plain us-ascii 7bit, From without display name.", raw)

# c16 en G foreign_affairs (visa, for a colleague) multipart/mixed with PDF
t = """Dear Sir or Madam,

I am writing on behalf of our company, Aerts & Zilberstein Diamonds (Antwerp), concerning our regular business partner Mr Raghav Iyer from Surat, India, who applied for a short-stay business visa to attend the December trading week in Antwerp.

His passport was handed in at the visa application centre on 6 October together with our invitation letter (copy attached). The centre's tracking page has shown "Under processing at the Embassy" for seven weeks. Mr Iyer has emailed the embassy four times and received one automated reply. He now cannot travel anywhere, not even domestically for business, because his passport is held.

We are not asking you to influence the decision. We are complaining that nobody will even tell him whether the file is complete, and that he has been left without his passport with no information at all. Our sector depends on these visits and this is the second time this year.

Kind regards,

Stijn Aerts
Accounting & Administration
Aerts & Zilberstein Diamonds bvba, Antwerp
"""
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                "Complaint - visa application Mr R. Iyer, passport held 7 weeks",
                "Tue, 24 Nov 2026 09:02:47 +0100", "<DB8PR10MB3411C771@az-diamonds.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multi("mixed", [multi("alternative", [leaf(t), leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>", "html")]),
                            att(PDF("invitation letter Iyer"), "application/pdf", "Invitation letter R Iyer.pdf")]))
add("complaint", "en", "foreign_affairs", None,
    "Antwerp accountant writes in English for an Indian business partner: passport held 7 weeks at embassy/visa centre without information; explicitly not contesting a decision -> complaint, foreign_affairs. Nested multipart/mixed > alternative + PDF with space in filename.", raw)

# c17 en E social_security (certificate of coverage)
t = """Hello,

In June I applied for the certificate that proves I'm covered by Belgian social security while my US employer pays me (the one you need under the US-Belgium agreement so the US side stops withholding Social Security taxes). My employer's payroll provider needs it by December 31, otherwise they will withhold US contributions for all of 2026 on top of what I already pay here.

Since then:
- June 18: submitted the form online, got a confirmation screen but no email.
- August: called, was told it "takes about 8 weeks".
- October: called again, was told there is no record of my application and I should re-apply. I did, same day.
- November: nothing.

I understand backlogs exist. What I don't understand is losing an application and not telling anyone. I'd like this to be registered as a formal complaint, and I'd like someone to tell me whether the October re-application is actually in your system.

Dana Whitfield
Mechelen
+32 470 00 88 15
"""
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Certificate of coverage (US/BE) - application lost, deadline Dec 31",
                "Mon, 16 Nov 2026 08:12:00 +0100", "<7a0e9f11-2bc4-4d38-b1e6-5fa0c2d9e8b3@fastmail-like.example.com>"),
            leaf(flowed(t), cs="us-ascii", cte="7bit", params="; format=flowed"), crlf=True)
add("complaint", "en", "social_security", None,
    "Certificate of coverage under the US-Belgium social security agreement (described, agency not named): application lost, re-applied, no news -> complaint, social_security. text/plain us-ascii 7bit format=flowed, CRLF.", raw)

# =====================================================================
# APPEALS
# =====================================================================

# a1 fr C police (speed camera, polite)
t = """Monsieur, Madame,

J'ai reçu ce mardi une proposition de perception immédiate pour un excès de vitesse le 29 octobre à 16h42, route de Falize, 67 km/h au lieu de 50. Référence sur le papier : 2026/PI/0447193.

Seulement voilà, ce jour-là je n'étais pas au volant : ma voiture était prêtée à mon petit-fils Thomas, qui faisait son déménagement à Stavelot. Moi j'étais au carnaval des aînés à la salle de la Fraternité, trente personnes peuvent en témoigner, dju.

Serait-il possible de revoir cette amende et de la mettre à son nom à lui ? Il est d'accord, il a signé le papier que je joins en photo. Je ne sais pas bien quel formulaire remplir, de mon temps on faisait ça par un simple procès-verbal d'audition...

Je vous remercie d'avance et à r'voir,

Joseph Lejeune
Chemin du Thier 7, 4960 Malmedy
"""
raw = build(std(addr("Joseph Lejeune", "jos.lejeune@skynet-mail.example.be"),
                "Amende route de Falize - ce n'était pas moi au volant",
                "Thu, 05 Nov 2026 10:20:17 +0100", "<9a7b3c1e-5512-4f0b@skynet-mail.example.be>"),
            multi("mixed", [leaf(t, cs="windows-1252", cte="8bit"), att(JPG, "image/jpeg", "declaration Thomas.jpg")]))
add("appeal", "fr", "police", None,
    "Contests a speeding fine (designates his grandson as driver) with a polite 'serait-il possible de revoir' and no legal word -> appeal, police. multipart/mixed: text/plain windows-1252 8bit + JPG.", raw)

# a2 fr H taxes (polite, no legal words) + PDF
t = """Bonjour Madame, Monsieur,

Nous avons reçu notre avertissement-extrait de rôle pour les revenus 2025 et il y a quelque chose qui ne va pas, je pense.

Le revenu de la ferme de mon mari (Benoît Noël) est repris deux fois : une fois en code 1600-ish (je ne sais plus exactement, le comptable a rempli) et une deuxième fois dans les revenus divers. Du coup on doit payer 4.812,37 € alors que les années d'avant on recevait un petit remboursement. On n'a pas gagné plus, au contraire, avec la sécheresse.

Est-ce que ce serait possible de regarder encore une fois le calcul et de le corriger ? Je joins le papier. Notre comptable, M. Gillet, peut vous donner tous les chiffres si besoin.

Merci beaucoup d'avance, on compte sur vous.

Françoise Collard-Noël
Hompré 12, 6640 Vaux-sur-Sûre
"""
raw = build(std(addr("Francoise Collard", "collard.noel.ferme@proximus-mail.example.be"),
                hq("Notre feuille d'impôts – revenu de la ferme compté deux fois ?"),
                "Sat, 21 Nov 2026 13:44:05 +0100", "<000a01db3b5c$1f2e3d40$5d6c7b80$@proximus-mail.example.be>"),
            multi("mixed", [leaf(t), att(PDF("AER 2026 Noel Collard"), "application/pdf", "AER2026.pdf")]))
add("appeal", "fr", "taxes", None,
    "POLITE request to look again at and correct a tax assessment (farm income counted twice), no legal word -> appeal, taxes. multipart/mixed text/plain UTF-8 QP + PDF; Q-encoded subject.", raw)

# a3 fr F social_security (dictated)
t = """Bonjour,

C'est encore Inès qui écrit pour ma grand-mère, Mme Gilberte Wauthier.

Mamy a reçu une lettre qui dit que l'argent qu'elle touche pour le handicap de mon grand-père... pardon, pour le handicap de son frère Albert qui habite avec elle depuis 2022, va être diminué de 212 € par mois à partir de janvier, parce qu'ils ont compté sa pension à elle dans les revenus du ménage.

Ma grand-mère dit (je recopie) : "Albert et moi on partage juste la maison, on ne vit pas ensemble comme un couple, on fait chacun nos courses et il a sa chambre. Je ne vois pas pourquoi on compte mon argent à moi. Est-ce qu'on pourrait regarder encore une fois son dossier, parce que sans ça il ne sait plus payer ses médicaments."

Elle demande donc qu'on réexamine la décision. Le numéro sur la lettre c'est 6/2026/88140-A. On peut envoyer le bail et ce qu'il faut.

Merci,
Inès pour Gilberte Wauthier
Marchienne-au-Pont
"""
raw = build(std(addr("Inès Wauthier", "ines.wauthier03@gmail-like.example.com"),
                "Pour ma grand-mère : lettre sur l'argent du handicap d'Albert",
                "Tue, 24 Nov 2026 20:31:52 +0100", "<CAH7x9kT8m1@mail.gmail-like.example.com>"),
            leaf(t, cte="8bit"))
add("appeal", "fr", "social_security", None,
    "Dictated by the grandmother: disability allowance of her brother reduced because her pension was counted as household income; asks to 'regarder encore une fois' and re-examine -> appeal, social_security (allowance described, not named). text/plain UTF-8 8bit.", raw)

# a4 fr A pensions (legal words, for her father)
t = """Madame, Monsieur,

Par la présente, et pour autant que de besoin, j'introduis au nom de mon père, M. André Dujardin (né le 02.03.1959, NN 59.03.02-000.00), une réclamation contre la décision relative à sa pension de retraite notifiée le 9 octobre 2026.

La décision ne tient aucun compte de ses années d'activité comme indépendant (boulangerie à Jambes, de 1981 à 1994), alors que les attestations de la caisse d'assurances sociales ont été transmises en mars. Seules ses années de salarié sont reprises, ce qui donne un montant inférieur de près de 300 € par mois à l'estimation qui lui avait été communiquée.

Je sollicite dès lors le réexamen de cette décision et, le cas échéant, vous prie de m'indiquer si un recours doit être introduit auprès du tribunal du travail dans le délai légal, afin de préserver ses droits.

Une procuration signée de mon père est jointe.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Séverine Dujardin
Rue Lelièvre 00, 5000 Namur
"""
raw = build(std(addr("Séverine Dujardin", "severine.dujardin@voo-mail.example.be", "windows-1252"),
                hq("Réclamation – décision pension M. André Dujardin", "windows-1252"),
                "Fri, 20 Nov 2026 12:55:40 +0100", "<5a1f0e7c.dujardin@voo-mail.example.be>"),
            multi("mixed", [multi("alternative", [leaf(t, cs="windows-1252"), leaf("<html><body><p>" + t.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", "html", "windows-1252")]),
                            att(PDF("procuration"), "application/pdf", "procuration A Dujardin.pdf")]))
add("appeal", "fr", "pensions", None,
    "Explicit 'réclamation'/'recours' (written for her father from a private address): self-employed years missing from a retirement pension decision -> appeal, pensions. Nested multipart/mixed > alternative (windows-1252 QP) + PDF.", raw)

# a5 nl B police (red light, broken light; polite)
t = """dag

ik kreeg vorige week een brief met een onmiddellijke inning van 174 euro, door rood licht gereden met de fiets op het kruispunt Dampoort/Kasteellaan op 2 november om 07u55.

dat licht stond die ochtend op knipperend oranje, het was kapot (er stonden zelfs 2 mannen van de stad aan de paal te werken, ik heb een foto om 08u02). de agent die mij tegenhield wou dat niet horen.

zou het mogelijk zijn om dat nog eens te bekijken en die boete te laten vallen? 174 euro is voor mij 3 dagen rijden.

pv nummer op de brief: GE.55.L4.041882/2026

mvg
jens verhaeghe
"""
raw = build(std(addr("Jens Verhaeghe", "jensv.koerier@telenet-mail.example.be"),
                "boete rood licht dampoort - licht was kapot",
                "Tue, 10 Nov 2026 07:15:02 +0100", "<20261110061502.GB4410@phone.example.be>",
                extra=[("User-Agent", "K-9 Mail for Android")]),
            multi("mixed", [leaf(t, cte="8bit"), att(JPG, "image/jpeg", "IMG_20261102_080211.jpg")]))
add("appeal", "nl", "police", None,
    "Contests a traffic fine (cyclist, red light said to be broken) with a polite 'zou het mogelijk zijn om dat nog eens te bekijken' and no legal word -> appeal, police. multipart/mixed text/plain UTF-8 8bit + JPG.", raw)

# a6 nl G taxes (formal bezwaar)
t = """Geachte gewestelijk directeur,

Betreft: bezwaarschrift tegen het aanslagbiljet personenbelasting aanslagjaar 2026 (inkomsten 2025)
Artikelnummer: 741.2026.0381.552
Belastingplichtige: Stijn Aerts, Lange Lozanastraat 00, 2018 Antwerpen

Ondergetekende dient hierbij bezwaar in tegen bovenvermelde aanslag, gevestigd op 14 oktober 2026, om de volgende redenen:

1. De belastingvermindering voor de uitgaven voor kinderopvang (code 1384) werd volledig verworpen, hoewel de fiscale attesten van de opvang tijdig werden opgeladen (bijlage 1).
2. De beroepskosten werden forfaitair berekend terwijl werkelijke kosten werden aangegeven (code 1258), gestaafd met de verantwoordingsstukken in bijlage 2.

Ik verzoek u de aanslag te herzien en het te veel betaalde bedrag, vermeerderd met moratoriuminteresten, terug te betalen. Ik wens gehoord te worden.

Hoogachtend,

Stijn Aerts
"""
raw = build(std(addr("Stijn Aerts", "stijn.aerts@telenet-mail.example.be"),
                "Bezwaarschrift aanslagjaar 2026 - art. 741.2026.0381.552",
                "Wed, 18 Nov 2026 21:10:45 +0100", "<0f3c92aa7@telenet-mail.example.be>"),
            multi("mixed", [leaf(t, cs="iso-8859-1"), att(PDF("bijlage 1"), "application/pdf", "bijlage1_attesten_opvang.pdf"),
                            att(PDF("bijlage 2"), "application/pdf", "bijlage2_kosten.pdf")]))
add("appeal", "nl", "taxes", None,
    "Formal 'bezwaarschrift' against a personal income tax assessment, sent to the complaints mailbox -> appeal, taxes. multipart/mixed text/plain ISO-8859-1 QP + two PDFs.", raw)

# a7 nl G unemployment (employer, polite)
t = """Geachte,

Wij ontvingen uw beslissing van 5 november waarbij de tijdelijke werkloosheid om economische redenen voor onze arbeiders voor de maand december geweigerd wordt, omdat de mededeling "één dag te laat" zou zijn ingediend.

Volgens ons systeem werd de mededeling verstuurd op 20 november om 23:48, dus wel degelijk binnen de termijn. Het ontvangstbewijs (screenshot) zit in bijlage. Mogelijk werd ze pas na middernacht geregistreerd door de trage verwerking die avond.

Zou u de beslissing willen herbekijken? Zonder die tijdelijke werkloosheid moeten wij vier mensen ontslaan, en dat wil niemand.

Met vriendelijke groeten,

Stijn Aerts
Boekhouding - Aerts & Zilberstein Diamonds bvba
"""
html = "<html><body><p>" + t.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                hq("Weigering tijdelijke werkloosheid december – mededeling wél tijdig", "windows-1252"),
                "Fri, 27 Nov 2026 11:03:19 +0100", "<DB8PR10MB3411F0B2@az-diamonds.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multi("mixed", [multi("alternative", [leaf(t, cs="windows-1252"), leaf(html, "html", "windows-1252")]),
                            att(JPG, "image/png", "ontvangstbewijs.png")]), crlf=True)
add("appeal", "nl", "unemployment", None,
    "Employer asks to 'herbekijken' a refusal of temporary unemployment (notification said to be late) -> appeal without legal words, unemployment. multipart/mixed > alternative windows-1252 QP + image; Q-encoded windows-1252 subject; CRLF.", raw)

# a8 de D social_security (Widerspruch)
t = """Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch gegen Ihre Entscheidung vom 12. Oktober 2026 ein, mit der die Beihilfe für meinen Sohn Lukas Kreitz (geb. 14.05.2003) abgelehnt wurde, weil seine Selbständigkeit "nicht ausreichend eingeschränkt" sei.

Lukas hat seit seinem Unfall 2021 eine Halbseitenlähmung. Die ärztliche Untersuchung hat zehn Minuten gedauert, per Video, auf Französisch, ohne Dolmetscher. Lukas hat vieles nicht verstanden und aus Stolz mit "oui" geantwortet. Die Punktezahl (6 Punkte) entspricht in keiner Weise seiner Lage.

Ich beantrage eine neue Untersuchung, diesmal persönlich und auf Deutsch, und lege den Bericht seines Neurologen aus Aachen bei.

Mit freundlichen Grüßen
Hartmut Kreitz (Vater und gesetzlicher Vertreter für diese Angelegenheit)
"""
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Widerspruch – Entscheidung vom 12.10.2026, Lukas Kreitz"),
                "Thu, 12 Nov 2026 17:40:08 +0100", "<trinity-5e6f7a8b-0c1d@webmail.t-netz.example.net>"),
            multi("mixed", [leaf(t), att(PDF("Befund Neurologie"), "application/pdf", "Befund Dr. Hansen.pdf")]))
add("appeal", "de", "social_security", None,
    "Explicit 'Widerspruch' by a father against the refusal of a disability allowance ('Beihilfe', points system, service not named) -> appeal, social_security. multipart/mixed text/plain UTF-8 QP + PDF.", raw)

# a9 de D taxes (Beschwerde gegen den Steuerbescheid)
t = """Sehr geehrte Damen und Herren,

hiermit reiche ich gemäß Art. 366 EStGB 92 Beschwerde gegen den Steuerbescheid für das Steuerjahr 2026 (Einkünfte 2025) ein, Artikelnummer 703.2026.0914.208.

Begründung: Als Grenzgänger bin ich in Aachen angestellt. Meine deutschen Einkünfte sind nach dem Abkommen in Belgien steuerfrei (mit Progressionsvorbehalt). Im Bescheid wurde die Steuerbefreiung zwar angewandt, aber die Gemeindezuschlagsteuer von Raeren auf den vollen Betrag berechnet, als ob die Einkünfte steuerpflichtig wären. Daraus ergibt sich eine Mehrbelastung von 1.126,40 EUR.

Ich beantrage die Berichtigung des Bescheids und die Erstattung des zu viel gezahlten Betrags.

Mit freundlichen Grüßen
Hartmut Kreitz
Hauptstraße 000, 4730 Raeren
"""
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Beschwerde gegen den Steuerbescheid 2026", "iso-8859-1"),
                "Sun, 22 Nov 2026 10:05:55 +0100", "<trinity-0b9c8d7e-6f5a@webmail.t-netz.example.net>"),
            leaf(t, cs="iso-8859-1", cte="8bit"))
add("appeal", "de", "taxes", None,
    "TRICKY: Belgian German 'Beschwerde gegen den Steuerbescheid' (Art. 366 EStGB 92) = formal tax APPEAL, not a service complaint. Cross-border worker. text/plain ISO-8859-1 8bit; ISO-8859-1 Q-encoded subject.", raw)

# a10 de D pensions (polite, for wife)
t = """Guten Tag,

meine Frau Monique Kreitz-Thissen hat im Oktober den Bescheid über ihre Ruhestandspension bekommen. Wir haben ihn mit unserem Nachbarn durchgerechnet, und es fehlen die Jahre 1996 bis 2003, in denen sie als anerkannte Tagesmutter in Eupen gearbeitet hat. Damals war das ja über den Dienst für Kinderbetreuung sozialversichert, das Blatt von damals haben wir noch.

Wäre es möglich, die Berechnung noch einmal anzuschauen und diese Jahre mitzuzählen? Meine Frau möchte keinen großen Streit, sie möchte nur, dass es richtig ist.

Mit freundlichen Grüßen, auch von meiner Frau
Hartmut Kreitz
"""
html = "<html><body><p>" + t.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                "Pension meiner Frau - Jahre als Tagesmutter fehlen",
                "Mon, 23 Nov 2026 16:28:31 +0100", "<trinity-2c3d4e5f-7a8b@webmail.t-netz.example.net>"),
            multi("alternative", [leaf(t), leaf(html, "html")]))
add("appeal", "de", "pensions", None,
    "POLITE 'Wäre es möglich, die Berechnung noch einmal anzuschauen' on behalf of his wife (years as childminder missing) - no legal words -> appeal, pensions. multipart/alternative UTF-8 QP, ASCII subject.", raw)

# a11 en E taxes (polite)
t = """Hello,

I received my tax assessment for income year 2025 last week (article no. 712.2026.5530.019). I came to Belgium in 2023 under the special tax regime for inbound employees and my employer confirmed the regime was approved (approval letter attached to my return back then).

In the assessment, the allowances my employer paid under that regime (the cost-of-living and schooling allowances) are taxed as ordinary salary. That adds about EUR 7,900 to what I owe. My 2024 assessment treated them correctly.

Could you please take another look at it and correct it if I'm right? I'm happy to send the approval letter again or anything else you need. I'm not sure whether this needs to go through a specific procedure, so please forward it if this is the wrong inbox.

Thanks a lot,
Dana Whitfield
"""
html = "<div dir=\"ltr\">" + "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</div>"
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Question about my 2025 tax assessment - expat regime not applied?",
                "Thu, 26 Nov 2026 21:14:02 +0100", "<c2e1d0f9-8a7b-4c6d-9e5f-1a2b3c4d5e6f@fastmail-like.example.com>"),
            multi("alternative", [leaf(t), leaf(html, "html")]))
add("appeal", "en", "taxes", None,
    "Subject says 'Question' but the sender asks to take another look at and correct a tax assessment (expat regime not applied) -> appeal without legal words, taxes. multipart/alternative UTF-8 QP.", raw)

# a12 en E unemployment (for sister-in-law, legal word)
t = """Dear Sir/Madam,

I'm writing on behalf of my sister-in-law, Sam Okafor, who lives with us and has authorized me to do so (signed note attached). Sam's English is fine but her Dutch is not yet, and the decision letter was only in Dutch.

Sam was refused unemployment benefits in a letter dated October 28 because she "does not have enough working days in the reference period". The calculation only counts her 11 months at a company in Leuven. It leaves out the 2 years she worked in Germany right before that, for which she submitted the E301/U1 form from the German employment agency in September.

We would like to appeal this decision and ask that her German work periods be included. If this needs to go somewhere else (a tribunal?), please let us know where and by when - the letter mentions a deadline but we couldn't work out the exact procedure.

Best regards,
Dana Whitfield (for Sam Okafor)
Mechelen
"""
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Appeal - unemployment benefit refusal for Sam Okafor",
                "Mon, 09 Nov 2026 13:37:45 +0100", "<6b5a4c3d-2e1f-4a0b-8c9d-0e1f2a3b4c5d@fastmail-like.example.com>"),
            multi("mixed", [leaf(t, cte="base64"), att(PDF("authorization"), "application/pdf", "authorization_SO.pdf")]))
add("appeal", "en", "unemployment", None,
    "Written for the sister-in-law; explicit 'appeal' against a refusal of unemployment benefits (German work periods not counted) with a procedural question -> appeal, unemployment. multipart/mixed text/plain UTF-8 base64 + PDF.", raw)

# a13 en E mobility (licence exchange refusal, polite)
t = """Hi,

Back in September I applied at Mechelen city hall to exchange my Ohio driver's license for a Belgian one. Last week I got a letter (in Dutch, ref. RB/2026/771204) saying the exchange is refused because "licences issued in this US state are not on the list of exchangeable licences" and that I'll have to take the theory and practical test from scratch.

As far as I can see on your own website, Ohio was added to the list in 2025. I've attached the page I'm looking at. I've been driving for 22 years without an accident.

Would it be possible to reconsider my file in light of that? If I'm reading the list wrong, I'd appreciate someone telling me so, but it looks like the letter is based on an old version.

Thanks,
Dana
--
Dana Whitfield | Staff Software Engineer
Mechelen, BE
"""
html = "<html><body style=\"font-family:-apple-system,Helvetica\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>"
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Ohio license exchange refused - list seems outdated?",
                "Sat, 28 Nov 2026 08:30:11 +0100", "<9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@fastmail-like.example.com>"),
            multi("mixed", [leaf(html, "html"), att(b"<html><body>list of exchangeable licences (saved page)</body></html>", "text/html", "exchangeable licences.html")]))
add("appeal", "en", "mobility", None,
    "Polite 'Would it be possible to reconsider my file' against the refusal to exchange a US driving licence -> appeal (no legal word), mobility. multipart/mixed: HTML-only body + saved HTML page attachment.", raw)

# =====================================================================
# INFORMATION REQUESTS (all with a grumble)
# =====================================================================

# i1 fr C pensions
t = """Bonjour,

On m'a demandé de faire le guide au musée du carnaval, quatre après-midi par mois, avec un petit défraiement et peut-être un vrai contrat à partir du printemps.

Ma question est simple : est-ce que ça va jouer sur ma pension de gendarme, oui ou non, et jusqu'à combien je peux gagner ? J'ai cherché sur votre site pendant une heure, il y a des tableaux avec des « plafonds » et des « années civiles » et des renvois vers d'autres pages qui renvoient vers la première. C'est tot l'minme, on tourne en rond. Un vieux comme moi n'y comprend goutte, et je ne suis pas le plus bête, savez-vous.

Merci de me répondre en français simple.

Joseph Lejeune
4960 Malmedy
"""
raw = build(std(addr("Joseph Lejeune", "jos.lejeune@skynet-mail.example.be"),
                hq("Petit travail au musée et ma pension ?", "iso-8859-1"),
                "Mon, 16 Nov 2026 15:02:48 +0100", "<2d4e6f80-a1b2-4c3d@skynet-mail.example.be>"),
            leaf(t, cs="iso-8859-1"))
add("information_request", "fr", "pensions", None,
    "QUESTION WITH A GRUMBLE (website circular, 'on tourne en rond'): can he work as a museum guide without losing his pension, and up to what amount -> information_request, pensions. Museum is only the job, not the service. text/plain ISO-8859-1 QP.", raw)

# i2 fr H unemployment (web form)
t = """Nouveau message via le formulaire de contact
--------------------------------------------------
Type de demande : Question / Information
Langue : FR
Nom : Collard-Noël
Prénom : Françoise
Courriel : collard.noel.ferme@proximus-mail.example.be
Code postal : 6640

Message :
Mon fils Maxime (23 ans) est au chômage depuis juin, il pointe normalement. Pendant les moissons et l'arrachage des betteraves il vient nous aider à la ferme quelques jours, sans être payé, c'est la ferme familiale quand même. Un voisin lui a dit qu'il risquait de perdre son chômage et de devoir tout rembourser, un autre dit que c'est autorisé si on le note sur sa carte de chômage. Au syndicat ils ne savent pas non plus. C'est quand même malheureux que personne ne sache répondre à une question aussi simple. Est-ce qu'il a le droit oui ou non, et qu'est-ce qu'il doit noter sur la carte ?
--------------------------------------------------
Message généré automatiquement. Répondre à l'adresse indiquée dans le champ Courriel.
"""
raw = build(std(addr("Formulaire de contact", "no-reply-webform@federal.example.be"),
                hq("[Formulaire web] Question – Collard-Noël Françoise"),
                "Tue, 03 Nov 2026 06:58:20 +0100", "<webform.20261103.065820.4471@federal.example.be>",
                extra=[("Reply-To", addr("Françoise Collard-Noël", "collard.noel.ferme@proximus-mail.example.be")), ("Auto-Submitted", "auto-generated")]),
            leaf(t, cs="iso-8859-1"))
add("information_request", "fr", "unemployment", None,
    "WEB-FORM notification (citizen in Reply-To). Question with a grumble ('personne ne sache répondre'): may her unemployed son help unpaid on the family farm and what to note on his 'carte de chômage' -> information_request, unemployment. text/plain ISO-8859-1 QP.", raw)

# i3 fr F foreign_affairs (dictated)
t = """Bonjour,

Ma grand-mère me dicte encore (Inès pour Mme Wauthier) :

"Mon petit-fils Kevin se marie au Portugal en juin, avec une Portugaise. La mairie là-bas demande son acte de naissance de Charleroi avec un cachet spécial pour l'étranger, sinon ça ne vaut rien pour eux. Kevin habite à Porto et il ne sait pas venir. Moi j'ai été à la commune, on m'a dit que ce n'est pas eux qui mettent ce cachet-là, que c'est à Bruxelles. J'ai téléphoné à Bruxelles, on m'a dit de prendre rendez-vous sur internet. Encore internet ! Tout le monde n'a pas un ordinateur, hein.

Alors je voudrais savoir : est-ce que moi, sa grand-mère, je peux demander ce cachet pour lui, est-ce qu'on peut l'envoyer par la poste, et combien ça coûte ?"

Merci pour elle,
Inès Wauthier
"""
raw = build(std(addr("Inès Wauthier", "ines.wauthier03@gmail-like.example.com"),
                hb("Cachet sur un acte de naissance pour le Portugal (question pour ma grand-mère)"),
                "Wed, 11 Nov 2026 18:09:37 +0100", "<CAH7x9kW4r7@mail.gmail-like.example.com>"),
            multi("alternative", [leaf(t, cte="base64"), leaf("<div dir=\"ltr\">" + t.strip().replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>", "html", cte="base64")]))
add("information_request", "fr", "foreign_affairs", None,
    "Dictated by the grandmother; question with a grumble ('Encore internet !'): can she request the 'cachet spécial pour l'étranger' (legalisation, never named) on her grandson's birth certificate, by post, and at what cost -> information_request, foreign_affairs. Gmail multipart/alternative base64, B-encoded subject.", raw)

# i4 nl B taxes
t = """hey

vraagje. ik rij als koerier deels als zelfstandige in bijberoep en deels via zo'n app-platform, en van dat platform kreeg ik deze maand een "fiscaal attest" met een bedrag op dat niet klopt met wat ik echt gekregen heb (zij tellen de fooien mee denk ik).

moet ik dat bedrag van het attest overnemen in mijn aangifte of mijn eigen cijfers? en in welk vak? de uitleg in de brochure is echt onleesbaar, 40 blz en ik snap er nog altijd niks van. waarom moet dat zo moeilijk, ik rij gewoon met een fiets rond

thx
jens
"""
raw = build(std(addr("jens", "jensv.koerier@telenet-mail.example.be"),
                "attest van platform klopt niet, wat invullen?",
                "Sat, 28 Nov 2026 23:51:09 +0100", "<20261128225109.GC7781@phone.example.be>"),
            leaf(t, cte="8bit"))
add("information_request", "nl", "taxes", None,
    "Question with a grumble ('waarom moet dat zo moeilijk'): which amount from a platform's tax certificate to put in the tax return and in which box -> information_request, taxes. text/plain UTF-8 8bit, lower case.", raw)

# i5 nl G police
t = """Goedemiddag,

Op 3 november werd ingebroken in ons kantoor (Hoveniersstraat, Antwerpen). De politie is ter plaatse geweest en heeft een pv opgesteld, nummer AN.12.L1.088231/2026 als ik het goed heb opgeschreven.

De verzekeraar vraagt nu een kopie van dat pv. De wijkpost verwijst me naar "het parket", het parket zegt dat ik via de politie moet gaan, en de politie-website stuurt me naar een formulier waarvoor ik een kaartlezer nodig heb die geen enkele pc op ons kantoor heeft. Ik vind dat echt een slechte organisatie, maar goed.

Mijn vraag: hoe kan ik als vertegenwoordiger van de vennootschap (niet als privépersoon) een kopie van het pv krijgen, en hoe lang duurt dat ongeveer?

Met vriendelijke groeten,
Stijn Aerts
Aerts & Zilberstein Diamonds bvba
"""
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                "Kopie pv inbraak 03/11 voor verzekering - hoe?",
                "Wed, 11 Nov 2026 12:41:50 +0100", "<DB8PR10MB34117D3E@az-diamonds.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            leaf(t), crlf=True)
add("information_request", "nl", "police", None,
    "Question with a grumble ('echt een slechte organisatie, maar goed'): how a company representative obtains a copy of a police report after a break-in -> information_request, police (no complaint about officers). text/plain UTF-8 QP, CRLF.", raw)

# i6 nl B social_security
t = """hallo

ik ben vorige week gevallen met de bakfiets (gladde tramsporen, pols gebroken). ik werk als zelfstandige in bijberoep als koerier en daarnaast 20u/week als werknemer in een fietsenwinkel.

nu: krijg ik voor allebei iets als ik niet kan werken? mijn ziekenfonds zegt dat ik voor het zelfstandige deel "niks" krijg omdat het bijberoep is, de boekhouder zegt van wel. en de dokter zegt 6 weken.

is er ergens één plek waar dat gewoon duidelijk staat? ik heb al 3 sites gelezen en ze zeggen alle drie iets anders, zot wordt ge daarvan

jens verhaeghe
"""
raw = build(std(addr("Jens Verhaeghe", "jens@trappers-koeriers.example.org"),
                "gevallen, pols kapot - krijg ik iets voor bijberoep?",
                "Mon, 23 Nov 2026 10:17:04 +0100", "<c71e0a55-4b3f@trappers-koeriers.example.org>"),
            leaf(t, cs="iso-8859-1", cte="8bit"))
add("information_request", "nl", "social_security", None,
    "Question with a grumble ('zot wordt ge daarvan'): incapacity benefits for a side-line self-employed courier who is also an employee -> information_request, social_security (sickness benefits, no agency named). text/plain ISO-8859-1 8bit.", raw)

# i7 de D unemployment
t = """Guten Tag,

unsere Tochter Lea (19) ist im Juni mit der Schule fertig geworden und hat sich beim Arbeitsamt in Eupen eingeschrieben. Jetzt heißt es, sie müsse eine "Wartezeit" von einem Jahr machen, bevor sie irgendein Geld bekommt, und in dieser Zeit "positive Bewertungen" sammeln.

Sie hat die Möglichkeit, in Aachen in einem Café als Minijobberin zu arbeiten, ein paar Stunden die Woche. Zählt diese Zeit für die Wartezeit mit oder wirft sie das zurück? Im Arbeitsamt sagt man, das sei Sache der föderalen Stelle, und die föderale Stelle hat eine Telefonschleife, bei der man bei "Deutsch" auf die französische Warteschlange landet. Sehr witzig.

Wir bitten um eine kurze, klare Auskunft.

Mit freundlichen Grüßen
Hartmut Kreitz
"""
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Frage: Wartezeit Tochter und Minijob in Aachen"),
                "Tue, 17 Nov 2026 20:45:13 +0100", "<trinity-9d8c7b6a-5f4e@webmail.t-netz.example.net>"),
            leaf(t, cte="base64"))
add("information_request", "de", "unemployment", None,
    "Question with a grumble (phone loop, 'Sehr witzig'): does a German mini-job count for the school-leaver waiting period before benefits -> information_request, unemployment. text/plain UTF-8 base64, Q-encoded subject.", raw)

# i8 de D pensions
t = """Sehr geehrte Damen und Herren,

ich werde im März 2027 63 und überlege, wann ich aufhöre. Ich habe 24 Jahre in Deutschland und 17 Jahre in Belgien gearbeitet. Die Deutsche Rentenversicherung hat mir eine Auskunft geschickt, von belgischer Seite habe ich nichts.

Auf Ihrer Webseite gibt es den Rechner nur auf Französisch und Niederländisch, und nach dem Login steht "Ihre Laufbahn ist unvollständig", ohne zu sagen, was fehlt. Das ist nicht sehr hilfreich, wenn man planen will.

Meine Fragen:
1. Wie bekomme ich eine schriftliche Schätzung meiner belgischen Pension, am besten auf Deutsch?
2. Werden die deutschen Jahre bei der Frage, ab wann ich in Belgien in Rente gehen darf, mitgezählt?

Mit freundlichen Grüßen
Hartmut Kreitz, Raeren
"""
html = "<html><body><p>" + t.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("Anfrage Rentenschätzung – Laufbahn \"unvollständig\"?"),
                "Fri, 27 Nov 2026 09:33:26 +0100", "<trinity-3e4f5a6b-7c8d@webmail.t-netz.example.net>"),
            multi("alternative", [leaf(t), leaf(html, "html")]))
add("information_request", "de", "pensions", None,
    "Question with a grumble (calculator only FR/NL, unexplained 'incomplete career'): how to get a written pension estimate and whether German years count -> information_request, pensions. multipart/alternative UTF-8 QP.", raw)

# i9 de D mobility
t = """Hallo,

ich habe in Aachen einen gebrauchten Wagen gekauft (deutsche Kurzzeitkennzeichen laufen am 10.12. ab). Beim Zoll in Eupen war ich schon, der Aufkleber für die Zulassung ist da. Jetzt braucht man angeblich noch die technische Kontrolle und dann den "rosa Antrag".

Wo bekomme ich diesen rosa Antrag her und kann ich die Zulassung auch online machen, ohne Versicherungsmakler? Mein Makler sagt, nur er darf das, der ADAC-Mann sagt, das geht auch privat. Warum ist in Belgien alles so umständlich, dass man für ein Nummernschild drei Leute fragen muss?

Danke für eine kurze Antwort
H. Kreitz
"""
raw = build(std(addr("H. Kreitz", "h.kreitz@t-netz.example.net"),
                "Zulassung Auto aus Deutschland - rosa Antrag?",
                "Thu, 26 Nov 2026 07:22:58 +0100", "<trinity-4f5a6b7c-8d9e@webmail.t-netz.example.net>"),
            leaf(t, cs="windows-1252"))
add("information_request", "de", "mobility", None,
    "Question with a grumble ('Warum ist in Belgien alles so umständlich'): registering an imported car, where to get the pink application form, online without a broker -> information_request, mobility. text/plain windows-1252 QP.", raw)

# i10 en E foreign_affairs
t = """Hi there,

Our daughter (6, Belgian through my wife) needs her first Belgian passport before we fly to Ohio in July. We will actually be in the US from late May, so the question is:

- Can we apply for her passport at the Belgian consulate in Chicago instead of in Mechelen, and does she need to be physically present?
- Is the kids' ID card enough to fly back into Belgium if the passport isn't ready?

Honestly, the consular website has three different pages that contradict each other on whether children need an appointment, and the "contact" form only accepts Belgian phone numbers in a format it doesn't explain. Took me 20 minutes to submit, then it errored out. So I'm trying here.

Thanks in advance,
Dana Whitfield
"""
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Kid's first passport - apply in Chicago?",
                "Sun, 22 Nov 2026 16:48:05 +0100", "<0a1b2c3d-4e5f-4607-8899-aabbccddeeff@fastmail-like.example.com>"),
            leaf(t, cs="utf-8", cte="7bit"))
add("information_request", "en", "foreign_affairs", None,
    "Question with a grumble (contradictory consular pages, broken form): can a child's first passport be requested at a consulate in the US -> information_request, foreign_affairs. text/plain UTF-8 declared, 7bit ASCII content.", raw)

# i11 en E police (confiscated drone)
t = """Hello,

Last Saturday (Nov 14) I was flying a small drone (249 g, no registration required as far as I know) over the Vrijbroekpark in Mechelen. Two police officers came over, told me drones are not allowed in the park and took the drone and the controller. They gave me a small paper with a number (MN.41.L3.5521/2026) and said "you'll be contacted". Nobody has contacted me.

I'm not here to argue about whether I was allowed to fly there - I'll take that up if I get a fine. I just want to know: who do I contact to get my drone back (or at least find out what happens to it), and how long does that usually take? The local station phone just rings out, which is a bit frustrating given that it's a EUR 400 device sitting somewhere.

Thanks,
Dana Whitfield
"""
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "How do I get my seized drone back?",
                "Thu, 19 Nov 2026 19:03:40 +0100", "<5e4d3c2b-1a09-4876-a5b4-c3d2e1f00912@fastmail-like.example.com>"),
            leaf(t, cte="quoted-printable"))
add("information_request", "en", "police", None,
    "Question with a grumble (station phone rings out): how to recover a drone seized by police; explicitly not contesting anything yet and no complaint about officers' conduct -> information_request, police. text/plain UTF-8 QP.", raw)

# i12 en G other (official journal publication)
t = """Dear Sir or Madam,

We are helping a foreign shareholder of our company publish a change of directors. The notary told us the publication in the official journal annexes costs around EUR 160 "plus VAT", while last year we paid less than half of that for an identical publication. Nobody at the registry counter could explain the difference, and the tariff page we found is from 2019.

Could you tell us:
1. what the current fee is for publishing a change of directors of a private limited company, and
2. whether it can be paid from a foreign (Israeli) bank account?

I must say that for a purely administrative publication the price is hard to justify, but we would first like to understand it.

Kind regards,
Stijn Aerts
Accounting - Aerts & Zilberstein Diamonds bvba
"""
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                "Publication fee - change of directors (official journal)",
                "Wed, 25 Nov 2026 15:26:12 +0100", "<DB8PR10MB3411B0C4@az-diamonds.example.be>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multi("alternative", [leaf(t), leaf("<html><body><p>" + t.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", "html")]))
add("information_request", "en", "other", None,
    "Question with a grumble ('price is hard to justify'): current fee for publishing a change of directors in the official journal (justice) -> information_request, category other. Outlook multipart/alternative UTF-8 QP.", raw)

# =====================================================================
# FOLLOW-UPS
# =====================================================================

# f1 fr H mobility - reply to ack
T = "PLT-2026-004117"
t = """Bonjour,

Petite suite à ma plainte pour la plaque de la remorque : la plaque est finalement arrivée hier, mais avec un autre numéro que celui sur le certificat que le garage nous a donné ! Donc la police pourrait nous arrêter parce que les papiers ne correspondent pas. Et toujours l'ancienne adresse de 2019 sur le certificat.

Je vous remercie de transmettre au service qui s'occupe de mon dossier.

Françoise Collard-Noël

Le 05/11/2026 à 09:12, Plaintes - Klachten a écrit :
""" + quote(ACK_BODY["fr"] % T)
raw = build(std(addr("Francoise Collard", "collard.noel.ferme@proximus-mail.example.be"),
                hq("RE: " + ack_subject(T, "fr")),
                "Fri, 20 Nov 2026 08:04:33 +0100", "<000b01db3a8f$2c3d4e50$6a7b8c90$@proximus-mail.example.be>",
                extra=[("In-Reply-To", ack_mid(T)), ("References", ack_mid(T))]),
            leaf(t))
add("follow_up", "fr", "mobility", T,
    "Reply to our French acknowledgement adding a new fact (plate arrived with a different number, old address still on the certificate); original complaint about a trailer number plate -> follow_up, mobility. text/plain UTF-8 QP, quoted ack.", raw)

# f2 fr F pensions - new message, ticket number only in body
T = "PLT-2026-003880"
t = """Bonjour,

C'est Inès, la petite-fille de Mme Gilberte Wauthier. Ma grand-mère avait fait une plainte en octobre pour l'argent de la pension de mon grand-père qu'elle ne reçoit pas. On a retrouvé le numéro qu'on lui a donné : %s.

Elle me demande de vous dire que depuis, il ne s'est rien passé du tout. Personne n'a appelé, pas de lettre. Elle a fêté ses 81 ans la semaine passée et elle dit que si ça continue elle sera morte avant d'avoir son argent (elle dit ça en riant mais elle est inquiète quand même).

Est-ce que quelqu'un peut au moins lui écrire où en est le dossier ?

Merci,
Inès Wauthier pour sa grand-mère
""" % T
raw = build(std(addr("Inès Wauthier", "ines.wauthier03@gmail-like.example.com"),
                "Mamy Wauthier - toujours rien",
                "Mon, 30 Nov 2026 18:20:14 +0100", "<CAH7x9kZ1a2@mail.gmail-like.example.com>"),
            leaf(t, cte="quoted-printable"))
add("follow_up", "fr", "pensions", T,
    "NEW message (no reply headers, neutral subject) quoting the ticket number only in the body: reminder that nothing happened on the grandmother's survivor-pension complaint -> follow_up, pensions. text/plain UTF-8 QP.", raw)

# f3 nl B police - Antw:
T = "PLT-2026-004230"
t = """nog iets bij mijn klacht over die agent op de motor:

gisteren stond hij er weer, zelfde plaats. hij herkende mij en riep "ah de fietsheld, nog niet verhuisd?". ik heb niks teruggezegd. ik heb wel zijn nummer nu goed gezien: het eindigt op 4177, niet 417.

jens

> Op 09-11-2026 10:02 schreef Plaintes - Klachten:
""" + quote(ACK_BODY["nl"] % T)
raw = build(std(addr("Jens V.", "jensv.koerier@telenet-mail.example.be"),
                "Antw: " + ack_subject(T, "nl"),
                "Tue, 24 Nov 2026 18:36:51 +0100", "<20261124173651.GD1290@phone.example.be>",
                extra=[("In-Reply-To", ack_mid(T)), ("References", ack_mid(T)), ("User-Agent", "K-9 Mail for Android")]),
            leaf(t, cs="iso-8859-1"))
add("follow_up", "nl", "police", T,
    "'Antw:' reply to our Dutch acknowledgement with a new incident by the same officer and a corrected number -> follow_up, police (original: police conduct). text/plain ISO-8859-1 QP with double quoting.", raw)

# f4 de D taxes - AW: withdrawal
T = "PLT-2026-003951"
t = """Sehr geehrte Damen und Herren,

die Sache hat sich erledigt: Gestern kam ein Anruf von einer sehr freundlichen Mitarbeiterin aus Eupen, und ab jetzt bekomme ich alle Unterlagen zur Steuer auf Deutsch. Die Vorauszahlungsbriefe wurden mir neu auf Deutsch zugeschickt.

Sie können die Akte schließen. Danke!

Hartmut Kreitz

-----Ursprüngliche Nachricht-----
Von: Plaintes - Klachten <plaintes.klachten@federal.example.be>
Gesendet: Montag, 9. November 2026 11:30
An: h.kreitz@t-netz.example.net
Betreff: %s

""" % ack_subject(T, "de") + ACK_BODY["de"] % T
raw = build(std(addr("Hartmut Kreitz", "h.kreitz@t-netz.example.net"),
                hq("AW: " + ack_subject(T, "de")),
                "Wed, 25 Nov 2026 08:11:09 +0100", "<trinity-6a7b8c9d-0e1f@webmail.t-netz.example.net>",
                extra=[("In-Reply-To", ack_mid(T)), ("References", ack_mid(T))]),
            multi("alternative", [leaf(t, cs="iso-8859-1"), leaf("<html><body><p>" + t.replace("\n", "<br>") + "</p></body></html>", "html", "iso-8859-1")]))
add("follow_up", "de", "taxes", T,
    "'AW:' reply to our German acknowledgement WITHDRAWING the complaint (tax letters now in German) -> follow_up, taxes; 'Beschwerde' appears only in our quoted subject. multipart/alternative ISO-8859-1 QP, Outlook-style 'Ursprüngliche Nachricht'.", raw)

# f5 en E social_security - reply with attachments
T = "PLT-2026-004305"
t = """Hi,

Following up on my complaint about the lost certificate of coverage application: attached are the confirmation screen from June and the October re-application. The payroll provider has now confirmed they will start withholding US contributions from the December payslip unless they get the certificate, so the timing really matters.

Dana

On Mon, Nov 16, 2026 at 8:15 AM Plaintes - Klachten <plaintes.klachten@federal.example.be> wrote:
""" + quote(ACK_BODY["en"] % T)
raw = build(std(addr("Dana Whitfield", "dana.whitfield@fastmail-like.example.com"),
                "Re: " + ack_subject(T, "en"),
                "Sun, 29 Nov 2026 11:45:27 +0100", "<e1d2c3b4-a596-4877-9f0e-1d2c3b4a5968@fastmail-like.example.com>",
                extra=[("In-Reply-To", ack_mid(T)), ("References", ack_mid(T))]),
            multi("mixed", [leaf(t), att(JPG, "image/png", "confirmation june.png"), att(PDF("reapplication"), "application/pdf", "reapplication_oct.pdf")]))
add("follow_up", "en", "social_security", T,
    "Reply to our English acknowledgement with attachments and a new deadline fact -> follow_up, social_security (certificate of coverage). multipart/mixed: text/plain UTF-8 QP + PNG + PDF.", raw)

# =====================================================================
# AUTO-REPLIES
# =====================================================================

T = "PLT-2026-004412"
t = """Madame, Monsieur,

L'étude sera fermée du 27 novembre au 4 décembre inclus pour cause de déménagement de nos bureaux.
Votre message sera traité dès notre retour. Pour les urgences relatives à une signature d'acte, veuillez contacter l'étude du notaire Lambotte (081 00 33 20).

Étude du notaire Ph. Gérardy
"""
raw = build(std(addr("Étude Gérardy", "secretariat@notaire-gerardy.example.be"),
                hq("Réponse automatique : " + ack_subject(T, "fr")),
                "Fri, 27 Nov 2026 14:02:11 +0100", "<AM9P192MB0871AUTO1@notaire-gerardy.example.be>",
                to="plaintes.klachten@federal.example.be",
                extra=[("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
            leaf(t, cs="windows-1252"))
add("auto_reply", "fr", "other", T,
    "Out-of-office of a notary's office answering our French acknowledgement; Auto-Submitted: auto-replied; ticket in subject -> auto_reply, refers_to set. text/plain windows-1252 QP.", raw)

T = "PLT-2026-004398"
t = """Beste,

Ik ben afwezig tot en met maandag 7 december en heb beperkt toegang tot mijn mails.
Voor dringende vragen over lonen of facturatie kunt u terecht bij boekhouding@az-diamonds.example.be.

Met vriendelijke groeten,
Stijn Aerts

> Van: Plaintes - Klachten
> Onderwerp: %s
""" % ack_subject(T, "nl")
raw = build(std(addr("Aerts Stijn", "s.aerts@az-diamonds.example.be"),
                "Antw: " + ack_subject(T, "nl"),
                "Sat, 28 Nov 2026 09:00:02 +0100", "<DB8PR10MB3411OOF2@az-diamonds.example.be>",
                to="plaintes.klachten@federal.example.be",
                extra=[("In-Reply-To", ack_mid(T))]),
            leaf(t), crlf=True)
add("auto_reply", "nl", "other", T,
    "TRICKY: human-looking 'Antw: [PLT-...]' reply with In-Reply-To but NO auto-reply header; body is only an absence notice -> auto_reply (not follow_up), refers_to = returned ticket. text/plain UTF-8 QP, CRLF.", raw)

t = """Beste melder,

Bedankt voor uw melding bij het Meldpunt van de Stad. Uw melding werd geregistreerd onder nummer MLD-2026-088213.

Onderwerp: Doorgestuurd: klacht over toegang leveranciers
Status: Nieuw
Verwachte behandeltermijn: 10 werkdagen

U kunt de opvolging van uw melding bekijken via https://meldpunt.stad.example.be/status/MLD-2026-088213

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.

Stad - Meldpunt
"""
raw = build(std(addr("Meldpunt Stad", "noreply-meldpunt@stad.example.be"),
                "[MLD-2026-088213] Uw melding werd geregistreerd",
                "Fri, 20 Nov 2026 10:31:44 +0100", "<mld.2026.088213.ack@meldpunt.stad.example.be>",
                to="plaintes.klachten@federal.example.be",
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "meldpunt@stad.example.be")]),
            multi("alternative", [leaf(t), leaf("<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\">" + t.replace("\n", "<br>\n") + "</td></tr></table></body></html>", "html")]))
add("auto_reply", "nl", "other", None,
    "Ticket-system acknowledgement of ANOTHER organisation (a city's reporting desk) with its own number MLD-2026-088213, contains 'klacht' in the quoted subject; no PLT ticket -> auto_reply, refers_to null. multipart/alternative UTF-8 QP.", raw)

T = "PLT-2026-004377"
t = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Dezember nicht im Büro.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat: 087 00 10 44.

Mit freundlichen Grüßen
Petra Schumacher
Gemeinde Raeren - Bürgerdienst
"""
raw = build(std(addr("Petra Schumacher", "p.schumacher@raeren.example.be", "iso-8859-1"),
                hq("Abwesenheitsnotiz: " + ack_subject(T, "de"), "iso-8859-1"),
                "Mon, 23 Nov 2026 11:30:05 +0100", "<abw.7781.p.schumacher@raeren.example.be>",
                to="plaintes.klachten@federal.example.be",
                extra=[("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
            leaf(t, cs="iso-8859-1"))
add("auto_reply", "de", "other", T,
    "Commune employee's out-of-office ('Abwesenheitsnotiz') answering our German acknowledgement (the commune had forwarded a complaint); X-Autoreply + Auto-Submitted; 'Beschwerde' only in our subject -> auto_reply, refers_to set. text/plain ISO-8859-1 QP, whole subject ISO-8859-1 Q-encoded.", raw)

T = "PLT-2026-004290"
t = """Thank you for your email. I am currently out of the office on parental leave and will return on January 11, 2027.

For anything urgent related to the Mechelen office, please contact office-mechelen@devtools-inc.example.com.

Best,
Dana
"""
raw = build(std(addr("Dana Whitfield", "dana.whitfield@devtools-inc.example.com"),
                "Automatic reply: " + ack_subject(T, "en"),
                "Tue, 17 Nov 2026 09:14:22 +0100", "<MWHPR12MB1480AUTO@devtools-inc.example.com>",
                to="plaintes.klachten@federal.example.be",
                extra=[("In-Reply-To", ack_mid(T)), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "dana.whitfield@devtools-inc.example.com")]),
            multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf("<html><body><div>" + t.replace("\n", "<br>") + "</div></body></html>", "html")]))
add("auto_reply", "en", "other", T,
    "Exchange 'Automatic reply:' from a work address answering our English acknowledgement (parental leave) -> auto_reply, refers_to set. multipart/alternative us-ascii 7bit + UTF-8 QP HTML.", raw)

# =====================================================================
# BOUNCES
# =====================================================================

def ack_msg(T, lang, to, date):
    return build([("From", MBXH), ("To", to), ("Subject", hq(ack_subject(T, lang))), ("Date", date),
                  ("Message-ID", ack_mid(T)), ("Auto-Submitted", "auto-replied")],
                 leaf(ACK_BODY[lang] % T))

# b1 en Postfix full message
T = "PLT-2026-004251"
ack = ack_msg(T, "fr", "jos.lejeune@skynet-mial.example.be", "Wed, 18 Nov 2026 10:02:00 +0100")
notice = """This is the mail system at host mx1.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jos.lejeune@skynet-mial.example.be>: Host or domain name not found. Name
    service error for name=skynet-mial.example.be type=A: Host not found
"""
ds = """Reporting-MTA: dns; mx1.federal.example.be
X-Postfix-Queue-ID: 4QkT7m2Hx9z1
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Wed, 18 Nov 2026 10:02:00 +0100

Final-Recipient: rfc822; jos.lejeune@skynet-mial.example.be
Original-Recipient: rfc822;jos.lejeune@skynet-mial.example.be
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=skynet-mial.example.be type=A: Host not found
"""
node = multi("report", [leaf(notice, cs="us-ascii", cte="7bit", disp="inline"),
                        {"h": [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], "b": ds.encode()},
                        {"h": [("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], "b": ack}],
             extra="; report-type=delivery-status")
raw = build(std("MAILER-DAEMON@mx1.federal.example.be (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                "Wed, 18 Nov 2026 10:02:03 +0100", "<20261118090203.4QkT7m2Hx9z1@mx1.federal.example.be>",
                to="plaintes.klachten@federal.example.be", extra=[("Auto-Submitted", "auto-replied")]), node)
add("bounce", "en", "other", T,
    "Postfix DSN (typo domain skynet-mial) returning our FRENCH acknowledgement in full: multipart/report > text/plain + message/delivery-status + message/rfc822 -> bounce, language en (DSN text), refers_to from the returned ack.", raw)

# b2 de Exchange, headers only
T = "PLT-2026-004189"
notice = """Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

h.kreitz@t-netz.example.net
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.t-netz.example.net
h.kreitz@t-netz.example.net
Remoteserver hat '552 5.2.2 Mailbox full' zurückgegeben
"""
hdrs = """From: Plaintes - Klachten <plaintes.klachten@federal.example.be>
To: h.kreitz@t-netz.example.net
Subject: %s
Date: Tue, 10 Nov 2026 11:05:00 +0100
Message-ID: %s
""" % (hq(ack_subject(T, "de")), ack_mid(T))
ds = """Reporting-MTA: dns;mail.t-netz.example.net
Received-From-MTA: dns;mx1.federal.example.be
Arrival-Date: Tue, 10 Nov 2026 10:05:03 +0000

Final-Recipient: rfc822;h.kreitz@t-netz.example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full
"""
node = multi("report", [leaf(notice, cs="utf-8", cte="quoted-printable"),
                        {"h": [("Content-Type", "message/delivery-status")], "b": ds.encode()},
                        {"h": [("Content-Type", "text/rfc822-headers")], "b": hdrs.encode()}],
             extra="; report-type=delivery-status")
raw = build(std(addr("Microsoft Outlook", "postmaster@t-netz.example.net"), hq("Unzustellbar: " + ack_subject(T, "de")),
                "Tue, 10 Nov 2026 11:05:04 +0100", "<NDR.4a8f2e@mail.t-netz.example.net>",
                to="plaintes.klachten@federal.example.be", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]), node, crlf=True)
add("bounce", "de", "other", T,
    "Exchange NDR in GERMAN ('Unzustellbar:', mailbox full) -> language de; multipart/report with text/plain UTF-8 QP + message/delivery-status + text/rfc822-headers (headers only); ticket in subject and returned headers. CRLF.", raw)

# b3 fr plain-text ISP bounce, no multipart/report
T = "PLT-2026-004340"
t = """Ceci est un message automatique du serveur de messagerie smtp-out.voo-mail.example.be.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

    severine.dujardin@voo-mail.example.be
    Raison : compte désactivé ou inexistant (550 5.1.1 User unknown)

Ceci est une erreur permanente. Aucune autre tentative de remise ne sera effectuée.

------ Copie des en-têtes du message d'origine ------

From: Plaintes - Klachten <plaintes.klachten@federal.example.be>
To: severine.dujardin@voo-mail.example.be
Subject: %s
Date: Fri, 20 Nov 2026 13:10:12 +0100
Message-ID: %s
""" % (ack_subject(T, "fr"), ack_mid(T))
raw = build(std("Service de messagerie <mailer-daemon@smtp-out.voo-mail.example.be>", hq("Échec de remise du message"),
                "Fri, 20 Nov 2026 13:10:15 +0100", "<bounce.20261120131015.77@smtp-out.voo-mail.example.be>",
                to="plaintes.klachten@federal.example.be"), leaf(t, cs="iso-8859-1", cte="8bit"))
add("bounce", "fr", "other", T,
    "Plain-text French ISP bounce WITHOUT multipart/report and without Auto-Submitted; original headers pasted as text (ticket in pasted subject) -> bounce, language fr. text/plain ISO-8859-1 8bit.", raw)

# =====================================================================
# SPAM
# =====================================================================

html = """<html><body style="font-family:Arial;background:#f4f4f4">
<table width="560" align="center" style="background:#fff;border-top:6px solid #ffcc00"><tr><td style="padding:20px">
<p><b>DHL-Paketdienst</b> – Sendungsnummer <b>JJD00049982117734</b></p>
<p>Sehr geehrter Kunde,</p>
<p>Ihr Paket konnte nicht zugestellt werden, da eine Zollgebühr in Höhe von <b>2,99 €</b> noch nicht beglichen wurde. Bitte bestätigen Sie Ihre Adresse und zahlen Sie die Gebühr innerhalb von 48 Stunden, sonst wird das Paket an den Absender zurückgeschickt.</p>
<p style="text-align:center"><a href="https://paket-zoll.example.net/be/bezahlen?id=JJD00049982117734" style="background:#d40511;color:#fff;padding:10px 24px;text-decoration:none">Gebühr jetzt bezahlen</a></p>
<p style="font-size:11px;color:#888">Dies ist eine automatisch generierte E-Mail.</p>
</td></tr></table><img src="https://trk.paket-zoll.example.net/o.gif?u=plaintes" width="1" height="1">
</body></html>
"""
raw = build(std(addr("DHL Zustellung", "info@dhl-zustellung-be.example.net"), hq("Ihr Paket wartet – offene Zollgebühr 2,99 €"),
                "Sat, 14 Nov 2026 03:12:40 +0100", "<20261114021240.7712@dhl-zustellung-be.example.net>",
                to="plaintes.klachten@federal.example.be",
                extra=[("Authentication-Results", "mx1.federal.example.be; spf=fail smtp.mailfrom=dhl-zustellung-be.example.net; dmarc=fail")]),
            leaf(html, "html", cte="base64"))
add("spam", "de", "other", None,
    "German fake PARCEL-FEE phishing (2,99 € customs fee, look-alike domain). HTML-only UTF-8 base64 with button and tracking pixel; Q-encoded subject with euro sign.", raw)

t = """Sehr geehrte/r Begünstigte/r,

AW: Ihr Aktenzeichen NL-EST/2026/0447-B

ich bin Rechtsanwalt Dr. Friedrich Holbeck von der Kanzlei Holbeck & Partner. Ich wende mich an Sie bezüglich des Nachlasses meines verstorbenen Mandanten, Herrn Gerd K., der ohne Testament verstorben ist und einen Betrag von 4.850.000,00 EUR auf einem Konto hinterlassen hat. Da Sie denselben Familiennamen tragen, können wir Sie als Begünstigten eintragen.

Wir benötigen nur Ihre vollständigen Daten und eine Bearbeitungsgebühr von 1.480 EUR für die Notarbeglaubigung, zahlbar auf IBAN BE00 0000 0000 0000 (Holbeck Treuhand).

Bitte behandeln Sie diese Angelegenheit streng vertraulich.

Dr. F. Holbeck
"""
raw = build(std(addr("Dr. Friedrich Holbeck", "f.holbeck.kanzlei@mailbox-free.example.org"), "AW: Ihr Aktenzeichen NL-EST/2026/0447-B - Nachlass",
                "Thu, 19 Nov 2026 06:44:18 +0000", "<holbeck.991@mailbox-free.example.org>",
                to="undisclosed-recipients:;", extra=[("Reply-To", "holbeck.treuhand@mailbox-free.example.org")]),
            leaf(t, cs="iso-8859-1", cte="8bit"))
add("spam", "de", "other", None,
    "German INHERITANCE / advance-fee scam with fake 'AW:' and fake Aktenzeichen (not our ticket), undisclosed recipients. text/plain ISO-8859-1 8bit.", raw)

t = """Beste belastingplichtige,

Na de jaarlijkse berekening van uw belastingaangifte hebben wij vastgesteld dat u recht heeft op een terugbetaling van 642,18 EUR.

Dossiernummer: TB-2026-55871-FIN

Om de terugbetaling te ontvangen moet u uw bankgegevens binnen 72 uur bevestigen via onderstaande beveiligde link:
https://myminfin.federal.example.be.terugbetaling-nu.example.com/bevestig

Na deze termijn vervalt uw recht op terugbetaling.

Met vriendelijke groeten,
FOD Financiën - Dienst Terugbetalingen
"""
html = "<html><body><p><img src=\"https://terugbetaling-nu.example.com/logo.png\" alt=\"FOD Financien\"></p>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>"
raw = build(std(addr("FOD Financiën", "terugbetaling@fod-financien-be.example.com"), hq("Uw terugbetaling van 642,18 EUR staat klaar"),
                "Wed, 11 Nov 2026 14:09:31 +0100", "<tb.55871@fod-financien-be.example.com>",
                to="plaintes.klachten@federal.example.be"),
            multi("alternative", [leaf(t), leaf(html, "html")]))
add("spam", "nl", "other", None,
    "Dutch fake TAX REFUND phishing impersonating FOD Financiën with look-alike domain and fake dossiernummer. multipart/alternative UTF-8 QP; Q-encoded display name.", raw)

t = """Goedemiddag,

In bijlage vindt u de herinnering voor factuur 2026-1187 (onderhoud klimaatregeling, oktober) die nog steeds openstaat.

Opgelet: wegens een wijziging van bank dient de betaling voortaan te gebeuren op ons nieuwe rekeningnummer NL00 BANK 0000 0000 00. Betalingen op het oude nummer kunnen niet meer verwerkt worden.

Gelieve te betalen binnen 5 dagen om bijkomende kosten te vermijden.

Met vriendelijke groet,
Administratie - KlimaTech Services
"""
raw = build(std(addr("KlimaTech Administratie", "facturatie@klimatech-services.example.net"), "RE: Factuur 2026-1187 - herinnering",
                "Mon, 16 Nov 2026 10:55:02 +0100", "<kt.1187.rem@klimatech-services.example.net>",
                to="plaintes.klachten@federal.example.be", extra=[("References", "<kt.1187@klimatech-services.example.net>")]),
            multi("mixed", [leaf(t), att(PDF("factuur 2026-1187"), "application/pdf", "Factuur_2026-1187.pdf")]))
add("spam", "nl", "other", None,
    "Dutch INVOICE FRAUD (reminder + 'new bank account') with fake 'RE:' and a References header to an unknown thread. multipart/mixed text/plain UTF-8 QP + PDF.", raw)

t = """Hi there,

I came across federal.example.be and noticed your complaint handling pages aren't ranking for high-intent keywords like "file a complaint Belgium" or "government complaint status".

At RankLift Pro we help public-sector sites get 3x more organic traffic in 90 days. Our complaint-management chatbot integration also reduces incoming emails by up to 60%.

Would you be open to a quick 15-minute call next week? Just reply "yes" and I'll send some time slots.

Cheers,
Kevin Marsh
Growth Lead, RankLift Pro
To stop receiving these emails, reply "unsubscribe".
"""
raw = build(std(addr("Kevin Marsh", "kevin@rankliftpro.example.com"), "Quick question about your complaints page",
                "Tue, 24 Nov 2026 16:20:00 +0000", "<rlp.outreach.88412@rankliftpro.example.com>",
                to="plaintes.klachten@federal.example.be"),
            leaf(t, cs="us-ascii", cte="7bit"))
add("spam", "en", "other", None,
    "SEO / chatbot marketing cold outreach mentioning 'complaint' and phrased as a 'quick question' -> spam, not information_request. text/plain us-ascii 7bit.", raw)

t = """FÉLICITATIONS !!!

RE: Réf. LOT/BE/2026/00918 – Tirage international EuroCash du 31 octobre

Votre adresse électronique a été sélectionnée lors de notre tirage au sort annuel et vous avez remporté la somme de 750.000,00 € (sept cent cinquante mille euros).

Pour réclamer votre gain, veuillez contacter notre agent de paiement, Maître Jean-Baptiste Koffi, en lui communiquant : nom complet, adresse, numéro de téléphone, copie de votre carte d'identité. Des frais de transfert de 395 € seront demandés.

Contact : paiement.eurocash@winmail-promo.example.org

Cordialement,
Mme Hélène Durand
Coordinatrice des gains
"""
raw = build(std(addr("EuroCash Loterie", "notification@eurocash-loterie.example.org", "windows-1252"), hq("RE: Réf. LOT/BE/2026/00918 – Vous avez gagné !", "windows-1252"),
                "Sun, 08 Nov 2026 02:31:19 +0100", "<eurocash.00918.fr@eurocash-loterie.example.org>",
                to="undisclosed-recipients:;"),
            leaf(t, cs="windows-1252"))
add("spam", "fr", "other", None,
    "French LOTTERY scam with fake 'RE:' and fake reference 'Réf. LOT/BE/2026/00918'; contains 'réclamer'. text/plain windows-1252 QP, windows-1252 Q-encoded subject and display name.", raw)

# =====================================================================
# OUTPUT + VALIDATION
# =====================================================================

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
ALLOWED = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)

def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:
                out.append(part.get_payload(decode=True).decode("latin-1"))
    return "\n".join(out)

def main():
    order = list(range(len(MSGS)))
    RNG2 = random.Random(SEED + 1)
    RNG2.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        fn = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(m["raw"])
        labels.append({"file": fn, "kind": m["kind"], "language": m["language"], "category": m["category"],
                       "acknowledge": m["kind"] in ("complaint", "appeal", "information_request"),
                       "refers_to": m["refers_to"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    errors = []
    for lab in labels:
        fn = lab["file"]
        data = open(os.path.join(HERE, fn), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if lab["kind"] not in KINDS or lab["language"] not in LANGS or lab["category"] not in CATS:
            errors.append("%s: bad label value" % fn)
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errors.append("%s: acknowledge" % fn)
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errors.append("%s: non-case category" % fn)
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append("%s: follow_up without refers_to" % fn)
        text = decoded_text(msg)
        if lab["refers_to"]:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]):
                errors.append("%s: refers_to format" % fn)
            if lab["refers_to"] not in text:
                errors.append("%s: refers_to not in message" % fn)
        for line in data.split(b"\n"):
            if len(line.rstrip(b"\r")) > 998:
                errors.append("%s: line > 998 octets" % fn)
                break
        hay = text
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", hay) + re.findall(r"https?://([^/\s\"'<>:]+)", hay) + re.findall(r"\b(www\.[\w-]+(?:\.[\w-]+)+)", hay):
            if not ALLOWED.search(dom.rstrip(".")):
                errors.append("%s: non-example domain %s" % (fn, dom))
        if msg.defects:
            errors.append("%s: parser defects %r" % (fn, msg.defects))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK: %d messages written" % len(labels))

if __name__ == "__main__":
    main()
