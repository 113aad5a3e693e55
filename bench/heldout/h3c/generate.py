#!/usr/bin/env python3
"""h3c corpus generator: 46 mails to plaintes.klachten@federal.example.be + labels.json.
Standard library only, fixed seed, deterministic."""
import base64, datetime, json, quopri, random, re, sys, os
from email.parser import BytesParser
from email import policy

SEED = 4127
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
BOX = "plaintes.klachten@federal.example.be"
MSGS = []

# ---------------------------------------------------------------- MIME helpers
def qword(s, cs="utf-8", enc="Q", chunk=16):
    """RFC 2047 encode s (split in several encoded words) if non-ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    out = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            t = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "!*+-/" else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?Q?%s?=" % (cs, t))
    return "\n ".join(out)

def addr(name, mail, cs="utf-8", enc="Q"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, mail) if any(c in name for c in ",.()") else "%s <%s>" % (name, mail)
    return "%s <%s>" % (qword(name, cs, enc, 40), mail)

def dt(mo, d, h, mi, tz=2):
    t = datetime.datetime(2026, mo, d, h, mi, RNG.randrange(60),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return t.strftime("%a, %d %b %Y %H:%M:%S %z")

def mid(host):
    return "<%s.%s@%s>" % ("%x" % RNG.getrandbits(40), "%x" % RNG.getrandbits(24), host)

def rcv(helo, ip, when, by="mx1.federal.example.be"):
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %X;\n\t%s"
            % (helo, helo, ip, by, RNG.getrandbits(36), when))

def leaf(text, ctype="text/plain", cs="utf-8", cte="8bit", extra="", disp=None):
    b = text.encode(cs)
    if cte == "quoted-printable":
        b = quopri.encodestring(b)
    elif cte == "base64":
        b = base64.encodebytes(b)
    h = ['Content-Type: %s; charset="%s"%s' % (ctype, cs, extra),
         "Content-Transfer-Encoding: " + cte]
    if disp:
        h.append("Content-Disposition: " + disp)
    return (h, b)

def attach(data, ctype, fname):
    if isinstance(data, str):
        data = data.encode("latin-1")
    return (['Content-Type: %s; name="%s"' % (ctype, fname),
             "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="%s"' % fname],
            base64.encodebytes(data))

def fakepdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title)

def multi(sub, parts, extra=""):
    bd = "----=_Part_%d_%d" % (RNG.randrange(10**5), RNG.randrange(10**9))
    body = b"This is a multi-part message in MIME format.\n"
    for h, b in parts:
        body += b"\n--" + bd.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b.rstrip(b"\n") + b"\n"
    body += b"\n--" + bd.encode() + b"--\n"
    return (['Content-Type: multipart/%s; boundary="%s"%s' % (sub, bd, extra)], body)

def rfc822(raw, fname=None):
    h = ["Content-Type: message/rfc822"]
    h.append('Content-Disposition: attachment; filename="%s"' % fname if fname else "Content-Disposition: inline")
    return (h, raw)

def raw(top, ent=None, crlf=False, mime=True):
    """top: list of (name, value); ent: (content headers, body) or None."""
    lines = ["%s: %s" % (k, v) for k, v in top]
    if ent is not None:
        if mime:
            lines.append("MIME-Version: 1.0")
        lines += ent[0]
        body = ent[1]
    else:
        body = b""
    out = "\n".join(lines).encode() + b"\n\n" + body
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

def add(kind, lang, cat, refers, notes, data):
    MSGS.append(dict(kind=kind, language=lang, category=cat, refers_to=refers, notes=notes, raw=data))

def person(fromaddr, subj, when, body_ent, host, ip, extra=(), to=BOX, crlf=False, reply=None, refs=None):
    """A mail written by a human through an ordinary MUA."""
    top = [rcv("smtp." + host, ip, when), ("Date", when), ("From", fromaddr), ("To", to),
           ("Subject", subj), ("Message-ID", mid(host))]
    if reply:
        top += [("In-Reply-To", reply), ("References", refs or reply)]
    top += list(extra)
    return raw(top, body_ent, crlf)

def ack_quote(plt, lang, date):
    """Quoted acknowledgement text of our own mailbox."""
    t = {"fr": ("Accusé de réception de votre plainte",
                "Madame, Monsieur,\n\nNous avons bien reçu votre message. Il a été enregistré sous la référence %s.\n"
                "Merci de mentionner cette référence dans toute correspondance.\n\nService central des plaintes"),
         "nl": ("Ontvangstbevestiging van uw klacht",
                "Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht goed ontvangen. Het werd geregistreerd onder referentie %s.\n"
                "Gelieve deze referentie te vermelden in elke briefwisseling.\n\nCentrale klachtendienst"),
         "de": ("Eingangsbestätigung Ihrer Beschwerde",
                "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht erhalten. Sie wurde unter dem Aktenzeichen %s registriert.\n"
                "Bitte geben Sie dieses Aktenzeichen bei jedem Schriftwechsel an.\n\nZentraler Beschwerdedienst"),
         "en": ("Acknowledgement of your complaint",
                "Dear Sir or Madam,\n\nWe have received your message. It has been registered under reference %s.\n"
                "Please quote this reference in all correspondence.\n\nCentral Complaints Service")}[lang]
    subj = "[%s] %s" % (plt, t[0])
    body = t[1] % plt
    return subj, "<ack.%s@federal.example.be>" % plt.lower(), body, date

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))

# ================================================================ COMPLAINTS
def complaints():
    w = dt(3, 9, 10, 14, 1)
    txt = """Madame, Monsieur,

Je me permets de vous écrire en tant qu'assistante sociale au CPAS de Sart-Moulin, pour le compte de Madame Josiane Delvigne-Paquot (NN 61.04.17-228.03), qui m'a donné mandat à cette fin.

Le mari de Madame Delvigne, M. Roger Delvigne, perçoit depuis 2019 une allocation en raison de son handicap. Depuis novembre 2025, plus rien n'est versé. Le ménage vit désormais avec la seule pension de Madame (1.214 EUR) et nous avons dû accorder une aide urgente pour le loyer et le mazout.

Historique de nos démarches :
- 04/12/2025 : appel au numéro gratuit, on nous dit que "le dossier est en révision" ;
- 19/12/2025 : courrier recommandé, resté sans réponse ;
- 13/01/2026 : courriel, réponse automatique (voir ci-dessous) ;
- 10/02/2026 : nouvel appel, 52 minutes d'attente puis coupure.

Personne n'a jamais écrit au ménage qu'une révision était en cours, ni demandé le moindre document. M. Delvigne ne comprend pas ce qui se passe et son état s'est aggravé.

Pouvez-vous nous dire qui traite ce dossier et quand les paiements reprendront ? À défaut, je vous saurais gré de nous indiquer au moins une personne de contact joignable.

----- Réponse reçue le 13/01/2026 -----
> Nous avons bien reçu votre message. En raison du grand nombre de demandes,
> le délai de traitement est actuellement de 12 semaines. Merci de ne pas
> renvoyer votre demande.

Avec mes salutations distinguées,

Nathalie Gosselain
Assistante sociale – Service social général
CPAS de Sart-Moulin
Rue de la Station 14, 5999 Sart-Moulin
Tél. 081 99 41 20
"""
    html = "<html><body style=\"font-family:Calibri\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    add("complaint", "fr", "social_security", None,
        "CPAS social worker writing for a client about her husband's disability allowance stopped without notice; "
        "service never named ('allocation en raison de son handicap'); quoted history of contacts and an auto-reply; ends with questions "
        "but dominant intent is complaint. multipart/alternative, both parts UTF-8 quoted-printable.",
        person(addr("Nathalie Gosselain", "n.gosselain@cpas-sartmoulin.example.be"),
               qword("Dossier de M. Delvigne – plus aucun paiement depuis novembre"), w,
               multi("alternative", [leaf(txt, cte="quoted-printable"),
                                     leaf(html, "text/html", cte="quoted-printable")]),
               "cpas-sartmoulin.example.be", "192.0.2.41"))

    w = dt(3, 16, 18, 2)
    txt = """Goedenavond,

Als zelfstandig boekhouder beheer ik de dossiers van een twintigtal kleine ondernemingen. Ik schrijf u omdat ik nergens anders meer terechtkan.

Voor mijn klant bvba Verhaegen Schrijnwerk (ondernemingsnr. 0712.448.903) werd op 8 oktober 2025 een voorafbetaling van 4.500,00 EUR gedaan met de correcte gestructureerde mededeling. Het geld is van de rekening vertrokken (bewijs beschikbaar), maar in MyMinfin staat voor aanslagjaar 2026 nog altijd "0,00 EUR voorafbetaald". Op die manier krijgt mijn klant straks een vermeerdering wegens onvoldoende voorafbetalingen, voor iets wat hij netjes gedaan heeft.

Wat ik al geprobeerd heb:
* 3x gebeld naar het contactcenter: twee keer na 35 min verbinding verbroken, één keer doorverwezen naar "de inning", waar niemand opnam;
* contactformulier ingevuld op 12/01 en 9/02: geen antwoord;
* een collega raadde mij aan om te mailen naar het kantoor in Mechelen, die zeggen dat het niet hun bevoegdheid is.

Ik vraag niet veel: dat iemand die betaling opzoekt en aan het juiste dossier koppelt. Is het normaal dat dit vijf maanden duurt? En aan wie moet ik het betalingsbewijs eigenlijk bezorgen?

Met vriendelijke groeten,
Koen Verstrepen
Boekhoudkantoor Verstrepen
Kerkstraat 211 bus 2, 2800 Mechelen
BIBF-nr. 50.612.377
"""
    add("complaint", "nl", "taxes", None,
        "Accountant about an advance tax payment ('voorafbetaling') not booked in MyMinfin and an unreachable contact centre; "
        "no decision contested (no assessment yet); questions inside a complaint. text/plain UTF-8 8bit.",
        person(addr("Koen Verstrepen", "koen@boekhouding-verstrepen.example.be"),
               "Voorafbetaling klant onvindbaar - 5 maanden geen antwoord", w,
               leaf(txt, extra="; format=flowed"), "boekhouding-verstrepen.example.be", "198.51.100.23"))

    w = dt(3, 24, 21, 47, 1)
    txt = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen meiner Mutter, Frau Hildegard Kreusch, geb. Schmetz, wohnhaft in Kelmis, die selbst keinen Computer hat.

Seit dem Tod meines Vaters im September 2025 bekommt sie die Rente, die ihr als Witwe zusteht. Das Geld kommt, das ist nicht das Problem. Das Problem ist, dass sämtliche Briefe nur auf Französisch kommen, obwohl meine Mutter in der Deutschsprachigen Gemeinschaft wohnt und ihr Leben lang nur Deutsch gesprochen hat. Der letzte Brief (vom 2. März) verlangt irgendeine Erklärung über "revenus professionnels" innerhalb von 30 Tagen, und sie ist in Panik, weil sie nicht weiß, was sie unterschreiben soll.

Ich habe versucht, bei der Telefonnummer anzurufen, die auf dem Brief steht. Das Sprachmenü bietet Niederländisch, Französisch und Englisch. Wenn man "Deutsch" sagt, wird man wieder an den Anfang geschickt. Nach dem dritten Versuch habe ich aufgegeben.

Ich finde das, ehrlich gesagt, respektlos gegenüber einer 81-jährigen Frau. Könnten Sie bitte dafür sorgen, dass die Akte meiner Mutter auf Deutsch geführt wird, und mir sagen, ob die Frist von 30 Tagen trotzdem läuft?

Mit freundlichen Grüßen
Dieter Kreusch
Lütticher Straße 88
4720 Kelmis
"""
    add("complaint", "de", "pensions", None,
        "Son writing for his widowed mother: survivor's pension letters only in French, phone menu without German; pension "
        "never named as such ('die Rente, die ihr als Witwe zusteht'); complaint with a question. text/plain ISO-8859-1 QP, Q-encoded subject.",
        person(addr("Dieter Kreusch", "d.kreusch@kelmis-net.example.com"),
               qword("Briefe an meine Mutter nur auf Französisch", "iso-8859-1"), w,
               leaf(txt, cs="iso-8859-1", cte="quoted-printable"), "kelmis-net.example.com", "203.0.113.77"))

    w = dt(4, 2, 7, 55)
    html = """<html><head><style>p{margin:0 0 10px 0;font-family:Arial,sans-serif;font-size:11pt}</style></head><body>
<p>To whom it may concern,</p>
<p>I run a small catering business in Leuven and I do not have whole afternoons to waste, which is exactly what happened twice this month.</p>
<p>My daughter Amira is moving to Qatar for work in May and needs her Belgian birth certificate with the official stamp on it so the authorities there accept it. The commune gave us the certificate. Then we were told the stamp has to be done by <i>the ministry in Brussels</i>.</p>
<p>On 17 March we went to the counter in Rue des Petits Carmes: closed, a paper on the door saying appointments only. The online booking page shows no free slots until July. On 26 March I phoned and was told by a very unfriendly lady that we could &quot;use the legalisation by post&quot;. Nobody could tell me how long that takes or whether the original comes back by registered mail.</p>
<p>Frankly this is not a service. Amira's contract starts on 15 May. I would like someone to explain why a stamp takes three months and what I should do now.</p>
<p>Regards,<br>Hassan El Ouardi<br><b>El Ouardi Catering</b> &ndash; Tiensestraat 301, 3000 Leuven<br>+32 470 55 18 02</p>
<img src="https://track.mailer-stats.example.net/o/8812ab.gif" width="1" height="1">
</body></html>"""
    add("complaint", "en", "foreign_affairs", None,
        "Legalisation of a birth certificate for abroad ('the official stamp') described without naming Foreign Affairs; "
        "closed counter, no appointments, rude phone answer -> complaint. HTML-only with <style> and tracking pixel, UTF-8 QP.",
        person(addr("Hassan El Ouardi", "hassan@elouardi-catering.example.com"),
               "stamp on birth certificate - impossible to get an appointment", w,
               leaf(html, "text/html", cte="quoted-printable"), "elouardi-catering.example.com", "198.51.100.140"))

    # forward from a mayor's office, inner complaint about police at a roadside check
    wi = dt(4, 5, 23, 10)
    inner_txt = """Monsieur le Bourgmestre,

Je vous écris parce que je ne sais pas à qui m'adresser. Samedi 4 avril vers 22h15, j'ai été arrêtée sur l'autoroute à hauteur de l'aire de Spy par une patrouille. Je n'avais rien bu (l'éthylotest l'a montré) et mes papiers étaient en ordre.

Le type au contrôle m'a pourtant gardée 1h40 sur la bande d'arrêt d'urgence, dans le froid, avec mes deux enfants à l'arrière. Quand j'ai demandé pourquoi, il m'a répondu "vous posez trop de questions, madame, on a le temps". Son collègue riait. Il a fouillé mon sac à main sans me dire pourquoi. On ne m'a donné aucun document, aucun nom.

Je trouve ce comportement inadmissible. Je voudrais que quelqu'un examine ce qui s'est passé et que ces messieurs soient au moins rappelés à l'ordre.

Veuillez agréer, Monsieur le Bourgmestre, l'expression de mes sentiments respectueux.

Sophie Lambotte
Rue Haute 7, 5190 Jemeppe
0498 21 66 40
"""
    inner = raw([("Date", wi), ("From", addr("Sophie Lambotte", "sophie.lambotte@mailbox.example.net")),
                 ("To", "bourgmestre@jemeppe-commune.example.be"), ("Subject", qword("contrôle sur l'autoroute samedi soir", "windows-1252")),
                 ("Message-ID", mid("mailbox.example.net"))],
                leaf(inner_txt, cs="windows-1252", cte="quoted-printable"))
    cover = """Madame, Monsieur,

Le Bourgmestre a reçu le courriel ci-joint d'une habitante de notre commune. Les faits concernent une patrouille sur l'autoroute et ne relèvent donc pas de notre zone de police locale. Nous vous le transmettons pour suite utile et avons informé Mme Lambotte de cette transmission.

Pour le Bourgmestre,

Marc Dufrasne
Secrétariat du Bourgmestre
Administration communale de Jemeppe
"""
    w = dt(4, 8, 11, 30)
    add("complaint", "fr", "police", None,
        "Mayor's office forwards (message/rfc822) a citizen's complaint about 'le type au contrôle' on the motorway: police CONDUCT "
        "-> complaint, police; complainant is the inner From. Inner text/plain windows-1252 QP, outer UTF-8 8bit.",
        person(addr("Secrétariat du Bourgmestre", "secretariat.bourgmestre@jemeppe-commune.example.be"),
               "TR: " + qword("contrôle sur l'autoroute samedi soir"), w,
               multi("mixed", [leaf(cover), rfc822(inner, "Fwd controle autoroute.eml")]),
               "jemeppe-commune.example.be", "192.0.2.200"))

    w = dt(4, 14, 9, 3)
    txt = """Geachte,

Betreft: ons lid mevrouw Ilse Wouters, geboren 03/11/1991, rijksregisternr. 91.11.03-164.42

Ik ben consulent werkloosheid bij onze vakbondsafdeling Kempen. Mevrouw Wouters heeft in december 2025 voor de uitbetaling van haar uitkering gekozen voor de hulpkas in plaats van onze uitbetalingsinstelling (haar keuze, daar hebben wij geen probleem mee).

Sindsdien heeft zij geen enkele betaling ontvangen. Stand van zaken:
- de aanvraag werd volgens het loket in Turnhout op 22/12/2025 volledig ingediend;
- op 30/01 kreeg ze een brief dat haar "C4 ontbreekt". De C4 zat in het dossier, ze heeft de ontvangststempel;
- op 03/03 opnieuw ingediend, sindsdien niets;
- telefonisch krijgt ze telkens te horen dat "het in behandeling is".

Voor alle duidelijkheid: de beslissing van de RVA over haar recht op uitkeringen betwisten wij niet, die is positief. Het probleem is dat een alleenstaande moeder met twee kinderen vier maanden zonder inkomen zit omdat een document zoekraakt tussen twee loketten.

Wij vragen dat het dossier dringend wordt nagekeken en dat de achterstallige bedragen worden uitbetaald. Graag ook een contactpersoon.

Met vriendelijke groet,

Bart Claessens
consulent werkloosheid
Algemene Bond Kempen - secretariaat Turnhout
Warandestraat 40, 2300 Turnhout
"""
    add("complaint", "nl", "unemployment", None,
        "Union adviser for a member: benefit paid by 'de hulpkas' (HVW/CAPAC, not named) never paid, document lost; "
        "explicitly does NOT contest the RVA decision -> complaint, unemployment. text/plain UTF-8 quoted-printable.",
        person(addr("Bart Claessens", "b.claessens@bond-kempen.example.org"),
               "dossier I. Wouters - 4 maanden zonder uitkering", w,
               leaf(txt, cte="quoted-printable"), "bond-kempen.example.org", "198.51.100.61"))

    # web form, German, driving licence exchange
    w = dt(4, 20, 15, 41)
    fields = [("Sprache / Langue", "Deutsch"), ("Name", "Mbuyi Kalonji-Heinen"), ("E-Mail", "mbuyi.kalonji@ostbelgien-mail.example.com"),
              ("Telefon", "080 55 21 07"), ("Postleitzahl", "4750"), ("Betrifft", "Sonstiges"),
              ("Ihre Nachricht", "Guten Tag. Im November 2025 habe ich bei der Gemeinde Bütgenbach meinen kongolesischen Führerschein zum Umtausch abgegeben. "
               "Man hat mir gesagt, das dauert 6 bis 8 Wochen, der Antrag geht nach Brüssel. Jetzt sind es 5 Monate. Die Gemeinde sagt, sie kann nichts tun, "
               "Brüssel antwortet nicht. Ich habe keinen Führerschein mehr (der alte ist weg) und keinen neuen, ich arbeite im Schichtdienst in Malmedy und "
               "muss jeden Tag jemanden bitten, mich zu fahren. Ich habe zweimal angerufen, beim ersten Mal wurde aufgelegt, beim zweiten Mal sagte man mir auf "
               "Französisch, ich solle warten. Das ist nicht akzeptabel. Bitte kümmern Sie sich darum."),
              ("Einverständnis Datenschutz", "Ja")]
    txt = "Neue Meldung über das Online-Formular \"Beschwerde einreichen\"\n\n" + "\n".join("%s: %s" % f for f in fields) + \
          "\n\n--\nAutomatisch erzeugt von formulaire.federal.example.be (Formular-ID 7741-DE)\n"
    top = [rcv("web03.federal.example.be", "10.14.2.33", w), ("Date", w),
           ("From", addr("Formulaire web / Webformulier", "no-reply-webform@federal.example.be")), ("To", BOX),
           ("Reply-To", addr("Mbuyi Kalonji-Heinen", "mbuyi.kalonji@ostbelgien-mail.example.com")),
           ("Subject", qword("[Webformular] Beschwerde – Führerschein", "utf-8", "B")), ("Message-ID", mid("web03.federal.example.be")),
           ("Auto-Submitted", "auto-generated"), ("X-Mailer", "FormMailer 3.2")]
    add("complaint", "de", "mobility", None,
        "Web-form notification (Auto-Submitted set by OUR site; citizen in Reply-To): exchange of a foreign driving licence stuck 5 months, "
        "service never named -> complaint, mobility; acknowledge to the Reply-To. text/plain UTF-8 8bit, B-encoded subject.",
        raw(top, leaf(txt)))

    w = dt(4, 27, 13, 12)
    txt = """Hello,

I am writing to complain about your online complaint form, which is a bit ironic.

I tried four times this week to file a complaint about something else (I'll send that separately once this works). Each time, after filling in about 2,000 characters, I click "Send" and get "Session expired - please start again", and all my text is gone. The captcha only appears in Dutch even when I choose English. On the last attempt the page said "Error 502" and then showed the form empty again.

There is no e-mail address on the form page itself. I found this address in a PDF from 2023.

Two questions: is this address still monitored, and is there a character limit on the form that nobody mentions? It would have saved me an evening.

Best,
Joanna Przybylska
Brussels
"""
    html = "<div dir=\"ltr\">" + txt.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>"
    add("complaint", "en", "other", None,
        "Complaint about the complaint WEB FORM itself (session expiry, lost text, captcha only in Dutch): concerns none of the seven "
        "services -> category other, but still a complaint to acknowledge; contains questions. Gmail-like multipart/alternative: us-ascii 7bit text + UTF-8 QP html.",
        person(addr("Joanna Przybylska", "j.przybylska@postbox.example.com"),
               "Your complaint form loses everything", w,
               multi("alternative", [leaf(txt, cs="us-ascii", cte="7bit"), leaf(html, "text/html", cte="quoted-printable")]),
               "postbox.example.com", "203.0.113.9"))

    w = dt(5, 4, 7, 2)
    txt = """Bonjour,

Je suis plombier-chauffagiste indépendant (Sanitaires Bertrand SRL, TVA BE 0693.118.245). J'ai acheté une camionnette d'occasion le 7 avril. Mon assureur a fait la demande d'immatriculation le jour même.

Les plaques ont été envoyées à mon ANCIENNE adresse à Wavre, alors que le siège a déménagé à Gembloux en janvier et que la Banque-Carrefour des Entreprises est à jour depuis longtemps. bpost a renvoyé l'envoi, et depuis trois semaines personne ne sait où est la plaque. Le numéro d'info me renvoie vers l'assureur, l'assureur me renvoie vers vous.

Pendant ce temps la camionnette est dans la cour et je loue un véhicule à 68 € par jour pour honorer mes chantiers. Ça fait plus de 1.400 € de perdus à cause d'une adresse que personne n'a pris la peine de vérifier.

Je veux savoir où est ma plaque et qui va payer la location.

Cordialement,
Olivier Bertrand
Sanitaires Bertrand SRL
Chaussée de Namur 52 – 5030 Gembloux
GSM 0476 30 88 91
"""
    add("complaint", "fr", "mobility", None,
        "Small-business owner: number plate of a van sent to the old address, lost for three weeks (vehicle registration service not named); "
        "claims costs but contests no decision -> complaint, mobility. text/plain windows-1252 QP (euro sign, accents).",
        person(addr("Olivier Bertrand", "info@sanitaires-bertrand.example.be"),
               qword("Plaque camionnette envoyée à la mauvaise adresse !!", "windows-1252"), w,
               leaf(txt, cs="windows-1252", cte="quoted-printable"), "sanitaires-bertrand.example.be", "192.0.2.88",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")]))

    w = dt(5, 6, 22, 19)
    txt = """Beste,

Op 2 mei kwam ik terug van een reis naar Istanbul via Zaventem. Bij de paspoortcontrole werd ik apart genomen door een agent van de politie, zonder uitleg. Ik heb de Belgische nationaliteit, mijn paspoort was geldig.

In het kantoortje heeft een agent (kaal, ongeveer 40, geen naamplaatje zichtbaar) mij een half uur vragen gesteld over mijn hoofddoek en of ik "wel echt Belgisch" was. Toen ik vroeg of ik een advocaat mocht bellen lachte hij en zei "dat is voor criminelen, bent u een crimineel?". Mijn telefoon werd afgepakt en pas teruggegeven toen ik vertrok. Ik heb mijn trein gemist.

Ik heb daar niks fout gedaan en ik voel mij vernederd. Ik dien hierbij klacht in tegen deze agent.

Moet ik hiervoor ook nog naar het Comité P of is dit adres voldoende? En kan ik de naam van die agent opvragen?

Mvg
Hatice Yilmaz
Gent
"""
    html = "<div>" + txt.replace("\n", "<br>\n") + "</div>"
    add("complaint", "nl", "police", None,
        "Police CONDUCT at airport border control (humiliating questioning, phone taken); 'klacht' explicit; ends with two questions "
        "but dominant intent is complaint. multipart/alternative, both parts UTF-8 base64 (Gmail Android style).",
        person(addr("Hatice Yilmaz", "hatice.yilmaz91@postbox.example.com"),
               "Klacht over agent luchthaven 2 mei", w,
               multi("alternative", [leaf(txt, cte="base64"), leaf(html, "text/html", cte="base64")]),
               "postbox.example.com", "203.0.113.54"))

    w = dt(5, 11, 10, 26)
    txt = """Sehr geehrte Damen und Herren,

im Januar habe ich, mit Hilfe meines Hausarztes, die Anerkennung meiner Behinderung beantragt (MS seit 2018, Rollstuhl seit letztem Jahr). Vor zwei Wochen kam die Einladung zur ärztlichen Untersuchung: in Brüssel, Boulevard Pachéco, 8:30 Uhr morgens.

Ich wohne in Burg-Reuland. Mit dem Zug und Rollstuhl bedeutet das Abfahrt um 4:50 Uhr und dreimal Umsteigen. Ich habe angerufen und gefragt, ob die Untersuchung in Eupen oder Lüttich stattfinden kann oder ob der Arzt mich zu Hause besuchen kann, wie es auf Ihrer Webseite steht. Die Antwort war "non, c'est Bruxelles ou rien". Auf Deutsch sprach niemand.

Ich bin trotzdem hingefahren (mein Schwager hat sich einen Tag frei genommen). Der Arzt sprach nur Französisch, es gab keinen Dolmetscher, die Untersuchung dauerte zwölf Minuten. Ich bin nicht sicher, ob er meine Unterlagen überhaupt gelesen hat.

Über das Ergebnis kann ich noch nichts sagen, es ist noch keine Entscheidung gekommen. Aber so behandelt man Menschen mit einer Behinderung nicht. Ich möchte, dass dies festgehalten wird.

Mit freundlichen Grüßen
Anja Theissen
Burg-Reuland
"""
    add("complaint", "de", "social_security", None,
        "Disability recognition procedure (service not named): medical exam only in Brussels, no German, no interpreter; no decision yet "
        "-> complaint, social_security. text/plain UTF-8 8bit, LF.",
        person(addr("Anja Theissen", "anja.theissen@eifelnet.example.com"),
               qword("Ärztliche Untersuchung in Brüssel - unzumutbar"), w,
               leaf(txt), "eifelnet.example.com", "192.0.2.133"))

    w = dt(5, 13, 16, 44)
    txt = """Dear Sir or Madam,

I worked in Belgium from 2021 until August 2025 and then moved to Pune. Before leaving I updated my address with the commune and I registered it in MyMinfin as well (screenshot attached).

In February I learned from a former colleague that letters for me still arrive at my old flat in Etterbeek. One of them, he says, is "something about a tax return for non-residents" with a deadline. I cannot log into Tax-on-web anymore because my Belgian eID expired and itsme does not work with an Indian phone number. The helpdesk told me to "come to the office in person" - from India.

I have now lost several weeks and possibly a deadline, not because I did anything wrong but because the address change was simply ignored. Could you please make sure my foreign address is used, and tell me how a non-resident is supposed to file without an eID?

Kind regards,
Rohan Deshmukh
(formerly Avenue d'Auderghem 118, 1040 Etterbeek)
"""
    add("complaint", "en", "taxes", None,
        "Former expat: tax letters still sent to old Belgian address despite address change, no login possible from abroad; "
        "complaint with questions, no assessment contested. multipart/mixed: text/plain us-ascii 7bit + PDF attachment.",
        person(addr("Rohan Deshmukh", "rohan.deshmukh@mail-in.example.net"),
               "Tax letters sent to old address / cannot log in from abroad", w,
               multi("mixed", [leaf(txt, cs="us-ascii", cte="7bit"), attach(fakepdf("screenshot address"), "application/pdf", "MyMinfin_address_screenshot.pdf")]),
               "mail-in.example.net", "198.51.100.201"))

    w = dt(5, 18, 17, 5)
    txt = """Madame, Monsieur,

Concerne : M. Lucien Hoffmann-Delhaye, né le 22.06.1959 – vos réf. P/2025/88.410/LH
Nos réf. : 2025/0317/CV

J'interviens en qualité de conseil de M. Hoffmann-Delhaye, dont la carrière s'est déroulée pour partie au Grand-Duché de Luxembourg (1981-1994) et pour partie en Belgique.

Par courriers des 14 octobre 2025, 2 décembre 2025 et 27 janvier 2026 (copies en annexe), j'ai sollicité de vos services la communication du relevé de carrière pris en compte pour l'estimation de la pension de mon client, ainsi que la confirmation que les périodes luxembourgeoises ont bien été signalées à l'organisme luxembourgeois compétent. Aucun de ces courriers n'a reçu de réponse, pas même un accusé de réception.

Je précise que mon client n'entend pas, à ce stade, contester une quelconque décision : aucune décision ne lui a d'ailleurs été notifiée. Il s'étonne en revanche, à juste titre, qu'un dossier introduit il y a plus de sept mois, à quatorze mois de la date de prise de cours souhaitée, ne donne lieu à aucun signe de vie de l'administration, en méconnaissance de l'obligation de répondre dans un délai raisonnable (art. 3 de la Charte de l'assuré social).

Je vous saurais gré de bien vouloir m'adresser les informations demandées dans les meilleurs délais et de m'indiquer le nom du gestionnaire du dossier.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Me Claire Vandamme
Avocate au barreau de Liège-Huy
Boulevard d'Avroy 51, 4000 Liège
"""
    add("complaint", "fr", "pensions", None,
        "Lawyer for a client with a mixed Luxembourg/Belgian career: three letters unanswered; states explicitly that no decision is contested "
        "-> complaint (not appeal) despite legal register and article references. multipart/mixed: text/plain UTF-8 QP + two PDF attachments.",
        person(addr("Me Claire Vandamme", "c.vandamme@avocats-avroy.example.be"),
               qword("M. Hoffmann-Delhaye – vos réf. P/2025/88.410/LH – absence de réponse"), w,
               multi("mixed", [leaf(txt, cte="quoted-printable"),
                               attach(fakepdf("courriers"), "application/pdf", "courriers 14-10 02-12 27-01.pdf"),
                               attach(fakepdf("procuration"), "application/pdf", "procuration.pdf")]),
               "avocats-avroy.example.be", "192.0.2.19"))

    w = dt(5, 20, 12, 58)
    txt = """hallo

ik word nu al voor de 5de keer gebeld door iemand van de "enquete naar de arbeidskrachten" of zoiets. ik heb al 2x gezegd dat ik niet wil meedoen, ik ben 74 en werk al lang niet meer. vandaag zei die mevrouw dat het VERPLICHT is en dat ik anders een boete kan krijgen?? is dat waar? ze belt altijd tijdens het middageten en heeft mijn nummer van god weet waar.

ik wil dat dit stopt. gelieve mijn naam van die lijst te halen.

J. Van Damme-Roels
Lokeren
verstuurd vanaf mijn tablet"""
    add("complaint", "nl", "other", None,
        "Short angry complaint about repeated calls for a statistics survey (labour force survey, not named): service is none of the seven "
        "-> category other; lower-case, question inside. text/plain ISO-8859-1 8bit, CRLF line endings.",
        person(addr("J. Van Damme", "jvandamme.roels@telenetmail.example.be"),
               "ze blijven bellen voor die enquete", w,
               leaf(txt, cs="iso-8859-1"), "telenetmail.example.be", "203.0.113.180", crlf=True))

    w = dt(5, 25, 3, 12, -4)
    txt = """Guten Tag,

ich bin belgischer Staatsbürger (aus Raeren) und lebe seit 2019 mit meiner Familie in Montréal. Am 9. Februar habe ich bei der Botschaft in Ottawa, nach einer Anreise von 2 Stunden, die Reisepässe für mich und meinen Sohn (7 Jahre) beantragt und bezahlt (2 x 120 CAD, Quittung vorhanden). Man sagte uns: 4 bis 6 Wochen.

Heute, 15 Wochen später, haben wir nichts. Auf meine E-Mails vom 30.03. und 28.04. kam keine Antwort. Am Telefon erreicht man nur einen Anrufbeantworter, der voll ist. Eine Mitarbeiterin, die ich über Bekannte erreicht habe, meinte, der Antrag meines Sohnes "finde sich nicht im System".

Wir wollen im Juli nach Belgien zur Beerdigung meiner Großmutter fliegen. Ohne Pass geht das nicht. Ich finde es unglaublich, dass ein Antrag einfach verschwindet und niemand sich zuständig fühlt.

Ich bitte Sie dringend, sich dieser Sache anzunehmen.

Mit freundlichen Grüßen
Stefan Mießen
Montréal (QC), Kanada
"""
    add("complaint", "de", "foreign_affairs", None,
        "Belgian abroad: passport applications at the embassy lost, no answer -> complaint, foreign_affairs (embassy mentioned, ministry not). "
        "text/plain UTF-8 base64, sent from UTC-4.",
        person(addr("Stefan Mießen", "stefan.miessen@quebec-mail.example.com", "utf-8", "B"),
               qword("Reisepass-Antrag in Ottawa verschwunden"), w,
               leaf(txt, cte="base64"), "quebec-mail.example.com", "198.51.100.97"))

# ================================================================ APPEALS
def appeals():
    w = dt(3, 12, 14, 20, 1)
    txt = """Madame, Monsieur le Directeur régional,

Concerne : RÉCLAMATION – Impôt des personnes physiques, exercice d'imposition 2025 (revenus 2024)
Contribuables : M. et Mme Pirard-Wautelet, Rue du Tilleul 9, 4870 Trooz
Article de rôle : 742.118.336 – avertissement-extrait de rôle daté du 18 décembre 2025 (date d'envoi)

En ma qualité d'expert-comptable et de mandataire des contribuables précités (procuration jointe), j'ai l'honneur d'introduire, conformément à l'article 366 du CIR 92, une réclamation contre la cotisation reprise sous rubrique.

1. La cotisation a été établie sans tenir compte des frais de garde d'enfants (code 1384) déclarés pour un montant de 2.960,00 EUR, pour lesquels les attestations de l'ONE et de l'accueillante agréée avaient été communiquées le 3 octobre 2025 en réponse à votre demande de renseignements du 12 septembre 2025.

2. Par ailleurs, la quotité exemptée supplémentaire pour personne à charge handicapée (fils Théo) n'a pas été appliquée, alors que l'attestation de reconnaissance figure au dossier depuis l'exercice 2022.

Les contribuables sollicitent dès lors le dégrèvement de la cotisation à concurrence de la différence, majoré des intérêts moratoires légaux, ainsi que d'être entendus si le service envisage de ne pas faire droit à la présente.

Veuillez agréer, Madame, Monsieur le Directeur régional, l'assurance de ma considération distinguée.

Françoise Lejeune
Expert-comptable ITAA n° 11.204.881
Fiduciaire Lejeune & Associés
Place du Marché 3, 4870 Trooz
"""
    add("appeal", "fr", "taxes", None,
        "Formal 'réclamation' by an accountant under art. 366 CIR 92 against a personal income tax assessment -> appeal, taxes. "
        "multipart/mixed: multipart/alternative (text + html) + PDF power of attorney; UTF-8 QP.",
        person(addr("Fiduciaire Lejeune & Associés", "f.lejeune@fiduciaire-lejeune.example.be"),
               qword("Réclamation IPP ex. 2025 – Pirard-Wautelet – art. 742.118.336"), w,
               multi("mixed", [multi("alternative", [leaf(txt, cte="quoted-printable"),
                                                     leaf("<html><body><pre style=\"font-family:Georgia\">%s</pre></body></html>" % txt, "text/html", cte="quoted-printable")]),
                               attach(fakepdf("procuration Pirard"), "application/pdf", "Procuration_Pirard-Wautelet.pdf")]),
               "fiduciaire-lejeune.example.be", "192.0.2.66", extra=[("Importance", "high")]))

    w = dt(3, 30, 20, 5)
    txt = """Goedenavond

Ik heb vandaag een brief gekregen met een voorstel tot onmiddellijke inning van 116 euro voor een snelheidsovertreding op 14 maart om 23:47 op de N16 in Sint-Niklaas (76 km/u waar 50 toegelaten). Nummerplaat 1-KRV-381.

Alleen: die auto is niet meer van mij. Ik heb hem op 26 februari verkocht aan een garage in Temse en de plaat diezelfde dag thuis in de kelder gelegd, ze ligt daar nog altijd. De overtreding moet dus gebeurd zijn met een andere auto met een valse of gekopieerde plaat, of er is iets mis met de foto. Op de foto zie je trouwens een witte bestelwagen, ik had een grijze Opel Corsa.

Kunnen jullie dat alstublieft nakijken en die boete schrappen? Ik stuur de aankoopfactuur van de garage en een foto van de plaat mee als dat nodig is.

Dank bij voorbaat,
Glenn De Keersmaecker
Hazewindstraat 17
9100 Sint-Niklaas
"""
    add("appeal", "nl", "police", None,
        "Contests a speeding fine (plate no longer his, vehicle on photo different) and asks to cancel it, without any legal word "
        "-> appeal, police (traffic fine convention). text/plain UTF-8 QP.",
        person(addr("Glenn De Keersmaecker", "glenn.dk@postbox.example.com"),
               "boete snelheid 14 maart - niet mijn auto", w,
               leaf(txt, cte="quoted-printable"), "postbox.example.com", "203.0.113.24"))

    w = dt(4, 9, 11, 2)
    txt = """Sehr geehrte Damen und Herren,

Betrifft: Beschwerde gegen den Steuerbescheid - Einkommensteuer Steuerjahr 2025 (Einkünfte 2024)
Steuerpflichtige: Frau Monika Jost, Neustraße 114, 4700 Eupen
Artikel der Heberolle: 318.552.907 - Versanddatum 27. Januar 2026

Als Bevollmächtigte von Frau Jost lege ich hiermit gemäß Artikel 366 EStGB 92 Beschwerde gegen den vorgenannten Steuerbescheid ein.

Frau Jost ist Grenzgängerin und arbeitet seit 2017 in Aachen. Ihre in Deutschland bezogenen Lohneinkünfte (38.417,00 EUR) sind nach dem Doppelbesteuerungsabkommen von der belgischen Steuer befreit und nur für die Progression zu berücksichtigen. Im angefochtenen Bescheid wurden sie jedoch unter Code 1250 als steuerpflichtige belgische Einkünfte erfasst; der Steuerbetrag ist dadurch um etwa 9.800 EUR zu hoch.

Ich beantrage daher die Berichtigung des Steuerbescheids, die Erstattung des zu viel gezahlten Betrags zuzüglich Verzugszinsen sowie eine Anhörung, falls Sie der Beschwerde nicht vollständig stattgeben möchten.

Die deutsche Lohnsteuerbescheinigung 2024 liegt bei.

Hochachtungsvoll

Petra Hilgers-Cremer
Steuerberaterin
Kirchstraße 6, 4700 Eupen
"""
    add("appeal", "de", "taxes", None,
        "Belgian German legal term: 'Beschwerde gegen den Steuerbescheid' (art. 366 EStGB 92) = tax appeal, not a service complaint. "
        "multipart/mixed: text/plain ISO-8859-1 8bit + PDF; ISO-8859-1 Q-encoded subject.",
        person(addr("Petra Hilgers-Cremer", "hilgers@steuerbuero-eupen.example.be"),
               qword("Beschwerde gegen Steuerbescheid 2025 - Jost", "iso-8859-1"), w,
               multi("mixed", [leaf(txt, cs="iso-8859-1"), attach(fakepdf("Lohnsteuerbescheinigung"), "application/pdf", "Lohnsteuerbescheinigung_2024_Jost.pdf")]),
               "steuerbuero-eupen.example.be", "192.0.2.150"))

    w = dt(4, 16, 16, 33)
    txt = """Dear Sir or Madam,

Re: Mr Tomasz Wieczorek, NISS 88.07.14-311.57 - your letter of 24 March 2026 (recovery of benefits, EUR 6,842.10)

I act for Mr Wieczorek. By the letter referred to above, the National Employment Office informed him that he was not entitled to unemployment benefits from 1 June to 30 November 2025 on the ground that he had "failed to declare a secondary activity", and that the sums paid for that period would be recovered.

The alleged activity consists of Mr Wieczorek's unpaid participation, twice a month, in a volunteer repair café organised by his parish. No income was received, as the organiser confirms in the attached statement, and the activity had been declared on his C1 form in 2023 (copy attached).

My client therefore asks that the decision be reconsidered and withdrawn, and that the recovery be cancelled. Pending your reply, we ask that no deduction be made from his current benefits. This letter is without prejudice to his right to bring the matter before the labour tribunal within the statutory time limit.

Yours faithfully,

Sarah Mertens
Attorney at law
Mertens Van Acker Law, Louizalaan 250, 1050 Brussels
"""
    html = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    add("appeal", "en", "unemployment", None,
        "Lawyer asks reconsideration and withdrawal of an employment-office recovery decision (secondary activity) -> appeal, unemployment; "
        "'without prejudice' / labour tribunal wording. multipart/mixed(alternative text+html UTF-8 QP, 2 PDFs).",
        person(addr("Sarah Mertens", "s.mertens@mva-law.example.com"),
               "Mr T. Wieczorek - request to withdraw recovery decision of 24 March 2026", w,
               multi("mixed", [multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "text/html", cte="quoted-printable")]),
                               attach(fakepdf("statement repair cafe"), "application/pdf", "Statement_RepairCafe.pdf"),
                               attach(fakepdf("C1 2023"), "application/pdf", "C1_2023_Wieczorek.pdf")]),
               "mva-law.example.com", "198.51.100.12"))

    w = dt(4, 23, 9, 48)
    txt = """Madame, Monsieur,

Je suis délégué permanent à la centrale générale, section de Charleroi. J'écris au nom de notre affilié M. Kevin Dubois (NISS 95.02.08-269.12).

M. Dubois a reçu le 10 avril une décision l'excluant du bénéfice des allocations pendant 8 semaines pour "abandon d'emploi convenable". Or il n'a pas abandonné son emploi : son contrat intérim chez un sous-traitant de Gosselies a pris fin le 6 mars parce que l'utilisateur a arrêté la mission, ce que confirme le C4 de l'agence d'intérim (annexe) où le motif "fin de mission" est coché. La personne qui l'a entendu au bureau de Charleroi a manifestement confondu avec un autre dossier : le PV d'audition mentionne "démission verbale le 3 mars", ce qui n'a jamais eu lieu.

Nous introduisons donc un recours contre cette décision et demandons qu'elle soit revue et annulée. À tout le moins, nous demandons une nouvelle audition en présence d'un délégué.

Salutations syndicales,

Fabrice Ghislain
Délégué permanent
Centrale générale – section Charleroi
Boulevard Devreux 18, 6000 Charleroi
"""
    add("appeal", "fr", "unemployment", None,
        "Union delegate: 'recours' against an 8-week exclusion from unemployment benefits; ONEM not named ('le bureau de Charleroi') "
        "-> appeal, unemployment. text/plain windows-1252 8bit, CRLF.",
        person(addr("Fabrice Ghislain", "f.ghislain@cg-charleroi.example.org"),
               "Recours - exclusion 8 semaines - K. Dubois", w,
               leaf(txt, cs="windows-1252"), "cg-charleroi.example.org", "192.0.2.71", crlf=True))

    w = dt(5, 2, 19, 15)
    txt = """Geachte heer, mevrouw,

Ik schrijf u namens mijn vader, Frans Lauwers (°12/05/1960), die zelf niet goed overweg kan met e-mail. Hij is sinds 1 januari met pensioen.

Vorige maand kreeg hij de brief met het bedrag van zijn pensioen. Bij nazicht van het overzicht van zijn loopbaan (bijlage bij die brief) zien we dat de jaren 1979 tot en met 1986 ontbreken. In die periode werkte hij als grensarbeider bij een metaalbedrijf in Eindhoven. Hij heeft daar ook een Nederlandse AOW-opbouw, dat klopt, maar er werd ons destijds gezegd dat die jaren "voor de berekening" wel meetelden, via het Europese formulier.

Het bedrag is ongeveer 210 euro per maand lager dan wat hem twee jaar geleden via de online simulatie werd voorgesteld.

Zou u de berekening van zijn pensioen nog eens willen herbekijken en zo nodig aanpassen? We kunnen zijn Nederlandse loonstroken en het jaaroverzicht van de SVB bezorgen.

Met vriendelijke groeten,
Ellen Lauwers
(dochter van Frans Lauwers, Zandstraat 44, 3920 Lommel)
"""
    add("appeal", "nl", "pensions", None,
        "Daughter for her father asks to re-examine and adjust the pension calculation (missing cross-border years); no legal word "
        "-> appeal (request to recalculate), pensions. Outlook multipart/alternative windows-1252 QP.",
        person(addr("Ellen Lauwers", "ellen.lauwers@skynetmail.example.be"),
               "pensioenberekening van mijn vader Frans Lauwers", w,
               multi("alternative", [leaf(txt, cs="windows-1252", cte="quoted-printable"),
                                     leaf("<html><body lang=NL-BE><div class=WordSection1><p class=MsoNormal>" +
                                          txt.replace("\n", "<o:p></o:p></p>\n<p class=MsoNormal>") + "</p></div></body></html>",
                                          "text/html", cs="windows-1252", cte="quoted-printable")]),
               "skynetmail.example.be", "203.0.113.90", extra=[("X-Mailer", "Microsoft Outlook 16.0")]))

    w = dt(5, 7, 14, 5)
    txt = """Sehr geehrte Damen und Herren,

ich bin Sozialarbeiterin im ÖSHZ Lontzen und begleite Herrn Ralf Schyns (NN 72.09.30-145.81), der seit 2021 eine Einkommensersatzbeihilfe bezieht.

Mit Schreiben vom 14. April 2026 (nur auf Französisch!) wurde ihm mitgeteilt: "Suite à la révision de votre dossier, un montant de 4.318,56 EUR a été perçu indûment pour la période du 01/01/2024 au 31/03/2026 et sera récupéré." Begründet wird das mit dem Einkommen seiner Partnerin. Herr Schyns lebt aber seit Oktober 2023 allein; die Partnerin ist ausgezogen, die Abmeldung bei der Gemeinde erfolgte am 19.10.2023 (Bescheinigung beiliegend). Die Behörde hat offensichtlich mit veralteten Haushaltsdaten gerechnet.

Namens und im Auftrag von Herrn Schyns lege ich Widerspruch gegen diese Entscheidung ein und beantrage, die Rückforderung aufzuheben und die Beihilfe ab Januar 2024 neu zu berechnen. Zudem bitte ich, die Einbehaltung von der laufenden Beihilfe bis zur Klärung auszusetzen; Herr Schyns hat keine weiteren Einkünfte.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Carina Lentz
Sozialarbeiterin – ÖSHZ Lontzen
Tel. 087 99 33 18
"""
    add("appeal", "de", "social_security", None,
        "ÖSHZ (CPAS) social worker lodges 'Widerspruch' against recovery of a disability income allowance; quotes the French decision "
        "(mixed DE/FR, dominant de) -> appeal, social_security. multipart/mixed: text/plain UTF-8 QP + PDF.",
        person(addr("Carina Lentz (ÖSHZ Lontzen)", "carina.lentz@oeshz-lontzen.example.be"),
               qword("Widerspruch – Rückforderung Beihilfe R. Schyns"), w,
               multi("mixed", [leaf(txt, cte="quoted-printable"), attach(fakepdf("Abmeldung"), "application/pdf", "Bescheinigung Abmeldung 19.10.2023.pdf")]),
               "oeshz-lontzen.example.be", "192.0.2.17"))

    w = dt(5, 12, 8, 40)
    txt = """Good morning,

My company (Nowak Transport & Removals BV, Antwerp) bought a used Mercedes Sprinter in Düsseldorf in March. The insurer submitted the registration request on 2 April. On 21 April we received a refusal saying the vehicle "does not have a valid certificate of conformity" and that a "national approval" is required.

This is wrong. The Sprinter has a normal European CoC, which we sent with the request (copy attached again), and the vehicle passed the technical inspection for imported vehicles on 28 March without any remark. I think the person handling it looked at the German registration document instead of the CoC.

I ask you to review this refusal and register the vehicle. We have had it standing for six weeks now and pay a driver to do nothing.

Kind regards,
Marek Nowak
Managing director
Nowak Transport & Removals BV
Noorderlaan 410, 2030 Antwerpen
"""
    add("appeal", "en", "mobility", None,
        "Small-business owner asks to review a REFUSAL to register an imported van (CoC issue) and register it: decision contested without "
        "legal words -> appeal, mobility (registration service never named). multipart/mixed: text/plain UTF-8 8bit + PDF, CRLF.",
        person(addr("Marek Nowak", "marek@nowak-transport.example.com"),
               "Registration refused - Sprinter - please review", w,
               multi("mixed", [leaf(txt), attach(fakepdf("CoC"), "application/pdf", "CoC_Sprinter_WDB9066.pdf")]),
               "nowak-transport.example.com", "198.51.100.177", crlf=True))

    w = dt(5, 19, 21, 33)
    txt = """Bonsoir,

J'ai reçu un courrier en néerlandais dont je comprends à peine la moitié : "Voorstel tot onmiddellijke inning – overtreding van de maximumsnelheid – 03/04/2026 – 08:12 – Brusselsesteenweg, Zaventem", montant 53 euros, plaque 2-FBH-774.

Ce matin-là, j'étais hospitalisée à Saint-Luc depuis la veille (attestation d'hospitalisation disponible), et la voiture était au garage Carrosserie Rousseau à Woluwe pour réparation depuis le 1er avril. C'est donc soit le garage, soit une erreur.

Je conteste cette amende et je demande qu'elle soit annulée ou au minimum qu'on m'envoie la photo. Puis-je aussi recevoir les courriers en français ? J'habite Woluwe-Saint-Lambert.

Merci d'avance,
Nadia Benali
"""
    add("appeal", "fr", "police", None,
        "Contests a speed-camera fine ('je conteste cette amende', asks cancellation); quotes the Dutch letter (mixed FR/NL, dominant fr) "
        "-> appeal, police. HTML-only mail (webmail) UTF-8 base64.",
        person(addr("Nadia Benali", "nadia.benali@webmail-bxl.example.be"),
               qword("contestation amende reçue en néerlandais"), w,
               leaf("<html><body><div style=\"font-family:Verdana;font-size:10pt\">" + txt.replace("\n", "<br>") + "</div></body></html>",
                    "text/html", cte="base64"), "webmail-bxl.example.be", "203.0.113.200"))

# ================================================================ INFORMATION REQUESTS
def inforeq():
    w = dt(3, 19, 13, 25, 1)
    txt = """Bonjour,

Notre fils Matthieu (21 ans) part en septembre pour un an de stage à Melbourne, avec un visa vacances-travail. Deux questions :

1) Doit-il s'inscrire au registre de l'ambassade ou du consulat sur place, ou seulement s'il reste plus de six mois ? Et dans ce cas, doit-il se désinscrire de notre commune (il reste domicilié chez nous) ?
2) Comment fera-t-il pour voter aux élections s'il est encore là-bas ?

J'ai passé une heure sur votre site et je tombe à chaque fois sur des pages "en cours de mise à jour" ou sur un lien vers une page de 2019. Ce serait bien d'avoir une réponse simple.

Merci,
Véronique Halleux
Ottignies
"""
    add("information_request", "fr", "foreign_affairs", None,
        "Parent asks about consular registration and voting from abroad; small grumble about the website -> information_request, "
        "foreign_affairs (embassy/consulate). text/plain ISO-8859-1 QP.",
        person(addr("Véronique Halleux", "veronique.halleux@postbox.example.com", "iso-8859-1"),
               "inscription ambassade / vote - fils en Australie", w,
               leaf(txt, cs="iso-8859-1", cte="quoted-printable"), "postbox.example.com", "203.0.113.31"))

    w = dt(4, 1, 10, 2)
    txt = """Goeiemorgen,

Ik ben maatschappelijk assistent bij het OCMW van Heist-op-den-Berg. Een cliënt van ons (62 jaar, erkend met een vermindering van verdienvermogen sinds 2020) heeft recht op het sociaal tarief voor energie, maar zijn leverancier zegt dat hij "geen automatische toekenning" krijgt en vraagt een attest.

Via welke weg kan hij dat attest bekomen? Kan ik het als OCMW voor hem aanvragen met zijn akkoord, of moet hij zelf inloggen met zijn eID? Hij heeft geen computer en geen kaartlezer.

Eerlijk gezegd is het frustrerend dat dit niet gewoon automatisch gaat voor iemand die al jaren erkend is, maar goed, als u mij de juiste procedure kunt bezorgen, help ik hem verder.

Alvast bedankt,

Pieter Smolders
Maatschappelijk assistent - Sociale dienst
OCMW Heist-op-den-Berg
"""
    add("information_request", "nl", "social_security", None,
        "OCMW social worker asks how a client recognised as disabled obtains the certificate for the social energy tariff; "
        "grumble ('frustrerend') but the intent is a question -> information_request, social_security. multipart/alternative UTF-8 QP.",
        person(addr("Pieter Smolders", "pieter.smolders@ocmw-heist.example.be"),
               "attest erkenning handicap voor sociaal tarief - procedure?", w,
               multi("alternative", [leaf(txt, cte="quoted-printable"),
                                     leaf("<p>" + txt.replace("\n", "<br>") + "</p>", "text/html", cte="quoted-printable")]),
               "ocmw-heist.example.be", "192.0.2.95"))

    w = dt(4, 22, 6, 51)
    txt = """Guten Morgen,

ich arbeite als Maurer bei einer Baufirma in Amel. Im Winter gibt es oft Tage, an denen wir wegen Frost nicht arbeiten können, dann bekommen wir "Schlechtwetter". Mein Chef sagt, ich muss dafür jetzt keine Papierkarte mehr haben, sondern alles über eine App eintragen.

Meine Fragen:
- Muss ich die Tage in der App an dem Tag selbst eintragen oder reicht es am Monatsende?
- Was passiert, wenn ich es vergesse? Bekomme ich dann für den Tag nichts?
- Wem schicke ich das am Ende des Monats, der Gewerkschaft oder direkt dem Arbeitsamt?

Die App gibt es übrigens nicht auf Deutsch, nur FR und NL, das finde ich für Ostbelgien schon seltsam.

Danke und Gruß
Jürgen Margraff
"""
    add("information_request", "de", "unemployment", None,
        "Construction worker asks how to fill in his electronic unemployment card for bad-weather days ('Stempelkarte'/app never named); "
        "small grumble about language -> information_request, unemployment. text/plain ISO-8859-1 8bit.",
        person(addr("Jürgen Margraff", "j.margraff@ostbelgien-mail.example.com", "iso-8859-1"),
               "Frage Schlechtwetter-Tage App", w,
               leaf(txt, cs="iso-8859-1"), "ostbelgien-mail.example.com", "198.51.100.3"))

    w = dt(5, 5, 18, 12)
    txt = """Hello,

I'm a Belgian retiree living near Alicante since last year. Each year I get a "certificate of life" form that I need to have signed at the town hall and send back. Last year it arrived in April and I sent it back within a week, but the payment was still interrupted for June because, according to a letter I received in July, it had "not been received in time". Spanish post is slow, fine, but Belgian post apparently too.

This year it has not arrived yet. Is there a way to do this online, or by having the town hall e-mail it directly? And until when do I have to send it back so that my pension is not suspended again?

Thank you,
Marc Verhulst
Calle de los Olivos 12, Jávea (Alicante), Spain
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" +
            txt.replace("\n", "<br>\r\n") + "</body></html>")
    add("information_request", "en", "pensions", None,
        "Retiree abroad asks about the life certificate and deadline; mentions last year's suspension only as background (no request to "
        "change it) -> information_request, pensions. multipart/alternative windows-1252 QP, windows-1252 Q-encoded display name.",
        person(addr("Marc Verhulst", "marc.verhulst@costa-mail.example.com", "windows-1252"),
               "certificate of life - can it be done online?", w,
               multi("alternative", [leaf(txt, cs="windows-1252", cte="quoted-printable"),
                                     leaf(html, "text/html", cs="windows-1252", cte="quoted-printable")]),
               "costa-mail.example.com", "203.0.113.66"))

    w = dt(5, 14, 11, 7)
    txt = """Madame, Monsieur,

Je suis bénévole dans une association de personnes aveugles et malvoyantes à Namur. Nous souhaiterions organiser en octobre une visite d'un musée fédéral à Bruxelles pour un groupe de 14 personnes, dont 9 accompagnées de chiens-guides.

Pourriez-vous m'indiquer :
- si des visites guidées tactiles ou audiodécrites existent encore (la page internet en parle mais renvoie vers une adresse qui ne répond plus) ;
- si les chiens-guides sont admis dans toutes les salles ;
- s'il existe un tarif de groupe pour les associations ?

Je vous écris ici parce que je n'ai trouvé aucune autre adresse qui fonctionne, ce qui est un peu dommage pour un service public.

Bien à vous,
Monique Lardinois
Les Yeux du Cœur asbl
"""
    add("information_request", "fr", "other", None,
        "Association asks about accessible guided tours in a federal museum; grumble about dead address; museum is none of the seven "
        "-> information_request, category other. text/plain UTF-8 base64, B-encoded subject.",
        person(addr("Monique Lardinois", "lesyeuxducoeur@asbl-namur.example.org"),
               qword("Visite de groupe – personnes malvoyantes et chiens-guides", "utf-8", "B"), w,
               leaf(txt, cte="base64"), "asbl-namur.example.org", "192.0.2.230"))

    w = dt(5, 21, 15, 2)
    txt = """Dag,

Mijn vader is op 3 mei overleden. Op zijn naam staat nog een auto ingeschreven (plaat 1-GWT-095), die wij als erfgenamen willen verkopen aan een neef.

Wat moet er met de nummerplaat gebeuren? Moeten wij die eerst laten schrappen en terugsturen, of kan de neef ze overnemen? En wie moet dat aanvragen, want de verzekeraar van vader zegt dat ze "niks kunnen doen zolang de nalatenschap niet geregeld is" en de notaris zegt dat het niet zijn werk is. Iedereen stuurt ons door, in een periode waarin we wel andere dingen aan ons hoofd hebben.

Dank u voor een duidelijk antwoord.

Sofie Goossens
Herentals
"""
    add("information_request", "nl", "mobility", None,
        "Heir asks what to do with the number plate of her deceased father's car; grumble about being sent around -> "
        "information_request, mobility. text/plain UTF-8 8bit, format=flowed.",
        person(addr("Sofie Goossens", "sofie.goossens@postbox.example.com"),
               "nummerplaat van overleden vader", w,
               leaf(txt, extra="; format=flowed; delsp=no"), "postbox.example.com", "198.51.100.45"))

# ================================================================ FOLLOW-UPS
def followups():
    plt = "PLT-2026-004417"
    s, ackid, ab, ad = ack_quote(plt, "fr", None)
    w = dt(4, 3, 9, 12)
    txt = """Bonjour,

Comme suite à votre accusé de réception, je vous transmets en annexe la copie du courrier du 11 février que mon épouse avait reçu, où il est écrit que sa pension de survie serait "réexaminée", sans autre explication. Vous y verrez qu'aucun numéro de téléphone direct n'est mentionné.

Depuis ma plainte, rien n'a bougé : le paiement d'avril n'est toujours pas arrivé.

Cordialement,
Albert Renson, pour Mme Marie-Paule Renson

Le 24/03/2026 à 10:02, plaintes.klachten@federal.example.be a écrit :
""" + quote(ab)
    add("follow_up", "fr", "pensions", plt,
        "Reply (Re: + In-Reply-To our ack) adding a document to an existing pension complaint -> follow_up, refers_to the quoted PLT; "
        "no new ack. multipart/mixed: text/plain UTF-8 QP + PDF.",
        person(addr("Albert Renson", "albert.renson@postbox.example.com"), "Re: " + qword(s), w,
               multi("mixed", [leaf(txt, cte="quoted-printable"), attach(fakepdf("courrier 11 fevrier"), "application/pdf", "courrier_11-02-2026.pdf")]),
               "postbox.example.com", "203.0.113.12", reply=ackid))

    w = dt(4, 18, 16, 40)
    txt = """Geachte,

In aanvulling op mijn klacht van 2 april (uw referentie PLT-2026-003305) kan ik u melden dat er intussen wel een brief is gekomen van het kantoor in Hasselt, maar die gaat over mijn belastingaangifte van 2023 en niet over de teruggave waar mijn klacht over gaat. Het bedrag van 1.086 euro staat nog altijd niet op mijn rekening.

Ik heb de indruk dat mijn dossier aan het verkeerde kantoor is toegewezen. Kunt u dat doorgeven aan de behandelaar?

Vriendelijke groeten,
Luc Jacobs
"""
    add("follow_up", "nl", "taxes", "PLT-2026-003305",
        "New message (no Re:, no In-Reply-To) that cites the ticket only in the body ('uw referentie PLT-…') and adds information about "
        "a tax refund complaint -> follow_up, taxes. text/plain ISO-8859-1 QP.",
        person(addr("Luc Jacobs", "luc.jacobs@skynetmail.example.be"), "aanvulling bij mijn klacht", w,
               leaf(txt, cs="iso-8859-1", cte="quoted-printable"), "skynetmail.example.be", "192.0.2.58"))

    plt = "PLT-2026-005862"
    s, ackid, ab, ad = ack_quote(plt, "de", None)
    w = dt(5, 22, 20, 8)
    txt = """Guten Abend,

vor sechs Wochen habe ich mich über das Verhalten der beiden Beamten bei der Verkehrskontrolle in Lichtenbusch beschwert. Außer Ihrer Eingangsbestätigung (unten) habe ich nichts mehr gehört.

Können Sie mir wenigstens sagen, ob die Sache an die zuständige Stelle weitergeleitet wurde? Ich möchte nicht, dass das einfach im Sand verläuft.

MfG
Helmut Sauer

-----Ursprüngliche Nachricht-----
Von: plaintes.klachten@federal.example.be
Gesendet: Freitag, 10. April 2026 14:31
An: helmut.sauer@eifelnet.example.com
Betreff: """ + s + "\n\n" + ab
    add("follow_up", "de", "police", plt,
        "AW: reply to our German ack asking for status of a police-conduct complaint (Outlook-style quoted original below) -> follow_up, police. "
        "text/plain UTF-8 QP, Q-encoded subject.",
        person(addr("Helmut Sauer", "helmut.sauer@eifelnet.example.com"), "AW: " + qword(s), w,
               leaf(txt, cte="quoted-printable"), "eifelnet.example.com", "198.51.100.120", reply=ackid))

    w = dt(5, 27, 12, 1)
    html = """<html><body><p>Hello again,</p>
<p>Ref: <b>PLT-2026-004029</b></p>
<p>It has now been seven weeks since I complained that my benefits from the payment fund had been stopped after I moved from Li&egrave;ge to Ghent. I have had one phone call in which I was told the file would be &quot;transferred to the Ghent office&quot;, nothing since. My rent is due on Monday.</p>
<p>Could someone please look at this? I already sent everything that was asked.</p>
<p>Thanks,<br>Diego Fernandes Lima</p></body></html>"""
    add("follow_up", "en", "unemployment", "PLT-2026-004029",
        "Reminder quoting the ticket in the HTML body only (subject says 'Still waiting', no In-Reply-To) about stopped unemployment "
        "benefits -> follow_up, unemployment. HTML-only UTF-8 7bit.",
        person(addr("Diego Fernandes Lima", "diego.flima@postbox.example.com"), "Still waiting for an answer", w,
               leaf(html, "text/html", cs="us-ascii", cte="7bit"), "postbox.example.com", "203.0.113.150"))

# ================================================================ AUTO-REPLIES
def autoreplies():
    plt = "PLT-2026-005533"
    s, ackid, ab, ad = ack_quote(plt, "fr", None)
    w = dt(5, 8, 14, 2)
    txt = """Bonjour,

Je suis absente du bureau jusqu'au 18 mai inclus, sans accès à mes courriels.
Pour toute urgence, veuillez contacter le secrétariat au 02 999 18 40 ou secretariat@cabinet-moreau.example.be.

Bien à vous,
Hélène Moreau
Cabinet Moreau – Avocats
"""
    top = [rcv("mail.cabinet-moreau.example.be", "192.0.2.161", w), ("Date", w),
           ("From", addr("Hélène Moreau", "h.moreau@cabinet-moreau.example.be")), ("To", BOX),
           ("Subject", qword("Réponse automatique : " + s)), ("Message-ID", mid("cabinet-moreau.example.be")),
           ("In-Reply-To", ackid), ("References", ackid), ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All")]
    add("auto_reply", "fr", "other", plt,
        "Lawyer's out-of-office answering our French ack (Auto-Submitted: auto-replied, ticket in subject) -> auto_reply, refers_to set. "
        "text/plain UTF-8 QP.", raw(top, leaf(txt, cte="quoted-printable")))

    plt = "PLT-2026-006014"
    s, ackid, ab, ad = ack_quote(plt, "nl", None)
    w = dt(5, 26, 8, 15)
    txt = """Beste,

Bedankt voor uw bericht. Ik ben met verlof tot en met 2 juni. Uw e-mail wordt niet doorgestuurd.
Voor dringende dossiers kunt u terecht bij mijn collega An Peeters (an.peeters@sociaal-secretariaat.example.be).

Met vriendelijke groeten,
Wim Verbeke
Sociaal Secretariaat Verbeke & Co

Van: plaintes.klachten@federal.example.be
Verzonden: maandag 25 mei 2026 17:40
Onderwerp: """ + s + "\n\n" + ab
    add("auto_reply", "nl", "other", plt,
        "Vacation message WITHOUT auto-reply headers, human-looking 'Antw:' subject and In-Reply-To our ack, ack quoted below: looks like a "
        "follow-up but says only 'met verlof' -> auto_reply, refers_to set. text/plain UTF-8 8bit, CRLF.",
        person(addr("Wim Verbeke", "wim.verbeke@sociaal-secretariaat.example.be"), "Antw: " + s, w,
               leaf(txt), "sociaal-secretariaat.example.be", "198.51.100.88", reply=ackid, crlf=True))

    plt = "PLT-2026-005790"
    s, ackid, ab, ad = ack_quote(plt, "de", None)
    w = dt(5, 15, 9, 0)
    txt = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25. Mai nicht im Büro. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.
In dringenden Fällen wenden Sie sich bitte an die Zentrale der Gemeindeverwaltung: 080 99 28 00.

Freundliche Grüße
Gabriele Thunus
Gemeindeverwaltung - Standesamt
"""
    top = [rcv("mx.gemeinde-amel.example.be", "192.0.2.246", w), ("Date", w),
           ("From", addr("Gabriele Thunus", "g.thunus@gemeinde-amel.example.be")), ("To", BOX),
           ("Subject", "AW: " + qword(s, "iso-8859-1")), ("Message-ID", mid("gemeinde-amel.example.be")),
           ("In-Reply-To", ackid), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
    add("auto_reply", "de", "other", plt,
        "Municipal clerk out-of-office to our German ack: X-Autoreply + Precedence, no Auto-Submitted, 'AW:' subject -> auto_reply, refers_to. "
        "text/plain ISO-8859-1 QP, ISO-8859-1 Q-encoded subject.", raw(top, leaf(txt, cs="iso-8859-1", cte="quoted-printable")))

    plt = "PLT-2026-005120"
    s, ackid, ab, ad = ack_quote(plt, "en", None)
    w = dt(5, 4, 11, 19, 0)
    txt = """##- Please type your reply above this line -##

Hello,

Thank you for contacting Brightline Property Services support.
Your request (#88213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email. Our team usually answers within 2 business days.

Subject of your request: """ + s + """

Brightline Property Services - Customer Care
https://support.brightline-property.example.com/hc
[QX7L2-9RK0]
"""
    html = "<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>" + \
           "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")[1:]) + "</body></html>"
    top = [rcv("mail-out12.ticketdesk.example.net", "198.51.100.250", w), ("Date", w),
           ("From", addr("Brightline Support", "support@brightline-property.example.com")), ("To", BOX),
           ("Subject", "[Brightline] Re: " + s), ("Message-ID", mid("ticketdesk.example.net")),
           ("In-Reply-To", ackid), ("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "88213"),
           ("Precedence", "bulk")]
    add("auto_reply", "en", "other", plt,
        "Ticket-system auto-acknowledgement of another organisation (own request #88213) triggered by our ack; contains our PLT in subject "
        "-> auto_reply, refers_to set. multipart/alternative UTF-8 7bit/QP, Auto-Submitted: auto-generated.",
        raw(top, multi("alternative", [leaf(txt, cs="us-ascii", cte="7bit"), leaf(html, "text/html", cte="quoted-printable")])))

    w = dt(4, 29, 10, 44)
    txt = """Beste,

Wij hebben uw vraag goed ontvangen. Ze werd geregistreerd onder nummer KD/26/04471.

Onze klantendienst behandelt uw vraag binnen 10 werkdagen. Heeft u intussen bijkomende informatie? Antwoord dan op deze e-mail zonder het onderwerp te wijzigen.

Dit is een automatisch bericht. Gelieve niet te antwoorden op dit adres voor nieuwe vragen.

Klantendienst Stad Oudenhaven
"""
    html = "<html><body><table width=\"600\"><tr><td style=\"background:#004f8b;color:#fff\">Stad Oudenhaven</td></tr><tr><td>" + \
           txt.replace("\n", "<br>") + "</td></tr></table></body></html>"
    top = [rcv("crm.oudenhaven.example.be", "192.0.2.12", w), ("Date", w),
           ("From", addr("Klantendienst Stad Oudenhaven", "klantendienst@oudenhaven.example.be")), ("To", BOX),
           ("Subject", "Wij hebben uw vraag goed ontvangen [KD/26/04471]"), ("Message-ID", mid("crm.oudenhaven.example.be")),
           ("Auto-Submitted", "auto-replied"), ("X-Mailer", "CitizenCRM 5.1")]
    add("auto_reply", "nl", "other", None,
        "City ticket-system acknowledgement with its OWN reference KD/26/04471 (not a PLT) -> auto_reply, refers_to null. "
        "multipart/alternative UTF-8 QP with HTML table.",
        raw(top, multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "text/html", cte="quoted-printable")])))

# ================================================================ BOUNCES
def bounces():
    plt = "PLT-2026-005977"
    s, ackid, ab, ad = ack_quote(plt, "fr", None)
    wa = dt(5, 19, 10, 4)
    orig = raw([("Date", wa), ("From", addr("Service central des plaintes", BOX)), ("To", "g.delcourt@oldisp.example.net"),
                ("Subject", qword(s)), ("Message-ID", ackid), ("Auto-Submitted", "auto-replied")],
               leaf(ab, cte="quoted-printable"))
    w = dt(5, 19, 10, 5)
    human = """This is the mail system at host mx1.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.delcourt@oldisp.example.net>: host mx.oldisp.example.net[198.51.100.9] said:
    550 5.1.1 <g.delcourt@oldisp.example.net>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx1.federal.example.be
X-Postfix-Queue-ID: 4G7KQ21Z9Lz1xR
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: %s

Final-Recipient: rfc822; g.delcourt@oldisp.example.net
Original-Recipient: rfc822;g.delcourt@oldisp.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldisp.example.net
Diagnostic-Code: smtp; 550 5.1.1 <g.delcourt@oldisp.example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % wa
    top = [("Date", w), ("From", "MAILER-DAEMON@mx1.federal.example.be (Mail Delivery System)"), ("To", BOX),
           ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", "<20260519080503.4G7KQ21Z9Lz1xR@mx1.federal.example.be>"),
           ("Auto-Submitted", "auto-replied")]
    add("bounce", "en", "other", plt,
        "Postfix DSN (English) returning our French ack in full (message/rfc822): user unknown -> bounce, refers_to the returned PLT. "
        "multipart/report with text/plain, message/delivery-status, message/rfc822.",
        raw(top, multi("report", [(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], human.encode()),
                                  (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], ds.encode()),
                                  (['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], orig)],
                       '; report-type=delivery-status')))

    plt = "PLT-2026-006102"
    s, ackid, ab, ad = ack_quote(plt, "de", None)
    wa = dt(5, 28, 15, 20)
    hdrs = "\n".join("%s: %s" % kv for kv in [("Received", "from mx1.federal.example.be (192.0.2.1) by EX02.firma-kessler.example.com with Microsoft SMTP Server"),
                                               ("Date", wa), ("From", BOX), ("To", "r.kessler@firma-kessler.example.com"),
                                               ("Subject", qword(s)), ("Message-ID", ackid)]) + "\n"
    human = """Ihre Nachricht hat folgende Empfänger nicht erreicht:

r.kessler@firma-kessler.example.com
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Bitte versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EX02.firma-kessler.example.com

r.kessler@firma-kessler.example.com
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben
"""
    ds = """Reporting-MTA: dns;EX02.firma-kessler.example.com
Received-From-MTA: dns;mx1.federal.example.be
Arrival-Date: %s

Final-Recipient: rfc822;r.kessler@firma-kessler.example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
""" % wa
    w = dt(5, 28, 15, 21)
    top = [("Date", w), ("From", addr("Microsoft Outlook", "postmaster@firma-kessler.example.com")), ("To", BOX),
           ("Subject", "Unzustellbar: " + qword(s)), ("Message-ID", mid("EX02.firma-kessler.example.com")),
           ("Content-Language", "de-DE"), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    add("bounce", "de", "other", plt,
        "Exchange NDR in German (mailbox full) returning only the headers of our German ack (text/rfc822-headers) -> bounce, refers_to. "
        "multipart/report, German text part UTF-8 base64.",
        raw(top, multi("report", [leaf(human, cte="base64"),
                                  (['Content-Type: message/delivery-status'], ds.encode()),
                                  (['Content-Type: text/rfc822-headers'], hdrs.encode())],
                       '; report-type=delivery-status')))

# ================================================================ SPAM
def spam():
    w = dt(3, 27, 4, 12, 0)
    html = """<html><head><style>.btn{background:#0b5394;color:#fff;padding:10px 18px;text-decoration:none}</style></head><body>
<table width="560" align="center"><tr><td><img src="https://cdn.spf-finances-remboursement.example.net/logo_SPF.png" alt="SPF Finances"></td></tr>
<tr><td><p>Cher(e) contribuable,</p>
<p>Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous avez droit à un remboursement d'impôt de <b>412,37 &euro;</b>.</p>
<p>Dossier n&deg; : <b>BE-RMB/2026/118-4471</b><br>Date limite : <b>48 heures</b></p>
<p>Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires via MyMinfin :</p>
<p><a class="btn" href="https://myminfin-be-remboursement.example.net/login?id=88a1f">Accéder à mon remboursement</a></p>
<p>En cas de non-confirmation, votre remboursement sera annulé et une amende administrative de 50 &euro; pourra être appliquée.</p>
<p>SPF Finances &ndash; Service Remboursements</p></td></tr></table></body></html>"""
    top = [rcv("vps-77.bulkhost.example.org", "203.0.113.250", w), ("Date", w),
           ("From", addr("SPF Finances", "remboursement@spf-finances-remboursement.example.net")), ("To", BOX),
           ("Reply-To", "support@finance-refund-be.example.org"),
           ("Subject", qword("Avis de remboursement d'impôt – action requise sous 48h")), ("Message-ID", mid("vps-77.bulkhost.example.org"))]
    add("spam", "fr", "other", None,
        "Fake tax refund phishing from a look-alike domain, fake dossier number, threat of 'amende' -> spam, other. HTML-only UTF-8 QP.",
        raw(top, leaf(html, "text/html", cte="quoted-printable")))

    w = dt(4, 11, 2, 40, 0)
    txt = """bpost

Beste klant,

Uw pakket met trackingnummer 3SBPB0004471825 kon niet worden geleverd omdat er invoerkosten van 1,99 EUR openstaan.

Betaal de kosten binnen 24 uur via onderstaande link, anders wordt uw pakket teruggestuurd naar de afzender:

https://bpost-levering-be.example.com/betaal/3SBPB0004471825

Met vriendelijke groeten,
Uw bpost klantendienst
"""
    top = [rcv("mail.cheap-relay.example.org", "198.51.100.230", w), ("Date", w),
           ("From", addr("bpost", "noreply@bpost-levering-be.example.com")), ("To", "undisclosed-recipients:;"),
           ("Subject", "Uw pakket wacht op betaling - actie vereist"), ("Message-ID", mid("cheap-relay.example.org"))]
    add("spam", "nl", "other", None,
        "Fake parcel-fee SMS-style scam (look-alike postal domain, undisclosed recipients) -> spam, other. text/plain us-ascii 7bit.",
        raw(top, leaf(txt, cs="us-ascii", cte="7bit")))

    w = dt(4, 25, 19, 3, 1)
    txt = """Sehr geehrte Damen und Herren,

Aktenzeichen: ERB/2026/0081-BE

ich bin Rechtsanwalt Dr. Wolfgang Reinhardt und vertrete den Nachlass meines verstorbenen Mandanten, Herrn Albert Hausmann, der am 3. Januar 2024 bei einem Verkehrsunfall ums Leben kam. Er hinterließ ein Vermögen von 4.750.000,00 EUR bei einer Bank in Luxemburg, ohne Testament und ohne bekannte Erben.

Bei meinen Nachforschungen bin ich auf Ihre Adresse gestoßen. Da Sie denselben Nachnamen bzw. dieselbe Nationalität tragen, kann ich Sie als Begünstigten vorstellen. Der Erlös wird 50/50 geteilt. Die Transaktion ist zu 100 % legal und risikofrei.

Bitte antworten Sie mit Ihrem vollen Namen, Ihrer Telefonnummer und einer Kopie Ihres Ausweises an meine private Adresse: dr.reinhardt.kanzlei@privatmail.example.com

Hochachtungsvoll
Dr. Wolfgang Reinhardt
Rechtsanwalt
"""
    top = [rcv("smtp.freemail-relay.example.net", "203.0.113.111", w), ("Date", w),
           ("From", addr("Dr. Wolfgang Reinhardt", "kanzlei.reinhardt@freemail-relay.example.net")), ("To", BOX),
           ("Subject", qword("Vertraulich: Nachlass Hausmann - Aktenzeichen ERB/2026/0081-BE", "iso-8859-1")),
           ("Message-ID", mid("freemail-relay.example.net"))]
    add("spam", "de", "other", None,
        "Inheritance / advance-fee scam with fake 'Aktenzeichen' and legal register -> spam, other. text/plain ISO-8859-1 QP.",
        raw(top, leaf(txt, cs="iso-8859-1", cte="quoted-printable")))

    w = dt(5, 3, 16, 30, -5)
    txt = """Hi there,

Following up on my previous email regarding your complaints page (Ref: SEO-44817).

I noticed that federal.example.be is not ranking on page 1 for keywords like "file a complaint Belgium" and "government complaint form". Our team has helped 300+ public sector and enterprise sites increase organic traffic by 240% in 90 days.

We offer:
- Full technical SEO audit (FREE this month)
- 50 high-authority backlinks
- Content strategy for your complaints section

Can I send you a quick 5-minute video audit? Just reply "YES".

Best,
Kevin Harlow
Growth Consultant, RankRocket Digital
https://rankrocket.example.com

If you don't want to hear from me again, reply "unsubscribe".
"""
    top = [rcv("outbound.sendgrid-like.example.net", "198.51.100.199", w), ("Date", w),
           ("From", addr("Kevin Harlow", "kevin@rankrocket.example.com")), ("To", BOX),
           ("Subject", "RE: your complaints page (Ref: SEO-44817)"), ("Message-ID", mid("rankrocket.example.com"))]
    add("spam", "en", "other", None,
        "SEO cold outreach with a FAKE 'RE:' and fake reference, mentions 'complaints page' -> spam, other. text/plain us-ascii 7bit, no In-Reply-To.",
        raw(top, leaf(txt, cs="us-ascii", cte="7bit")))

    w = dt(5, 16, 9, 55)
    txt = """Dear Accounts Payable,

Please find attached the overdue invoice INV-2026-0419 (EUR 18,740.00) for the IT maintenance services delivered in Q1.

IMPORTANT: due to an audit of our bank, our account details have changed. Please make the payment to our NEW account only:

Beneficiary: Northgate Facility Solutions Ltd
IBAN: BE48 7350 0419 2283
BIC: GEBAEXAXXX

Kindly confirm the payment date by return. A late fee of 8% will apply after 5 working days.

Regards,
Emily Carter
Credit Control Department
Northgate Facility Solutions
"""
    page = "<html><body><h2>Invoice INV-2026-0419</h2><p>Secure document. Sign in to view.</p>" \
           "<form action=\"https://northgate-docs.example.org/collect\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pw\"></form></body></html>"
    top = [rcv("mail.northgate-facility.example.org", "192.0.2.222", w), ("Date", w),
           ("From", addr("Emily Carter", "e.carter@northgate-facility.example.org")), ("To", BOX),
           ("Subject", "RE: Overdue invoice INV-2026-0419 - final reminder"), ("Message-ID", mid("northgate-facility.example.org")),
           ("In-Reply-To", "<CAF8812.invoice.0419@northgate-facility.example.org>")]
    add("spam", "en", "other", None,
        "Invoice fraud: fake 'RE:' and In-Reply-To to a message we never sent, changed IBAN, HTML credential-phishing attachment "
        "-> spam, other. multipart/mixed: text/plain UTF-8 8bit + text/html attachment base64.",
        raw(top, multi("mixed", [leaf(txt), attach(page.encode(), "text/html", "Invoice_INV-2026-0419.html")])))

# ================================================================ MAIN + CHECKS
KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
DOM_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:be|com|org|net|test|nl|de|fr|eu|lu|io|info|ca|es|uk))\b", re.I)
OK_DOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)

def alltext(msg):
    out = []
    for part in msg.walk():
        out += ["%s: %s" % (k, v) for k, v in part.items()]
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload(decode=True)
        if isinstance(c, bytes):
            c = c.decode("latin-1")
        out.append(c if isinstance(c, str) else str(c or ""))
    return "\n".join(out)

def check(labels):
    errs = []
    for lab in labels:
        f = lab["file"]
        data = open(os.path.join(HERE, f), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if lab["kind"] not in KINDS or lab["language"] not in LANGS or lab["category"] not in CATS:
            errs.append(f + ": bad label value")
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errs.append(f + ": acknowledge rule")
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errs.append(f + ": machine mail must be category other")
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errs.append(f + ": follow_up without refers_to")
        text = alltext(msg)
        if lab["refers_to"] and (not re.fullmatch(r"PLT-\d{4}-\d{6}", lab["refers_to"]) or lab["refers_to"] not in text):
            errs.append(f + ": refers_to not in message")
        for d in DOM_RE.findall(text + "\n" + data.decode("latin-1")):
            if not OK_DOM.search(d):
                errs.append(f + ": non-example domain " + d)
        for ln in data.split(b"\n"):
            if len(ln) > 998:
                errs.append(f + ": line > 998 octets")
        if not msg["From"] or not msg["Subject"] or not msg["Date"]:
            errs.append(f + ": missing header")
    return errs

def main():
    for fn in (complaints, appeals, inforeq, followups, autoreplies, bounces, spam):
        fn()
    order = list(range(len(MSGS)))
    random.Random(SEED + 1).shuffle(order)
    for old in os.listdir(HERE):
        if old.startswith("h3c-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    labels = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        f = "h3c-%03d.eml" % n
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(m["raw"])
        labels.append({"file": f, "kind": m["kind"], "language": m["language"], "category": m["category"],
                       "acknowledge": m["kind"] in ("complaint", "appeal", "information_request"),
                       "refers_to": m["refers_to"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errs = check(labels)
    for e in errs:
        print("ERROR", e)
    print("%d messages written, %d errors" % (len(labels), len(errs)))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
