#!/usr/bin/env python3
"""Held-out test corpus generator (standard library only).

Writes ho-001.eml ... ho-100.eml and labels.json into the directory of this script,
deterministically. The file number is assigned through a fixed random permutation so
that the name says nothing about the label. Edit the texts below, not the .eml files.
"""
import base64, json, os, quopri, random, re, sys, html as htmlmod
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
MBX = "plaintes.klachten@federal.example.be"
SEED = 20261130
R = random.Random(SEED)

# ---------------------------------------------------------------- helpers

def hdr(s, charset="utf-8", enc=None):
    """RFC 2047-encode a header value if needed (enc 'q' or 'b' forces the encoding)."""
    if s is None:
        return None
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    if enc == "q":
        cs.header_encoding = QP
    elif enc == "b":
        cs.header_encoding = BASE64
    return Header(s, cs).encode()


def addr(name, a, charset="utf-8", enc=None):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, charset, enc), a)


def tz(h):
    return timezone(timedelta(hours=h))


def dt(y, mo, d, h, mi, s=0, off=1):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def encode_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r\n", b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype, payload, charset=None, cte="7bit", filename=None, disposition=None,
         params="", extra=()):
    """A leaf MIME part: returns (headers, body-bytes)."""
    data = payload.encode(charset or "ascii") if isinstance(payload, str) else payload
    ct = ctype
    if charset:
        ct += '; charset="%s"' % charset
    if params:
        ct += "; " + params
    if filename and not disposition:
        ct += '; name="%s"' % filename
    h = [("Content-Type", ct)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    if disposition:
        d = disposition
        if filename:
            d += '; filename="%s"' % filename
        h.append(("Content-Disposition", d))
    h.extend(extra)
    body = encode_body(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return (h, body)


_bcount = [0]


def boundary():
    _bcount[0] += 1
    return "----=_Part_%d_%08x" % (_bcount[0], R.getrandbits(32))


def multipart(subtype, parts, params="", preamble=None):
    b = boundary()
    ct = 'multipart/%s; boundary="%s"' % (subtype, b)
    if params:
        ct += "; " + params
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for ph, pb in parts:
        out += b"\n--" + b.encode() + b"\n"
        out += serialize_headers(ph) + b"\n" + pb
    out += b"\n--" + b.encode() + b"--\n"
    return ([("Content-Type", ct)], out)


def serialize_headers(h):
    out = b""
    for k, v in h:
        if v is None:
            continue
        line = "%s: %s" % (k, v)
        try:
            out += line.encode("ascii") + b"\n"
        except UnicodeEncodeError:
            out += line.encode("utf-8") + b"\n"   # raw 8-bit header (deliberate)
    return out


def html_of(text, style=True, pixel=None, sig_html=None, lang="fr"):
    paras = [p for p in text.strip().split("\n\n")]
    body = "\n".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>\n") for p in paras)
    st = ("<style type=\"text/css\">body{font-family:Calibri,Arial,sans-serif;font-size:11pt}"
          "p{margin:0 0 10px 0}</style>\n") if style else ""
    px = ('<img src="%s" width="1" height="1" alt="" style="display:none">' % pixel) if pixel else ""
    sig = sig_html or ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n%s</head>\n"
            "<body>\n%s\n%s%s\n</body></html>\n" % (lang, st, body, sig, px))


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_jpg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(600)) + b"\xff\xd9"


RELAYS = ["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]


def envelope(from_addr, date, helo=None, auth="pass", spam_score=None, return_path=None):
    dom = from_addr.split("@")[1]
    ip = R.choice(RELAYS) % R.randint(2, 250)
    helo = helo or ("mail.%s" % dom if not dom.startswith("mail") else dom)
    d1 = date + timedelta(seconds=R.randint(2, 40))
    d1 = d1.astimezone(tz(1 if d1.month in (1, 2, 3, 11, 12) else 2))
    d2 = d1 + timedelta(seconds=1)
    qid = "%010X" % R.getrandbits(40)
    h = [("Return-Path", return_path or "<%s>" % from_addr),
         ("Received", "from mx2.federal.example.be (mx2.federal.example.be [10.20.0.12])\n\tby mbx1.federal.example.be (Postfix) with LMTP id %s\n\tfor <%s>; %s" % (qid, MBX, format_datetime(d2))),
         ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby mx2.federal.example.be (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, "%010X" % R.getrandbits(40), MBX, format_datetime(d1)))]
    if auth:
        a = auth
        h.append(("Authentication-Results", "mx2.federal.example.be;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s" % (a, dom, "pass" if a == "pass" else "none", dom)))
    if spam_score is not None:
        h.append(("X-Spam-Status", "%s, score=%.1f required=6.0" % ("Yes" if spam_score >= 6 else "No", spam_score)))
    return h


def msgid(dom, date):
    return "<%d.%s@%s>" % (int(date.timestamp()), "%012x" % R.getrandbits(48), dom)


def mail(frm, subject, body=None, *, date, to=MBX, fmt="plain", charset="utf-8", cte="8bit",
         html=None, html_cte=None, attachments=(), extra=(), subj_charset="utf-8", subj_enc=None,
         reply_to=None, in_reply_to=None, references=None, cc=None, crlf=False, mid=None,
         auth="pass", spam_score=None, mailer=None, raw_subject=False, env=True, helo=None,
         flowed=False, related_logo=False, return_path=None):
    """frm = (display name, address). fmt: plain | html | alt."""
    name, a = frm
    dom = a.split("@")[1]
    top = envelope(a, date, helo=helo, auth=auth, spam_score=spam_score, return_path=return_path) if env else []
    if html:
        html = html.replace('<meta charset="utf-8">', '<meta charset="%s">' % charset)
    top += [("From", addr(name, a, subj_charset, subj_enc)),
            ("To", to if "<" in to or "," in to or to != MBX else to),
            ("Cc", cc),
            ("Subject", subject if raw_subject else hdr(subject, subj_charset, subj_enc)),
            ("Date", format_datetime(date)),
            ("Message-ID", mid or msgid(dom, date)),
            ("Reply-To", reply_to),
            ("In-Reply-To", in_reply_to),
            ("References", references or in_reply_to),
            ("X-Mailer", mailer)]
    top += list(extra)
    top.append(("MIME-Version", "1.0"))
    params = "format=flowed" if flowed else ""
    if fmt == "plain":
        part = leaf("text/plain", body, charset, cte, params=params)
    elif fmt == "html":
        part = leaf("text/html", html, charset, html_cte or cte)
    else:
        p1 = leaf("text/plain", body, charset, cte, params=params)
        p2 = leaf("text/html", html, charset, html_cte or cte)
        part = multipart("alternative", [p1, p2])
    if related_logo:
        logo = leaf("image/png", b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(200)), None, "base64",
                    filename="logo.png", disposition="inline", extra=[("Content-ID", "<logo001@%s>" % dom)])
        part = multipart("related", [part, logo], params='type="multipart/alternative"' if fmt == "alt" else "")
    if attachments:
        parts = [part]
        for att in attachments:
            parts.append(att)
        part = multipart("mixed", parts)
    ph, pb = part
    data = serialize_headers(top + ph) + b"\n" + pb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def att_pdf(filename, title=None):
    return leaf("application/pdf", fake_pdf(title or filename), None, "base64",
                filename=filename, disposition="attachment")


def att_jpg(filename):
    return leaf("image/jpeg", fake_jpg(), None, "base64", filename=filename, disposition="attachment")


def att_rfc822(inner):
    return ([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")],
            inner if inner.endswith(b"\n") else inner + b"\n")


def ack_subject(tid, lang):
    return {"fr": "[%s] Accusé de réception de votre plainte",
            "nl": "[%s] Ontvangstbevestiging van uw klacht",
            "de": "[%s] Eingangsbestätigung Ihrer Beschwerde",
            "en": "[%s] Acknowledgement of your complaint"}[lang] % tid


def ack_mid(tid):
    return "<ack.%s@federal.example.be>" % tid.lower()


SPECS = []


def spec(kind, lang, cat, notes, data, refers=None):
    SPECS.append(dict(kind=kind, language=lang, category=cat, refers_to=refers, notes=notes, data=data))


# ================================================================ COMPLAINTS (30)

# ---- FR
spec("complaint", "fr", "taxes",
     "Complaint: MyMinfin/Tax-on-web crashes when submitting the return, helpdesk not answering; no decision involved. multipart/alternative UTF-8 quoted-printable, RFC 2047 Q subject (UTF-8).",
     mail(("Nathalie Dumortier", "n.dumortier@mailbox.example.com"),
          "Impossible d'introduire ma déclaration sur MyMinfin depuis 10 jours",
          """Madame, Monsieur,

Depuis le 2 juin, j'essaie d'introduire ma déclaration d'impôt via MyMinfin (Tax-on-web). Chaque fois que je clique sur « Envoyer », j'obtiens une page blanche avec le message « Erreur technique – code 5003 – veuillez réessayer plus tard ». J'ai essayé avec Firefox, avec Chrome, avec mon GSM, le matin, le soir, rien à faire.

J'ai appelé le 0257/257 57 à quatre reprises : une fois on m'a raccroché au nez après 35 minutes d'attente, les autres fois un message dit que « toutes les lignes sont occupées ».

Je ne demande pas de faveur, je veux simplement remplir mon obligation dans les délais. Si je rentre ma déclaration en retard à cause de votre site, j'espère qu'on ne me réclamera pas d'amende.

Merci de faire le nécessaire,

Nathalie Dumortier
Rue des Tanneurs 14
7500 Tournai""",
          date=dt(2026, 6, 12, 21, 14, off=2), fmt="alt", cte="quoted-printable",
          html=html_of("""Madame, Monsieur,

Depuis le 2 juin, j'essaie d'introduire ma déclaration d'impôt via MyMinfin (Tax-on-web). Chaque fois que je clique sur « Envoyer », j'obtiens une page blanche avec le message « Erreur technique – code 5003 – veuillez réessayer plus tard ». J'ai essayé avec Firefox, avec Chrome, avec mon GSM, le matin, le soir, rien à faire.

J'ai appelé le 0257/257 57 à quatre reprises : une fois on m'a raccroché au nez après 35 minutes d'attente, les autres fois un message dit que « toutes les lignes sont occupées ».

Je ne demande pas de faveur, je veux simplement remplir mon obligation dans les délais. Si je rentre ma déclaration en retard à cause de votre site, j'espère qu'on ne me réclamera pas d'amende.

Merci de faire le nécessaire,

Nathalie Dumortier<br>Rue des Tanneurs 14<br>7500 Tournai"""),
          subj_enc="q", mailer="Mozilla Thunderbird 128.5"))

spec("complaint", "fr", "pensions",
     "ANGRY complaint with legal-sounding words (mise en demeure, action en justice, 'sans préjudice de tout recours', médiateur fédéral) but the object is the 7-month delay and unreachable 1765 line; no decision exists yet to contest. text/plain ISO-8859-1 quoted-printable, subject RFC 2047 Q ISO-8859-1.",
     mail(("Jean-Pierre Lhoest", "jp.lhoest@skynet.example.be"),
          "MISE EN DEMEURE - dossier pension - 7 mois sans réponse",
          """Madame, Monsieur,

Par la présente, je vous mets formellement en demeure de traiter ma demande de pension de retraite, introduite le 14 novembre 2025 (numéro de registre national 59.03.21-123.45).

Sept mois. SEPT MOIS que j'attends. Je suis pensionné depuis le 1er avril et je n'ai toujours pas reçu un seul euro, ni même une estimation. Le numéro 1765 sonne dans le vide ou vous met en attente avec une musique insupportable pendant 40 minutes avant de couper. Les deux courriers recommandés que j'ai envoyés sont restés sans réponse.

Ceci constitue un manquement grave à votre obligation de bonne administration. Je vous informe que, sans réponse de votre part dans les quinze jours, je saisirai le Médiateur fédéral et j'intenterai toute action en justice utile pour obtenir réparation du préjudice subi (intérêts de retard, frais de découvert bancaire), et ce sans préjudice de tout autre recours.

Je vous prie d'agréer, Madame, Monsieur, mes salutations.

J-P. Lhoest
Avenue de la Station 3
4130 Esneux
""",
          date=dt(2026, 6, 30, 8, 2, off=2), charset="iso-8859-1", cte="quoted-printable",
          subj_charset="iso-8859-1", mailer="Microsoft Outlook 16.0"))

spec("complaint", "fr", "unemployment",
     "Complaint about RUDENESS at the ONEM counter; MENTIONS a 4-week sanction and explicitly does NOT contest it ('je ne conteste pas la sanction'). HTML-only windows-1252 quoted-printable with <style> and a table-based signature.",
     mail(("Karim Benali", "karim.benali93@webmail.example.net"),
          "Comportement inacceptable d'un agent - bureau ONEM Charleroi",
          date=dt(2026, 3, 17, 13, 45), fmt="html", charset="windows-1252", cte="quoted-printable",
          html="""<html><head><style>td{font-family:Arial;font-size:10pt;color:#444}</style></head>
<body><div style="font-family:Verdana;font-size:12px">
<p>Bonjour,</p>
<p>Je m’adresse à vous suite à mon passage au bureau de l’ONEM à Charleroi le lundi 16 mars vers 10h30, guichet 4.</p>
<p>Je précise tout de suite : je ne conteste pas la sanction de 4 semaines qui m’a été infligée, j’ai effectivement oublié de déclarer deux jours de travail intérimaire et j’assume. Ce n’est pas ça le problème.</p>
<p>Le problème c’est la façon dont l’agent m’a parlé. Il m’a tutoyé, m’a dit devant tout le monde « vous êtes tous les mêmes, vous profitez du système » et a refusé de me donner son nom quand je l’ai demandé. Une dame derrière moi était aussi choquée. Je suis venu pour comprendre comment rembourser, pas pour être humilié.</p>
<p>J’aimerais qu’on prenne ça au sérieux et que cette personne soit au moins rappelée à l’ordre.</p>
<p>Cordialement</p>
<table><tr><td><b>Karim Benali</b><br>Rue de Montigny 112, 6000 Charleroi<br>GSM 0470/12 34 56</td></tr></table>
</div></body></html>
"""))

spec("complaint", "fr", "foreign_affairs",
     "Complaint: passport application at the consulate apparently LOST, nobody can locate the file, calls unanswered. text/plain UTF-8 8bit, LF, no X-Mailer; signature with '--' separator.",
     mail(("Sophie Vandenbroucke", "sophie.vdb@courriel.example.org"),
          "Passeport introuvable - Consulat général de Belgique à Montréal",
          """Bonjour,

J'ai introduit une demande de passeport au Consulat général de Belgique à Montréal le 8 septembre (rendez-vous, photos, empreintes, paiement de 98 CAD, tout a été fait). On m'avait dit « 3 à 4 semaines ».

Nous sommes le 20 novembre. J'ai écrit trois fois au consulat : la première fois on m'a répondu que le passeport était « en production à Bruxelles », la deuxième qu'il n'y avait « aucune trace de la demande dans le système », la troisième fois pas de réponse du tout. Au téléphone, personne ne décroche.

Je dois rentrer en Belgique pour les fêtes (mon père est hospitalisé) et mon ancien passeport expire le 3 décembre. Est-ce que quelqu'un peut enfin retrouver mon dossier ? C'est quand même incroyable de perdre une demande avec des empreintes digitales dedans.

--
Sophie Vandenbroucke
4520, rue Saint-Denis, Montréal (QC)
""",
          date=dt(2026, 11, 20, 9, 31, off=-5)))

spec("complaint", "fr", "mobility",
     "Complaint about WRONG INFORMATION from the DIV helpdesk (told to order a new plate, in fact the old one could be transferred; paid twice). Asks for reimbursement of the useless fee, but there is no administrative decision to contest. multipart/mixed: text/plain ISO-8859-15 8bit + JPEG attachment.",
     mail(("Marc Delvaux", "marc.delvaux@telenet.example.be"),
          "Mauvaise information DIV - plaque payée deux fois",
          """Bonjour,

Le 3 février j'ai téléphoné au helpdesk de la DIV pour savoir si je pouvais garder ma plaque lors du changement de voiture. La personne m'a affirmé que NON, que comme le nouveau véhicule était un utilitaire il fallait une nouvelle plaque. J'ai donc commandé une nouvelle plaque et payé 30 EUR.

Hier mon garagiste me dit que c'est faux et que j'aurais très bien pu transférer mon ancienne plaque. Il l'a d'ailleurs fait pour un autre client la même semaine. Résultat : j'ai deux plaques, j'ai payé pour rien et j'ai perdu une demi-journée.

Je trouve inadmissible qu'un service officiel donne une information erronée. Je souhaite le remboursement des 30 EUR et que vos agents soient mieux formés.

Ci-joint la photo du récépissé.

Marc Delvaux
0495/88 77 66""",
          date=dt(2026, 2, 19, 18, 5), charset="iso-8859-15", cte="8bit",
          attachments=[att_jpg("IMG_20260219_175502.jpg")], mailer="Apple Mail (2.3774)"))

spec("complaint", "fr", "social_security",
     "Web-form notification (no-reply-webform, citizen in Reply-To and form fields). Long rambling complaint about an 11-month DELAY at the DG Personnes handicapées; the recognition decision is mentioned as accepted. multipart/alternative UTF-8 base64 with an HTML table of form fields.",
     (lambda txt: mail(("Formulaire web / Webformulier", "no-reply-webform@federal.example.be"),
          "Nouveau formulaire de plainte #WF-88213",
          txt, date=dt(2026, 5, 6, 11, 22, off=2), fmt="alt", cte="base64",
          html="<html><body><h3>Formulaire de plainte</h3><table border=1 cellpadding=4>" + "".join(
              "<tr><th align=left>%s</th><td>%s</td></tr>" % (htmlmod.escape(a), htmlmod.escape(b).replace("\n", "<br>")) for a, b in [
                  ("Nom", "Francine Gilson"), ("E-mail", "francine.gilson@mailbox.example.com"), ("Langue", "FR"),
                  ("Service concerné", "SPF Sécurité sociale - DG Personnes handicapées"),
                  ("Message", txt.split("Message :\n", 1)[1])]) + "</table></body></html>",
          reply_to="Francine Gilson <francine.gilson@mailbox.example.com>", env=False,
          extra=[("Received", "from web04.federal.example.be (web04.federal.example.be [10.20.4.14])\n\tby mx2.federal.example.be (Postfix) with ESMTP id 7C1F02A9E1\n\tfor <%s>; Wed, 06 May 2026 11:22:09 +0200" % MBX),
                 ("X-Webform-Id", "complaint-fr-v3")]))(
"""Formulaire de plainte
---------------------
Nom : Francine Gilson
E-mail : francine.gilson@mailbox.example.com
Téléphone : 081/22 33 44
Langue : FR
Service concerné : SPF Sécurité sociale - DG Personnes handicapées

Message :
Bonjour, je vous écris au sujet de ma demande d'allocation de remplacement de revenus et d'allocation d'intégration introduite via ma commune (Namur) en juin de l'année passée. J'ai été convoquée chez votre médecin en octobre, ça s'est bien passé, le médecin était très gentil d'ailleurs. En janvier j'ai reçu la décision médicale de reconnaissance (je suis d'accord avec elle, aucun souci de ce côté-là). Mais depuis : RIEN. Pas de décision sur le montant, pas de paiement. Sur MyHandicap le dossier est "en traitement" depuis 4 mois. J'ai téléphoné au 0800 987 99, on me dit à chaque fois "c'est en cours, patientez". Entre-temps j'ai dû demander une aide au CPAS et mon propriétaire commence à perdre patience. Mon assistante sociale dit que c'est un retard anormal. Je voudrais juste savoir quand je vais recevoir quelque chose et pourquoi c'est aussi long, 11 mois c'est énorme quand on est malade. Merci d'avance.
"""))

spec("complaint", "fr", "police",
     "Complaint about POLICE CONDUCT during a roadside check (insults, tutoiement, refused to give matricule). The fine itself is paid and not contested. text/plain UTF-8 quoted-printable, short, from a phone.",
     mail(("Yasmine El Amrani", "yasmine.elamrani@gsm.example.net"),
          "plainte contre un policier",
          """Bonjour

Samedi soir vers 23h j'ai été arrêtée pour un contrôle sur la chaussée de Mons à Anderlecht. L'agent (grand, crâne rasé, sans badge visible) m'a tutoyée du début à la fin, m'a traitée de "conductrice du dimanche" et a jeté mes papiers sur le siège passager. Quand j'ai demandé son numéro de matricule il a rigolé et est parti.

L'amende pour le phare cassé je l'ai payée lundi, ça c'est normal. Mais on ne parle pas aux gens comme ça.

Yasmine El Amrani

Envoyé de mon iPhone""",
          date=dt(2026, 9, 22, 7, 48, off=2), cte="quoted-printable"))

spec("complaint", "fr", "other",
     "Complaint about being transferred between services (SPF Économie contact center), nobody takes ownership; category other (not one of the named domains). text/plain us-ascii 7bit (no accents typed), CRLF line endings.",
     mail(("Didier Collignon", "d.collignon@proximus.example.be"),
          "renvoye de service en service depuis 3 semaines",
          """Bonjour,

Je signale un probleme concernant le Contact Center du SPF Economie.

Le 4 aout j'ai signale en ligne (pointdecontact) une arnaque d'un faux vendeur de panneaux solaires. Depuis on m'a renvoye vers : le SPF Economie -> la police -> le SPF Economie -> l'Inspection economique -> "le service juridique" qui m'a redonne le numero du Contact Center. Cinq appels, cinq personnes, personne ne sait qui s'occupe de mon dossier et personne ne rappelle comme promis.

Je ne demande meme pas un resultat, juste qu'UNE personne soit responsable de mon signalement et me dise ou il en est.

Salutations,
D. Collignon
Liege""",
          date=dt(2026, 8, 25, 10, 10, off=2), charset="us-ascii", cte="7bit", crlf=True))

# ---- NL
spec("complaint", "nl", "taxes",
     "Complaint: FOD Financiën phone line unreachable for a payment plan. MENTIONS the aanslagbiljet and explicitly does NOT contest the amount ('Ik betwist het bedrag niet'). text/plain windows-1252 quoted-printable, RFC 2047 Q subject windows-1252.",
     mail(("Bart Verstraeten", "bart.verstraeten@telenet.example.be"),
          "Onbereikbaar – afbetalingsplan aanslagbiljet",
          """Geachte,

Ik heb op 9 oktober mijn aanslagbiljet personenbelasting ontvangen: 3.412,56 euro te betalen. Ik betwist het bedrag niet, de berekening klopt, ik heb vorig jaar gewoon te weinig voorafbetalingen gedaan.

Wat ik wél wil, is een afbetalingsplan. Op de website staat dat ik daarvoor het Ontvangkantoor moet bellen. Ik heb dat nu zeven keer geprobeerd, op verschillende uren: ofwel "alle medewerkers zijn in gesprek", ofwel na 45 minuten wachten wordt de lijn verbroken. Mijn e-mail van 14 oktober via het contactformulier is onbeantwoord gebleven.

De vervaldag komt dichterbij en ik wil geen nalatigheidsintresten betalen omdat jullie niet bereikbaar zijn. Dit is toch geen dienstverlening?

Met vriendelijke groet,
Bart Verstraeten
Kapellestraat 27
9200 Dendermonde""",
          date=dt(2026, 10, 28, 12, 37), charset="windows-1252", cte="quoted-printable",
          subj_charset="windows-1252", subj_enc="q"))

spec("complaint", "nl", "pensions",
     "Complaint: Federale Pensioendienst keeps sending letters to the OLD address despite address change; one payment late. multipart/alternative UTF-8 base64 (both parts), Outlook-style HTML.",
     (lambda t: mail(("Godelieve Peeters", "godelieve.peeters@hotmail.example.com"),
          "Brieven naar verkeerd adres + pensioen te laat",
          t, date=dt(2026, 4, 8, 15, 3, off=2), fmt="alt", cte="base64",
          html=html_of(t, lang="nl"), mailer="Microsoft Outlook 16.0"))(
"""Goedemiddag,

Ik ben in december verhuisd van Mechelen naar Lier en heb dat netjes bij de gemeente laten registreren. In het rijksregister staat mijn nieuw adres al sinds 5 januari.

Toch blijft de Federale Pensioendienst mijn brieven naar Mechelen sturen. De nieuwe bewoners hebben mij al drie enveloppen van jullie gebracht (gelukkig zijn het vriendelijke mensen). En mijn pensioen van maart is pas op 17 maart gestort in plaats van op de normale datum, zonder enige uitleg.

Ik heb twee keer gebeld naar 1765. De eerste keer zei men dat het aangepast zou worden, de tweede keer wist men van niets.

Kan iemand dit nu eindelijk in orde brengen? Ik ben 81 jaar en dit geeft mij veel stress.

Met vriendelijke groeten,
Godelieve Peeters
Lier"""))

spec("complaint", "nl", "unemployment",
     "ANGRY complaint with legal-sounding words (ingebrekestelling, advocaat, schadevergoeding, 'onbehoorlijk bestuur'): the HVW LOST the file three times; no decision contested. text/plain ISO-8859-1 8bit.",
     mail(("Kevin De Smet", "kevin.desmet@skynet.example.be"),
          "INGEBREKESTELLING - dossier 3x kwijt bij HVW",
          """Aan de verantwoordelijke,

Dit is nu de DERDE keer dat de Hulpkas (HVW) kantoor Gent mijn dossier "niet terugvindt". Ik ben sinds 1 augustus werkloos, heb mijn C4 en alle formulieren op 3 augustus aan het loket afgegeven (ontvangstbewijs heb ik), opnieuw op 2 september via e-mail, en opnieuw op 30 september aangetekend. Elke keer hetzelfde verhaal: "wij hebben niets ontvangen".

Ik heb nu al drie maanden geen uitkering. Mijn huur, mijn lening, alles loopt achter.

Beschouw dit schrijven als een formele ingebrekestelling. Dit is onbehoorlijk bestuur van de ergste soort. Ik heb contact opgenomen met een advocaat en zal een schadevergoeding vorderen voor alle kosten en intresten die ik door jullie nalatigheid moet betalen.

Ik verwacht binnen de 8 dagen een schriftelijke bevestiging dat mijn dossier volledig is en in behandeling.

Kevin De Smet
Brugsesteenweg 201
9000 Gent""",
          date=dt(2026, 11, 3, 22, 51), charset="iso-8859-1", cte="8bit"))

spec("complaint", "nl", "mobility",
     "Complaint: DIV web application for a personalised number plate took payment and then showed an error; nothing received, no answer. HTML-only UTF-8 quoted-printable with a tracking pixel.",
     mail(("Ilse Wouters", "ilse.wouters@mail.example.org"),
          "Gepersonaliseerde nummerplaat betaald, niets ontvangen",
          date=dt(2026, 7, 14, 9, 12, off=2), fmt="html", cte="quoted-printable",
          html=html_of("""Beste,

Op 20 juni heb ik via de website van de FOD Mobiliteit en Vervoer een gepersonaliseerde nummerplaat aangevraagd (1-ILS-79). De betaling van 1.000 euro is op 21 juni van mijn rekening gegaan (BE71 0961 2345 6769, referentie 0620/4471/33). Daarna kreeg ik een rood scherm: "Uw sessie is verlopen".

Sindsdien: geen bevestiging, geen nummerplaat, niets in mijn account. Ik heb drie mails gestuurd naar de helpdesk en één keer gebeld, ik krijg alleen automatische antwoorden.

1.000 euro is geen klein bedrag. Ik wil weten waar mijn aanvraag zit of mijn geld terug.

Met vriendelijke groeten,
Ilse Wouters""", lang="nl", pixel="https://t.mail.example.org/o/8c1f2e.gif")))

spec("complaint", "nl", "police",
     "Complaint about POLICE CONDUCT (federal police at the airport border check: humiliating search, officer refused to give name). multipart/alternative UTF-8 quoted-printable; RFC 2047 B-encoded display name.",
     (lambda t: mail(("Anaïs Claes", "anais.claes@gmail.example.com"),
          "Klacht over optreden federale politie luchthaven Zaventem",
          t, date=dt(2026, 8, 4, 19, 26, off=2), fmt="alt", cte="quoted-printable",
          html=html_of(t, lang="nl", style=False), subj_enc="b"))(
"""Geachte heer, mevrouw,

Op zondag 2 augustus kwam ik om 6u15 aan op Brussels Airport met een vlucht uit Casablanca. Bij de grenscontrole werd ik samen met mijn dochter van 9 apart genomen door twee agenten van de federale politie.

Ik begrijp dat controles nodig zijn. Maar de manier waarop was vernederend: mijn koffer werd midden in de gang leeggemaakt, mijn ondergoed werd omhoog gehouden terwijl een van de agenten lachte, en toen ik vroeg waarom, zei hij "omdat ik dat zeg". Mijn dochter was in tranen. Toen ik zijn naam of nummer vroeg, weigerde hij en zei dat ik "blij mocht zijn dat ik mocht doorlopen".

Ik ben Belgische, geboren in Antwerpen. Ik wil dat dit onderzocht wordt.

Anaïs Claes
Antwerpen"""))

spec("complaint", "nl", "foreign_affairs",
     "Complaint: embassy gave WRONG/INCONSISTENT information about documents for an emergency travel document, citizen sent back three times. MENTIONS a refusal ('de weigering begrijp ik') without contesting it. text/plain UTF-8 quoted-printable, format=flowed, with typos.",
     mail(("Pieter Jacobs", "pieter.jacobs@proton.example.net"),
          "ambassade Bangkok - 3 keer teruggestuurd",
          """Hallo,

mijn paspoort is gestolen in Chiang Mai (aangifte bij de Thaise politie gedaan). Ik ben naar de Belgische ambassade in Bangkok gegaan voor een noodreisdocument.

Dag 1: men zegt dat ik een kopie van mijn identiteitskaart nodig heb + pasfoto. Dag 2 kom ik terug met alles: nu moet het politierapport "vertaald" zijn. Dag 3 met vertaling: nu blijkt dat een noodpaspoort toch niet kan omdat mijn vlucht pas over 3 weken is en ik een gewoon paspoort moet aanvragen. Die weigering begrijp ik nog, de regels zijn de regels. Maar waarom zegt niemand dat op dag 1?? Drie keer 2 uur met de taxi door Bangkok, en aan het loket telkens iemand anders die iets anders zegt.

Graag een duidelijke lijst op jullie website en mensen die allemaal hetzelfde zeggen.

groeten
Pieter""",
          date=dt(2026, 1, 23, 4, 40, off=7), cte="quoted-printable", flowed=True))

spec("complaint", "nl", "social_security",
     "Forward by a commune (OCMW social service) carrying the citizen's complaint as message/rfc822: 7-month DELAY for a parking card for disabled persons; the 9-point recognition is explicitly accepted. Outer text/plain + message/rfc822 (inner ISO-8859-1 QP). CRLF line endings.",
     (lambda inner: mail(("Sociale Dienst Gemeente Heist-op-den-Berg", "sociale.dienst@heist.example.be"),
          "Doorgestuurd: klacht parkeerkaart mevr. Hermans",
          """Goedemorgen,

Mevrouw Hermans heeft onderstaande klacht per vergissing naar onze gemeentelijke sociale dienst gestuurd. Omdat het over de FOD Sociale Zekerheid gaat, sturen wij die door naar uw klachtendienst. Mevrouw is hiervan op de hoogte.

Met vriendelijke groeten,

Sofie Mertens
Maatschappelijk werker – Sociale Dienst
Gemeente Heist-op-den-Berg""",
          date=dt(2026, 2, 10, 8, 55), attachments=[att_rfc822(inner)], crlf=True, cte="8bit"))(
     serialize_headers([("From", "Maria Hermans <maria.hermans@skynet.example.be>"),
                        ("To", "sociale.dienst@heist.example.be"),
                        ("Subject", "parkeerkaart"),
                        ("Date", "Mon, 09 Feb 2026 17:12:44 +0100"),
                        ("Message-ID", "<20260209171244.5521@skynet.example.be>"),
                        ("MIME-Version", "1.0"),
                        ("Content-Type", 'text/plain; charset="iso-8859-1"'),
                        ("Content-Transfer-Encoding", "quoted-printable")]) + b"\n" +
     quopri.encodestring("""Beste,

In juli vorig jaar heb ik een parkeerkaart voor personen met een handicap aangevraagd bij de FOD Sociale Zekerheid. De erkenning (9 punten) kreeg ik in september, daar ben ik tevreden mee.

Maar de kaart zelf heb ik nog altijd niet. Zeven maanden later! Ik kan niet ver stappen en moet nu elke keer met de taxi naar het ziekenhuis voor mijn dialyse. Op het nummer 0800 987 99 zegt men dat de kaart "verstuurd is", maar hier is niets toegekomen.

Wat moet ik nog doen?

Maria Hermans
Heist-op-den-Berg
""".encode("iso-8859-1"))))

spec("complaint", "nl", "other",
     "Mixed NL/FR complaint, dominant language NL: a federal letter (energy cheque, FOD Economie) sent ONLY in French to a Flemish resident; language-law grievance, no decision contested. The French passage is a quotation. text/plain ISO-8859-1 quoted-printable.",
     mail(("Luc Van Acker", "luc.vanacker@telenet.example.be"),
          "Brief enkel in het Frans ontvangen / lettre uniquement en français",
          """Geachte,

Ik woon in Zwevegem (Vlaanderen) en heb vorige week een brief van de FOD Economie ontvangen over de energiecheque, volledig in het Frans: "Madame, Monsieur, nous avons le plaisir de vous informer que votre chèque énergie..." en zo verder, twee bladzijden.

Ik spreek wel wat Frans, maar het gaat om het principe. Volgens de taalwetgeving moet een federale dienst mij in het Nederlands aanschrijven. Mijn buurman, die geen Frans spreekt, kreeg dezelfde brief en heeft hem in de vuilbak gegooid omdat hij dacht dat het reclame was.

Ik vraag dat jullie dit rechtzetten en de brief opnieuw in het Nederlands versturen, ook naar de andere mensen die hem in de verkeerde taal kregen.

Met vriendelijke groet,
Luc Van Acker

(Pour information : je me plains de la langue de la lettre, pas de son contenu.)""",
          date=dt(2026, 3, 2, 20, 17), charset="iso-8859-1", cte="quoted-printable"))

# ---- DE
spec("complaint", "de", "unemployment",
     "German 'Beschwerde' used for a SERVICE complaint (HfA Eupen: payment delay, no callback), not a tax appeal. text/plain ISO-8859-15 quoted-printable, RFC 2047 Q subject ISO-8859-15.",
     mail(("Günter Hilgers", "g.hilgers@eifelnet.example.be"),
          "Beschwerde über die HfA Eupen - keine Zahlung, kein Rückruf",
          """Sehr geehrte Damen und Herren,

hiermit möchte ich Beschwerde über die Hilfskasse für die Zahlung der Arbeitslosenunterstützung (HfA), Büro Eupen, einreichen.

Seit meiner Entlassung am 30. September habe ich alle Unterlagen (C4, Antragsformular C1, Kontonummer) am 2. Oktober persönlich abgegeben. Mir wurde gesagt, die erste Zahlung komme "Anfang November". Heute ist der 19. November, es kam nichts.

Ich habe viermal angerufen. Jedes Mal hieß es, man würde mich zurückrufen. Niemand hat zurückgerufen. Ich habe eine Familie mit zwei Kindern, und die Bank hat schon angerufen wegen des Kredits.

Ich bitte Sie dringend, sich darum zu kümmern.

Mit freundlichen Grüßen
Günter Hilgers
Hauptstraße 45
4780 St. Vith""",
          date=dt(2026, 11, 19, 10, 2), charset="iso-8859-15", cte="quoted-printable",
          subj_charset="iso-8859-15", subj_enc="q"))

spec("complaint", "de", "taxes",
     "Complaint: WRONG INFORMATION on the website (opening hours of the Eupen tax office), wasted trip from Büllingen. multipart/alternative UTF-8 8bit.",
     (lambda t: mail(("Monika Schröder", "monika.schroeder@web.example.net"),
          "Finanzamt Eupen geschlossen trotz Öffnungszeiten auf der Webseite",
          t, date=dt(2026, 5, 21, 16, 40, off=2), fmt="alt", cte="8bit",
          html=html_of(t, lang="de")))(
"""Guten Tag,

auf Ihrer Internetseite steht, dass das Büro des FÖD Finanzen in Eupen donnerstags von 9 bis 12 Uhr ohne Termin geöffnet ist. Ich bin heute extra aus Büllingen angereist (fast eine Stunde Fahrt) und habe mir dafür Urlaub genommen, um Fragen zu meiner Steuererklärung zu stellen.

Vor Ort: Tür zu, ein Zettel „Nur mit Termin“. Keine Information online, kein Hinweis am Telefon. Ein Herr, der ebenfalls umsonst gekommen war, sagte mir, das sei schon seit Wochen so.

Bitte aktualisieren Sie Ihre Webseite. Das ist ärgerlich und kostet die Bürger Zeit und Geld.

Freundliche Grüße
Monika Schröder
Büllingen"""))

spec("complaint", "de", "pensions",
     "ANGRY complaint with legal words (Sprachengesetzgebung, rechtliche Schritte, Ombudsmann) about receiving pension correspondence only in French; the pension amount is not contested. text/plain UTF-8 8bit, raw (unencoded) 8-bit UTF-8 Subject header.",
     mail(("Rudolf Kessler", "r.kessler@kelmis.example.be"),
          "Wiederholter Verstoß gegen die Sprachengesetzgebung – Föderaler Pensionsdienst",
          """Sehr geehrte Damen und Herren,

ich wohne in Kelmis, also im deutschen Sprachgebiet. Ich habe meinen Pensionsantrag auf Deutsch gestellt. Trotzdem erhalte ich seit acht Monaten ALLE Schreiben des Föderalen Pensionsdienstes ausschließlich auf Französisch, zuletzt die Mitteilung vom 3. März über meine Pensionsberechnung.

Um es klar zu sagen: Die Berechnung selbst ist in Ordnung, ich habe sie mit Hilfe meiner Tochter übersetzt und nachgerechnet. Es geht mir nicht um den Betrag.

Es geht darum, dass dies ein eindeutiger Verstoß gegen die Gesetze über den Sprachengebrauch in Verwaltungsangelegenheiten ist. Ich habe dies bereits zweimal telefonisch gemeldet, ohne jede Wirkung. Ich behalte mir ausdrücklich rechtliche Schritte vor und werde den föderalen Ombudsmann einschalten, falls ich nicht umgehend Schreiben in meiner Sprache erhalte.

Hochachtungsvoll
Rudolf Kessler""",
          date=dt(2026, 3, 26, 11, 11), raw_subject=True))

spec("complaint", "de", "police",
     "Complaint about POLICE CONDUCT (officer mocked the caller's German, refused to take an accident report in German). HTML-only ISO-8859-1 quoted-printable, no <style>.",
     mail(("Sandra Lambertz", "sandra.lambertz@eifelnet.example.be"),
          "Unfreundliches Verhalten eines Polizeibeamten",
          date=dt(2026, 10, 6, 14, 28, off=2), fmt="html", charset="iso-8859-1", cte="quoted-printable",
          html="""<html><body>
<p>Sehr geehrte Damen und Herren,</p>
<p>am Samstag, dem 3. Oktober, hatte ich einen kleinen Auffahrunfall auf der N62 bei Malmedy. Der Beamte der Polizei, der vor Ort kam, hat sich geweigert, das Protokoll auf Deutsch aufzunehmen, und hat vor dem anderen Fahrer über meinen Akzent gelacht (« on n'est pas en Allemagne ici, madame »).</p>
<p>Als ich nach seinem Namen fragte, sagte er nur, ich solle »mich beschweren, wo ich will«. Das tue ich hiermit.</p>
<p>Ich erwarte, dass man mit Bürgern respektvoll umgeht, in allen drei Landessprachen.</p>
<p>Mit freundlichen Grüßen<br>Sandra Lambertz<br>Amel</p>
</body></html>
"""))

spec("complaint", "de", "mobility",
     "Complaint: vehicle registration certificate never arrived, DIV and bpost blame each other, cannot drive the new car. text/plain UTF-8 BASE64, CRLF line endings.",
     mail(("Thomas Cremer", "thomas.cremer@mailbox.example.com"),
          "Zulassungsbescheinigung seit 5 Wochen nicht angekommen",
          """Hallo,

ich habe am 2. Juli ein neues Auto gekauft, der Händler hat die Zulassung am selben Tag beantragt. Das Nummernschild kam nach drei Tagen, die Zulassungsbescheinigung (Teil 1 und 2) bis heute nicht.

Die DIV sagt am Telefon, das Dokument sei am 4. Juli per Post verschickt worden. Die Post sagt, sie habe nichts. Jeder schiebt es auf den anderen. Ohne die Bescheinigung darf ich nicht fahren und die Versicherung läuft schon.

Ich möchte einfach, dass jemand Verantwortung übernimmt und mir ein Duplikat schickt, OHNE dass ich dafür nochmal zahlen muss.

Thomas Cremer
Raeren""",
          date=dt(2026, 8, 9, 12, 0, off=2), cte="base64", crlf=True))

spec("complaint", "de", "social_security",
     "Complaint about an unreachable service and an incomprehensible letter (invalidity, LIKIV/INAMI via Krankenkasse); MENTIONS the decision and says it is accepted ('Den Bescheid akzeptiere ich'). multipart/alternative windows-1252 quoted-printable.",
     (lambda t: mail(("Josef Thelen", "josef.thelen@t-online.example.net"),
          "Schreiben unverständlich, niemand erreichbar",
          t, date=dt(2026, 4, 27, 9, 15, off=2), fmt="alt", charset="windows-1252", cte="quoted-printable",
          html=html_of(t, lang="de")))(
"""Sehr geehrte Damen und Herren,

ich habe im April ein Schreiben bekommen, dass meine Invalidität ab dem 1. Mai anerkannt wird und meine Entschädigung neu berechnet wird. Den Bescheid akzeptiere ich, das ist nicht das Problem.

Das Problem ist, dass in dem Schreiben zwei verschiedene Beträge stehen (einmal „Tagessatz 62,14 €“, einmal „67,80 €“) und niemand mir erklären kann, welcher gilt. Die Krankenkasse schickt mich zum LIKIV, beim LIKIV nimmt niemand ab, und die angegebene E-Mail-Adresse schickt eine Fehlermeldung zurück.

Ich finde, eine Behörde sollte Schreiben verschicken, die man verstehen kann, und erreichbar sein, wenn man Fragen hat.

Mit freundlichen Grüßen
Josef Thelen
Lontzen"""))

spec("complaint", "de", "foreign_affairs",
     "Complaint: embassy's online appointment system broken, no passport appointment for 3 months. text/plain UTF-8 quoted-printable, short, informal.",
     mail(("Lena Hansen", "lena.hansen@posteo.example.net"),
          "Terminbuchung Botschaft Berlin funktioniert nicht",
          """Guten Tag,

ich lebe in Berlin und brauche einen neuen belgischen Reisepass. Seit August versuche ich, über das Online-System der Botschaft einen Termin zu buchen. Es werden entweder keine freien Termine angezeigt, oder beim Bestätigen kommt „Fehler 500“.

Per E-Mail bekomme ich die Antwort, ich solle das Online-System benutzen. Sehr hilfreich...

Bitte beheben Sie das. Ich fliege im Januar zu einer Hochzeit nach Kanada und mein Pass läuft im Dezember ab.

Gruß
Lena Hansen""",
          date=dt(2026, 10, 30, 22, 4), cte="quoted-printable"))

# ---- EN
spec("complaint", "en", "taxes",
     "Complaint from a non-resident taxpayer: cannot log in to MyMinfin from abroad and helpdesk unreachable; no decision involved. multipart/alternative UTF-8 7bit/QP with Gmail-style HTML.",
     (lambda t: mail(("Oliver Bennett", "oliver.bennett@gmail.example.com"),
          "Non-resident tax return - unable to log in, no help available",
          t, date=dt(2026, 9, 15, 18, 30, off=1), fmt="alt", cte="quoted-printable",
          html='<div dir="ltr">' + html_of(t, style=False, lang="en") + "</div>"))(
"""Hello,

I worked in Brussels until last year and now live in Dublin. I have to file a Belgian non-resident tax return, but I cannot log in to MyMinfin: itsme does not work with my Irish phone number and the eID card reader option keeps giving "certificate not valid" even though my card is valid until 2029.

I have tried calling the number on the website from Ireland six times. It either rings out or plays a message in French and Dutch only and then disconnects. Two e-mails sent via the contact form in August have had no reply.

The paper form is apparently not available anymore. So how exactly am I supposed to comply? I'd like someone to actually help me instead of sending me around in circles.

Regards,
Oliver Bennett"""))

spec("complaint", "en", "foreign_affairs",
     "ANGRY complaint with legal words (negligence, liable, formal notice, lawyer): legalisation service LOST original documents. No decision contested, dominant intent is the lost file. text/plain UTF-8 7bit, with a quoted earlier reply from the service.",
     mail(("Chinedu Okafor", "c.okafor@mailhub.example.org"),
          "FORMAL NOTICE - original documents lost by your legalisation service",
          """To whom it may concern,

This is a formal notice. On 12 May I submitted, in person, the ORIGINAL birth certificate and the ORIGINAL marriage certificate of my wife to the legalisation desk of the FPS Foreign Affairs in Brussels, together with the fee. I have the receipt (ref LEG-26-04471).

After six weeks of silence I received the e-mail quoted below. Your service has lost original civil status documents that were issued in Lagos and are practically impossible to replace without travelling there.

This is gross negligence. I hold the FPS Foreign Affairs fully liable for all costs (travel, new documents, delays in my wife's residence procedure). My lawyer has been informed and I reserve all my rights.

I expect a written explanation and a proposal within 15 days.

Chinedu Okafor
Rue Gray 88, 1040 Etterbeek

> From: legalisation@diplomatie.example.be
> Date: 24 June 2026
> Subject: RE: LEG-26-04471
>
> Dear Sir, we regret to inform you that we are currently unable to locate
> the documents you submitted. Our services are carrying out further searches.
> Kind regards, Legalisation Service""",
          date=dt(2026, 6, 25, 8, 14, off=2), cte="7bit", charset="us-ascii"))

spec("complaint", "en", "unemployment",
     "Complaint about RUDENESS at the counter (refused any English, mocked the citizen); MENTIONS the decision that he is not yet entitled and says he accepts it. HTML-only UTF-8 base64 with <style> and a hidden <script>.",
     mail(("Marek Nowak", "marek.nowak@post.example.net"),
          "Rude treatment at ONEM/RVA office Brussels",
          date=dt(2026, 2, 3, 11, 7), fmt="html", cte="base64",
          html="""<!DOCTYPE html><html><head><style>.sig{color:#888;font-size:9pt}</style>
<script>document.write('')</script></head><body>
<p>Good morning,</p>
<p>I went to the ONEM/RVA office in Brussels on 2 February to ask about my application for unemployment benefits. I received a letter that I am not yet entitled because I do not have enough working days in Belgium. OK, I understand that and I accept it, I will work more and apply again later.</p>
<p>But the lady at the counter was very rude. I asked if she could explain in English, because my French is basic. She said loudly "ici on parle français ou néerlandais, pas anglais", rolled her eyes and called the next person while I was still standing there. People in the queue were laughing.</p>
<p>I am an EU citizen, I pay taxes here. I don't expect everything in English but I expect to be treated with respect.</p>
<p>Thank you,</p>
<p class="sig">Marek Nowak<br>Schaerbeek</p>
</body></html>
"""))

spec("complaint", "en", "pensions",
     "Long complaint about a 6-month DELAY for a survivor's pension, repeated requests for the same documents. multipart/mixed: multipart/alternative (UTF-8 QP) + PDF attachment with a space in the filename.",
     (lambda t: mail(("Helen Carter-Dubois", "helen.carterdubois@btmail.example.com"),
          "Survivor's pension - 6 months, same documents asked for 3 times",
          t, date=dt(2026, 7, 2, 14, 55, off=2), fmt="alt", cte="quoted-printable",
          html=html_of(t, lang="en"), attachments=[att_pdf("death certificate R Dubois.pdf")],
          mailer="Microsoft Outlook 16.0"))(
"""Dear Sir or Madam,

My husband, Robert Dubois, passed away on 4 January this year. He was receiving a Belgian retirement pension. I applied for a survivor's pension in January, with the help of the social worker at the hospital.

Since then:
- in February you asked me for a copy of the death certificate. I sent it.
- in March you asked me for the marriage certificate and the death certificate. I sent both again.
- in May you wrote that my file was "incomplete" because the death certificate was missing.

I have now sent that certificate three times, and I attach it again to this e-mail. I have called 1765 many times; each time I am told the file is "with the service" and someone will call me back. Nobody has.

I am 74 years old and English is my first language. I have been living on my own small UK pension and savings for six months. I find it very hard to believe that a document can be lost three times.

Please could somebody take responsibility for my file and tell me when I can expect a decision.

Yours faithfully,
Helen Carter-Dubois
Avenue des Lilas 6
1410 Waterloo"""))

spec("complaint", "en", "mobility",
     "Complaint: registration appointment for an imported car cancelled twice without notice; staff unhelpful. text/plain UTF-8 8bit with an inline quoted cancellation SMS; typos.",
     mail(("James O'Connor", "james.oconnor@outlook.example.com"),
          "Appointment cancelled twice without any notice - car import",
          """Hi,

I imported my car from the Netherlands and need to register it in Belgium. I booked an appointment at the vehicle registration (DIV) office for the technical papers.

First appointment 10 March: when I arrived, security told me "the service is closed today, strike". No email, no sms, nothing.
Second appointment 24 March: I got this SMS 20 minutes before:

  "Uw afspraak is geannuleerd. Votre rendez-vous est annulé."

No reason, no new date. I took a day off work both times. Meanwhile I'm driving on temporary Dutch export plates which expire next week and i can get fined for that.

Can someone please give me a proper appointment and maybe inform people when you cancel?

James""",
          date=dt(2026, 3, 25, 7, 59), mailer="Outlook-iOS/2.0"))

spec("complaint", "en", "social_security",
     "Short complaint with typos: social security office (A1 certificate) never answered for four months. text/plain us-ascii 7bit, no signature block.",
     mail(("Ana Ferreira", "ana.ferreira@mail.example.test"),
          "no answer 4 months for A1 certificate",
          """hello

I asked the social security (NSSO / RSZ) for a A1 certificate in july because i work for a belgian company but from home in Portugal part of the week. My employer says they sent everything. 4 months, no answer to 3 emails, phone just says to use the website. The portuguese social security now wants me to pay contributions there because i dont have the A1.

this is really not ok, somebody must answer at some point

Ana Ferreira""",
          date=dt(2026, 11, 12, 23, 41, off=0), charset="us-ascii", cte="7bit"))

spec("complaint", "en", "other",
     "Accessibility complaint: federal portal unusable with a screen reader (image CAPTCHA, unlabelled buttons); category other. multipart/alternative UTF-8 base64 (text) + quoted-printable (html).",
     (lambda t: mail(("David Leclercq-Smith", "david.ls@accessmail.example.org"),
          "Website not accessible for blind users",
          t, date=dt(2026, 1, 14, 10, 0), fmt="alt", cte="base64", html_cte="quoted-printable",
          html=html_of(t, lang="en")))(
"""Dear team,

I am blind and use a screen reader (NVDA). Since the redesign of the federal portal in December, I can no longer complete any online procedure on my own:

1. the new login page has an image CAPTCHA with no audio alternative;
2. on the contact form, all buttons are read as "button, button, button" because they have no labels;
3. the PDF forms are scanned images, so they cannot be read at all.

Before December I could do my things independently. Now I have to ask my neighbour to fill in my personal data, which I find humiliating and also a privacy problem.

Public websites must be accessible (WCAG 2.1 AA, European directive 2016/2102). I hope this will be fixed quickly.

Best regards,
David Leclercq-Smith"""))

# ================================================================ APPEALS (20)

# ---- FR
spec("appeal", "fr", "taxes",
     "Formal tax APPEAL: 'réclamation' against the avertissement-extrait de rôle (deduction for childcare not applied), asks for the assessment to be corrected. multipart/mixed: text/plain ISO-8859-1 QP + two PDF attachments.",
     mail(("Catherine Renard", "catherine.renard@skynet.example.be"),
          "Réclamation contre l'avertissement-extrait de rôle - exercice d'imposition 2026",
          """Madame, Monsieur,

Objet : réclamation contre l'avertissement-extrait de rôle n° 7.046.512.884 (exercice d'imposition 2026, revenus 2025)
Contribuables : Catherine Renard et Olivier Massart, NN 84.07.12-214.63

Par la présente, j'introduis une réclamation, conformément à l'article 366 du CIR 92, contre l'imposition susmentionnée, reçue le 18 septembre 2026.

Motif : les frais de garde d'enfants (crèche « Les Petits Loups », 2.904,00 EUR pour notre fils Noah) ont été déclarés au code 1384 mais n'ont pas été pris en compte dans le calcul, sans aucune explication ni avis de rectification préalable.

Je vous demande de bien vouloir accorder la réduction d'impôt correspondante et de procéder au dégrèvement du montant indûment enrôlé.

Vous trouverez en annexe l'attestation de la crèche (modèle fiscal 281.86) ainsi qu'une copie de l'avertissement-extrait de rôle.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Renard
Rue du Moulin 9
5100 Jambes""",
          date=dt(2026, 10, 14, 20, 3, off=2), charset="iso-8859-1", cte="quoted-printable",
          attachments=[att_pdf("attestation_281-86.pdf"), att_pdf("AER_2026.pdf")]))

spec("appeal", "fr", "pensions",
     "POLITE appeal WITHOUT legal keywords: 'je conteste le montant' of the pension, years of military service missing; asks to revise the calculation. text/plain UTF-8 8bit.",
     mail(("André Pirard", "andre.pirard@voo.example.be"),
          "Calcul de ma pension - années manquantes",
          """Bonjour,

J'ai bien reçu la notification de ma pension de retraite datée du 2 mars, merci.

Je conteste cependant le montant : en lisant le détail de la carrière, je constate que les années 1979 et 1980 (service militaire, 12 mois à la caserne de Marche-en-Famenne) ne figurent pas, et que l'année 1986 n'est comptée que pour un tiers alors que j'ai travaillé toute l'année chez Cockerill (j'ai retrouvé mes fiches de paie).

D'après mes calculs, cela représente environ 60 EUR par mois en moins.

Pourriez-vous revoir le calcul en tenant compte de ces périodes ? Je peux vous envoyer mon livret militaire et les fiches de paie si nécessaire.

D'avance merci,

André Pirard
Seraing""",
          date=dt(2026, 3, 9, 10, 44)))

spec("appeal", "fr", "unemployment",
     "Angry APPEAL with keyword 'recours' against an ONEM exclusion decision (considered voluntarily unemployed); dominant intent is to get the decision annulled, even though he also complains. multipart/alternative UTF-8 QP/base64.",
     (lambda t: mail(("Sébastien Lambotte", "seb.lambotte@mailbox.example.com"),
          "RECOURS décision ONEM du 12/05 - exclusion injuste",
          t, date=dt(2026, 5, 19, 23, 58, off=2), fmt="alt", cte="quoted-printable", html_cte="base64",
          html=html_of(t)))(
"""Madame, Monsieur,

J'ai reçu le 14 mai une décision de l'ONEM m'excluant du droit aux allocations pendant 13 semaines pour « chômage volontaire », parce que j'aurais quitté mon emploi chez Transports Delhaize SRL.

C'est FAUX. Je n'ai pas démissionné : c'est l'employeur qui a mis fin à mon contrat pendant la période d'essai, le C4 le dit noir sur blanc (motif : « fin de contrat à l'initiative de l'employeur »). Visiblement personne n'a lu mon dossier.

J'introduis donc un recours contre cette décision et je demande qu'elle soit annulée et que mes allocations soient payées depuis le 1er avril.

Je joindrai tout document que vous voudrez. Je suis sans revenu depuis deux mois.

Sébastien Lambotte
NN 91.11.04-357.22
Rue de Bruxelles 51, 1400 Nivelles"""))

spec("appeal", "fr", "mobility",
     "POLITE appeal WITHOUT legal keywords: asks the DIV to reconsider the refusal to register a vehicle, now that the missing certificate of conformity is available. HTML-only ISO-8859-1 base64.",
     mail(("Véronique Bastin", "veronique.bastin@belgacom.example.be"),
          "Refus d'immatriculation - demande de réexamen",
          date=dt(2026, 4, 15, 9, 2, off=2), fmt="html", charset="iso-8859-1", cte="base64",
          html="""<html><body style="font-family:Tahoma">
<p>Madame, Monsieur,</p>
<p>Le 7 avril, la DIV a refusé l'immatriculation de mon camping-car (Fiat Ducato, châssis ZFA25000002K99411) au motif que le certificat de conformité européen manquait.</p>
<p>Le constructeur m'a entre-temps fait parvenir ce certificat (je peux l'envoyer en PDF). Le refus n'a donc plus de raison d'être.</p>
<p>Serait-il possible de revoir cette décision et d'accepter l'immatriculation sur base de mon dossier initial, sans devoir tout recommencer et repayer les frais ? Mes vacances commencent le 1er mai...</p>
<p>Avec mes remerciements anticipés,<br>Véronique Bastin<br>Gembloux</p>
</body></html>
"""))

spec("appeal", "fr", "social_security",
     "POLITE appeal WITHOUT legal keywords: disagrees with the 6-point assessment (DG Personnes handicapées) and asks for a new medical examination / revision. text/plain windows-1252 8bit, CRLF.",
     mail(("Martine Dewez", "martine.dewez@scarlet.example.be"),
          "évaluation de mon handicap - je ne suis pas d'accord",
          """Bonjour,

J'ai reçu votre lettre du 2 juillet m'informant que mon autonomie est évaluée à 6 points, ce qui ne me donne pas droit à l'allocation d'intégration.

Je ne suis pas d'accord avec cette évaluation. Le médecin ne m'a vue que dix minutes et n'a pas tenu compte de mon rapport de neurologie (sclérose en plaques, poussées régulières). Je ne peux plus cuisiner seule ni faire mes courses, ma fille vient tous les jours.

Je vous demande de réexaminer mon dossier et de revoir ces points, éventuellement avec un nouvel examen par un autre médecin. Je joins volontiers le rapport du Dr Hennaux.

Merci de votre compréhension.
Martine Dewez
Mons""",
          date=dt(2026, 7, 10, 15, 20, off=2), charset="windows-1252", cte="8bit", crlf=True))

# ---- NL
spec("appeal", "nl", "taxes",
     "Formal tax APPEAL with keyword 'bezwaarschrift' (art. 366 WIB 92): professional expenses not accepted; asks ontheffing. multipart/mixed: text/plain UTF-8 QP + PDF attachment.",
     mail(("Jan Goossens", "jan.goossens@advocaat-goossens.example.be"),
          "Bezwaarschrift aanslagjaar 2026 - artikelnummer 701.223.9984",
          """Aan de Gewestelijke Directeur van de AAFisc,

Betreft: bezwaarschrift tegen de aanslag in de personenbelasting, aanslagjaar 2026
Belastingplichtige: Jan Goossens, Lange Leemstraat 140, 2018 Antwerpen
Artikelnummer: 701.223.9984 – verzonden op 22 augustus 2026

Geachte heer, mevrouw,

Ondergetekende dient hierbij bezwaar in tegen voormelde aanslag.

De administratie heeft de werkelijke beroepskosten (code 1258) die ik als zelfstandig vertaler heb aangegeven, volledig verworpen en vervangen door het forfait, zonder voorafgaand bericht van wijziging. Nochtans beschik ik over alle bewijsstukken (facturen, kilometerregister, afschrijvingstabel), die ik in bijlage voeg.

Ik verzoek u de aanslag te herzien, de aangegeven kosten te aanvaarden en het te veel geheven bedrag van 2.187,40 EUR terug te betalen. Ik wens gehoord te worden.

Hoogachtend,

Jan Goossens""",
          date=dt(2026, 9, 30, 17, 45, off=2), cte="quoted-printable",
          attachments=[att_pdf("Bezwaarschrift AJ2026 bijlagen.pdf")], mailer="Microsoft Outlook 16.0"))

spec("appeal", "nl", "unemployment",
     "POLITE appeal WITHOUT legal keywords ('ik ben het niet eens met de beslissing'): RVA reduced the benefit to the cohabitant rate although the flatmate moved out; asks to correct it. Cites an earlier, closed ticket (refers_to set) but is NOT a follow-up: it contests a new decision. text/plain UTF-8 8bit.",
     mail(("Stijn Maes", "stijn.maes@gmail.example.com"),
          "beslissing RVA samenwonende",
          """Goeiedag,

Vorige maand heb ik bij jullie al eens geklaagd over de wachttijd aan de telefoon (dossier PLT-2026-000412), dat is ondertussen opgelost, bedankt daarvoor.

Nu heb ik een nieuwe brief van de RVA gekregen (10 juni) waarin staat dat ik vanaf 1 mei als "samenwonende" word beschouwd en dus minder uitkering krijg. Ik ben het niet eens met de beslissing. Mijn vroegere huisgenoot Thomas is op 15 april verhuisd naar Leuven, dat staat ook zo in het rijksregister. Ik woon dus alleen sinds half april.

Kunnen jullie dat aanpassen zodat ik terug als alleenwonende word uitbetaald? Ik kan een bewijs van de gemeente sturen als dat nodig is.

Mvg,
Stijn Maes
Kessel-Lo""",
          date=dt(2026, 6, 16, 13, 13, off=2)), refers="PLT-2026-000412")

spec("appeal", "nl", "foreign_affairs",
     "APPEAL with keyword 'beroep' against a visa refusal for the sender's mother (sent via the embassy); asks reversal. multipart/alternative ISO-8859-1 QP, RFC 2047 Q display name.",
     (lambda t: mail(("Fatma Yılmaz-Vermeulen", "fatma.yilmaz@telenet.example.be"),
          "Beroep tegen weigering visum kort verblijf - mijn moeder",
          t, date=dt(2026, 5, 28, 19, 30, off=2), fmt="alt", charset="iso-8859-1", cte="quoted-printable",
          html=html_of(t, lang="nl")))(
"""Geachte,

Mijn moeder, mevrouw Ayse Yilmaz (geboren 12/03/1956, paspoortnummer U99887766), heeft bij het Belgische consulaat in Istanbul een visum kort verblijf aangevraagd om de geboorte van haar kleinkind bij te wonen. Op 20 mei kreeg zij een weigering met als reden "onvoldoende bewijs van terugkeer".

Ik teken hierbij beroep aan tegen die beslissing. Mijn moeder is weduwe, heeft een eigen huis in Kayseri, een pensioen in Turkije en is al vier keer eerder naar België gekomen en telkens tijdig teruggekeerd (zie stempels in haar paspoort). Ik ben bereid opnieuw een garantstelling (bijlage 3bis) te ondertekenen.

Ik vraag dat de weigering herzien wordt en het visum alsnog wordt toegekend.

Met vriendelijke groeten,
Fatma Yilmaz-Vermeulen
Gent"""))

spec("appeal", "nl", "pensions",
     "POLITE appeal WITHOUT legal keywords: asks to 'nog eens nakijken' and change the pension to the household rate (spouse has no income); dominant intent is changing the decision. text/plain ISO-8859-1 quoted-printable, reply-style subject 'Antw:' to a letter (no ticket).",
     mail(("Frans Wuyts", "frans.wuyts@skynet.example.be"),
          "Antw: uw brief van 14/01 - pensioen",
          """Beste mevrouw, meneer,

In uw brief van 14 januari staat dat mijn pensioen berekend is tegen het bedrag voor "alleenstaande". Dat klopt niet. Ik ben sinds 1972 getrouwd met Maria Janssens en zij heeft nooit een eigen pensioen of inkomen gehad (zij heeft altijd voor de kinderen en de boerderij gezorgd).

Volgens de folder die ik bij het ziekenfonds heb gekregen, zou ik dan recht hebben op het pensioen als gezin (75%). Het verschil is voor ons veel geld.

Zou u dit nog eens willen nakijken en de berekening aanpassen? Alvast bedankt.

Frans Wuyts
Geel

-----Oorspronkelijk bericht-----
Van: Federale Pensioendienst
Onderwerp: Uw pensioen
Datum: 14/01/2026
> Geachte heer, wij delen u mee dat uw rustpensioen werd berekend ...""",
          date=dt(2026, 1, 27, 11, 2), charset="iso-8859-1", cte="quoted-printable"))

spec("appeal", "nl", "social_security",
     "APPEAL with keywords 'bezwaar' and 'in beroep' against a RECOVERY of 3.100 EUR disability allowance; also angry about the tone, but dominant intent is to have the recovery cancelled. HTML-only UTF-8 8bit with tracking pixel from a webmail.",
     mail(("Nadia Bouzid", "nadia.bouzid@hotmail.example.com"),
          "bezwaar terugvordering 3.100 euro",
          date=dt(2026, 9, 8, 8, 30, off=2), fmt="html", cte="8bit",
          html=html_of("""Geachte,

Ik heb een brief ontvangen van de Directie-generaal Personen met een handicap dat ik 3.100 euro moet terugbetalen omdat mijn partner in 2024 "te veel verdiend" zou hebben.

Ik maak hierbij bezwaar tegen die terugvordering. Mijn partner was in 2024 maar zes maanden aan het werk (interim), het bedrag waarmee jullie gerekend hebben is zijn jaarloon van 2023. Bovendien hebben wij elke wijziging gemeld via het OCMW.

Ik vraag om de terugvordering te annuleren of minstens opnieuw te berekenen op basis van de juiste inkomsten. Als dat niet gebeurt, ga ik in beroep bij de arbeidsrechtbank.

Nadia Bouzid
Molenbeek""", lang="nl", pixel="https://mail.example.com/track/open?id=55a1")))

# ---- DE
spec("appeal", "de", "taxes",
     "Tax APPEAL using the Belgian German term 'Beschwerde gegen die Veranlagung' (not a service complaint): rental income counted twice; asks for correction. text/plain ISO-8859-1 8bit with PDF attachment.",
     mail(("Paul Heinen", "paul.heinen@eupen-online.example.be"),
          "Beschwerde gegen Steuerbescheid Steuerjahr 2026 - Artikel 703.556.1201",
          """Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen den Steuerbescheid (Veranlagung Steuerjahr 2026, Einkommen 2025, Artikel-Nr. 703.556.1201) ein, der mir am 5. September 2026 zugestellt wurde.

Die Mieteinnahmen meiner Wohnung in der Klosterstraße in Eupen wurden zweimal besteuert: einmal korrekt als Katastereinkommen (Rubrik Immobilien) und ein zweites Mal als »sonstiges Einkommen«. Dadurch ergibt sich eine Nachzahlung von 1.842,00 EUR, die nicht geschuldet ist.

Ich beantrage die Berichtigung der Veranlagung und die Erstattung des zu viel gezahlten Betrags. Eine Kopie des Bescheids und des Mietvertrags liegt bei.

Mit freundlichen Grüßen
Paul Heinen
Aachener Straße 12
4700 Eupen""",
          date=dt(2026, 9, 24, 9, 36, off=2), charset="iso-8859-1", cte="8bit",
          attachments=[att_pdf("Steuerbescheid_2026.pdf")]))

spec("appeal", "de", "pensions",
     "POLITE appeal WITHOUT legal keywords ('ich bitte um Überprüfung des Bescheids'): cross-border worker's pension decision omits Belgian years; asks to correct the amount. multipart/alternative UTF-8 QP.",
     (lambda t: mail(("Hubert Margraff", "hubert.margraff@mailbox.example.com"),
          "Bitte um Überprüfung meines Pensionsbescheids",
          t, date=dt(2026, 2, 18, 17, 25), fmt="alt", cte="quoted-printable", html=html_of(t, lang="de")))(
"""Sehr geehrte Damen und Herren,

ich habe Ihren Bescheid vom 29. Januar über meine Alterspension erhalten. Ich bitte um Überprüfung des Bescheids, da meiner Meinung nach ein Fehler vorliegt.

Ich habe von 1984 bis 1996 in Belgien gearbeitet (Kabelwerk Eupen) und danach bis 2025 als Grenzgänger in Aachen. Im Bescheid werden für Belgien nur die Jahre 1984 bis 1991 berücksichtigt. Die Jahre 1992 bis 1996 fehlen ganz, obwohl sie auf meinem Laufbahnauszug bei mypension stehen.

Ich wäre Ihnen dankbar, wenn Sie die Berechnung korrigieren und mir einen neuen Bescheid zuschicken könnten.

Mit freundlichen Grüßen
Hubert Margraff
Bütgenbach"""))

spec("appeal", "de", "unemployment",
     "APPEAL with keyword 'Widerspruch' against an LfA/ONEM suspension (missed appointment letter that never arrived); asks that the sanction be lifted. text/plain UTF-8 base64.",
     mail(("Kevin Jost", "kevin.jost@gmx.example.net"),
          "Widerspruch gegen Sperre LfA",
          """Guten Tag,

gegen die Entscheidung des LfA vom 3. Juni, mir für 8 Wochen das Arbeitslosengeld zu sperren, lege ich Widerspruch ein.

Begründung: Ich soll einen Termin zur Überprüfung meiner Arbeitssuche am 12. Mai verpasst haben. Die Einladung dazu habe ich nie bekommen. Ich bin am 20. April umgezogen (von Kettenis nach Eupen) und habe die neue Adresse sofort bei der Gemeinde und der Gewerkschaft gemeldet. Die Einladung ging an die alte Adresse.

Ich bitte darum, die Sperre aufzuheben und einen neuen Termin festzulegen.

Kevin Jost
Eupen""",
          date=dt(2026, 6, 9, 7, 12, off=2), cte="base64"))

spec("appeal", "de", "mobility",
     "POLITE appeal WITHOUT legal keywords: asks the DIV to re-examine the refusal of an oldtimer (O-) plate because the first registration date in the file is wrong. text/plain windows-1252 quoted-printable, RFC 2047 B subject (windows-1252).",
     mail(("Bernd Schmitz", "bernd.schmitz@oldtimerclub.example.org"),
          "Ablehnung Oldtimer-Kennzeichen – bitte nochmals prüfen",
          """Sehr geehrte Damen und Herren,

mit Schreiben vom 11. August haben Sie meinen Antrag auf ein Oldtimer-Kennzeichen für meinen Mercedes 190 E abgelehnt, weil das Fahrzeug „weniger als 25 Jahre alt“ sei.

Das Fahrzeug wurde jedoch am 14. März 1991 erstmals in Deutschland zugelassen (siehe deutscher Fahrzeugbrief). Bei der Einfuhr nach Belgien im Jahr 2002 wurde offenbar das belgische Zulassungsdatum als Erstzulassung eingetragen.

Ich wäre Ihnen sehr verbunden, wenn Sie meinen Antrag unter Berücksichtigung des tatsächlichen Erstzulassungsdatums nochmals prüfen und das Kennzeichen doch noch bewilligen könnten. Eine Kopie des Fahrzeugbriefs sende ich gerne zu.

Mit freundlichen Grüßen
Bernd Schmitz
Kelmis""",
          date=dt(2026, 8, 20, 20, 20, off=2), charset="windows-1252", cte="quoted-printable",
          subj_charset="windows-1252", subj_enc="b"))

spec("appeal", "de", "social_security",
     "POLITE appeal WITHOUT legal keywords: 'Ich bin mit der Entscheidung nicht einverstanden' about a recovery of sickness benefit; asks that the decision be corrected. HTML-only UTF-8 quoted-printable (Outlook-style HTML with MsoNormal).",
     mail(("Claudia Mertes", "claudia.mertes@outlook.example.com"),
          "Rückforderung Krankengeld 1.240 €",
          date=dt(2026, 11, 24, 8, 5), fmt="html", cte="quoted-printable",
          html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="DE-BE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">laut Schreiben vom 12. November soll ich 1.240 € Krankengeld (Arbeitsunfähigkeit Juni bis August) zurückzahlen, weil ich in dieser Zeit „eine nicht genehmigte Tätigkeit“ ausgeübt hätte.<o:p></o:p></p>
<p class="MsoNormal">Ich bin mit der Entscheidung nicht einverstanden. Die Tätigkeit war die schrittweise Wiederaufnahme der Arbeit (halbtags), die der Vertrauensarzt am 2. Juni schriftlich genehmigt hat. Die Genehmigung liegt mir vor.<o:p></o:p></p>
<p class="MsoNormal">Ich bitte Sie daher, die Rückforderung zu streichen.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Claudia Mertes<br>St. Vith<o:p></o:p></p>
</div></body></html>
"""))

# ---- EN
spec("appeal", "en", "taxes",
     "POLITE appeal WITHOUT legal keywords: 'could you please reconsider' the tax assessment (foreign pension counted as Belgian taxable income although exempt under the treaty); asks a corrected assessment. multipart/alternative UTF-8 7bit-compatible QP.",
     (lambda t: mail(("Margaret Hughes", "margaret.hughes@btmail.example.com"),
          "My tax assessment 2026 - question about UK pension",
          t, date=dt(2026, 10, 2, 12, 12, off=2), fmt="alt", cte="quoted-printable", html=html_of(t, lang="en")))(
"""Dear Sir or Madam,

I received my tax assessment notice for income year 2025 last week (article number 708.441.2290). Thank you for processing my return.

However, the assessment includes my UK civil service pension (GBP 14,200) as taxable income in Belgium. Under the Belgium-UK tax treaty, government service pensions are taxable only in the UK, and I declared it as exempt income with progression, as my accountant advised. As a result the assessment shows EUR 3,950 to pay instead of a small refund.

Could you please reconsider the assessment and correct it so that this pension is treated as exempt? I can send the P60 and a letter from the Cabinet Office pension scheme.

Many thanks in advance,

Margaret Hughes
Chaussée de Waterloo 1200
1180 Uccle"""))

spec("appeal", "en", "foreign_affairs",
     "APPEAL with keyword 'appeal': contests the refusal of a passport for a child (consent of other parent judged missing) and asks for the decision to be reversed. text/plain UTF-8 QP, CRLF, with a forwarded refusal e-mail quoted at the bottom.",
     mail(("Rachel Stein", "rachel.stein@mail.example.org"),
          "Appeal against refusal of passport for my son",
          """Dear Sir/Madam,

I would like to appeal against the decision of the Belgian Embassy in London of 3 November refusing to issue a passport for my son, Leo Stein-Peeters (born 2019).

The embassy states that the consent of his father is missing. This is not correct: his father, Mr Wim Peeters, signed the consent form in person at the consulate on 28 October in the presence of a staff member, and I have a copy stamped by the consulate.

I therefore ask that the refusal be withdrawn and the passport issued. We have a family funeral in Belgium on 4 December.

Yours faithfully,
Rachel Stein
London

---------- Forwarded message ---------
From: Consular Section <consular.london@diplomatie.example.be>
Date: Tue, 3 Nov 2026
Subject: Passport application STEIN-PEETERS Leo

Dear Madam, we regret to inform you that the passport application cannot be accepted as the consent of the second parent has not been provided. Regards.""",
          date=dt(2026, 11, 5, 21, 0, off=0), cte="quoted-printable", crlf=True))

spec("appeal", "en", "unemployment",
     "POLITE appeal WITHOUT legal keywords: asks to 'look at the decision again' on the amount of unemployment benefit (part-time job counted as full-time); dominant intent is to have the amount changed. text/plain UTF-8 8bit, short, mobile.",
     mail(("Tomasz Wiśniewski", "tomasz.w@poczta.example.net"),
          "question about my unemployment benefit decision",
          """Hello,

I got the letter from ONEM that my benefit is 38 EUR per day. I think this is wrong because they counted my old job at the warehouse as full time, but it was only 24 hours a week (19/38), my contract says so. So the reference salary is too high? or too low, I don't know exactly but the part time is not right and then also the hours I can work now are wrong in the decision.

Can you please look at the decision again and change it with the correct hours? I sent the contract to my union (ACV) already but they say to write also to you.

thanks a lot
Tomasz Wiśniewski

Sent from my Galaxy""",
          date=dt(2026, 4, 2, 18, 47, off=2), subj_enc=None))

spec("appeal", "en", "other",
     "APPEAL with keyword 'appeal' against exclusion from a federal recruitment procedure (diploma judged not equivalent); category other. multipart/mixed: multipart/alternative UTF-8 base64 + PDF with a space in the filename.",
     (lambda t: mail(("Priya Raman", "priya.raman@gmail.example.com"),
          "Formal appeal - exclusion from selection procedure AFG26188",
          t, date=dt(2026, 3, 12, 14, 30), fmt="alt", cte="base64", html=html_of(t, lang="en"),
          attachments=[att_pdf("NARIC equivalence decision.pdf")]))(
"""Dear Selection Team,

I was informed on 9 March that my application for the position of data analyst (selection AFG26188) was declared inadmissible because my master's degree from the University of Madras was "not recognised".

I wish to formally appeal this decision. My degree was recognised as equivalent to a Belgian master's degree by the French Community's equivalence service on 14 January 2026 (decision attached). This document was uploaded with my application, but it appears not to have been taken into account.

I request that my application be declared admissible and that I be invited to the next stage of the procedure.

Kind regards,
Priya Raman"""))

spec("appeal", "en", "mobility",
     "Appeal DRESSED AS A COMPLAINT: uses the word 'complaint' and is angry, but the dominant intent is to have a decision cancelled (refusal of a registration exemption for a car with foreign plates). No legal keywords. HTML-only us-ascii 7bit with a <table>.",
     mail(("Ahmed Haddad", "ahmed.haddad@company.example.net"),
          "Complaint about your decision - foreign plates",
          date=dt(2026, 7, 22, 10, 40, off=2), fmt="html", charset="us-ascii", cte="7bit",
          html="""<html><body>
<p>Hello,</p>
<p>This is a complaint about your decision of 15 July refusing my request for an exemption from Belgian registration for my company car with Luxembourg plates.</p>
<p>Your letter says I do not meet the conditions because I am "domiciled in Belgium". But I am a cross-border employee of a Luxembourg company and the car belongs to my employer, which is exactly the situation covered by the exemption on your own website. I sent you the employer's certificate and the leasing contract.</p>
<p>Please cancel this decision and grant the exemption. Otherwise I will have to stop using the car and I cannot get to work.</p>
<table><tr><td>Ahmed Haddad</td></tr><tr><td>Arlon</td></tr><tr><td>+352 621 000 111</td></tr></table>
</body></html>
"""))

# ================================================================ INFORMATION REQUESTS (12)

spec("information_request", "fr", "taxes",
     "GDPR ACCESS REQUEST (art. 15 RGPD) for the sender's own tax file: a request for information/data, not a complaint. text/plain UTF-8 8bit with ID card scan attached (JPEG).",
     mail(("Thierry Englebert", "thierry.englebert@mailbox.example.com"),
          "Demande d'accès à mes données personnelles (art. 15 RGPD)",
          """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je souhaite obtenir une copie de l'ensemble des données à caractère personnel me concernant traitées par le SPF Finances, et en particulier :

- les données utilisées pour l'établissement de mes impôts des exercices 2023 à 2026 ;
- les informations reçues de tiers (banques, employeurs, autorités étrangères) ;
- la liste des destinataires auxquels ces données ont été communiquées.

Vous trouverez ci-joint une copie recto-verso de ma carte d'identité.

Je vous remercie de me faire parvenir ces informations par voie électronique à l'adresse ci-dessus, dans le délai d'un mois prévu par le règlement.

Thierry Englebert
NN 77.02.28-143.09
Rue Haute 3, 1457 Walhain""",
          date=dt(2026, 2, 2, 9, 9), attachments=[att_jpg("carte identite recto verso.jpg")]))

spec("information_request", "fr", "unemployment",
     "INFORMATION REQUEST that contains the word 'recours': the sender asks HOW and by WHEN to contest an ONEM decision, without contesting it in this message. multipart/alternative ISO-8859-1 QP.",
     (lambda t: mail(("Laetitia Moreau", "laetitia.moreau@skynet.example.be"),
          "Question : délai pour un recours contre une décision ONEM ?",
          t, date=dt(2026, 10, 19, 13, 2, off=2), fmt="alt", charset="iso-8859-1", cte="quoted-printable",
          html=html_of(t)))(
"""Bonjour,

J'ai reçu aujourd'hui une décision de l'ONEM concernant mes allocations de chômage (réduction après 12 mois). Avant de faire quoi que ce soit, je voudrais comprendre mes possibilités :

1. Est-ce qu'un recours est possible et auprès de qui faut-il l'introduire (ONEM ou tribunal du travail) ?
2. Quel est le délai ? La lettre parle de « trois mois » mais je ne sais pas à partir de quand ça compte.
3. Faut-il obligatoirement un avocat, ou mon syndicat peut-il m'aider ?

Merci pour vos renseignements.

Laetitia Moreau
Liège"""))

spec("information_request", "fr", "foreign_affairs",
     "INFORMATION REQUEST: opening hours and required documents for the legalisation counter; no grievance. text/plain ISO-8859-1 8bit, very short.",
     mail(("Ibrahima Diallo", "ibrahima.diallo@courriel.example.org"),
          "horaires légalisation",
          """Bonjour,

Quels sont les horaires d'ouverture du service Légalisation du SPF Affaires étrangères à Bruxelles ? Faut-il prendre rendez-vous pour faire légaliser un diplôme guinéen, et combien ça coûte ?

Merci d'avance.
I. Diallo""",
          date=dt(2026, 1, 8, 8, 1), charset="iso-8859-1", cte="8bit"))

spec("information_request", "nl", "pensions",
     "INFORMATION REQUEST: list of documents for a pension application for a partner who worked abroad. text/plain UTF-8 quoted-printable.",
     mail(("Marleen Claeys", "marleen.claeys@telenet.example.be"),
          "Welke documenten voor pensioenaanvraag?",
          """Goedendag,

Mijn man wordt in maart 2027 65 en wil zijn pensioen aanvragen. Hij heeft 22 jaar in België gewerkt en 11 jaar in Nederland.

Welke documenten moeten wij verzamelen? Moeten wij het Nederlandse pensioen apart aanvragen bij de SVB, of gebeurt dat automatisch via de Federale Pensioendienst? En hoe lang op voorhand moet de aanvraag gebeuren?

Alvast bedankt voor de informatie.

Vriendelijke groeten,
Marleen Claeys
Brugge""",
          date=dt(2026, 9, 3, 14, 14, off=2), cte="quoted-printable"))

spec("information_request", "nl", "social_security",
     "INFORMATION REQUEST: how to apply for a parking card and opening hours of the desk; ends with thanks, no grievance. HTML-only windows-1252 8bit.",
     mail(("Rita Van den Bossche", "rita.vdbossche@proximus.example.be"),
          "parkeerkaart aanvragen + openingsuren",
          date=dt(2026, 6, 1, 10, 30, off=2), fmt="html", charset="windows-1252", cte="8bit",
          html="""<html><body><font face="Arial" size="2">
<p>Goedemorgen,</p>
<p>Mijn vader (86) is na een beroerte slecht te been. Hoe vragen wij een parkeerkaart voor personen met een handicap aan? Kan dat online of moet het via het gemeentehuis? En wat zijn de openingsuren van jullie loket in de Finance Tower, voor als we langs willen komen?</p>
<p>Bedankt!</p>
<p>Rita Van den Bossche<br>Aalst</p>
</font></body></html>
"""))

spec("information_request", "nl", "mobility",
     "INFORMATION REQUEST: which documents to register an imported classic car; polite question. multipart/alternative UTF-8 8bit, CRLF.",
     (lambda t: mail(("Dirk Lemmens", "dirk.lemmens@mailbox.example.com"),
          "Inschrijving oldtimer uit Frankrijk - welke papieren?",
          t, date=dt(2026, 4, 22, 19, 3, off=2), fmt="alt", html=html_of(t, lang="nl"), crlf=True))(
"""Hallo,

Ik heb een Citroën DS uit 1972 gekocht in Frankrijk (met Franse carte grise). Welke documenten heb ik nodig om die in België in te schrijven met een O-plaat? Is een keuring verplicht, en moet ik eerst langs de douane (formulier 705)?

Bedankt,
Dirk Lemmens
Hasselt"""))

spec("information_request", "de", "taxes",
     "INFORMATION REQUEST containing 'Einspruch': asks how long the deadline for contesting a tax assessment is, without contesting anything yet. text/plain ISO-8859-1 quoted-printable.",
     mail(("Erika Brüll", "erika.bruell@eifelnet.example.be"),
          "Frage zur Frist für Einspruch gegen Steuerbescheid",
          """Guten Tag,

eine kurze Frage: Wie lange ist die Frist, um gegen einen Steuerbescheid Einspruch (bzw. Beschwerde, wie es in Belgien heißt?) einzulegen, und ab wann läuft sie: ab dem Datum auf dem Bescheid oder ab dem Erhalt?

Ich habe meinen Bescheid noch nicht genau geprüft, möchte aber wissen, wie viel Zeit ich habe.

Vielen Dank
Erika Brüll
Raeren""",
          date=dt(2026, 9, 11, 16, 55, off=2), charset="iso-8859-1", cte="quoted-printable"))

spec("information_request", "de", "pensions",
     "GDPR ACCESS REQUEST (DSGVO Art. 15) to the pension service for the sender's own career data. multipart/alternative UTF-8 base64.",
     (lambda t: mail(("Werner Pauels", "werner.pauels@mailbox.example.com"),
          "Auskunftsersuchen nach Art. 15 DSGVO",
          t, date=dt(2026, 5, 5, 11, 11, off=2), fmt="alt", cte="base64", html=html_of(t, lang="de")))(
"""Sehr geehrte Damen und Herren,

gemäß Art. 15 der Datenschutz-Grundverordnung bitte ich um Auskunft über alle personenbezogenen Daten, die der Föderale Pensionsdienst über mich speichert, insbesondere meine vollständige Laufbahn (Beschäftigungszeiten, gleichgestellte Zeiten) sowie die Herkunft dieser Daten.

Nationalregisternummer: 63.08.15-221.90
Anschrift: Neustraße 8, 4700 Eupen

Ich bitte um Zusendung in deutscher Sprache.

Mit freundlichen Grüßen
Werner Pauels"""))

spec("information_request", "de", "foreign_affairs",
     "INFORMATION REQUEST: which documents and apostille/legalisation are needed for a Belgian birth certificate to marry in Peru. text/plain UTF-8 8bit.",
     mail(("Julia Radermacher", "julia.radermacher@posteo.example.net"),
          "Geburtsurkunde für Heirat in Peru - welche Legalisierung?",
          """Hallo,

ich (Belgierin, wohnhaft in Lontzen) möchte im nächsten Sommer in Lima heiraten. Das peruanische Standesamt verlangt eine „legalisierte“ Geburtsurkunde.

Reicht eine Apostille, oder muss die Urkunde zusätzlich von der peruanischen Botschaft legalisiert werden? Und wo bekomme ich die Apostille – bei Ihnen in Brüssel oder bei der Gemeinde? Muss die Urkunde übersetzt werden?

Vielen Dank für Ihre Hilfe!
Julia Radermacher""",
          date=dt(2026, 11, 9, 21, 12)))

spec("information_request", "en", "taxes",
     "INFORMATION REQUEST: how to obtain a certificate of tax residence for a foreign employer. text/plain us-ascii 7bit.",
     mail(("Lucas Martin", "lucas.martin@consultmail.example.com"),
          "Certificate of tax residence",
          """Good afternoon,

My new employer in the Netherlands asks for a Belgian certificate of tax residence (for 2026) so that they can apply the treaty correctly.

Could you tell me how to request it? Is it possible through MyMinfin, or do I need to send a form to a specific office? How long does it usually take?

Thank you,
Lucas Martin
Ghent""",
          date=dt(2026, 2, 24, 15, 16), charset="us-ascii", cte="7bit"))

spec("information_request", "en", "unemployment",
     "GDPR SUBJECT ACCESS REQUEST for the sender's own unemployment file, with an explicit 'this is not a complaint'. text/plain UTF-8 QP with ID copy as PDF.",
     mail(("Sarah Whitfield", "sarah.whitfield@protonmail.example.net"),
          "Subject access request (GDPR Art. 15) - my unemployment file",
          """Dear Data Protection Officer,

Under Article 15 GDPR, I request a copy of all personal data concerning me held by the National Employment Office (ONEM/RVA), including:

1. my complete unemployment benefit file since 2022;
2. the notes of the interviews with the facilitator in 2024 and 2025;
3. any data received from my former employers or from other administrations.

Please note that this is not a complaint; I simply want to see my file. A copy of my identity card is attached.

National register number: 88.10.03-456.12

Kind regards,
Sarah Whitfield""",
          date=dt(2026, 7, 6, 9, 45, off=2), cte="quoted-printable",
          attachments=[att_pdf("ID_Whitfield.pdf")]))

spec("information_request", "en", "other",
     "INFORMATION REQUEST with no domain: where to send a spontaneous application as an English-French translator; category other. HTML-only UTF-8 7bit-safe quoted-printable.",
     mail(("Emily Durand", "emily.durand@freelance.example.org"),
          "Spontaneous application - translators",
          date=dt(2026, 8, 17, 11, 37, off=2), fmt="html", cte="quoted-printable",
          html=html_of("""Hello,

I am a sworn translator (English, French, Dutch) and I would like to know whether the federal administration recruits freelance translators, and if so, to which service I should send my CV and rates.

Is there a public tender or a list of approved translators I can apply for?

Thank you for your help.

Emily Durand""", lang="en")))

# ================================================================ FOLLOW-UPS (6)

ACK_BODY = {
 "fr": "Madame, Monsieur,\n\nNous avons bien reçu votre plainte, enregistrée sous le numéro %s.\nElle sera traitée dans les meilleurs délais. Merci de mentionner ce numéro dans toute correspondance.\n\nService des plaintes\nAdministration fédérale",
 "nl": "Geachte,\n\nWij hebben uw klacht goed ontvangen. Ze werd geregistreerd onder nummer %s.\nGelieve dit nummer te vermelden in al uw verdere correspondentie.\n\nKlachtendienst\nFederale administratie",
 "de": "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Beschwerde erhalten. Sie wurde unter der Nummer %s registriert.\nBitte geben Sie diese Nummer bei jeder weiteren Korrespondenz an.\n\nBeschwerdedienst\nFöderale Verwaltung",
 "en": "Dear Sir or Madam,\n\nWe have received your complaint. It has been registered under number %s.\nPlease quote this number in any further correspondence.\n\nComplaints service\nFederal administration",
}


def quoted_ack(tid, lang, when, prefix="> "):
    intro = {"fr": "Le %s, plaintes.klachten@federal.example.be a écrit :",
             "nl": "Op %s schreef plaintes.klachten@federal.example.be:",
             "de": "Am %s schrieb plaintes.klachten@federal.example.be:",
             "en": "On %s, plaintes.klachten@federal.example.be wrote:"}[lang] % when
    return intro + "\n" + "\n".join((prefix + l).rstrip() for l in (ACK_BODY[lang] % tid).split("\n"))


T = "PLT-2026-000917"
spec("follow_up", "fr", "police",
     "FOLLOW-UP by reply (Re: + In-Reply-To to our ack) adding a witness to an earlier complaint about police conduct; category of the original complaint (police). text/plain UTF-8 QP with quoted acknowledgement.",
     mail(("Aurélie Stassart", "aurelie.stassart@mailbox.example.com"),
          "Re: " + ack_subject(T, "fr"),
          """Bonjour,

Je complète ma plainte de la semaine passée concernant l'intervention des policiers lors de la manifestation du 14 mars : une autre personne a assisté à la scène et accepte de témoigner. Il s'agit de M. Benoît Hallet, joignable au 0478/55 12 90.

J'ai aussi retrouvé une vidéo faite par une passante où l'on voit l'agent me pousser. Je peux l'envoyer via WeTransfer si vous me dites à quelle adresse.

Bien à vous,
Aurélie Stassart

""" + quoted_ack(T, "fr", "mar. 17 mars 2026 à 10:02"),
          date=dt(2026, 3, 23, 18, 40), cte="quoted-printable",
          in_reply_to=ack_mid(T)), refers=T)

T = "PLT-2026-001033"
spec("follow_up", "fr", "pensions",
     "FOLLOW-UP by a NEW message quoting only the ticket number in the body (no Re:, no In-Reply-To), asking for news on an earlier pension-delay complaint; impatient tone but no new grievance. HTML-only ISO-8859-1 QP.",
     mail(("Michel Honoré", "michel.honore@voo.example.be"),
          "Toujours rien...",
          date=dt(2026, 8, 3, 9, 58, off=2), fmt="html", charset="iso-8859-1", cte="quoted-printable",
          html="""<html><body><p>Bonjour,</p>
<p>Je reviens vers vous concernant ma plainte enregistrée sous le n° PLT-2026-001033 (retard dans le paiement de ma pension de survie).</p>
<p>Cela fait maintenant six semaines et je n'ai reçu aucune nouvelle, ni de vous ni du Service des Pensions. Pouvez-vous me dire où en est le dossier ?</p>
<p>Merci.<br>Michel Honoré<br>Verviers</p></body></html>
"""), refers=T)

T = "PLT-2026-000688"
spec("follow_up", "nl", "unemployment",
     "FOLLOW-UP by reply ('Antw:' + In-Reply-To), sending the requested proof of submission as an attachment for an earlier unemployment complaint. multipart/mixed: text/plain windows-1252 QP + PDF.",
     mail(("Jens Hermans", "jens.hermans@telenet.example.be"),
          "Antw: " + ack_subject(T, "nl"),
          """Goedemiddag,

Zoals gevraagd aan de telefoon stuur ik hierbij het ontvangstbewijs van het loket van de uitbetalingsinstelling (ABVV Leuven) van 4 mei, waaruit blijkt dat ik mijn formulier C109 wel degelijk op tijd heb afgegeven.

Ik hoop dat dit helpt om mijn dossier te vinden.

Groeten,
Jens Hermans

""" + quoted_ack(T, "nl", "ma 18 mei 2026 om 09:14"),
          date=dt(2026, 5, 21, 13, 3, off=2), charset="windows-1252", cte="quoted-printable",
          in_reply_to=ack_mid(T), attachments=[att_pdf("ontvangstbewijs ABVV.pdf")]), refers=T)

T = "PLT-2026-001105"
spec("follow_up", "nl", "mobility",
     "FOLLOW-UP, not a new complaint: ANGRY reminder whose subject quotes the ticket ('klacht PLT-… nog steeds geen antwoord'); asks for news on the same DIV issue. Dominant intent is chasing the existing case. text/plain UTF-8 8bit.",
     mail(("Koen Willems", "koen.willems@skynet.example.be"),
          "klacht PLT-2026-001105 - nog steeds geen antwoord!!",
          """Dag,

Op 2 september heb ik een klacht ingediend (nummer PLT-2026-001105) over mijn kentekenbewijs dat al twee maanden zoek is bij de DIV. Ik kreeg een ontvangstbevestiging, en daarna: stilte.

Intussen staat mijn auto nog altijd stil. Wanneer krijg ik eindelijk een antwoord? Hoe lang duurt het om een klacht te behandelen?

Koen Willems""",
          date=dt(2026, 10, 7, 7, 20, off=2)), refers=T)

T = "PLT-2026-000954"
spec("follow_up", "de", "taxes",
     "FOLLOW-UP by reply ('AW:' + In-Reply-To): the citizen reports that the tax refund has arrived and the complaint can be closed. multipart/alternative ISO-8859-1 QP with quoted acknowledgement.",
     (lambda t: mail(("Anja Küpper", "anja.kuepper@eifelnet.example.be"),
          "AW: " + ack_subject(T, "de"),
          t, date=dt(2026, 4, 30, 12, 1, off=2), fmt="alt", charset="iso-8859-1", cte="quoted-printable",
          html=html_of(t, lang="de"), in_reply_to=ack_mid(T), mailer="Microsoft Outlook 16.0"))(
"""Guten Tag,

kurze Rückmeldung zu meiner Beschwerde: Die Steuererstattung ist gestern auf meinem Konto eingegangen. Vielen Dank, Sie können die Akte schließen.

Freundliche Grüße
Anja Küpper

-----Ursprüngliche Nachricht-----
Von: plaintes.klachten@federal.example.be
Gesendet: Montag, 20. April 2026 09:31
Betreff: [PLT-2026-000954] Eingangsbestätigung Ihrer Beschwerde

""" + (ACK_BODY["de"] % T)), refers=T)

T = "PLT-2026-001212"
spec("follow_up", "en", "foreign_affairs",
     "FOLLOW-UP as a new message: reference in the body ('my complaint ref. PLT-…'), adding the receipt number and travel dates for an earlier complaint about a lost visa file. HTML-only UTF-8 base64.",
     mail(("Daniel Osei", "daniel.osei@mailhub.example.org"),
          "Additional information - my complaint",
          date=dt(2026, 10, 21, 16, 49, off=2), fmt="html", cte="base64",
          html=html_of("""Dear Sir or Madam,

Further to my complaint ref. PLT-2026-001212 about the passport that was sent back to the wrong consulate, I have now found the receipt. The number is ACC/26/77812 and it was issued in Accra on 30 June.

Also, please note that I am travelling to Belgium on 20 November, so if the passport can be collected in Brussels instead of Accra, that would be even better.

Thank you,
Daniel Osei""", lang="en")), refers=T)

# ================================================================ AUTO-REPLIES (10)

T = "PLT-2026-000881"
spec("auto_reply", "fr", "other",
     "OUT-OF-OFFICE answering our acknowledgement ('Re: [PLT-…]'), WITH Auto-Submitted and X-Autoreply headers. text/plain UTF-8 QP.",
     mail(("Christine Leroy", "christine.leroy@avocats-leroy.example.be"),
          "Re: " + ack_subject(T, "fr"),
          """Bonjour,

Je suis absente du cabinet jusqu'au lundi 24 août inclus. Votre message ne sera pas transféré.

Pour toute urgence, vous pouvez contacter mon collègue Me Philippe Renson (philippe.renson@avocats-leroy.example.be – 02/555 01 23).

Christine Leroy
Avocate""",
          date=dt(2026, 8, 5, 10, 2, off=2), cte="quoted-printable", in_reply_to=ack_mid(T),
          extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]), refers=T)

spec("auto_reply", "fr", "other",
     "Ticket-system AUTO-ACKNOWLEDGEMENT from another administration (a commune's citizen helpdesk) with its own reference (#DEM-45821), WITHOUT any auto-reply header; not one of our tickets, so refers_to null. multipart/alternative UTF-8 base64.",
     (lambda t: mail(("Guichet citoyen - Ville de Wavre", "guichet@wavre.example.be"),
          "Votre demande a bien été enregistrée [#DEM-45821]",
          t, date=dt(2026, 6, 18, 14, 0, off=2), fmt="alt", cte="base64",
          html=html_of(t, pixel="https://crm.wavre.example.be/p.gif?t=45821")))(
"""Bonjour,

Nous accusons bonne réception de votre demande, qui a été enregistrée sous la référence #DEM-45821.

Un agent de l'administration communale prendra connaissance de votre message et vous répondra dans un délai de 15 jours ouvrables.

Ceci est un message généré automatiquement, merci de ne pas y répondre.

Ville de Wavre - Guichet citoyen"""))

T = "PLT-2026-000799"
spec("auto_reply", "nl", "other",
     "VACATION reply WITHOUT auto-reply headers, subject 'Re: [PLT-…] Ontvangstbevestiging…' and In-Reply-To our ack: looks like a follow-up but contains only the absence text. text/plain ISO-8859-1 8bit.",
     mail(("Wim De Clercq", "wim.declercq@telenet.example.be"),
          "Re: " + ack_subject(T, "nl"),
          """Beste,

Ik ben met vakantie tot en met 24 augustus en lees mijn mails niet. Uw bericht wordt niet doorgestuurd.
Voor dringende zaken kan u mijn echtgenote bellen op 0486 12 34 56.

Met vriendelijke groeten,
Wim De Clercq""",
          date=dt(2026, 8, 3, 6, 30, off=2), charset="iso-8859-1", cte="8bit", in_reply_to=ack_mid(T)),
     refers=T)

T = "PLT-2026-000903"
spec("auto_reply", "nl", "other",
     "Outlook/Exchange 'Automatisch antwoord:' out-of-office, BILINGUAL NL/FR (NL first, dominant), WITH Auto-Submitted and X-Auto-Response-Suppress headers, answering our acknowledgement. HTML-only UTF-8 QP.",
     mail(("Sarah Vanhoutte | Notariskantoor Vanhoutte", "sarah@notaris-vanhoutte.example.be"),
          "Automatisch antwoord: " + ack_subject(T, "nl"),
          date=dt(2026, 7, 20, 11, 4, off=2), fmt="html", cte="quoted-printable", in_reply_to=ack_mid(T),
          extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "sarah@notaris-vanhoutte.example.be")],
          html="""<html><head><style>p{font-family:Calibri;font-size:11pt}</style></head><body>
<p>Goedendag,</p>
<p>Ik ben afwezig van 20 juli tot en met 14 augustus. Uw e-mail wordt niet doorgestuurd. Voor dringende dossiers kan u terecht bij het secretariaat: info@notaris-vanhoutte.example.be.</p>
<hr>
<p>Bonjour,</p>
<p>Je suis absente du 20 juillet au 14 août inclus. Pour les dossiers urgents, veuillez contacter le secrétariat.</p>
</body></html>
"""), refers=T)

spec("auto_reply", "nl", "other",
     "Company ticket-system auto-acknowledgement WITHOUT auto-reply headers, own reference only (2026-114455), no ticket of ours; 'klacht' appears in the text but it is machine-generated. text/plain UTF-8 QP.",
     mail(("Klantendienst EnergiePlus", "noreply@energieplus.example.com"),
          "Wij hebben uw bericht ontvangen (ref. 2026-114455)",
          """Beste klant,

Bedankt voor uw bericht. Wij hebben uw vraag of klacht goed ontvangen onder referentie 2026-114455.

Onze klantendienst behandelt berichten in volgorde van ontvangst. U krijgt binnen 5 werkdagen een antwoord. Op deze e-mail kan niet geantwoord worden.

Met vriendelijke groeten,
Klantendienst EnergiePlus
www.energieplus.example.com""",
          date=dt(2026, 2, 11, 8, 0), cte="quoted-printable"))

T = "PLT-2026-000933"
spec("auto_reply", "de", "other",
     "'Abwesenheitsnotiz:' out-of-office WITH Auto-Submitted header, answering our acknowledgement. text/plain ISO-8859-15 QP, RFC 2047 Q subject.",
     mail(("Markus Jansen", "markus.jansen@ostbelgien-firma.example.be"),
          "Abwesenheitsnotiz: " + ack_subject(T, "de"),
          """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an info@ostbelgien-firma.example.be.

Mit freundlichen Grüßen
Markus Jansen""",
          date=dt(2026, 9, 21, 15, 10, off=2), charset="iso-8859-15", cte="quoted-printable",
          subj_charset="iso-8859-15", subj_enc="q", in_reply_to=ack_mid(T),
          extra=[("Auto-Submitted", "auto-replied")]), refers=T)

T = "PLT-2026-001150"
spec("auto_reply", "de", "other",
     "Out-of-office WITHOUT auto-reply headers, 'Re: [PLT-…] Eingangsbestätigung…' + In-Reply-To, with our acknowledgement quoted below: looks like a follow-up, but the sender's own text is only an absence notice. multipart/alternative UTF-8 8bit.",
     (lambda t: mail(("Doris Schumacher", "doris.schumacher@mailbox.example.com"),
          "Re: " + ack_subject(T, "de"),
          t, date=dt(2026, 11, 27, 17, 3), fmt="alt",
          html=html_of(t, lang="de"), in_reply_to=ack_mid(T)))(
"""Guten Tag,

danke für Ihre Nachricht. Ich bin vom 27. November bis zum 6. Dezember im Urlaub und kann Ihre E-Mail erst danach lesen.

Doris Schumacher

""" + quoted_ack(T, "de", "27.11.2026 um 16:58")), refers=T)

T = "PLT-2026-001018"
spec("auto_reply", "en", "other",
     "'Automatic reply:' out-of-office (Exchange) WITH Auto-Submitted/X-Auto-Response-Suppress, answering our acknowledgement. text/plain us-ascii 7bit, CRLF.",
     mail(("Graham Fletcher", "graham.fletcher@lawfirm.example.com"),
          "Automatic reply: " + ack_subject(T, "en"),
          """Thank you for your email. I am out of the office until Monday 12 October with limited access to email. For urgent matters please contact my assistant, Jane Porter, at jane.porter@lawfirm.example.com.

Kind regards,
Graham Fletcher""",
          date=dt(2026, 10, 5, 11, 15, off=2), charset="us-ascii", cte="7bit", in_reply_to=ack_mid(T), crlf=True,
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")]),
     refers=T)

T = "PLT-2026-001077"
spec("auto_reply", "en", "other",
     "Travel auto-responder WITHOUT any auto-reply header, 'Re: [PLT-…]' subject and our acknowledgement quoted: only the absence text is the sender's own. text/plain UTF-8 QP.",
     mail(("Nicole Brennan", "nicole.brennan@gmail.example.com"),
          "Re: " + ack_subject(T, "en"),
          """Hi,

Thanks for your message! I'm currently travelling in South America with very limited internet access until 3 March. I will reply as soon as I can after my return.

Nicole

""" + quoted_ack(T, "en", "Tue, 10 Feb 2026 at 11:20"),
          date=dt(2026, 2, 10, 11, 21), cte="quoted-printable", in_reply_to=ack_mid(T)), refers=T)

T = "PLT-2026-000845"
spec("auto_reply", "en", "other",
     "Helpdesk (Zendesk-like) AUTO-ACKNOWLEDGEMENT of a company, triggered by our acknowledgement: own request number #88213 plus our ticket in the subject; WITH Auto-Submitted header. multipart/alternative UTF-8 QP/base64.",
     (lambda t: mail(("Acme Logistics Support", "support@acmelogistics.example.com"),
          "[Request received] Re: " + ack_subject(T, "en"),
          t, date=dt(2026, 6, 26, 8, 44, off=2), fmt="alt", cte="quoted-printable", html_cte="base64",
          html=html_of(t, lang="en"), in_reply_to=ack_mid(T),
          extra=[("Auto-Submitted", "auto-replied"), ("X-Zendesk-Ticket", "88213")]))(
"""Hello,

Your request (#88213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Acme Logistics Customer Support
This email is a service from Acme Logistics Support."""), refers=T)

# ================================================================ BOUNCES (6)

def ack_msg(tid, lang, to, date, headers_only=False):
    h = [("Return-Path", "<%s>" % MBX),
         ("From", "Service des plaintes / Klachtendienst <%s>" % MBX),
         ("To", to), ("Subject", hdr(ack_subject(tid, lang))), ("Date", format_datetime(date)),
         ("Message-ID", ack_mid(tid)), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
         ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    hb = serialize_headers(h)
    if headers_only:
        return hb
    return hb + b"\n" + quopri.encodestring((ACK_BODY[lang] % tid).encode("utf-8")) + b"\n"


def bounce(from_, subject, date, human, human_charset, human_cte, status_fields, returned,
           returned_kind="message/rfc822", mta="mx2.federal.example.be", extra=(), crlf=False, remote="mail.example.net"):
    d1 = date + timedelta(seconds=3)
    top = [("Return-Path", "<>"),
           ("Received", "from %s (%s [%s])\n\tby mx2.federal.example.be (Postfix) with ESMTPS id %010X\n\tfor <%s>; %s"
            % (remote, remote, "198.51.100.%d" % R.randint(2, 250), R.getrandbits(40), MBX, format_datetime(d1))),
           ("From", from_), ("To", MBX), ("Subject", hdr(subject)), ("Date", format_datetime(date)),
           ("Message-ID", "<%s@%s>" % ("%016X" % R.getrandbits(64), remote)),
           ("Auto-Submitted", "auto-replied")] + list(extra) + [("MIME-Version", "1.0")]
    p1 = leaf("text/plain", human, human_charset, human_cte)
    p2 = ([("Content-Type", "message/delivery-status")], status_fields.encode("ascii") + b"\n")
    if returned_kind == "message/rfc822":
        p3 = ([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")], returned)
    else:
        p3 = ([("Content-Type", "text/rfc822-headers"), ("Content-Description", "Undelivered Message Headers")], returned)
    ph, pb = multipart("report", [p1, p2, p3], params="report-type=delivery-status")
    data = serialize_headers(top + ph) + b"\n" + pb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


T = "PLT-2026-000902"
spec("bounce", "en", "other",
     "Postfix DSN (multipart/report, message/delivery-status, full message/rfc822) returning our acknowledgement: user unknown at a mistyped domain. English human-readable part (us-ascii 7bit).",
     bounce("MAIL-DELIVERY-SYSTEM <MAILER-DAEMON@mx2.federal.example.be>", "Undelivered Mail Returned to Sender",
            dt(2026, 3, 18, 10, 5),
            """This is the mail system at host mx2.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jean.dupont@gmial.example.com>: host mx.gmial.example.com[203.0.113.77] said:
    550 5.1.1 <jean.dupont@gmial.example.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""",
            "us-ascii", "7bit",
            """Reporting-MTA: dns; mx2.federal.example.be
X-Postfix-Queue-ID: 4F2A01C03B
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Wed, 18 Mar 2026 10:04:58 +0100

Final-Recipient: rfc822; jean.dupont@gmial.example.com
Original-Recipient: rfc822;jean.dupont@gmial.example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gmial.example.com
Diagnostic-Code: smtp; 550 5.1.1 <jean.dupont@gmial.example.com>: Recipient
    address rejected: User unknown in virtual mailbox table""",
            ack_msg(T, "fr", "jean.dupont@gmial.example.com", dt(2026, 3, 18, 10, 4)),
            remote="mx2.federal.example.be"), refers=T)

T = "PLT-2026-001121"
spec("bounce", "en", "other",
     "Gmail-style 'Delivery Status Notification (Failure)' / 'Address not found', multipart/report with text/rfc822-headers only (headers of our acknowledgement). Human text UTF-8 QP.",
     bounce("Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)",
            dt(2026, 10, 14, 8, 31, off=2),
            """** Address not found **

Your message wasn't delivered to vanessa.kroll1987@gmail.example.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.""",
            "utf-8", "quoted-printable",
            """Reporting-MTA: dns; googlemail.example.com
Received-From-MTA: dns; mx2.federal.example.be
Arrival-Date: Wed, 14 Oct 2026 08:31:02 +0200

Final-Recipient: rfc822; vanessa.kroll1987@gmail.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.""",
            ack_msg(T, "de", "vanessa.kroll1987@gmail.example.com", dt(2026, 10, 14, 8, 30, off=2), headers_only=True),
            returned_kind="text/rfc822-headers", remote="mail-sor-f41.googlemail.example.com"), refers=T)

T = "PLT-2026-000733"
spec("bounce", "en", "other",
     "qmail-style plain-text bounce WITHOUT MIME headers ('Hi. This is the qmail-send program'), quoting our acknowledgement: no multipart/report to rely on.",
     (lambda: serialize_headers([
         ("Return-Path", "<>"),
         ("Received", "from mail.oldisp.example.net (mail.oldisp.example.net [192.0.2.44])\n\tby mx2.federal.example.be (Postfix) with ESMTP id 99A1E0C7F2\n\tfor <%s>; Fri, 22 May 2026 14:12:09 +0200" % MBX),
         ("Date", "22 May 2026 12:12:07 -0000"),
         ("From", "MAILER-DAEMON@mail.oldisp.example.net"),
         ("To", MBX),
         ("Subject", "failure notice"),
         ("Message-ID", "<20260522121207.31337.qmail@mail.oldisp.example.net>")]) + b"\n" + (
"""Hi. This is the qmail-send program at mail.oldisp.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<r.vandamme@oldisp.example.net>:
This mailbox has been disabled because it was not used for more than 12 months.

--- Below this line is a copy of the message.

Return-Path: <plaintes.klachten@federal.example.be>
Received: from mx2.federal.example.be (mx2.federal.example.be [10.20.0.12])
  by mail.oldisp.example.net with ESMTP; 22 May 2026 12:12:06 -0000
From: Service des plaintes / Klachtendienst <plaintes.klachten@federal.example.be>
To: r.vandamme@oldisp.example.net
Subject: [PLT-2026-000733] Ontvangstbevestiging van uw klacht
Date: Fri, 22 May 2026 14:12:01 +0200
Message-ID: <ack.plt-2026-000733@federal.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + (ACK_BODY["nl"] % T) + "\n").encode("utf-8"))(), refers=T)

T = "PLT-2026-000968"
spec("bounce", "fr", "other",
     "French ISP DSN: temporary failure turned permanent after 5 days (timeout), multipart/report with French human text (ISO-8859-1 QP, RFC 2047 subject) and full returned acknowledgement.",
     bounce("Système de distribution du courrier <MAILER-DAEMON@smtp.fai-exemple.example.net>",
            "Échec de la remise du message (délai dépassé)", dt(2026, 6, 29, 3, 0, off=2),
            """Ceci est un message automatique du serveur smtp.fai-exemple.example.net.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) après
plusieurs tentatives pendant 5 jours :

    marie-claire.gobert@fai-exemple.example.net

Raison : le serveur du destinataire n'a pas répondu (délai de connexion dépassé).
Aucune nouvelle tentative ne sera effectuée.

Le message d'origine est joint ci-dessous.""",
            "iso-8859-1", "quoted-printable",
            """Reporting-MTA: dns; smtp.fai-exemple.example.net
Arrival-Date: Wed, 24 Jun 2026 02:58:40 +0200

Final-Recipient: rfc822; marie-claire.gobert@fai-exemple.example.net
Action: failed
Status: 4.4.7
Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to
    mx.fai-exemple.example.net[192.0.2.201]:25: Connection timed out
Last-Attempt-Date: Mon, 29 Jun 2026 02:59:58 +0200""",
            ack_msg(T, "fr", "marie-claire.gobert@fai-exemple.example.net", dt(2026, 6, 24, 2, 58, off=2)),
            remote="smtp.fai-exemple.example.net"), refers=T)

T = "PLT-2026-001009"
spec("bounce", "de", "other",
     "Exchange NDR in German ('Unzustellbar: [PLT-…] Eingangsbestätigung…'), multipart/report with German human text (UTF-8 base64) and message/rfc822 of our acknowledgement; CRLF line endings.",
     bounce("Microsoft Outlook <postmaster@verwaltung-ostbelgien.example.be>",
            "Unzustellbar: " + ack_subject(T, "de"), dt(2026, 9, 2, 13, 20, off=2),
            """Die Nachricht konnte nicht an die folgenden Empfänger übermittelt werden:

peter.hilger@verwaltung-ostbelgien.example.be
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.verwaltung-ostbelgien.example.be
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben.""",
            "utf-8", "base64",
            """Reporting-MTA: dns;EXCH02.verwaltung-ostbelgien.example.be
Received-From-MTA: dns;mx2.federal.example.be
Arrival-Date: Wed, 2 Sep 2026 11:19:51 +0000

Final-recipient: RFC822;peter.hilger@verwaltung-ostbelgien.example.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException""",
            ack_msg(T, "de", "peter.hilger@verwaltung-ostbelgien.example.be", dt(2026, 9, 2, 13, 19, off=2)),
            remote="EXCH02.verwaltung-ostbelgien.example.be",
            extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")], crlf=True), refers=T)

spec("bounce", "nl", "other",
     "BACKSCATTER: old-style Exchange plain-text NDR in Dutch ('Onbestelbaar:') for a spoofed invoice mail we never sent (no ticket, refers_to null). text/plain windows-1252 QP, no multipart/report.",
     mail(("Systeembeheerder", "postmaster@bouwbedrijf-peeters.example.be"),
          "Onbestelbaar: Uw factuur nr. 2026-0988 - betaling vereist",
          """Uw bericht heeft enkele of alle geadresseerden niet bereikt.

      Onderwerp:        Uw factuur nr. 2026-0988 - betaling vereist
      Verzonden:        17/06/2026 3:14

Het bericht kan niet worden bezorgd bij de volgende geadresseerde(n):

      boekhouding@bouwbedrijf-peeters.example.be op 17/06/2026 3:14
            Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen.
            <EXCH01.bouwbedrijf-peeters.example.be #5.2.2 smtp;552 5.2.2 Mailbox quota exceeded>

-----Oorspronkelijk bericht-----
Van: plaintes.klachten@federal.example.be
Aan: boekhouding@bouwbedrijf-peeters.example.be
Onderwerp: Uw factuur nr. 2026-0988 - betaling vereist

Beste, in bijlage vindt u de factuur die nog openstaat. Gelieve binnen 48 uur te betalen via de link.""",
          date=dt(2026, 6, 17, 3, 14, 40, off=2), charset="windows-1252", cte="quoted-printable",
          auth=None, extra=[("Auto-Submitted", "auto-replied")], return_path="<>",
          mid="<NDR.5521A@EXCH01.bouwbedrijf-peeters.example.be>"))

# ================================================================ SPAM / SCAMS (16)

def att_html(filename, content):
    return leaf("text/html", content, "utf-8", "base64", filename=filename, disposition="attachment")


def att_zip(filename):
    return leaf("application/zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(R.getrandbits(8) for _ in range(300)) + b"PK\x05\x06" + b"\x00" * 18,
                None, "base64", filename=filename, disposition="attachment")

# ---- FR
spec("spam", "fr", "other",
     "PHISHING fake tax refund from the look-alike domain flnances-belgium.example.com (l instead of i), SPF fail, urgent deadline, link to a card-details form. HTML-only UTF-8 base64 with tables, hidden preheader and tracking pixel.",
     mail(("SPF Finances", "remboursement@flnances-belgium.example.com"),
          "Avis de remboursement : 1.284,50 EUR en attente de validation",
          date=dt(2026, 5, 12, 4, 17, off=2), fmt="html", cte="base64", auth="fail", spam_score=5.1,
          html="""<html><head><style>.btn{background:#2a5aa8;color:#fff;padding:12px 24px;text-decoration:none}</style></head>
<body><span style="display:none">Votre remboursement est disponible</span>
<table width="600" align="center"><tr><td><img src="https://flnances-belgium.example.com/img/logo-spf.png" alt="SPF Finances"></td></tr>
<tr><td><p>Cher contribuable,</p>
<p>Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous avez droit à un remboursement d'impôt de <b>1.284,50 EUR</b>.</p>
<p>Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires dans les <b>48 heures</b>. Passé ce délai, votre remboursement sera annulé.</p>
<p style="text-align:center"><a class="btn" href="https://flnances-belgium.example.com/remboursement/valider?id=BE8812">CONFIRMER MON REMBOURSEMENT</a></p>
<p>Cordialement,<br>Service Public Fédéral Finances</p>
<p style="font-size:8pt;color:#999">© 2026 SPF Finances. Tous droits réservés. Ne répondez pas à ce message.</p></td></tr></table>
<img src="https://flnances-belgium.example.com/t.gif?u=plaintes" width="1" height="1"></body></html>
"""))

spec("spam", "fr", "other",
     "SCAM DRESSED AS A COMPLAINT: 'je me plains que vous n'avez pas versé mon remboursement de 2.300 EUR', but the sender is a bulk mailer, the 'dossier' is an HTML attachment that asks for the mailbox password (credential phishing) and the link goes to an unrelated domain. multipart/mixed: text/plain UTF-8 8bit + text/html attachment (base64).",
     mail(("Dubois Marc", "m.dubois.8821@promo-mailer.example.net"),
          "Plainte - remboursement 2.300 EUR non versé",
          """Bonjour,

Je me plains que vous n'avez toujours pas versé mon remboursement de 2.300 EUR malgré mes nombreux rappels.

Vous trouverez la preuve de mon dossier dans le document joint. Pour l'ouvrir, connectez-vous avec votre adresse e-mail professionnelle et votre mot de passe.

Ou cliquez ici : http://dossier-remboursement.example.net/view?doc=PLAINTE-2300&mail=plaintes.klachten@federal.example.be

Merci de traiter rapidement.

Marc""",
          date=dt(2026, 9, 29, 2, 44, off=2), auth="softfail", spam_score=4.6,
          to="undisclosed-recipients:;",
          attachments=[att_html("Dossier_Plainte_2300EUR.html",
                                """<html><body><h3>Document partagé - Connexion requise</h3>
<form action="http://dossier-remboursement.example.net/collect.php" method="post">
E-mail : <input name="email"><br>Mot de passe : <input name="pass" type="password"><br>
<input type="submit" value="Voir le document"></form></body></html>""")]))

spec("spam", "fr", "other",
     "INHERITANCE / advance-fee scam in French ('feu M. …', 4,5 millions, confidentiality, send personal data), Reply-To to a different free-mail domain. text/plain ISO-8859-1 QP.",
     mail(("Maître Koffi Adjoumani", "cabinet.adjoumani@notaires-afrique.example.org"),
          "URGENT ET CONFIDENTIEL : succession de feu M. Bernard Lefèvre",
          """Cher(e) ami(e),

Je suis Maître Koffi Adjoumani, notaire à Abidjan. Je vous contacte au sujet de la succession de feu Monsieur Bernard LEFEVRE, ressortissant belge décédé en 2021 dans un accident de la route, sans héritier connu.

Il a laissé sur un compte bloqué la somme de QUATRE MILLIONS CINQ CENT MILLE EUROS (4.500.000 EUR). Comme vous portez un nom similaire / êtes de même nationalité, je vous propose de vous présenter comme bénéficiaire. Nous partagerons 50/50. L'opération est 100% légale et sans risque.

Merci de me faire parvenir en toute confidentialité :
- vos nom et prénoms complets
- votre adresse et numéro de téléphone
- une copie de votre pièce d'identité

Répondez uniquement à mon adresse privée : koffi.adjoumani2026@freemail.example.com

Que Dieu vous bénisse.
Me K. Adjoumani""",
          date=dt(2026, 1, 30, 23, 9, off=0), charset="iso-8859-1", cte="quoted-printable",
          reply_to="koffi.adjoumani2026@freemail.example.com", spam_score=7.8, auth="none"))

spec("spam", "fr", "other",
     "Marketing / SEO offer in French sent to the complaints address, with List-Unsubscribe header; mentions 'avis clients négatifs' and 'plaintes' as sales pitch. multipart/alternative UTF-8 QP.",
     (lambda t: mail(("Julie - WebBoost Agence", "julie@webboost-agence.example.com"),
          "Votre site federal.example.be mérite la 1ère page de Google",
          t, date=dt(2026, 4, 7, 10, 0, off=2), fmt="alt", cte="quoted-printable",
          html=html_of(t, pixel="https://trk.webboost-agence.example.com/o.gif?c=7731"),
          extra=[("List-Unsubscribe", "<https://webboost-agence.example.com/unsub?id=7731>"), ("Precedence", "bulk")]))(
"""Bonjour,

En analysant votre site federal.example.be, notre équipe a relevé 37 erreurs techniques qui nuisent à votre référencement. Résultat : vos visiteurs tombent d'abord sur des forums remplis de plaintes et d'avis négatifs au lieu de vos pages officielles.

Notre offre « Visibilité Premium » :
- audit SEO complet offert (valeur 490 €)
- rédaction de 10 articles optimisés par mois
- gestion de votre e-réputation

Répondez simplement « OUI » à ce mail pour un appel de 15 minutes.

Julie Marchand
Chargée de clientèle - WebBoost Agence

Pour ne plus recevoir nos offres, cliquez ici."""))

# ---- NL
spec("spam", "nl", "other",
     "LOTTERY scam in Dutch: e-mail address 'won' EUR 850.000, claim via agent with personal data and a processing fee. HTML-only windows-1252 QP, RFC 2047 B subject.",
     mail(("Euro Millions Online Loterij", "claims@euromillions-winners.example.org"),
          "Gefeliciteerd!!! Uw e-mailadres heeft €850.000 gewonnen",
          date=dt(2026, 7, 1, 1, 12, off=2), fmt="html", charset="windows-1252", cte="quoted-printable",
          subj_charset="windows-1252", subj_enc="b", spam_score=8.9, auth="none",
          html="""<html><body bgcolor="#ffffcc"><center><h1 style="color:red">GEFELICITEERD!!!</h1></center>
<p>Beste winnaar,</p>
<p>Wij hebben het genoegen u mee te delen dat uw e-mailadres werd getrokken in de internationale Euro Millions Online Loterij van 28 juni 2026. U hebt <b>€850.000,00</b> (achthonderdvijftigduizend euro) gewonnen!</p>
<p>Winnend ticketnummer: 0044-7712-EM. Lotnummer: 8841/22.</p>
<p>Om uw prijs te ontvangen, neemt u contact op met onze claimagent, de heer Johan van Dijk, met vermelding van: volledige naam, adres, telefoonnummer, beroep en een kopie van uw identiteitskaart. Een administratieve kost van €350 voor de overschrijving wordt gevraagd.</p>
<p>E-mail claimagent: johan.vandijk.claims@freemail.example.com</p>
<p>Houd deze winst vertrouwelijk tot uw claim is verwerkt.</p>
<p>Met vriendelijke groeten,<br>Mevr. Laura Smits<br>Coördinator</p></body></html>
"""))

spec("spam", "nl", "other",
     "INVOICE FRAUD in Dutch: 'gelieve de bijgevoegde factuur te betalen', changed IBAN, urgency, sender unknown to the administration. multipart/mixed: text/plain UTF-8 QP + PDF 'factuur'.",
     mail(("Boekhouding Van Loo Facility Services", "boekhouding@vanloo-facility.example.net"),
          "Herinnering: openstaande factuur VL-2026-3318",
          """Geachte,

Bij controle van onze boekhouding stellen wij vast dat factuur VL-2026-3318 van 14/08/2026 (schoonmaak kantoren, EUR 4.870,20) nog niet werd voldaan.

Opgelet: wij zijn van bank veranderd. Gelieve het bedrag uitsluitend over te maken op ons nieuwe rekeningnummer BE12 3456 7890 1234 (BIC GEBABEBB) met vermelding van het factuurnummer, en dit binnen de 48 uur om een ingebrekestelling en bijkomende kosten te vermijden.

U vindt de factuur in bijlage.

Met vriendelijke groeten,
Afdeling Boekhouding
Van Loo Facility Services""",
          date=dt(2026, 9, 15, 7, 55, off=2), cte="quoted-printable", auth="fail", spam_score=5.5,
          attachments=[att_pdf("Factuur_VL-2026-3318.pdf")]))

spec("spam", "nl", "other",
     "PHISHING 'uw mailbox is vol' in Dutch from a look-alike IT-helpdesk domain (federal-example-be.example.net); asks to 'verify' the account. HTML-only UTF-8 QP, sender display name imitating the internal helpdesk.",
     mail(("IT Helpdesk FOD", "helpdesk@federal-example-be.example.net"),
          "Waarschuwing: uw mailbox is 98% vol",
          date=dt(2026, 11, 2, 6, 3), fmt="html", cte="quoted-printable", auth="fail", spam_score=6.2,
          html="""<html><body style="font-family:Segoe UI,Arial">
<table style="border:1px solid #ccc;width:500px"><tr><td style="background:#0078d4;color:white;padding:8px">Microsoft Outlook</td></tr>
<tr><td style="padding:12px">
<p>Beste gebruiker van <b>plaintes.klachten@federal.example.be</b>,</p>
<p>Uw mailbox heeft de opslaglimiet bereikt (98%). Nieuwe berichten worden geweigerd en oudere berichten worden binnen 24 uur verwijderd.</p>
<p><a href="https://federal-example-be.example.net/owa/verify?u=plaintes.klachten" style="background:#0078d4;color:white;padding:8px 16px;text-decoration:none">Opslag gratis uitbreiden</a></p>
<p style="color:#666;font-size:9pt">IT-Helpdesk – Dit is een automatisch bericht.</p>
</td></tr></table></body></html>
"""))

spec("spam", "nl", "other",
     "CRYPTO INVESTMENT scam in Dutch with fake celebrity endorsement and guaranteed returns. multipart/alternative ISO-8859-1 base64, RFC 2047 Q subject.",
     (lambda t: mail(("Anke van Rijn", "anke.vanrijn@invest-nieuws.example.com"),
          "Bekende Vlaming verdient 3.000 euro per dag - banken zijn woedend",
          t, date=dt(2026, 3, 30, 20, 0, off=2), fmt="alt", charset="iso-8859-1", cte="base64",
          html=html_of(t, lang="nl"), spam_score=9.3, auth="none"))(
"""Hallo,

Wist u dat steeds meer Belgen hun job opzeggen dankzij het nieuwe platform BitProfit AI? Een bekende tv-presentator vertelde gisteren live dat hij met een startinvestering van slechts 250 euro al na één week 21.000 euro verdiende.

Het systeem handelt automatisch in Bitcoin, 24 uur per dag. Rendement gegarandeerd, geen ervaring nodig.

De plaatsen zijn beperkt tot 50 nieuwe deelnemers per regio. Schrijf u vandaag nog in:
https://bitprofit-ai.example.net/be/registratie

Anke van Rijn
Financieel journaliste"""))

# ---- DE
spec("spam", "de", "other",
     "PHISHING fake tax refund in German from look-alike 'fod-flnanzen.example.com' (FÖD Finanzen imitation), urgency and card-data form. multipart/alternative UTF-8 QP, RFC 2047 B subject, SPF fail.",
     (lambda t: mail(("FÖD Finanzen - Rückerstattung", "service@fod-flnanzen.example.com"),
          "Rückerstattung von 412,80 € – Bestätigung erforderlich",
          t, date=dt(2026, 8, 12, 5, 40, off=2), fmt="alt", cte="quoted-printable",
          html=html_of(t, lang="de", pixel="https://fod-flnanzen.example.com/px.gif"), subj_enc="b", auth="fail", spam_score=5.9))(
"""Sehr geehrter Steuerzahler,

nach Prüfung Ihrer Steuerdaten haben Sie Anspruch auf eine Steuerrückerstattung in Höhe von 412,80 €.

Um die Zahlung zu erhalten, müssen Sie Ihre Kartendaten innerhalb von 24 Stunden über unser sicheres Portal bestätigen:
https://fod-flnanzen.example.com/rueckerstattung/formular

Nach Ablauf dieser Frist verfällt Ihr Anspruch.

Mit freundlichen Grüßen
Föderaler Öffentlicher Dienst Finanzen"""))

spec("spam", "de", "other",
     "ADVANCE-FEE scam in German ('Geschäftsvorschlag', dormant account, 40% share, processing fee). text/plain ISO-8859-1 8bit, Reply-To on another domain, no greeting by name.",
     mail(("Dr. Friedrich Hoffmann", "f.hoffmann@privatbank-intl.example.org"),
          "Vertraulicher Geschäftsvorschlag",
          """Guten Tag,

ich bin Dr. Friedrich Hoffmann, Leiter der Abteilung für Auslandskonten bei einer Privatbank in Zürich. Bei einer internen Prüfung habe ich ein ruhendes Konto mit einem Guthaben von 12.400.000 USD entdeckt, dessen Inhaber 2019 ohne Testament verstorben ist.

Ich benötige einen vertrauenswürdigen ausländischen Partner, der als Begünstigter auftritt. Sie erhalten 40% der Summe. Für die Eröffnung des Treuhandverfahrens ist lediglich eine Bearbeitungsgebühr von 2.500 € zu entrichten, die Ihnen selbstverständlich zurückerstattet wird.

Bitte antworten Sie nur an meine private Adresse: dr.hoffmann.private@freemail.example.com

Diskretion ist unerlässlich.

Hochachtungsvoll
Dr. F. Hoffmann""",
          date=dt(2026, 2, 14, 3, 33, off=1), charset="iso-8859-15", cte="8bit",
          reply_to="dr.hoffmann.private@freemail.example.com", spam_score=7.2, auth="none"))

spec("spam", "de", "other",
     "Malware/invoice fraud DRESSED AS A 'Beschwerde' with a fake Aktenzeichen: 'Sie haben unsere Rechnung nicht bezahlt', password-protected ZIP attachment. multipart/mixed: text/plain UTF-8 base64 + application/zip.",
     mail(("Inkasso Abteilung", "mahnung@inkasso-zentrale.example.net"),
          "Beschwerde wegen Nichtzahlung - Aktenzeichen 2026/8812 - LETZTE MAHNUNG",
          """Sehr geehrte Damen und Herren,

wir haben eine Beschwerde unseres Mandanten erhalten, da Ihre Rechnung Nr. 2026/8812 über 1.987,45 € trotz mehrfacher Aufforderung nicht beglichen wurde.

Im Anhang finden Sie die Rechnung und die Forderungsaufstellung. Das Passwort für das Archiv lautet: 8812

Sollte der Betrag nicht innerhalb von 3 Tagen eingehen, werden wir ohne weitere Ankündigung gerichtliche Schritte einleiten und Ihre Daten an die SCHUFA melden.

Mit freundlichen Grüßen
Inkasso Zentrale
Forderungsmanagement""",
          date=dt(2026, 10, 20, 2, 2, off=2), cte="base64", auth="softfail", spam_score=5.8,
          attachments=[att_zip("Rechnung_2026-8812.zip")]))

spec("spam", "de", "other",
     "B2B MARKETING newsletter in German (office supplies promotion) with List-Id/List-Unsubscribe, unrelated to any service. multipart/alternative windows-1252 QP.",
     (lambda t: mail(("Bürobedarf Schneider", "angebote@buero-schneider.example.com"),
          "Nur diese Woche: 30% auf Druckerpapier und Toner",
          t, date=dt(2026, 1, 19, 9, 30), fmt="alt", charset="windows-1252", cte="quoted-printable",
          html=html_of(t, lang="de"),
          extra=[("List-Id", "Angebote Buerobedarf Schneider <angebote.buero-schneider.example.com>"),
                 ("List-Unsubscribe", "<mailto:abmelden@buero-schneider.example.com>"), ("Precedence", "bulk")]))(
"""Sehr geehrte Kundin, sehr geehrter Kunde,

nur bis Sonntag: 30 % Rabatt auf Druckerpapier, Toner und Ordner für Behörden und Verwaltungen!

- 5 Kartons A4-Papier 80 g – nur 89,90 €
- Originaltoner für alle gängigen Modelle – ab 39,00 €
- Lieferung innerhalb von 48 Stunden nach ganz Belgien

Jetzt bestellen: www.buero-schneider.example.com/aktion

Ihr Team von Bürobedarf Schneider

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: abmelden@buero-schneider.example.com"""))

# ---- EN
spec("spam", "en", "other",
     "LOTTERY scam in English (UK National Lottery promo, 1,500,000 GBP), Reply-To to a free-mail address, 'ref. number' and 'batch number'. text/plain us-ascii 7bit, all caps passages.",
     mail(("UK National Lottery Promotions", "info@uknl-promo.example.org"),
          "WINNING NOTIFICATION - REF: UKNL/26/0098",
          """ATTN: LUCKY WINNER,

WE ARE PLEASED TO INFORM YOU THAT YOUR EMAIL ADDRESS WAS SELECTED IN THE UK NATIONAL LOTTERY INTERNATIONAL PROMOTION HELD ON 12TH OCTOBER 2026. YOU HAVE WON THE SUM OF 1,500,000 GBP (ONE MILLION FIVE HUNDRED THOUSAND POUNDS STERLING).

Ref Number: UKNL/26/0098
Batch Number: 7741-22-BE
Winning Number: 04-11-19-27-33-41

To claim your prize contact our fiduciary agent Mr. Peter Collins with your full name, address, age, occupation and phone number:
Email: petercollins.claims@freemail.example.com

Note: all winnings must be claimed within 14 days.

Congratulations!
Mrs. Sandra Whitmore
Promotions Manager""",
          date=dt(2026, 10, 16, 0, 51, off=0), charset="us-ascii", cte="7bit",
          reply_to="petercollins.claims@freemail.example.com", spam_score=9.9, auth="none"))

spec("spam", "en", "other",
     "SCAM DRESSED AS A COMPLAINT: 'I complain that you haven't paid my refund of 2,300 EUR, click here' with a link to a look-alike refund portal asking for card details, sent to undisclosed recipients. Not a real citizen grievance (mass mailing, no identity, no file). HTML-only UTF-8 QP.",
     mail(("Customer Refund Dept", "refunds@belgium-refund-claims.example.net"),
          "Complaint: my refund of 2,300 EUR has not been paid",
          date=dt(2026, 6, 3, 3, 13, off=2), fmt="html", cte="quoted-printable", to="undisclosed-recipients:;",
          auth="fail", spam_score=6.6,
          html="""<html><body>
<p>Dear Sir/Madam,</p>
<p>I complain that you haven't paid my refund of <b>2,300 EUR</b>. This is the third reminder. The refund must be processed today.</p>
<p>To see the refund file and release the payment, <a href="https://belgium-refund-claims.example.net/release?case=00000">click here</a> and confirm the bank card on which the refund must be credited.</p>
<p>Regards,<br>Customer ID: 00000</p>
<img src="https://belgium-refund-claims.example.net/o.gif" width="1" height="1">
</body></html>
"""))

spec("spam", "en", "other",
     "CRYPTO INVESTMENT scam in English (AI trading bot, guaranteed 40% per month, 'limited slots'). multipart/alternative UTF-8 base64 with RFC 2047 B subject containing an emoji.",
     (lambda t: mail(("Ethan Ross | QuantumYield", "ethan@quantumyield-ai.example.com"),
          "🚀 Turn 250 EUR into 12,000 EUR in 30 days - guaranteed",
          t, date=dt(2026, 5, 25, 14, 10, off=2), fmt="alt", cte="base64", html=html_of(t, lang="en"),
          subj_enc="b", spam_score=8.1, auth="pass"))(
"""Hi there,

Our AI trading bot QuantumYield has delivered a GUARANTEED 40% monthly return for 26 months in a row. Over 18,000 Europeans already use it, including civil servants and pensioners.

- Start with only 250 EUR
- Withdraw anytime
- Zero experience needed

Only 20 slots left this week for Belgian residents. Reserve yours now:
https://quantumyield-ai.example.com/join?ref=be

Ethan Ross
Senior Account Manager"""))

spec("spam", "en", "other",
     "PHISHING 'your password expires in 24 hours' targeting the mailbox, link to a look-alike login portal; display name imitates internal IT. HTML-only us-ascii 7bit with a <script> and hidden text.",
     mail(("federal.example.be IT Service Desk", "no-reply@federal-example-be.login-portal.example.net"),
          "Action required: password for plaintes.klachten@federal.example.be expires today",
          date=dt(2026, 11, 25, 7, 7), fmt="html", charset="us-ascii", cte="7bit",
          auth="fail", spam_score=6.9,
          html="""<html><head><script>var u=document.location;</script></head><body>
<div style="display:none">ignore this text lorem ipsum dolor sit amet</div>
<p>Dear user,</p>
<p>The password for your account <b>plaintes.klachten@federal.example.be</b> will expire in 24 hours. To keep using your mailbox without interruption, please confirm your current password:</p>
<p><a href="https://federal-example-be.login-portal.example.net/keep-password?acct=plaintes.klachten">KEEP SAME PASSWORD</a></p>
<p>Failure to do so will lead to the suspension of your account.</p>
<p>IT Service Desk</p>
</body></html>
"""))

# ---------------------------------------------------------------- write + validate

KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}


def main():
    import email, email.policy
    from email.parser import BytesParser
    for f in os.listdir(OUT):
        if re.fullmatch(r"ho-\d{3}\.eml", f):
            os.remove(os.path.join(OUT, f))
    perm = list(range(1, 101))
    random.Random(SEED + 1).shuffle(perm)
    labels = []
    for i, s in enumerate(SPECS):
        fn = "ho-%03d.eml" % perm[i]
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(s["data"])
        ack = s["kind"] in ("complaint", "appeal", "information_request")
        labels.append(dict(file=fn, kind=s["kind"], language=s["language"], category=s["category"],
                           acknowledge=ack, refers_to=s["refers_to"], notes=s["notes"]))
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # validation
    errs = []
    for l in labels:
        if l["kind"] not in KINDS or l["language"] not in LANGS or l["category"] not in CATS:
            errs.append("bad value %s" % l)
        if l["kind"] in ("auto_reply", "bounce", "spam") and l["category"] != "other":
            errs.append("category must be other: %s" % l["file"])
        if l["kind"] == "follow_up" and not l["refers_to"]:
            errs.append("follow_up without refers_to: %s" % l["file"])
        raw = open(os.path.join(OUT, l["file"]), "rb").read()
        m = BytesParser(policy=email.policy.default).parsebytes(raw)
        txt = "\n".join("%s: %s" % (k, v) for k, v in m.items())
        for p in m.walk():
            if p is not m:
                txt += "\n" + "\n".join("%s: %s" % (k, v) for k, v in p.items())
            if p.get_content_maintype() == "text":
                try:
                    txt += p.get_content()
                except Exception as e:
                    errs.append("%s: %s" % (l["file"], e))
        if l["refers_to"] and l["refers_to"] not in txt:
            errs.append("refers_to not in message: %s" % l["file"])
        for host in re.findall(r"[\w.-]+@([\w.-]+)", txt):
            if not re.search(r"example\.(be|com|org|net|test)$", host.lower().rstrip(".")):
                errs.append("%s: non-example address domain %s" % (l["file"], host))
        for line in raw.split(b"\n"):
            if len(line) > 998:
                errs.append("%s: line longer than 998 octets" % l["file"])
                break
        if m["Subject"] is None and l["kind"] != "bounce":
            errs.append("no subject %s" % l["file"])
    from collections import Counter
    c = Counter((l["kind"], l["language"]) for l in labels)
    print("files:", len(labels))
    for k in sorted(KINDS):
        print("%-20s" % k, " ".join("%s=%d" % (g, c[(k, g)]) for g in sorted(LANGS)), sum(c[(k, g)] for g in LANGS))
    print("languages:", Counter(l["language"] for l in labels))
    print("categories:", Counter(l["category"] for l in labels))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
