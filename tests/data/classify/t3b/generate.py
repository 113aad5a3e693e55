#!/usr/bin/env python3
"""Generate the t3b labelled e-mail corpus (deterministic, standard library only).

python3 generate.py  -> writes t3b-001.eml ... and labels.json in this directory, then checks them.
"""
import sys

sys.dont_write_bytecode = True
import email.policy
import json
import os
import random
import re
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mime import (MB, Ctx, attach, b, fake_jpg, fake_pdf, message, multipart, q, raw_part,  # noqa: E402
                  rfc822, text)

SEED = 31337
PREFIX = "t3b"
MSGS = []  # (label dict without file, bytes)

ACK_SUBJ = {
    "fr": "Accusé de réception de votre plainte",
    "nl": "Ontvangstbevestiging van uw klacht",
    "de": "Eingangsbestätigung Ihrer Beschwerde",
    "en": "Acknowledgement of your complaint",
}


def ackid(ticket):
    return "<ack.%s@federal.example.be>" % ticket.lower()


def H(frm, subject, date, mid, to=MB, extra=(), relay="mx1.example.net", ip="198.51.100.23", rp=None):
    if rp is None:
        m = re.search(r"<([^>]+)>", frm)
        rp = m.group(1) if m else frm
    hs = [
        ("Return-Path", "<%s>" % rp),
        ("Received", "from %s (%s [%s])\n\tby mx.federal.example.be (Postfix) with ESMTPS id 4T%s\n\tfor <%s>; %s"
         % (relay, relay, ip, re.sub(r"[^A-Za-z0-9]", "", mid)[:9].upper(), MB, date)),
        ("From", frm),
        ("To", to),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", mid),
    ]
    hs.extend(extra)
    return hs


def add(kind, lang, cat, notes, data, ref=None, crlf=False):
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(({"kind": kind, "language": lang, "category": cat,
                  "acknowledge": kind in ("complaint", "appeal", "information_request"),
                  "refers_to": ref, "notes": notes}, data))


def html_wrap(body_html, style=True, pixel=None):
    st = ("<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt} p{margin:0 0 8px 0}</style>"
          if style else "")
    px = '<img src="%s" width="1" height="1" alt="">' % pixel if pixel else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>\n'
            "<body>\n%s\n%s</body></html>\n" % (st, body_html, px))


def t2h(t):
    import html as _h
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>\n") for p in paras)


def alt(ctx, plain, charset="utf-8", cte="quoted-printable", hcs=None, hcte=None, pixel=None, html=None):
    hp = html if html is not None else html_wrap(t2h(plain), pixel=pixel)
    return multipart(ctx, "alternative", [text(plain, "plain", charset, cte),
                                          text(hp, "html", hcs or charset, hcte or cte)])


def quote(t, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in t.strip("\n").split("\n"))


def ack_text(ticket, lang, date):
    if lang == "fr":
        return ("Madame, Monsieur,\n\nNous avons bien reçu votre message du %s. Il a été enregistré sous la "
                "référence %s.\nNous vous répondrons dans les meilleurs délais. Merci de mentionner cette "
                "référence dans toute correspondance.\n\nService des plaintes\nAdministration fédérale\n"
                % (date, ticket))
    if lang == "nl":
        return ("Geachte mevrouw, geachte heer,\n\nWij hebben uw bericht van %s goed ontvangen. Het werd "
                "geregistreerd onder het nummer %s.\nWij antwoorden u zo snel mogelijk. Vermeld dit nummer "
                "in al uw verdere berichten.\n\nKlachtendienst\nFederale administratie\n" % (date, ticket))
    if lang == "de":
        return ("Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht vom %s erhalten. Sie wurde unter "
                "der Nummer %s registriert.\nWir antworten Ihnen so bald wie möglich. Bitte geben Sie diese "
                "Nummer bei jedem weiteren Kontakt an.\n\nBeschwerdedienst\nFöderalverwaltung\n" % (date, ticket))
    return ("Dear Sir or Madam,\n\nWe have received your message of %s. It has been registered under reference "
            "%s.\nWe will reply as soon as possible. Please quote this reference in any further "
            "correspondence.\n\nComplaints Service\nFederal Administration\n" % (date, ticket))


def ack_message(ticket, lang, to, date, body_date):
    ctx = Ctx("ack" + ticket[-4:])
    hs = [("From", "Service des plaintes / Klachtendienst <%s>" % MB), ("To", to),
          ("Subject", q("[%s] %s" % (ticket, ACK_SUBJ[lang]))), ("Date", date),
          ("Message-ID", ackid(ticket)), ("Auto-Submitted", "auto-replied")]
    return message(hs, text(ack_text(ticket, lang, body_date), "plain", "utf-8", "quoted-printable"))


# =====================================================================================
# COMPLAINTS (22)
# =====================================================================================

# C1 fr unemployment - Arlon cross-border worker, payment body not named
c = Ctx("c01")
body = """Bonjour,

Je vous écris parce que je ne sais plus à qui m'adresser.

J'ai travaillé 9 ans chez un transporteur à Bettembourg (Luxembourg) et j'ai été licencié fin janvier. J'habite Arlon. On m'a dit que comme frontalier c'est la Belgique qui paie mon chômage, donc j'ai fait tout ce qu'on m'a demandé : inscription, le formulaire U1 que l'Adem m'a envoyé, la carte, tout.

Ça fait maintenant 11 semaines que je n'ai rien reçu. Pas un euro. Quand je téléphone à l'organisme qui doit me payer (celui que j'ai choisi, avec le bureau rue de Bastogne), on me dit que "le dossier est chez eux à Bruxelles" et qu'il faut attendre. Quand j'appelle Bruxelles on me dit que c'est l'organisme de paiement qui doit compléter. Personne ne regarde vraiment.

J'ai une maison, un crédit, deux enfants. Mon épouse travaille à mi-temps. On vit sur l'épargne depuis février et elle sera vide en mai.

Je ne conteste rien, je veux juste qu'on paie ce qui est dû et qu'une seule personne prenne mon dossier en main et me rappelle. Mon GSM : 0477 12 48 90 (après 16h c'est mieux).

Merci d'avance,
Kevin Lambotte
Rue des Faubourgs 41
6700 Arlon
"""
add("complaint", "fr", "unemployment",
    "Arlon cross-border worker laid off in Luxembourg: 11 weeks without unemployment benefit, ping-pong between the payment body "
    "and 'Bruxelles'; neither ONEM nor CAPAC is named (only 'l'organisme qui doit me payer', form U1). Says 'je ne conteste rien' -> "
    "complaint. Thunderbird text/plain UTF-8 QP.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", "Chômage frontalier - toujours rien après 11 semaines",
              "Tue, 14 Apr 2026 21:47:03 +0200", "<5e1c0a7d-3b21-4f0e-9a11-c01aa1@example.be>",
              extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
                     ("Content-Language", "fr-BE")]),
            text(body, "plain", "utf-8", "quoted-printable")))

# C2 fr taxes - wrong information by phone, assessment accepted
c = Ctx("c02")
body = """Madame, Monsieur,

En juin dernier j'ai téléphoné à votre centre de contact (numéro 0257 xx xx) pour savoir si je devais mettre mon salaire luxembourgeois dans la déclaration, puisqu'il est déjà taxé au Luxembourg. La dame m'a répondu très sûre d'elle : "non monsieur, frontalier Luxembourg, vous ne déclarez rien chez nous". J'ai donc rempli comme elle a dit.

Je reçois maintenant l'avertissement-extrait de rôle avec un supplément de 1.860 EUR parce que le revenu étranger "exonéré" devait quand même être déclaré (pour la progressivité et les additionnels communaux si j'ai bien compris). Soit. J'ai relu la loi avec un collègue, le calcul est juste, je vais payer, ce n'est pas la question.

La question c'est : comment est-il possible qu'un service officiel donne une information aussi fausse à un contribuable qui fait l'effort de demander AVANT ? Je n'ai pas de preuve de l'appel à part mon relevé téléphonique (le 12/06, 14 minutes). Je trouve que ça mérite au minimum une excuse et que vos agents soient mieux formés sur les frontaliers, on est quand même 50.000 dans la province.

Et j'aimerais savoir si les intérêts de retard seront comptés alors que c'est votre erreur à la base ?

Salutations,

Kevin Lambotte
Arlon
"""
add("complaint", "fr", "taxes",
    "WRONG INFORMATION from the tax contact centre about declaring a Luxembourg salary; the resulting assessment is explicitly "
    "accepted ('le calcul est juste, je vais payer') -> complaint, not appeal, although it ends with a question about late "
    "interest. Outlook multipart/alternative windows-1252 QP.",
    message(H("\"Lambotte, Kevin\" <kevin.lambotte@lux-transport.example.com>", "Information erronée donnée par téléphone",
              "Mon, 04 May 2026 12:31:55 +0200", "<AM9PR02MB7741C02@lux-transport.example.com>",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrcA1x8Q2c0ZmRkMGE0Yw==")]),
            alt(c, body, "windows-1252", "quoted-printable")))

# C3 nl social_security - Mechelen mother, husband's disability money, service not named
c = Ctx("c03")
body = """Goeiemiddag,

Ik schrijf voor mijn man, Dirk Van Hove (hij zit ernaast maar typen lukt hem niet meer goed sinds zijn beroerte in 2024).

In september vorig jaar hebben we via het OCMW van Mechelen de aanvraag ingediend voor het geld voor zijn handicap, de tegemoetkoming of hoe het juist heet. We hebben toen alle papieren van de neuroloog meegegeven. In december kregen we een brief dat hij "binnenkort" opgeroepen zou worden voor een medisch onderzoek. Daarna niets meer.

Ik heb in februari gebeld: het dossier was "niet terug te vinden in het systeem". In maart opnieuw gebeld: ander verhaal, het dossier was er wel maar "er ontbrak een formulier van de huisarts". Dat formulier hadden we NOOIT gekregen. De huisarts heeft het dan toch ingevuld en ik heb het zelf aangetekend opgestuurd (bewijs heb ik nog). Nu, april, zeggen ze aan de telefoon weer dat ze niks ontvangen hebben.

Ik heb 3 kinderen (4, 7 en 11), ik werk 4/5 en ik zorg voor mijn man. Ik heb echt geen tijd om elke maand een uur in de wachtrij te hangen om telkens iemand anders te krijgen die van niks weet.

Wat ik vraag: dat iemand het dossier gewoon terugvindt en ons zegt wat er nog ontbreekt. Eén keer, op papier.

Met vriendelijke groeten,
Sofie Peeters (echtgenote)
Hanswijkvaart 88
2800 Mechelen
0486 33 10 72
"""
add("complaint", "nl", "social_security",
    "Wife writes for her husband (stroke): disability allowance file lost twice, documents 'never received'; the service is only "
    "described ('het geld voor zijn handicap, de tegemoetkoming of hoe het juist heet'), no agency named -> social_security "
    "complaint. Gmail multipart/alternative UTF-8 base64 parts.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "dossier van mijn man kwijt ???",
              "Thu, 16 Apr 2026 13:05:44 +0200", "<CAHx7p3Wq0c03mK@mail.example.com>", relay="mail-ej1.example.com"),
            alt(c, body, "utf-8", "base64")))

# C4 nl mobility - Mechelen mother, train / station lift, service described
c = Ctx("c04")
body = """Hallo,

Ik weet niet of ik hier juist ben maar op de site stond dat je klachten over federale diensten hier kwijt kunt, en de trein is toch federaal?

Elke woensdag neem ik met mijn drie kinderen (waarvan één in de buggy) de trein van 8u12 naar Leuven voor de kinesist van mijn dochter. Sinds begin maart is de lift naar perron 7 in het station kapot. Er hangt een papiertje "tijdelijk buiten dienst". Tijdelijk is nu zeven weken.

Vorige woensdag heeft een onbekende man mij geholpen de buggy de trap op te dragen terwijl mijn zoon van 4 alleen beneden stond te wenen. Ik heb het aan het loket gemeld, de man achter het glas zei letterlijk "mevrouw, dat is niet mijn afdeling". Via de app kan je het ook melden maar dan krijg je een automatisch mailtje en dat is het.

Wanneer wordt die lift gemaakt? En waarom wordt er niet eens een bordje gehangen dat je beter via perron 9 en de andere trap... nee, daar is ook geen lift.

Het is gewoon onveilig. Ik hoop dat iemand dit doorgeeft aan wie er wél over beslist.

Sofie P.
Mechelen

Verzonden vanaf mijn Samsung Galaxy-smartphone.
"""
add("complaint", "nl", "mobility",
    "Broken lift at a railway station for seven weeks, rude 'niet mijn afdeling' at the counter; rail operator never named "
    "('de trein is toch federaal?') -> mobility complaint with a question. Android mail, text/plain UTF-8 8bit, subject "
    "lower-case.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "lift station al 7 weken kapot",
              "Wed, 22 Apr 2026 19:58:12 +0200", "<c04.8812abf0@email.android.example.com>", relay="mail-ej1.example.com"),
            text(body, "plain", "utf-8", "8bit")))

# C5 de police - Eupen retired customs officer, roadside check conduct
c = Ctx("c05")
body = """Sehr geehrte Damen und Herren,

als ehemaliger Zollbeamter (38 Dienstjahre, davon viele an der Grenze in Lichtenbusch) weiß ich, dass Kontrollen notwendig sind, und ich habe in meinem Leben selbst Tausende durchgeführt. Umso mehr hat mich das Verhalten eines jungen Polizeibeamten am vergangenen Samstag, dem 11. April, gegen 22.15 Uhr an der Kontrollstelle auf der N67 kurz hinter Kettenis getroffen.

Ich wurde angehalten, habe Führerschein und Fahrzeugpapiere vorgezeigt und höflich auf Deutsch gefragt, worum es geht. Der Beamte antwortete ausschließlich auf Französisch, und als ich ihn bat, Deutsch zu sprechen oder einen Kollegen zu holen, sagte er: "Ici c'est la Belgique, monsieur." Er ließ mich dann ohne Begründung fast 40 Minuten am Straßenrand warten, ließ den Alkoholtest zweimal machen (beide Male 0,00) und leuchtete meiner Frau mit der Taschenlampe direkt ins Gesicht, als sie nach dem Grund fragte.

Wir befinden uns im deutschen Sprachgebiet. Ich erwarte nicht, dass jeder Beamte perfekt Deutsch spricht, aber ich erwarte Respekt und die Einhaltung der Sprachengesetze. Seine Dienstnummer konnte ich nicht lesen, das Fahrzeug hatte die Aufschrift der föderalen Polizei, Kennzeichen habe ich mir teilweise notiert (1-KP...).

Ich bitte um Prüfung dieses Vorfalls und um eine schriftliche Antwort in deutscher Sprache.

Mit freundlichen Grüßen

Herbert Schmitz
Zollinspektor a. D.
Herbesthaler Straße 17
4700 Eupen
"""
add("complaint", "de", "police",
    "Police CONDUCT at a roadside check in the German-speaking area (French only, 'Ici c'est la Belgique', 40 min wait); retired "
    "customs officer. text/plain ISO-8859-1 QP; subject Q-encoded ISO-8859-1.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", q("Beschwerde über Verhalten eines Beamten bei Verkehrskontrolle", "iso-8859-1"),
              "Mon, 13 Apr 2026 10:12:40 +0200", "<000c01dcc05$schmitz@example.be>"),
            text(body, "plain", "iso-8859-1", "quoted-printable")))

# C6 de pensions - French-only letters, complaint containing questions
c = Ctx("c06")
body = """Sehr geehrte Damen und Herren,

seit meiner Pensionierung am 1. Oktober 2025 erhalte ich von der Stelle in Brüssel, die meine Beamtenpension auszahlt, sämtliche Schreiben ausschließlich in französischer Sprache. Zuletzt kam im März eine "notification de révision" mit einer Tabelle, in der mein Betrag um 61,40 EUR im Monat geändert wurde, ohne dass ich verstehe warum.

Ich habe dreimal schriftlich um die deutsche Fassung gebeten (15.11.2025, 08.01.2026, 19.03.2026). Antwort: keine. Am Telefon wurde mir gesagt, "das System kann kein Deutsch drucken". Im Jahre 2026!

Ich möchte klarstellen, dass ich die Änderung nicht anfechte - ich kann sie ja nicht einmal lesen. Ich beschwere mich darüber, dass ein Bürger des deutschen Sprachgebiets von einer föderalen Dienststelle keine Post in seiner Sprache bekommt und auf Nachfragen nicht reagiert wird.

Zwei Fragen hätte ich dennoch:
1) Wer ist für die Übersetzung zuständig, und an wen muss ich mich wenden?
2) Laufen eventuelle Fristen, solange ich das Schreiben nicht in meiner Sprache habe?

Mit freundlichen Grüßen
Herbert Schmitz
Eupen
"""
add("complaint", "de", "pensions",
    "Civil-servant pension letters only in French, three unanswered requests for a German version; explicitly does NOT contest "
    "the revision ('ich die Änderung nicht anfechte') and ends with two numbered questions -> complaint (dominant), pensions; the "
    "pension service is described, not named. multipart/alternative UTF-8 QP.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", "Pensionsschreiben nur auf Franzoesisch",
              "Fri, 03 Apr 2026 09:02:17 +0200", "<20260403090217.c06@example.be>"),
            alt(c, body)))

# C7 fr police - Schaerbeek shopkeeper, simple French, police refused to register theft
c = Ctx("c07")
body = """bonjour madame monsieur

je suis commercant a schaerbeek chaussee de haecht, magasin alimentation depuis 2011. samedi 18 avril 2 jeune ont vole dans mon magasin des boisson et cigarette et un a pousser ma femme. j ai la video camera.

je suis aller au commissariat meme jour avec la cle usb. le policier a l accueil il a pas voulu prendre ma plainte. il a dit "c est pour 60 euros monsieur, vous avez pas mieux a faire" et il a rigoler avec son collegue. il a dit revenir lundi. lundi autre policier dit il faut rendez vous en ligne.

moi je paye mes taxe, j ai jamais probleme. ma femme elle a peur maintenant dans le magasin. c est pas normal on traite comme ca. je veux que quelqu un prend ma plainte serieux et que le policier il s excuse.

merci
Mehmet Yildiz
alimentation Yildiz
0488 71 20 53
"""
add("complaint", "fr", "police",
    "Turkish-Belgian shopkeeper in SIMPLE FRENCH without accents: desk officer refused to register a shoplifting report and "
    "laughed; 'vole' is theft in a police context and the complaint is about police conduct -> complaint, police. text/plain "
    "us-ascii 7bit, no greeting capitals.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "plainte policier pas respect",
              "Tue, 21 Apr 2026 23:14:09 +0200", "<c07.a1b2c3@example.com>"),
            text(body, "plain", "us-ascii", "7bit")))

# C8 nl taxes - Schaerbeek shopkeeper simple Dutch, VAT letters, nobody answers
c = Ctx("c08")
body = """Goeiedag

Ik ben Mehmet Yildiz, ik heb winkel in Schaarbeek. Mijn boekhouder is dood in januari (hartaanval) en nu ik moet zelf alles doen voor de btw.

Ik krijg brief van jullie in februari dat mijn aangifte vierde kwartaal "niet ontvangen". Maar de boekhouder heeft gedaan, ik heb papier van hem met nummer. Ik bel naar het nummer op de brief: 45 minuut wachten, dan de lijn is weg. Drie keer. Ik stuur mail naar adres op de brief: geen antwoord, 6 weken.

Ik ga naar kantoor in Brussel Noord, de vrouw aan de deur zegt zonder afspraak niet binnen, afspraak via internet, maar op internet er is geen plaats tot juni.

Ik wil gewoon iemand die mij zegt wat ik moet doen. Ik wil alles goed doen, ik wil geen probleem. Pardon voor mijn Nederlands, ik leer nog.

Merci / dank u
Mehmet Yildiz
Haachtsesteenweg, 1030 Schaarbeek
BTW BE 0712.448.390
"""
add("complaint", "nl", "taxes",
    "Shopkeeper in SIMPLE DUTCH (grammar errors, 'Merci / dank u'): VAT return marked as not received, phone line drops, mail "
    "unanswered, no appointment possible -> taxes complaint (VAT administration not named). text/plain ISO-8859-1 8bit.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "btw brief geen antwoord",
              "Thu, 09 Apr 2026 07:41:30 +0200", "<c08.77e0f1@example.com>"),
            text(body, "plain", "iso-8859-1", "8bit")))

# C9 en foreign_affairs - Canadian expat, stamp on daughter's birth certificate
c = Ctx("c09")
body = """Hello,

I'm a Canadian living in Waterloo (the Belgian one, yes) with my Belgian wife and our two kids. Our daughter Chloé was born in Braine-l'Alleud in 2019 and we need her birth certificate recognised in Ontario for her Canadian citizenship file. Ottawa told us we need "the Belgian stamp" on it first, and the commune told us the stamp is done by the ministry in Brussels, online.

So, in short:
- 3 March: uploaded the certificate on your legalisation website, paid EUR 20 by card.
- 17 March: status "rejected - document not eligible". No explanation.
- 18 March: uploaded again, new certificate from the commune, paid again.
- 2 April: rejected again, same message.
- I've called the number on the site 6 times. Twice I got through, once I was told the problem is the commune's digital signature, once that it's "a known bug" and I should come to the counter in Brussels. The counter needs an appointment. Earliest appointment: 11 June.

Our Canadian deadline is 31 May. I'm not asking for special treatment, I'm asking why a $20 (sorry, EUR 20) online service rejects an official Belgian document twice without telling anyone what's wrong, and keeps the money both times.

Could someone with actual access to the system look at request numbers LEG-26-0311874 and LEG-26-0319022?

Thanks,
Ryan McAllister
Chaussée de Bruxelles 210, 1410 Waterloo
+32 470 55 18 02
"""
add("complaint", "en", "foreign_affairs",
    "Canadian expat: legalisation ('the Belgian stamp') of a Belgian birth certificate for use in Canada rejected twice online, "
    "paid twice, phone gives contradictory answers; the legalisation service is only described ('the ministry in Brussels'), "
    "LEG-... numbers are not PLT tickets -> complaint, foreign_affairs. multipart/alternative UTF-8 QP.",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "Birth certificate stamp rejected twice, no explanation",
              "Mon, 06 Apr 2026 16:22:08 +0200", "<CAJ9r2a_c09XQ@mail.example.com>", relay="mail-ed1.example.com"),
            alt(c, body)))

# C10 nl unemployment - Aalst farmer's son, stempelkaart app, late payment
c = Ctx("c10")
body = """Goeiendag,

ik ben Jens De Cock uit Herdersem (Aalst). Sinds januari ben ik werkloos, na 6 jaar bij een loonwerker (oogsten, mest rijden enz). Ik vul mijn stempelkaart elke maand in op de app zoals het moet.

Voor maart heb ik alles ingevuld en op "verzenden" gedrukt, de app zei "verzonden". Maar het geld is er nooit gekomen. Bij de vakbond zeggen ze dat mijn kaart van maart "niet binnen" is bij hen. Dus de app liegt of iemand is het kwijt. Ik moest nu de kaart op papier gaan halen in Aalst, en ze zeggen dat het betalen van maart nu "4 tot 6 weken" duurt.

Dat is 1100 euro dat ik niet heb. Ik woon nog thuis op de boerderij gelukkig maar ik heb een lening voor mijn auto.

Het is niet de eerste keer met die app, in februari bleef ze hangen op de laatste dag. Ik zou graag hebben dat ze dat eens bekijken en dat ik mijn geld van maart sneller krijg, ik heb niks verkeerd gedaan.

mvg
Jens De Cock
"""
add("complaint", "nl", "unemployment",
    "Aalst farmer's son: 'stempelkaart' app said 'verzonden' but the March card never arrived at the payment body, payment "
    "delayed 4-6 weeks; no agency named (only 'de vakbond', 'de app') -> unemployment complaint. text/plain UTF-8 QP, CRLF.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "stempelkaart maart niet aangekomen",
              "Sat, 11 Apr 2026 20:03:51 +0200", "<c10-jdc-20260411@example.be>"),
            text(body, "plain", "utf-8", "quoted-printable")), crlf=True)

# C11 nl police - Aalst, the guy at the roadside check, tractor
c = Ctx("c11")
body = """Dag,

Ik wil een klacht geven over de agent die mij vorige donderdag (16/4) rond half zeven 's avonds tegenhield op de Gentsesteenweg in Erembodegem. Ik reed met de tractor van mijn vader met een lege kipper naar huis.

Ik stop, ik doe de motor af, ik geef mijn rijbewijs G en de papieren. De gast aan de controle begint direct te roepen dat ik "met zo'n ding niet op de weg hoort te zitten in het spitsuur" en dat "boeren denken dat de baan van hen is". Ik zeg dat ik alles in orde heb. Dan zegt hij dat ik moet uitstappen en dat ik "niet zo'n grote mond" moet hebben, terwijl ik niks had gezegd. Zijn collega heeft het gezien en zei ook niks.

Ik heb uiteindelijk geen PV gekregen, alles was in orde, dus daar gaat het niet over. Het gaat over hoe hij tegen mij sprak. Ik ben 24 en ik heb respect voor de politie maar dit was gewoon pesten.

Het was een combi met twee agenten, de man was kaal met een baard, rond de 40.

Jens De Cock
Herdersem
0494 20 88 13
"""
add("complaint", "nl", "police",
    "Police CONDUCT ('de gast aan de controle' shouting at a young farmer on a tractor); explicitly no fine ('geen PV gekregen, "
    "daar gaat het niet over') -> complaint, police. HTML-only (webmail) UTF-8 QP, no text/plain part.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "klacht over agent bij controle",
              "Mon, 20 Apr 2026 12:44:19 +0200", "<c11-jdc-20260420@example.be>"),
            text(html_wrap(t2h(body) + '\n<div style="color:#888">-- <br>Verzonden met WebMail Telenet-stijl</div>'), "html", "utf-8", "quoted-printable")))

# C12 en social_security - disabled Bruges student, inaccessible website
c = Ctx("c12")
body = """Dear sir or madam,

My name is Lotte Vermeulen, I'm a 22-year-old student at the university college in Bruges and I am blind since birth. I use a screen reader (NVDA) for everything. I am writing in English because my thesis supervisor, who helps me with some admin, doesn't speak Dutch, and she's in CC.

I need to re-apply for my disability allowance/recognition because I'm turning from "child" to "adult" status in the system. The online application on the website for persons with a disability is basically unusable with a screen reader:
- the "next" button on step 3 has no label, NVDA reads it as "button button";
- the date fields are a visual calendar only, you cannot type a date;
- the itsme login pops up a QR code with no alternative I can use alone;
- after 20 minutes the session times out and everything is gone (this happened 4 times).

I called the helpline and the person kindly offered to "send me the paper forms". Paper forms. For a blind person.

I find it really ironic that the one government service meant for disabled people is the least accessible one I have to deal with. I'd like this to be passed to whoever builds the site, and I would like to know how I can apply in the meantime without losing my rights (my current recognition ends on 30 June).

Kind regards,
Lotte Vermeulen
Bruges

--
Sent with accessibility in mind. Please don't send me scanned PDFs.
"""
add("complaint", "en", "social_security",
    "Blind student in Bruges: disability recognition website inaccessible to screen readers, helpline offers paper forms; the "
    "directorate for persons with disabilities is described, not named -> complaint (with a how-to question), social_security. "
    "Cc to a supervisor. multipart/alternative us-ascii plain + UTF-8 HTML.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Disability application website not usable with a screen reader",
              "Wed, 15 Apr 2026 14:10:27 +0200", "<c12.lv.20260415@student.example.be>",
              extra=[("Cc", "Dr. Ana Ribeiro <a.ribeiro@hogeschool.example.be>")]),
            alt(c, body, "us-ascii", "7bit", hcs="utf-8", hcte="quoted-printable")))

# C13 en mobility - Bruges student, adapted car registration stuck (mixed EN with Dutch bits)
c = Ctx("c13")
body = """Hi,

Quick background: I'm a wheelchair user (spina bifida), student in Brugge, and my parents and I bought a second-hand adapted car (hand controls, ramp) in February so I can finally drive myself to campus.

The car was imported from the Netherlands. The "keuring" (technical inspection) was done on 3 March, everything OK, green paper. Since then the registration of the car has been stuck. The insurance broker sent the request 4 times, every time it comes back "in behandeling" and then after two weeks "geweigerd - documenten onvolledig". Nobody tells us WHICH document. The broker says he can't reach anybody at the registration office, it's only a web form for professionals.

Meanwhile the car has been standing in my parents' driveway for 7 weeks and I'm paying insurance for a car I can't use, and taking the Blue Bus which takes 1h20 for 9 km.

I'm not asking to skip any step, just that someone looks at the file and tells my broker what is missing. Chassis number starts with WVWZZZ1K, broker is Verzekeringen Desmet in Sint-Kruis.

Thanks a lot,
Lotte Vermeulen
"""
add("complaint", "en", "mobility",
    "Vehicle registration of an imported adapted car stuck for 7 weeks, repeated refusals 'documenten onvolledig' without saying "
    "which; English text with Dutch quoted words (language en); DIV not named ('the registration office') -> mobility complaint; "
    "disability mentioned but not a social_security matter. text/plain UTF-8 base64.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Car registration stuck for 7 weeks - what document is missing?",
              "Tue, 28 Apr 2026 08:55:02 +0200", "<c13.lv.20260428@student.example.be>"),
            text(body, "plain", "utf-8", "base64")))

# C14 fr other - the complaint form itself
c = Ctx("c14")
body = """Bonjour,

Je voulais utiliser votre formulaire de plainte en ligne pour un problème (que je vous enverrai à part, ce n'est pas le sujet ici) mais je dois d'abord me plaindre... du formulaire.

Trois fois j'ai tout rempli. C'était long, je me suis appliqué, j'ai joint deux PDF. Trois fois en cliquant sur "Envoyer" : page blanche, puis "Erreur 500 - veuillez réessayer plus tard". Tout le texte perdu. La quatrième fois j'ai copié mon texte avant, heureusement, mais le message d'erreur est revenu.

Ensuite le petit test "je ne suis pas un robot" : images de passages pour piétons en résolution tellement mauvaise que j'ai échoué deux fois. J'ai 52 ans, je ne suis pas un robot, je vous le garantis.

Un formulaire pour se plaindre qui ne fonctionne pas, avouez que c'est un peu fort. Je vous écris donc par mail à l'ancienne.

Bien à vous,
Kevin Lambotte
"""
add("complaint", "fr", "other",
    "Complaint about the online COMPLAINT FORM itself (error 500, captcha); the underlying problem is not stated -> category "
    "other. text/plain ISO-8859-1 QP; subject Q-encoded ISO-8859-1.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", q("Votre formulaire de plainte ne fonctionne pas (erreur 500)", "iso-8859-1"),
              "Sun, 26 Apr 2026 18:20:44 +0200", "<c14.kl.ac9f@example.be>"),
            text(body, "plain", "iso-8859-1", "quoted-printable")))

# C15 en police - Bruges student, officer moved wheelchair without asking
c = Ctx("c15")
body = """Hello,

On Saturday 25 April I was at the station in Bruges waiting for my assistance to the train. Two police officers were doing checks in the hall (I think federal, railway police, dark blue uniforms with the word POLICE and a yellow band).

I was sitting near the ticket machines. One of the officers said something in Dutch I didn't catch because of the noise and then, without asking, grabbed the handles of my wheelchair and rolled me about 5 metres backwards "because I was blocking the passage". My phone fell on the floor. When I protested he said "rustig, madam, it's for your safety" and walked away. His colleague laughed.

A wheelchair is part of my body. You don't push a person without asking, police or not. Other travellers looked at me like I had done something wrong.

I'd like this to be taken seriously and I'd like an apology. I can give a description and the exact time (14:35, just before the IC to Brussels).

Lotte Vermeulen
"""
add("complaint", "en", "police",
    "Police CONDUCT: an officer moved a wheelchair user without consent in a station; not a mobility complaint (the rail "
    "service is only the setting) -> police. Apple Mail text/plain format=flowed UTF-8 QP.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Officer pushed my wheelchair without asking",
              "Sun, 26 Apr 2026 10:11:36 +0200", "<C15A8E2F-3D11-4C2A-9F7E-LV0426@student.example.be>",
              extra=[("X-Mailer", "iPhone Mail (21E236)")]),
            text(body, "plain", "utf-8", "quoted-printable", flowed=True)))

# C16 de other - federal museum
c = Ctx("c16")
body = """<p>Sehr geehrte Damen und Herren,</p>
<p>am Ostermontag habe ich mit meiner Frau (sie ist seit einem Sturz auf einen Rollstuhl angewiesen) und unseren beiden Enkeln eines der großen föderalen Kunstmuseen in Brüssel besucht. Vorab: Die Sammlung ist wunderbar. Die Umstände leider nicht.</p>
<ul>
<li>Der Aufzug zum Untergeschoss war außer Betrieb, ein Hinweis stand nur auf Französisch und Niederländisch an der Tür, nicht auf der Webseite.</li>
<li>Audioguides gibt es in sieben Sprachen, aber nicht auf Deutsch &ndash; immerhin eine der drei Landessprachen.</li>
<li>Als ich an der Kasse fragte, ob der reduzierte Tarif für Begleitpersonen gilt, sagte die Mitarbeiterin vor den Enkeln: &bdquo;Lisez le panneau, monsieur.&ldquo;</li>
</ul>
<p>Ich erwarte keine Wunder, aber ein Museum, das vom Föderalstaat getragen wird, sollte für Rollstuhlfahrer und deutschsprachige Besucher zugänglich sein. Ich bitte Sie, meine Beschwerde an die zuständige Stelle weiterzuleiten.</p>
<p>Mit freundlichen Grüßen<br>Herbert Schmitz<br>Eupen</p>
"""
add("complaint", "de", "other",
    "Federal art MUSEUM: broken lift, no German audioguide, curt staff -> category other (none of the seven domains). "
    "HTML-only UTF-8 base64 with <ul> and HTML entities.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", q("Museumsbesuch am Ostermontag – Zugänglichkeit und Sprache"),
              "Thu, 09 Apr 2026 11:30:00 +0200", "<c16.hs.9a7f@example.be>"),
            text(html_wrap(body), "html", "utf-8", "base64")))

# C17 fr foreign_affairs - Schaerbeek shopkeeper, mother's visa appointment at embassy
c = Ctx("c17")
body = """Bonjour

Ma maman elle habite Kayseri en Turquie, elle a 71 ans. Je veux qu elle vient chez moi 3 mois pour voir mes enfants. Elle doit faire visa a l ambassade belge a Ankara.

Depuis janvier on essaye prendre rendez vous. Sur le site de la societe qui fait les rendez vous c est toujours "aucune date disponible". Mon cousin a Ankara il est aller a la porte, on dit pas rentrer sans rendez vous. J ai ecrit 4 mail a l ambassade, pas de reponse. Telephone: message en anglais et turc et apres ca coupe.

Je suis belge depuis 2008, je travaille, je paye tout. Je demande pas cadeau, je demande juste un rendez vous pour ma maman. C est triste que c est impossible de parler avec une personne.

Svp vous pouvez aider ou dire a l ambassade?

Mehmet Yildiz
Schaerbeek
0488 71 20 53
"""
add("complaint", "fr", "foreign_affairs",
    "SIMPLE FRENCH: no visa appointment possible at the Belgian embassy in Ankara for the writer's mother, four mails unanswered; "
    "complaint about unreachability (no visa decision exists, nothing contested) -> complaint, foreign_affairs. Gmail "
    "multipart/alternative ISO-8859-1 QP.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "rendez vous visa maman impossible",
              "Fri, 17 Apr 2026 15:36:52 +0200", "<CAM2y_c17Kz0@mail.example.com>", relay="mail-ed1.example.com"),
            alt(c, body, "iso-8859-1", "quoted-printable")))

# C18 nl pensions - Aalst son writes for his father (self-employed farmer pension)
c = Ctx("c18")
body = """Goedendag,

Ik schrijf in naam van mijn vader, Marcel De Cock (°1959), landbouwer in Herdersem, die op 1 december met pensioen gaat. Hij heeft zelf geen e-mail en hij vertrouwt die computers niet, dus ik doe het.

Sinds vorig jaar proberen we te weten hoeveel pensioen hij zal krijgen. Hij heeft 43 jaar op de boerderij gewerkt als zelfstandige, de eerste jaren als "meewerkende zoon" bij mijn grootvader.

- In september hebben we een raming gevraagd. Die kwam in november toe op het adres van mijn grootvader, die al 6 jaar dood is. Hoe is dat mogelijk? Het adres in het rijksregister is al 30 jaar juist.
- In die raming ontbreken de jaren 1977-1983 volledig, alsof hij toen niet gewerkt heeft.
- We hebben in januari gebeld: "dat wordt nagekeken, u krijgt een nieuwe brief". Geen brief.
- In maart opnieuw gebeld: de dame zegt dat de aanvraag "nog niet gestart" is en dat we ze opnieuw moeten doen.

Het gaat mij niet om die raming zelf (dat is nog geen beslissing denk ik), het gaat erom dat niemand ons iets juist kan zeggen en dat de post naar een dode man gaat. Mijn vader slaapt er slecht van.

Kan iemand ons zeggen of de aanvraag nu echt loopt of niet? En naar welk adres ze de brieven sturen?

Met vriendelijke groeten,
Jens De Cock
zoon van Marcel De Cock
"""
add("complaint", "nl", "pensions",
    "Son writes for his father (self-employed farmer): pension estimate sent to the dead grandfather's address, years missing, "
    "contradictory phone answers; says the estimate is not a decision and is not contested -> complaint with questions, "
    "pensions. multipart/alternative windows-1252 QP.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "Pensioen vader - brieven naar verkeerd adres",
              "Wed, 08 Apr 2026 21:17:45 +0200", "<c18-jdc-20260408@example.be>"),
            alt(c, body, "windows-1252", "quoted-printable")))

# C19 de social_security - reimbursement of treatment in Aachen, ping-pong
c = Ctx("c19")
body = """Guten Tag,

ich habe mich im Januar in einer Klinik in Aachen an der Hüfte operieren lassen, weil die Wartezeit in Belgien 7 Monate betragen hätte. Meine Krankenkasse in Eupen hatte mir vorher mündlich gesagt, das sei "kein Problem mit dem Formular".

Die Rechnung (4.312,80 EUR) habe ich bezahlt und eingereicht. Die Krankenkasse sagt nun, sie dürfe nicht erstatten, solange "das Landesinstitut in Brüssel" nicht über die vorherige Genehmigung entschieden hat. Beim Landesinstitut (ich habe die Nummer über drei Umwege herausgefunden) sagt man mir, die Anfrage müsse von der Krankenkasse kommen, nicht von mir, und dort liege nichts vor. Die Krankenkasse sagt, sie habe es im Februar geschickt.

Seit drei Monaten werde ich hin und her geschickt. Niemand fühlt sich zuständig, und die schriftlichen Anfragen bleiben ohne Antwort. Ich bin 68 und habe das Geld von meinem Sparbuch genommen.

Ich beschwere mich ausdrücklich über diese Bearbeitung und bitte darum, dass die beiden Stellen miteinander sprechen, statt mich als Boten zu benutzen.

Hochachtungsvoll
Herbert Schmitz
"""
add("complaint", "de", "social_security",
    "Cross-border medical treatment in Aachen not reimbursed; ping-pong between health insurance fund and 'das Landesinstitut in "
    "Brüssel' (INAMI/RIZIV, not named as such); no refusal decision is contested -> complaint, social_security. "
    "multipart/mixed: text/plain UTF-8 8bit + PDF invoice.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", q("Erstattung Hüftoperation Aachen – seit 3 Monaten hin und her"),
              "Tue, 21 Apr 2026 16:48:21 +0200", "<c19.hs.b03e@example.be>"),
            multipart(c, "mixed", [text(body, "plain", "utf-8", "8bit"),
                                   attach("application/pdf", "Rechnung_Klinik_Aachen_2026-01.pdf", fake_pdf("Rechnung 4312,80 EUR"))])))

# C20 en unemployment - Canadian, temporary unemployment payments late, FR/NL-only hotline
c = Ctx("c20")
body = """Good afternoon,

My employer (a packaging plant in Nivelles) put all of us on temporary unemployment for "economic reasons" from 2 to 27 March. That's fine, it happens, I'm not arguing with that.

What I can't get is the money. My colleagues who are with the union were paid mid-April. I'm with the public payment fund because I'm not a union member, and I have had nothing. I've sent the online form twice, the status page just says "dossier en cours / dossier in behandeling".

The phone line has a menu in French and Dutch only; I speak decent French but after 3 menus I get "toutes nos lignes sont occupées" and it hangs up. The e-mail address I was given returns an auto-reply saying answers take "up to 30 working days".

I've lived here for eleven years. I pay my taxes and contributions like everyone. I don't think it's unreasonable to expect to be paid within a month for days my employer was legally allowed to lay me off.

Regards,
Ryan McAllister
NISS 81.11.03-447.29
"""
add("complaint", "en", "unemployment",
    "Temporary unemployment: the decision is accepted ('I'm not arguing with that'), complaint about non-payment by the public "
    "payment fund (CAPAC/HVW described, not named) and a FR/NL-only phone menu, quotes French prompts -> unemployment "
    "complaint. text/plain UTF-8 8bit.",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "Temporary unemployment - still not paid",
              "Thu, 30 Apr 2026 14:02:59 +0200", "<CAJ9r2a_c20YT@mail.example.com>", relay="mail-ed1.example.com"),
            text(body, "plain", "utf-8", "8bit")))

# C21 de taxes - web-form notification, St. Vith, advance payment not credited
c = Ctx("c21")
form = """Neue Nachricht über das Kontaktformular "Beschwerde einreichen"
================================================================

Sprache:            Deutsch
Name:               Thelen
Vorname:            Margit
E-Mail:             margit.thelen@example.be
Telefon:            080 22 71 45
Postleitzahl:       4780
Gemeinde:           St. Vith
Betrifft:           (keine Auswahl)
Referenz (falls vorhanden):

Nachricht:
Ich bin selbständige Physiotherapeutin und zahle seit Jahren meine Vorauszahlungen pünktlich. Meine Vorauszahlung vom 10. Oktober 2025 (3.000 EUR, mit der richtigen strukturierten Mitteilung) erscheint nicht in meinem Online-Konto. Am 3. März hat mir ein Mitarbeiter am Telefon bestätigt, dass der Betrag versehentlich auf die Akte eines anderen Steuerpflichtigen gebucht wurde und "in den nächsten Tagen" umgebucht wird.

Seitdem: nichts. Zwei Briefe von mir ohne Antwort, und letzte Woche kam eine Erinnerung, ich solle meine Vorauszahlungen "überprüfen". Einen Steuerbescheid für 2025 gibt es noch gar nicht, ich fechte also nichts an. Ich beschwere mich darüber, dass ein bestätigter Buchungsfehler seit zwei Monaten liegen bleibt und niemand auf meine Briefe antwortet.

Bitte teilen Sie mir mit, wann die Umbuchung erfolgt.

Anhänge: 0
----------------------------------------------------------------
Diese Nachricht wurde automatisch vom Webformular erzeugt. Bitte antworten Sie nicht an diese Adresse.
IP: 203.0.113.58 | Formular-ID: WF-BS-118204
"""
add("complaint", "de", "taxes",
    "WEB-FORM notification from no-reply-webform@federal.example.be, citizen in Reply-To and form fields: advance tax payment "
    "('Vorauszahlung') booked on another taxpayer's file, confirmed error left uncorrected for two months, letters unanswered; "
    "no assessment exists yet and she says so ('ich fechte also nichts an'); 'Betrifft' field empty, service not named -> "
    "complaint, taxes. text/plain UTF-8 QP, "
    "Auto-Submitted set by our site.",
    message(H("Webformular Föderalverwaltung <no-reply-webform@federal.example.be>", "Neue Beschwerde ueber Webformular [WF-BS-118204]",
              "Mon, 27 Apr 2026 07:58:14 +0200", "<wf-bs-118204@webform.federal.example.be>", relay="web1.federal.example.be",
              ip="10.20.4.11", extra=[("Reply-To", "Margit Thelen <margit.thelen@example.be>"), ("Auto-Submitted", "auto-generated")]),
            text(form, "plain", "utf-8", "quoted-printable")))

# C22 fr social_security - commune forwards shopkeeper's mail as message/rfc822
c = Ctx("c22")
inner_body = """Bonjour madame

Vous a dit au guichet envoyer par mail, alors j envoie.

Je suis independant depuis 2011 (magasin). La caisse pour les cotisation sociales m a envoyer une lettre que je dois payer 2 fois le trimestre 4 de 2025. Mais j ai payer 1 fois, le 28 decembre, 1.184,27 euro, j ai la preuve de la banque. Ils disent a telephone "c est pas arrive" mais la banque dit c est parti.

Maintenant ils menace huissier et majoration. Je ne dors pas. J ai ecrit 2 fois a la caisse et aussi a l institut national a Bruxelles, personne repond. Le monsieur a telephone il etait pas gentil, il dit "payez d abord, on verra apres".

Moi je veux juste quelqu un regarde mon paiement. Svp aidez moi.

Mehmet Yildiz
BCE 0712.448.390
"""
inner = message([("From", "mehmet yildiz <yildiz.alimentation@example.com>"),
                 ("To", "guichet.social@schaerbeek-commune.example.be"),
                 ("Subject", "cotisation payer 2 fois"),
                 ("Date", "Tue, 07 Apr 2026 10:21:13 +0200"),
                 ("Message-ID", "<CAM2y_c22in@mail.example.com>")],
                text(inner_body, "plain", "utf-8", "8bit"))
cover = """Madame, Monsieur,

Veuillez trouver ci-joint le courriel que M. Mehmet Yildiz a adressé à notre guichet social. Sa demande concerne une institution fédérale ; nous vous la transmettons pour suite utile. Le citoyen a été informé de cette transmission.

Cordialement,

Nadia El Ouardi
Guichet social - Administration communale
Place Colignon (bâtiment fictif), 1030 Schaerbeek
"""
add("complaint", "fr", "social_security",
    "FORWARD by a commune's social desk with the citizen's mail as message/rfc822: complainant (to acknowledge) is the inner "
    "From (simple French, no accents). Self-employed social contributions charged twice, rude phone answer, no reply; the "
    "social insurance fund and INASTI are only described -> complaint, social_security. multipart/mixed: text/plain "
    "ISO-8859-1 QP + message/rfc822 (UTF-8 8bit).",
    message(H("Nadia El Ouardi <n.elouardi@schaerbeek-commune.example.be>", "TR: cotisation payer 2 fois",
              "Wed, 08 Apr 2026 11:40:02 +0200", "<c22.fwd.0408@schaerbeek-commune.example.be>", relay="smtp.schaerbeek-commune.example.be"),
            multipart(c, "mixed", [text(cover, "plain", "iso-8859-1", "quoted-printable"),
                                   rfc822(inner, "cotisation payer 2 fois.eml")])))

# =====================================================================================
# APPEALS (16)
# =====================================================================================

# A1 fr taxes - Arlon, formal réclamation
c = Ctx("a01")
body = """Kevin Lambotte
Rue des Faubourgs 41
6700 Arlon
N° national : 84.02.19-233.71

Objet : réclamation contre l'avertissement-extrait de rôle - exercice d'imposition 2025 (revenus 2024)
Article de rôle : 7.218.449.092

Madame, Monsieur le Conseiller général,

Par la présente, j'introduis une réclamation au sens de l'article 366 du CIR 92 contre la cotisation reprise ci-dessus, établie à l'impôt des personnes physiques, envoyée le 11/03/2026.

Motifs :
1. Mes rémunérations de janvier à octobre 2024 ont été perçues au Luxembourg et y ont été imposées. Elles sont exonérées en Belgique en vertu de la convention préventive de la double imposition, sous réserve de progressivité.
2. Or la cotisation taxe ces rémunérations intégralement (code 1250 repris comme revenu belge), sans appliquer l'exonération.
3. Le certificat de rémunération luxembourgeois et le certificat de retenue d'impôt sont joints.

Je demande dès lors le dégrèvement de l'impôt indûment établi, soit 6.412,35 EUR, majoré des intérêts moratoires.

Je sollicite également d'être entendu si la réclamation ne pouvait être accueillie.

Veuillez agréer, Madame, Monsieur le Conseiller général, l'expression de mes salutations distinguées.

Kevin Lambotte
"""
cov = """Bonjour,

Je ne trouve pas l'adresse exacte du service compétent, je vous envoie donc ma réclamation ici en vous demandant de la transmettre. Le texte est dans le mail et en PDF signé.

K. Lambotte
"""
add("appeal", "fr", "taxes",
    "Explicit 'réclamation' (art. 366 CIR 92) against an income tax assessment (Luxembourg salary taxed without exemption), sent "
    "to the complaints mailbox with a request to forward -> appeal, taxes. multipart/mixed: text/plain UTF-8 QP (covering note "
    "+ full text) + two PDFs.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", q("Réclamation - exercice d'imposition 2025 - article 7.218.449.092"),
              "Wed, 22 Apr 2026 08:14:37 +0200", "<a01.kl.77de@example.be>"),
            multipart(c, "mixed", [text(cov + "\n" + body, "plain", "utf-8", "quoted-printable"),
                                   attach("application/pdf", "reclamation_signee.pdf", fake_pdf("Reclamation Lambotte")),
                                   attach("application/pdf", "certificat_salaire_LU_2024.pdf", fake_pdf("Certificat LU 2024"))])))

# A2 fr unemployment - Arlon, no legal words, ask to review refusal
c = Ctx("a02")
body = """Bonjour,

Suite à mon courrier précédent concernant les paiements, j'ai enfin reçu une décision... mais ce n'est pas celle que j'attendais.

La lettre dit que je n'ai "pas droit aux allocations de chômage" parce que je ne justifie pas d'assez de journées de travail "en Belgique" sur la période de référence, et que mes 9 ans au Luxembourg "ne peuvent pas être pris en compte en l'absence du document U1 complet".

Mais le U1 je l'ai remis ! Le 5 février, au bureau d'Arlon, en main propre, la dame l'a scanné devant moi. Je joins une photo du document et du reçu qu'elle m'a donné.

Je vous demande simplement de revoir cette décision en tenant compte du U1, parce que sinon c'est tout mon droit qui tombe pour un papier qui est chez vous. Je pense honnêtement que c'est une erreur de classement et pas de la mauvaise volonté, mais il faut que la décision change.

Merci de me dire si je dois encore faire quelque chose de mon côté.

Kevin Lambotte
6700 Arlon
"""
add("appeal", "fr", "unemployment",
    "POLITE request to 'revoir cette décision' refusing unemployment benefit (Luxembourg periods ignored, U1 said missing) with "
    "no legal words (no recours/réclamation); mentions a previous mail without a ticket number -> appeal, not follow_up. "
    "multipart/mixed: multipart/alternative (UTF-8 QP) + JPG photo.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", "Décision refus chômage - le U1 a bien été remis",
              "Thu, 07 May 2026 19:26:05 +0200", "<a02.kl.1b4c@example.be>"),
            multipart(c, "mixed", [alt(c, body), attach("image/jpeg", "IMG_20260205_U1_recu.jpg", fake_jpg(2))])))

# A3 nl police - Mechelen mother, speed camera fine while in hospital
c = Ctx("a03")
body = """Beste,

Ik kreeg gisteren een brief van het parket/de politie (het "Crossborder"-formulier of hoe dat heet) voor een snelheidsovertreding met onze Opel Zafira op 2 maart om 03:47 op de E19 richting Antwerpen, 137 km/u waar 120 mag. Er moet 174 euro betaald worden.

Dat kan gewoon niet kloppen. Op 2 maart om 03:47 lag ik in het AZ Sint-Maarten te bevallen van onze jongste (zie geboorteattest in bijlage, geboren 04:12), en mijn man kan niet meer rijden sinds zijn beroerte. De auto stond op de parking van het ziekenhuis, mijn schoonbroer heeft ons gebracht met ZIJN auto en de Zafira stond al daar sinds de controle de dag ervoor.

Ofwel is de nummerplaat verkeerd gelezen (onze plaat is 1-HRV-274, misschien was het 1-HRV-214?), ofwel is onze plaat gekopieerd. Ik wil dat deze boete geschrapt wordt. Ik ga die 174 euro niet betalen voor iets dat fysiek onmogelijk is.

Kan u mij ook de foto bezorgen?

Sofie Peeters
Mechelen
"""
add("appeal", "nl", "police",
    "CONTESTS a speed-camera fine (car parked at the hospital during a birth, possible misread plate) and asks cancellation "
    "('ik wil dat deze boete geschrapt wordt') without legal words -> appeal, police. multipart/mixed: text/plain UTF-8 QP + PDF "
    "birth certificate + JPG of the fine.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "boete E19 2 maart - ik lag toen in de materniteit!",
              "Fri, 10 Apr 2026 22:31:48 +0200", "<CAHx7p3Wq0a03nL@mail.example.com>", relay="mail-ej1.example.com"),
            multipart(c, "mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                                   attach("application/pdf", "geboorteattest Noor.pdf", fake_pdf("Geboorteattest")),
                                   attach("image/jpeg", "brief boete.jpg", fake_jpg(3))])))

# A4 nl social_security - Mechelen, husband's points lowered, look again
c = Ctx("a04")
body = """Goedemiddag,

Na heel lang wachten (zie mijn vorige klacht, ik heb daar nooit een nummer van gekregen) is er eindelijk een beslissing gekomen over de tegemoetkoming van mijn man, Dirk Van Hove, rijksregisternummer 79.06.02-311.48.

Ze hebben hem 9 punten gegeven voor zelfredzaamheid. De dokter die hem gezien heeft, heeft hem 10 minuten gezien, op een goede dag. Hij kan zich niet alleen wassen, niet alleen koken, niet alleen de trap af, hij verstaat ingewikkelde gesprekken niet meer. Zijn neuroloog heeft in maart een nieuw verslag geschreven (bijlage) waarin dat allemaal staat.

Met 9 punten krijgt hij bijna niks, met 12 of meer zou het een ander verhaal zijn. Ik vraag vriendelijk of jullie zijn dossier opnieuw willen bekijken met dat verslag erbij, en hem eventueel opnieuw laten onderzoeken door een arts die de tijd neemt. Ik denk echt dat de punten niet kloppen.

Alvast bedankt,
Sofie Peeters
"""
add("appeal", "nl", "social_security",
    "POLITE request to look again at the number of points (self-reliance) in a disability allowance decision, with a new "
    "neurologist report; no 'bezwaar'/'beroep'; refers to an earlier complaint without a ticket number -> appeal, "
    "social_security. HTML-only body inside multipart/mixed with a PDF.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "beslissing punten Dirk Van Hove",
              "Mon, 18 May 2026 12:02:33 +0200", "<CAHx7p3Wq0a04pM@mail.example.com>", relay="mail-ej1.example.com"),
            multipart(c, "mixed", [text(html_wrap(t2h(body)), "html", "utf-8", "quoted-printable"),
                                   attach("application/pdf", "verslag_neuroloog_maart2026.pdf", fake_pdf("Verslag neuroloog"))])))

# A5 de taxes - Beschwerde gegen den Steuerbescheid
c = Ctx("a05")
body = """Herbert Schmitz
Herbesthaler Straße 17
4700 Eupen

An den Regionalen Direktor der Steuern
(über die zentrale Adresse, mit der Bitte um Weiterleitung)

Eupen, den 28. April 2026

Betreff: Beschwerde gegen den Steuerbescheid - Steuerjahr 2025 - Artikel 7.311.002.618

Sehr geehrter Herr Regionaldirektor,

hiermit reiche ich gemäß Artikel 366 ff. des Einkommensteuergesetzbuches 1992 fristgerecht Beschwerde gegen den oben genannten Steuerbescheid ein, versandt am 2. April 2026.

Begründung:
In der Berechnung wurde die Steuerermäßigung für Pensionen (Kode 1228) nicht gewährt, obwohl ich seit Oktober 2025 ausschließlich eine Beamtenpension beziehe. Zudem wurde das Urlaubsgeld meiner letzten Dienstmonate doppelt erfasst (einmal unter 1250, einmal unter 1211).

Ich beantrage die Berichtigung der Veranlagung und die Erstattung des zu viel erhobenen Betrags (nach meiner Berechnung 1.174,90 EUR) nebst Verzugszinsen.

Die Lohnbescheinigung 281.10 und die Pensionsbescheinigung 281.11 füge ich bei.

Hochachtungsvoll
Herbert Schmitz
"""
add("appeal", "de", "taxes",
    "Belgian German tax law term 'Beschwerde gegen den Steuerbescheid' (art. 366 EStGB 92) = tax APPEAL, not service complaint. "
    "Outlook multipart/mixed > multipart/alternative (ISO-8859-1 QP) + 2 PDFs; ISO-8859-1 Q-encoded subject.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", q("Beschwerde gegen den Steuerbescheid 2025 – Art. 7.311.002.618", "windows-1252"),
              "Tue, 28 Apr 2026 10:45:12 +0200", "<a05.hs.c41d@example.be>", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multipart(c, "mixed", [alt(c, body, "windows-1252", "quoted-printable"),
                                   attach("application/pdf", "281.10 2024.pdf", fake_pdf("281.10")),
                                   attach("application/pdf", "281.11 2025.pdf", fake_pdf("281.11"))])))

# A6 de police - Einspruch against speeding fine, written by a lawyer
c = Ctx("a06")
body = """Sehr geehrte Damen und Herren,

in Sachen meines Mandanten, Herrn Herbert Schmitz, wohnhaft in 4700 Eupen, lege ich hiermit namens und im Auftrag meines Mandanten Einspruch gegen die Aufforderung zur Zahlung einer sofortigen Erhebung (Geschwindigkeitsüberschreitung vom 24.03.2026, N68 Eupen-Kettenis, Protokollnummer EU.55.L2.004812/2026) ein.

Die Messung erfolgte an einer Stelle, an der das Verkehrsschild zur Geschwindigkeitsbegrenzung (50 km/h) zum Tatzeitpunkt nachweislich durch Baustellenmaterial verdeckt war (Fotos vom 25.03.2026 anbei). Darüber hinaus liegt uns kein Eichprotokoll des verwendeten Messgeräts vor.

Wir beantragen die Einstellung des Verfahrens bzw. die Aufhebung der Zahlungsaufforderung und bitten um Übermittlung des Eichprotokolls sowie der Beweisfotos.

Eine Vollmacht liegt bei.

Mit freundlichen kollegialen Grüßen

Me Claudia Kreusch
Rechtsanwältin
Kanzlei Kreusch & Radermacher
Klötzerbahn 8 (fiktiv), 4700 Eupen
"""
add("appeal", "de", "police",
    "LAWYER writing for her client: 'Einspruch' against a speeding fine (sofortige Erhebung, hidden sign) -> appeal, police. "
    "multipart/mixed: text/plain ISO-8859-1 8bit + PDF (Vollmacht) + JPG; CRLF line endings.",
    message(H("Kanzlei Kreusch <sekretariat@kreusch-radermacher.example.be>", "Einspruch - Protokoll EU.55.L2.004812/2026 - Schmitz",
              "Wed, 15 Apr 2026 15:03:29 +0200", "<a06.kr.2026-0415@kreusch-radermacher.example.be>"),
            multipart(c, "mixed", [text(body, "plain", "iso-8859-1", "8bit"),
                                   attach("application/pdf", "Vollmacht_Schmitz.pdf", fake_pdf("Vollmacht")),
                                   attach("image/jpeg", "Schild_verdeckt_25-03.jpg", fake_jpg(6))])), crlf=True)

# A7 de pensions - Widerspruch against pension calculation
c = Ctx("a07")
body = """Sehr geehrte Damen und Herren,

gegen den Pensionsbeschluss vom 12. März 2026 (Ihr Zeichen: PD/ZOLL/2026/118-44), der mir inzwischen - nach langem Warten - auch in deutscher Sprache vorliegt, lege ich hiermit Widerspruch ein.

Bei der Berechnung meiner Dienstjahre fehlen die Jahre 1986 bis 1988, in denen ich als Vertragsbediensteter beim Zollamt Herbesthal tätig war, bevor ich ernannt wurde. Diese Zeiten sind laut meinem Dienstausweis und der beigefügten Bescheinigung der Personalabteilung vom 04.11.1988 anrechenbar.

Ich bitte um Neuberechnung meiner Pension unter Einbeziehung dieser Dienstzeit und um einen berichtigten Beschluss.

Mit freundlichen Grüßen
Herbert Schmitz
Zollinspektor a. D.
"""
add("appeal", "de", "pensions",
    "Explicit 'Widerspruch' against a civil-servant pension decision (missing contractual years), asks recalculation -> appeal, "
    "pensions. Same writer as the French-only-letters complaint but a different intent. text/plain UTF-8 base64.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", "Widerspruch Pensionsbeschluss PD/ZOLL/2026/118-44",
              "Wed, 13 May 2026 09:51:44 +0200", "<a07.hs.e6f2@example.be>"),
            text(body, "plain", "utf-8", "base64")))

# A8 fr police - Schaerbeek shopkeeper, fine for van that was at the garage
c = Ctx("a08")
body = """bonjour

j ai recu amende 116 euro pour feu rouge a bruxelles avenue louise le 9 mars a 11h20 avec ma camionnette renault master.

mais le 9 mars ma camionnette elle etait au garage a evere pour la boite de vitesse, du 6 mars au 13 mars. j ai la facture du garage avec les date et le kilometrage. moi ce jour la je suis dans mon magasin toute la journee, mes client peut dire.

alors c est pas moi, c est pas ma camionnette. peut etre fausse plaque. je paye pas cette amende, svp annuler.

je met facture garage en piece jointe.

mehmet yildiz
schaerbeek
"""
add("appeal", "fr", "police",
    "SIMPLE FRENCH contest of a red-light camera fine (van at the garage, invoice attached), 'je paye pas cette amende, svp "
    "annuler' without legal words -> appeal, police. multipart/mixed: text/plain UTF-8 QP + JPG photo of the invoice; "
    "subject all caps.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "AMENDE PAS MOI CAMIONNETTE AU GARAGE",
              "Sat, 18 Apr 2026 13:09:31 +0200", "<CAM2y_a08Qp1@mail.example.com>", relay="mail-ed1.example.com"),
            multipart(c, "mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                                   attach("image/jpeg", "facture garage.jpg", fake_jpg(8))])))

# A9 nl taxes - Schaerbeek simple Dutch + French, VAT fine to be removed
c = Ctx("a09")
body = """Goeiedag meneer mevrouw

Ik heb brief gekregen: boete 500 euro voor btw-aangifte vierde kwartaal te laat. Maar dat is niet juist. Mijn boekhouder is dood gegaan op 14 januari, hij had alles klaar. Ik heb alleen 12 dagen te laat gedaan omdat ik niet wist hoe, ik moest alles zoeken.

Ik heb overlijdensbericht van boekhouder en bewijs van mijn aangifte op 2 februari.

Ik vraag of u die boete kan wegdoen of kleiner maken. Het is de eerste keer in 15 jaar, altijd op tijd. Dank u.

(en français : je demande d'annuler l'amende TVA de 500 euros, mon comptable est décédé, c'est la première fois en 15 ans.)

Mehmet Yildiz
BTW BE 0712.448.390
Schaarbeek
"""
add("appeal", "nl", "taxes",
    "SIMPLE DUTCH with a one-line French summary (language nl, dominant): asks to cancel or reduce a VAT late-filing fine "
    "('die boete kan wegdoen of kleiner maken') -> appeal against a tax decision without legal words; 'boete' here is a tax "
    "fine, not police. text/plain windows-1252 8bit.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "boete btw / amende TVA",
              "Mon, 04 May 2026 06:52:18 +0200", "<a09.my.04ff@example.com>"),
            text(body, "plain", "windows-1252", "8bit")))

# A10 en foreign_affairs - Canadian, son's Belgian passport refused
c = Ctx("a10")
body = """Dear Sir/Madam,

I am writing on behalf of my son, Liam McAllister-Dubois, born 12/09/2010, who holds both Belgian and Canadian nationality.

On 2 April we applied for his first Belgian passport at the town hall in Waterloo, as he's going on a school exchange to Quebec in August. On 24 April we received a letter saying the passport application was refused because "the consent of the second parent has not been validly established", since my consent form is signed by me as a Canadian national with a Canadian ID.

I am his father. My name is on his Belgian birth certificate. I was standing at the counter with my wife and my son when we applied, and I signed the form in front of the clerk, who photocopied my Canadian passport AND my Belgian residence card (F card).

We therefore ask you to reconsider this refusal and issue the passport, or at least tell us precisely which document would satisfy you. I enclose the consent form and copies of both my ID documents.

Kind regards,
Ryan McAllister
"""
add("appeal", "en", "foreign_affairs",
    "Request to RECONSIDER the refusal of a child's first Belgian passport (parental consent by a foreign parent) -> appeal, "
    "foreign_affairs (passport policy); father writes for his son; no legal words. Outlook multipart/mixed > "
    "multipart/alternative (UTF-8 QP) + PDF; CRLF.",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "Refusal of passport for my son Liam - please reconsider",
              "Mon, 27 Apr 2026 09:17:40 +0200", "<a10.rm.0427@example.com>", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
            multipart(c, "mixed", [alt(c, body), attach("application/pdf", "consent_form_signed.pdf", fake_pdf("Consent"))])), crlf=True)

# A11 en unemployment - Canadian, suspension for trip abroad, please reverse
c = Ctx("a11")
body = """Hi,

After the temporary unemployment saga (see my earlier mail) I now received a letter telling me I must pay back 3 days of benefits, 13, 14 and 15 March, because I "stayed abroad" on those days without notifying anyone.

I was in Toronto for my father's funeral. He died on 10 March. I flew out on the 12th and came back on the 16th. My employer knew, I had told HR, and HR told me those days were covered by temporary unemployment anyway.

I honestly didn't know I had to declare a trip abroad during temporary unemployment, nobody tells you that. I'm happy to send the death certificate and the plane tickets.

Could you please cancel this recovery? Given the circumstances I think it's unfair to treat this as if I had gone on holiday.

Thanks,
Ryan McAllister
NISS 81.11.03-447.29
"""
add("appeal", "en", "unemployment",
    "Asks to CANCEL a recovery of temporary-unemployment benefits (trip abroad for a funeral), no legal words, refers to an "
    "earlier mail without ticket -> appeal, unemployment. text/plain ISO-8859-1 QP (plain ASCII text).",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "Recovery of 3 days - my father's funeral",
              "Tue, 19 May 2026 20:40:11 +0200", "<CAJ9r2a_a11WZ@mail.example.com>", relay="mail-ed1.example.com"),
            text(body, "plain", "iso-8859-1", "quoted-printable")))

# A12 nl unemployment - Aalst, formal beroep (helping on farm counted as self-employed)
c = Ctx("a12")
body = """Aan de RVA, werkloosheidsbureau Aalst
(via dit adres want ik weet niet naar waar anders)

Betreft: beroep tegen beslissing van 14/04/2026 - uitsluiting werkloosheidsuitkering

Geachte,

Ik teken hierbij beroep aan tegen de beslissing van 14 april waarin ik vanaf 1 maart uitgesloten word van uitkeringen omdat ik "een zelfstandige activiteit uitoefen als helper in het landbouwbedrijf van de ouders".

Dat is niet correct. Ik woon bij mijn ouders op de boerderij, dat klopt. Af en toe help ik mijn vader 's avonds met de koeien voederen, zoals elke zoon zou doen, onbetaald en zonder dat ik als helper ingeschreven ben bij een sociaal verzekeringsfonds. Ik heb dit trouwens zelf eerlijk aangegeven op mijn formulier C1.

Ik vraag dat de beslissing herzien wordt en dat mijn uitkering vanaf 1 maart terug betaald wordt. Ik weet dat een beroep eigenlijk bij de arbeidsrechtbank moet, maar ik vraag eerst of jullie het zelf willen rechtzetten.

Hoogachtend,
Jens De Cock
Herdersem (Aalst)
INSZ 01.08.22-155.06
"""
add("appeal", "nl", "unemployment",
    "Formal 'beroep' against an exclusion from unemployment benefit (helping on the parents' farm treated as self-employment); "
    "RVA named -> appeal, unemployment. multipart/alternative UTF-8 8bit plain + QP HTML.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "beroep tegen uitsluiting 14/04/2026",
              "Sun, 26 Apr 2026 22:05:30 +0200", "<a12-jdc-20260426@example.be>"),
            multipart(c, "alternative", [text(body, "plain", "utf-8", "8bit"),
                                         text(html_wrap(t2h(body)), "html", "utf-8", "quoted-printable")])))

# A13 nl mobility - Aalst, bezwaar against refused registration of old tractor
c = Ctx("a13")
body = """Geachte,

Hierbij dien ik bezwaar in tegen de weigering van de inschrijving van onze landbouwtractor (Fendt Farmer 308, bouwjaar 1984, chassisnr. 308/21/4417) die we vorig jaar van een boer in Limburg gekocht hebben.

De weigering zegt dat het "gelijkvormigheidsattest ontbreekt". Voor een tractor van 1984 bestaat er geen Europees gelijkvormigheidsattest, dat weet iedereen in de landbouw. De vorige eigenaar heeft de tractor 40 jaar gebruikt, ingeschreven met een rode... nee, met een gewone landbouwplaat, kopie van het oude inschrijvingsbewijs zit in bijlage.

We vragen dus dat de weigering herzien wordt en dat de tractor ingeschreven wordt op naam van Marcel De Cock, zoals de vorige 40 jaar op naam van de vorige eigenaar.

Met vriendelijke groet,
Jens De Cock
voor Marcel De Cock, landbouwbedrijf De Cock, Herdersem
"""
add("appeal", "nl", "mobility",
    "Explicit 'bezwaar' against refused registration of an old farm tractor (vehicle registration service not named) -> appeal, "
    "mobility; written by the son for the father. multipart/mixed: text/plain ISO-8859-1 QP + PDF.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "bezwaar weigering inschrijving tractor",
              "Thu, 30 Apr 2026 11:20:55 +0200", "<a13-jdc-20260430@example.be>"),
            multipart(c, "mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                   attach("application/pdf", "oud_inschrijvingsbewijs.pdf", fake_pdf("Inschrijvingsbewijs"))])))

# A14 en social_security - Bruges student, adult recognition lower, look at it again
c = Ctx("a14")
body = """Dear all,

Follow-up of sorts to my complaint about the website: I finally managed to apply (with help), and today I got the decision about my "adult" recognition. The reduction of autonomy has been set at 7 points, whereas as a child I was recognised at the highest level for years.

I'm blind. I did not become less blind on my 21st birthday. The decision seems to be based only on a 15-minute phone interview in which the doctor asked mostly about my studies and concluded that I "function independently". Yes, I study, with a screen reader, a guide dog, a personal assistant 12 hours a week and an adapted room. That's not the same as not needing help.

I'd really like somebody to look at this decision again, ideally with an actual examination and the reports of my ophthalmologist and my assistant's agency, which I can send. I'm not sure what the formal route is, but I'm asking for the points to be reviewed.

Kind regards,
Lotte Vermeulen
Bruges
"""
add("appeal", "en", "social_security",
    "Asks that the points of a disability recognition decision be REVIEWED, no legal words ('I'm not sure what the formal route "
    "is'); begins with 'Follow-up of sorts' but has no ticket and contests a new decision -> appeal, not follow_up. HTML-only "
    "UTF-8 QP (webmail, with style block).",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Decision on my recognition - 7 points??",
              "Fri, 15 May 2026 17:44:20 +0200", "<a14.lv.20260515@student.example.be>"),
            text(html_wrap(t2h(body)), "html", "utf-8", "quoted-printable")))

# A15 fr pensions - daughter writes for her father, GRAPA, recalculate
c = Ctx("a15")
body = """Bonjour,

J'écris pour mon père, Joseph Hansen, 79 ans, domicilié à Arlon (Rue de Diekirch). Il n'a pas d'adresse e-mail.

Il a reçu en avril la décision concernant sa garantie de revenus aux personnes âgées. Le montant a été réduit à presque rien parce que, d'après la lettre, il toucherait une pension luxembourgeoise de 1.412 EUR par mois.

C'est faux : la pension luxembourgeoise est de 412 EUR par mois (il y a un "1" de trop quelque part ?). Je joins l'attestation de la CNAP (caisse de pension luxembourgeoise) de janvier 2026 où l'on voit clairement 412,17 EUR.

Pourriez-vous recalculer sa garantie avec le bon montant ? Il vit seul et il compte chaque euro.

Je suis disponible pour toute question, papa est malentendant donc mieux vaut me contacter moi.

Marie-Claire Hansen
0496 51 02 88
"""
add("appeal", "fr", "pensions",
    "Daughter writes for her father: asks to RECALCULATE an income guarantee for the elderly (GRAPA, not named) based on a "
    "wrong foreign pension amount, no legal words -> appeal, pensions. multipart/mixed > multipart/alternative (ISO-8859-1 QP) "
    "+ PDF; display name and subject Q-encoded.",
    message(H("%s <mc.hansen@example.lu.example.net>" % q("Marie-Claire Hansen", "iso-8859-1"),
              q("Garantie de revenus de mon père - montant étranger erroné", "iso-8859-1"),
              "Wed, 29 Apr 2026 13:33:03 +0200", "<a15.mch.29ab@example.net>"),
            multipart(c, "mixed", [alt(c, body, "iso-8859-1", "quoted-printable"),
                                   attach("application/pdf", "attestation pension LU 2026.pdf", fake_pdf("Attestation 412,17 EUR"))])))

# A16 de mobility - Einspruch, refused oldtimer plate
c = Ctx("a16")
body = """Sehr geehrte Damen und Herren,

gegen Ihre Entscheidung vom 8. April 2026, mir für meinen Mercedes-Benz 230 (W123, Baujahr 1982) kein Oldtimer-Kennzeichen zuzuteilen, lege ich Einspruch ein.

Als Grund wird angegeben, das Fahrzeug werde "für tägliche Fahrten" genutzt. Diese Annahme stützt sich offenbar auf eine Kilometerangabe aus der technischen Kontrolle, bei der der Prüfer die Meilen- mit der Kilometerangabe verwechselt hat (Tachowechsel 1997, dokumentiert im Serviceheft, Kopie anbei). Tatsächlich fahre ich den Wagen weniger als 2.000 km im Jahr, ausschließlich zu Oldtimertreffen.

Ich bitte daher um erneute Prüfung und Zuteilung des O-Kennzeichens.

Mit freundlichen Grüßen
Herbert Schmitz
Eupen
"""
add("appeal", "de", "mobility",
    "'Einspruch' against a refused oldtimer number plate (vehicle registration service not named) -> appeal, mobility. "
    "multipart/alternative ISO-8859-1 QP; subject with umlaut RFC 2047 B-encoded UTF-8.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", b("Einspruch – Oldtimer-Kennzeichen für Mercedes W123"),
              "Fri, 24 Apr 2026 08:30:19 +0200", "<a16.hs.77aa@example.be>"),
            alt(c, body, "iso-8859-1", "quoted-printable")))

# =====================================================================================
# INFORMATION REQUESTS (10)
# =====================================================================================

# I1 en mobility - Canadian, driving licence exchange, grumble
c = Ctx("i01")
body = """Hello,

Probably a silly question but after two hours on various websites I'm none the wiser.

My Canadian (Ontario) driving licence was never exchanged because when I arrived in 2015 I drove on an international permit and then... just didn't. My wife now tells me it's been invalid in Belgium for years. Great.

Is it still possible to exchange an Ontario licence for a Belgian one after this long, or do I have to do the full Belgian theory and practical test like an 18-year-old? The town hall says "ask the federal service", the federal site says "ask your town hall". A straight answer would be lovely.

Thanks,
Ryan McAllister
Waterloo
"""
add("information_request", "en", "mobility",
    "Question about exchanging a Canadian driving licence after years, with a grumble about being sent back and forth -> "
    "information_request (not complaint), mobility; service never named. text/plain UTF-8 7bit (ASCII only).",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "Exchanging an Ontario licence - still possible?",
              "Sat, 02 May 2026 10:05:37 +0200", "<CAJ9r2a_i01Km@mail.example.com>", relay="mail-ed1.example.com"),
            text(body, "plain", "utf-8", "7bit")))

# I2 fr taxes - Schaerbeek, payment in instalments
c = Ctx("i02")
body = """Bonjour

J ai recu avertissement impot pour 2024, je dois payer 3.480 euro avant 30 juin. C est beaucoup d un coup pour moi, le magasin c est difficile cette annee.

Est ce que c est possible de payer en plusieur fois ? Comment je fais, a qui je demande ? Sur le site c est complique, il faut beaucoup de code et je comprend pas tout.

Merci beaucoup
Mehmet Yildiz
Schaerbeek
"""
add("information_request", "fr", "taxes",
    "SIMPLE FRENCH question: can a tax bill be paid in instalments and how to ask; mild grumble about the website -> "
    "information_request, taxes. text/plain windows-1252 QP.",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "payer impot en plusieur fois ?",
              "Tue, 12 May 2026 08:02:44 +0200", "<i02.my.12aa@example.com>"),
            text(body, "plain", "windows-1252", "quoted-printable")))

# I3 nl foreign_affairs - Mechelen, stamp on birth certificate for abroad
c = Ctx("i03")
body = """Hallo,

Mijn oudste dochter (11) mag in juli mee op uitwisseling naar een school in Marokko (via haar school, Sint-Ursula). De school daar vraagt een geboorteakte "met stempel voor het buitenland".

Wat bedoelen ze daarmee? Is dat een apostille, een legalisatie, een internationaal uittreksel...? En moet ik daarvoor naar het stadhuis in Mechelen of naar Brussel? Ik heb al een uur gezocht en ik vind drie verschillende uitleggen, niet echt gebruiksvriendelijk voor ouders die ook nog moeten werken he.

Kost het iets en hoe lang duurt het? Het moet er tegen 15 juni zijn.

Bedankt!
Sofie Peeters
"""
add("information_request", "nl", "foreign_affairs",
    "Question what 'a birth certificate with a stamp for abroad' means (apostille/legalisation) and where to get it; small "
    "grumble ('niet echt gebruiksvriendelijk') -> information_request, foreign_affairs; service not named. multipart/alternative "
    "UTF-8 QP.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "geboorteakte met stempel voor buitenland?",
              "Thu, 07 May 2026 21:12:09 +0200", "<CAHx7p3Wq0i03rQ@mail.example.com>", relay="mail-ej1.example.com"),
            alt(c, body)))

# I4 de pensions - pension paid to German account
c = Ctx("i04")
body = """Sehr geehrte Damen und Herren,

meine Frau und ich überlegen, im nächsten Jahr zu unserer Tochter nach Monschau (Deutschland) zu ziehen.

Ich hätte dazu folgende Fragen:
1. Kann meine belgische Beamtenpension auf ein deutsches Bankkonto überwiesen werden?
2. Muss ich den Umzug selbst melden, oder geschieht das automatisch über die Gemeinde?
3. Wird die Pension dann in Belgien oder in Deutschland versteuert? (Ich weiß, dass das eher eine Steuerfrage ist, aber vielleicht wissen Sie, an wen ich mich wenden kann.)

Für eine Antwort in deutscher Sprache wäre ich dankbar.

Mit freundlichen Grüßen
Herbert Schmitz
"""
add("information_request", "de", "pensions",
    "Pure questions (pension on a German bank account after moving; the tax sub-question is secondary) -> information_request, "
    "pensions. text/plain ISO-8859-15 QP.",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", "Fragen zu Umzug nach Deutschland und Pension",
              "Mon, 11 May 2026 10:00:02 +0200", "<i04.hs.5c2e@example.be>"),
            text(body, "plain", "iso-8859-15", "quoted-printable")))

# I5 nl unemployment - Aalst, helping with the harvest while unemployed
c = Ctx("i05")
body = """Hallo,

Korte vraag. Ik ben volledig werkloos en krijg een uitkering. In juli-augustus is er de oogst en een loonwerker uit de buurt vraagt of ik een paar weken als seizoensarbeider kan komen meedraaien (met contract, gelegenheidsarbeid in de landbouw).

Mag dat zonder dat ik mijn uitkering kwijt ben? Moet ik dat op voorhand ergens melden en hoe vul ik dan mijn kaart in voor die dagen?

Ik vraag het liever op voorhand want na vorige keer (gedoe met mijn kaart) wil ik geen miserie meer.

mvg
Jens De Cock
"""
add("information_request", "nl", "unemployment",
    "Pure question about seasonal farm work while on unemployment benefit, small remark about earlier trouble -> "
    "information_request, unemployment; no agency named. text/plain UTF-8 QP.",
    message(H("Jens De Cock <jensdecock.herdersem@example.be>", "seizoenswerk oogst en uitkering",
              "Wed, 20 May 2026 07:15:00 +0200", "<i05-jdc-20260520@example.be>"),
            text(body, "plain", "utf-8", "quoted-printable")))

# I6 en other - statistics survey letter
c = Ctx("i06")
body = """Hello,

I received a letter (in print, which I had to get my flatmate to read to me) saying I've been selected for a mandatory survey on "labour force and living conditions" and that an interviewer will contact me.

Two questions:
1. Is this genuine? The letter has a QR code and an access code but I can't verify anything myself, and I've been targeted by scams before.
2. Is it really mandatory for a student, and can I do it in an accessible way (by phone or with a screen-reader-friendly online form)? The PDF linked on the letter is a scanned image, which is of course useless to me.

Thanks in advance,
Lotte Vermeulen
"""
add("information_request", "en", "other",
    "Question about a mandatory STATISTICS SURVEY (genuine? accessible?), mild grumble about a scanned PDF -> "
    "information_request, category other (statistics office, none of the seven). multipart/alternative us-ascii + UTF-8 HTML.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Survey letter - genuine? accessible version?",
              "Mon, 04 May 2026 11:48:50 +0200", "<i06.lv.20260504@student.example.be>"),
            alt(c, body, "us-ascii", "7bit", hcs="utf-8", hcte="quoted-printable")))

# I7 fr police - Arlon, how to pay an immediate fine from Luxembourg / border
c = Ctx("i07")
body = """Bonjour,

Lundi dernier j'ai été arrêté par une patrouille de police à la sortie d'Aubange, contrôle de vitesse, 72 au lieu de 50, je ne discute pas, j'étais en retard pour le boulot.

L'agent m'a remis un papier de "perception immédiate" avec un montant et un QR-code, en me disant que je pouvais payer par virement dans les 15 jours. Problème : j'ai perdu le papier (il est tombé de la portière au Luxembourg je pense).

Comment je fais pour payer maintenant ? Je n'ai pas le numéro de PV ni la communication structurée. Je ne voudrais pas que ça passe au parquet pour un papier perdu.

Merci d'avance,
Kevin Lambotte
Arlon
"""
add("information_request", "fr", "police",
    "Question how to pay an immediate traffic fine after losing the slip; the offence is explicitly not contested -> "
    "information_request, police (not appeal). text/plain UTF-8 8bit.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", "Payer une perception immédiate - papier perdu",
              "Thu, 14 May 2026 07:38:19 +0200", "<i07.kl.fa01@example.be>"),
            text(body, "plain", "utf-8", "8bit")))

# I8 de foreign_affairs - legalisation of power of attorney for Spain
c = Ctx("i08")
body = """Guten Tag,

meine Schwester und ich erben eine kleine Wohnung in Alicante. Der spanische Notar verlangt von mir eine Vollmacht, die ich hier in Eupen beim Notar unterschreiben soll, und zwar "mit Apostille".

Wer stellt in Belgien diese Apostille aus? Geht das auch online, und wie lange dauert es ungefähr? Muss die Vollmacht vorher ins Spanische übersetzt werden?

Vielen Dank für eine kurze Auskunft.

Mit freundlichen Grüßen
Renate Schmitz-Lennertz
Kettenis
"""
add("information_request", "de", "foreign_affairs",
    "Pure question about an apostille on a notarial power of attorney for Spain -> information_request, foreign_affairs. "
    "text/plain UTF-8 QP; B-encoded UTF-8 display name.",
    message(H("%s <renate.lennertz@example.be>" % b("Renate Schmitz-Lennertz"), "Apostille fuer Vollmacht Spanien",
              "Tue, 05 May 2026 14:21:06 +0200", "<i08.rsl.0505@example.be>"),
            text(body, "plain", "utf-8", "quoted-printable")))

# I9 en social_security - student job and allowance
c = Ctx("i09")
body = """Hi,

I've been offered a summer job (student contract, 6 weeks, about 1,400 EUR gross per month) as a tester for an accessibility company in Ghent.

Will this affect my disability allowance? I read something about income thresholds and a "student exemption" but the explanations contradict each other. Do I have to report the job in advance, and to whom?

I'd rather ask now than have to pay something back later.

Thanks!
Lotte
"""
add("information_request", "en", "social_security",
    "Pure question: effect of a student summer job on a disability allowance -> information_request, social_security. "
    "text/plain UTF-8 base64, very short signature.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Student job and my allowance",
              "Sun, 17 May 2026 16:09:43 +0200", "<i09.lv.20260517@student.example.be>"),
            text(body, "plain", "utf-8", "base64")))

# I10 fr pensions - Schaerbeek, father's pension in Turkey, life certificate
c = Ctx("i10")
body = """Bonjour

Mon papa Hasan Yildiz il a travaille en Belgique 27 ans a la mine et apres usine. Maintenant il habite en Turquie (Kayseri) depuis 2019 et il recoit sa pension belge la bas.

Il a recu une lettre, il doit envoyer "certificat de vie" sinon pension arrete. Il comprend pas la lettre en francais. Ou il doit faire signer ce papier en Turquie ? La mairie ou le consulat ? Et c est quelle date limite ?

Merci pour l aide
Mehmet Yildiz (son fils)
"""
add("information_request", "fr", "pensions",
    "SIMPLE FRENCH, son asks for his father living in Turkey how to get the life certificate for his Belgian pension -> "
    "information_request, pensions (not foreign_affairs despite 'consulat'). HTML-only UTF-8 QP (Outlook.com style).",
    message(H("mehmet yildiz <yildiz.alimentation@example.com>", "certificat de vie papa turquie",
              "Fri, 08 May 2026 12:55:12 +0200", "<i10.my.08cc@example.com>"),
            text(html_wrap('<div dir="ltr">' + t2h(body) + "</div>", style=False), "html", "utf-8", "quoted-printable")))

# =====================================================================================
# FOLLOW-UPS (6)
# =====================================================================================

# F1 fr unemployment - Arlon, Re: to ack
T = "PLT-2026-001527"
c = Ctx("f01")
body = """Bonjour,

Petite mise à jour : l'organisme de paiement m'a enfin appelé hier. Ils disent qu'il manquait une "attestation de chômage du pays d'emploi" et que maintenant tout est complet, mais toujours aucun paiement ni date.

Je maintiens donc ma plainte tant que rien n'est versé. Ça fera bientôt 14 semaines.

Kevin Lambotte

Le 15/04/2026 à 08:02, Service des plaintes / Klachtendienst a écrit :
""" + quote(ack_text(T, "fr", "14/04/2026"))
add("follow_up", "fr", "unemployment",
    "Thunderbird reply 'Re: [PLT-...] Accusé de réception' with In-Reply-To/References to our ack, new facts, maintains the "
    "complaint -> follow_up; category of the original (unemployment benefit of a cross-border worker). text/plain UTF-8 QP with "
    "'> ' quoted ack.",
    message(H("Kevin Lambotte <k.lambotte@example.be>", q("Re: [%s] Accusé de réception de votre plainte" % T),
              "Tue, 05 May 2026 20:12:33 +0200", "<f01.kl.77c1@example.be>",
              extra=[("In-Reply-To", ackid(T)), ("References", ackid(T))]),
            text(body, "plain", "utf-8", "quoted-printable")), ref=T)

# F2 nl social_security - Mechelen, new mail quoting number in body
T = "PLT-2026-001544"
c = Ctx("f02")
body = """Goedemorgen,

Ik heb van jullie een nummer gekregen voor mijn klacht over het dossier van mijn man: %s.

Intussen heeft iemand van de dienst gebeld (een vriendelijke meneer, dat wil ik toch zeggen). Het dossier is teruggevonden en het medisch onderzoek is vastgelegd op 2 juni in Antwerpen. Alleen: dat is om 8u30 en mijn man kan niet met het openbaar vervoer. Ze zeggen dat verplaatsen "niet mogelijk" is.

Kan dit bij de klacht gevoegd worden? Voor de rest mag de klacht blijven openstaan tot er een beslissing is.

Groeten,
Sofie Peeters
""" % T
add("follow_up", "nl", "social_security",
    "New message WITHOUT reply headers; the ticket number is only in the body ('een nummer gekregen voor mijn klacht'), adds "
    "facts about the disability-allowance file -> follow_up, social_security. text/plain UTF-8 8bit.",
    message(H("Sofie Peeters <sofie.peeters84@example.com>", "aanvulling klacht dossier man",
              "Wed, 13 May 2026 08:47:25 +0200", "<CAHx7p3Wq0f02sT@mail.example.com>", relay="mail-ej1.example.com"),
            text(body, "plain", "utf-8", "8bit")), ref=T)

# F3 de police - AW: to ack, Outlook style
T = "PLT-2026-001561"
c = Ctx("f03")
body = """Sehr geehrte Damen und Herren,

danke für die Eingangsbestätigung. Ergänzend zu meiner Beschwerde: Meine Frau hat sich inzwischen an das vollständige Kennzeichen des Polizeifahrzeugs erinnert, wir hatten es auf einem Einkaufszettel notiert: 1-KPZ-381. Außerdem kann ein Nachbar, der kurz nach uns an derselben Stelle kontrolliert wurde, bestätigen, dass derselbe Beamte auch ihn nur auf Französisch angesprochen hat.

Mit freundlichen Grüßen
Herbert Schmitz

-----Ursprüngliche Nachricht-----
Von: Service des plaintes / Klachtendienst <%s>
Gesendet: Dienstag, 14. April 2026 09:13
An: Herbert Schmitz <h.schmitz.eupen@example.be>
Betreff: [%s] Eingangsbestätigung Ihrer Beschwerde

""" % (MB, T) + ack_text(T, "de", "13.04.2026")
add("follow_up", "de", "police",
    "Outlook 'AW:' reply to our German acknowledgement with an '-----Ursprüngliche Nachricht-----' block, adds the police car's "
    "plate and a witness -> follow_up, police. multipart/alternative ISO-8859-1 QP; In-Reply-To only (no References).",
    message(H("Herbert Schmitz <h.schmitz.eupen@example.be>", q("AW: [%s] Eingangsbestätigung Ihrer Beschwerde" % T, "iso-8859-1"),
              "Thu, 16 Apr 2026 17:22:10 +0200", "<f03.hs.9d10@example.be>", extra=[("In-Reply-To", ackid(T))]),
            alt(c, body, "iso-8859-1", "quoted-printable")), ref=T)

# F4 en foreign_affairs - RE: Outlook, Canadian
T = "PLT-2026-001498"
c = Ctx("f04")
body = """Hi,

Short update on my complaint: after my mail to you, the second legalisation request (LEG-26-0319022) was suddenly approved yesterday without any further action on my side, so thank you to whoever pushed it.

However, the first payment of EUR 20 for the rejected request has still not been refunded, and nobody has explained why the same document was rejected twice and then accepted. I'd like an answer on both points before you close the file.

Ryan

________________________________
From: Service des plaintes / Klachtendienst <%s>
Sent: Tuesday, April 7, 2026 08:40
To: Ryan McAllister <ryan.mcallister@example.com>
Subject: [%s] Acknowledgement of your complaint

""" % (MB, T) + ack_text(T, "en", "6 April 2026")
add("follow_up", "en", "foreign_affairs",
    "Outlook 'RE:' reply to our English acknowledgement with In-Reply-To and References: partial resolution (legalisation "
    "approved), asks refund and explanation -> follow_up, foreign_affairs. multipart/alternative windows-1252 QP; CRLF.",
    message(H("Ryan McAllister <ryan.mcallister@example.com>", "RE: [%s] Acknowledgement of your complaint" % T,
              "Thu, 23 Apr 2026 12:09:58 +0200", "<f04.rm.0423@example.com>",
              extra=[("In-Reply-To", ackid(T)), ("References", ackid(T)), ("Thread-Topic", "[%s] Acknowledgement of your complaint" % T)]),
            alt(c, body, "windows-1252", "quoted-printable")), ref=T, crlf=True)

# F5 en mobility - Bruges student, Antw: (Dutch client) but English text
T = "PLT-2026-001602"
c = Ctx("f05")
body = """Hello again,

Good news / bad news on the car registration (your ref %s):
- the broker finally got a phone call: the missing document was the Dutch export certificate, which the Dutch seller had never given us;
- we now have it, broker resubmitted on 8 May;
- but the system now says the chassis number "already exists" and blocks it again.

So we're stuck again, please add this to my complaint. Nothing else has changed.

Lotte

Op wo 29 apr 2026 om 09:02 schreef Service des plaintes / Klachtendienst <%s>:
""" % (T, MB) + quote(ack_text(T, "en", "28 April 2026"))
add("follow_up", "en", "mobility",
    "Reply with a Dutch mail client's prefix 'Antw:' and a Dutch quote header ('Op ... schreef') but English text (language en), "
    "In-Reply-To to our ack; adds new facts to the car-registration complaint -> follow_up, mobility. text/plain UTF-8 QP.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Antw: [%s] Acknowledgement of your complaint" % T,
              "Mon, 11 May 2026 18:30:04 +0200", "<f05.lv.20260511@student.example.be>",
              extra=[("In-Reply-To", ackid(T)), ("References", ackid(T))]),
            text(body, "plain", "utf-8", "quoted-printable")), ref=T)

# F6 de taxes - St. Vith, number in subject only
T = "PLT-2026-001575"
c = Ctx("f06")
body = """Guten Tag,

ich hatte Ende April über Ihr Webformular eine Beschwerde wegen meiner falsch gebuchten Vorauszahlung eingereicht und die oben genannte Nummer erhalten.

Heute erhielt ich ein Schreiben, dass die Vorauszahlung nun "in Prüfung" sei - aber gleichzeitig eine zweite Erinnerung. Ich füge beide Briefe bei, damit Sie sehen, dass die Dienststellen offenbar nicht miteinander reden.

Bitte betrachten Sie dies als Ergänzung zu meiner Beschwerde. Eine neue Eingangsbestätigung brauche ich nicht.

Margit Thelen
St. Vith
"""
add("follow_up", "de", "taxes",
    "New message, ticket number ONLY in the subject ('Nachtrag zu %s'), supplements the web-form complaint about a misbooked "
    "advance tax payment with two letters -> follow_up, taxes. multipart/mixed: text/plain UTF-8 QP + 2 PDFs." % T,
    message(H("Margit Thelen <margit.thelen@example.be>", "Nachtrag zu %s" % T,
              "Fri, 15 May 2026 11:11:41 +0200", "<f06.mt.1505@example.be>"),
            multipart(c, "mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                                   attach("application/pdf", "Schreiben_in_Pruefung.pdf", fake_pdf("In Pruefung")),
                                   attach("application/pdf", "Erinnerung_2.pdf", fake_pdf("Erinnerung"))])), ref=T)

# =====================================================================================
# AUTO-REPLIES (6)
# =====================================================================================

# R1 fr - OOO with headers
T = "PLT-2026-001633"
c = Ctx("r01")
body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 25 mai inclus, sans accès à mes e-mails.
Pour toute urgence concernant les dossiers du service du personnel, merci de contacter ma collègue Virginie au 063 21 08 44.

Votre message ne sera pas transféré.

Cordialement,
Anne-Sophie Gérard
"""
add("auto_reply", "fr", "other",
    "Exchange 'Réponse automatique : [PLT-...] Accusé de réception...' with Auto-Submitted: auto-replied and "
    "X-Auto-Response-Suppress -> auto_reply, refers_to = our ticket. multipart/alternative UTF-8 QP.",
    message(H("=?utf-8?Q?G=C3=A9rard=2C_Anne-Sophie?= <as.gerard@province-lux.example.be>",
              q("Réponse automatique : [%s] Accusé de réception de votre plainte" % T),
              "Mon, 18 May 2026 09:14:02 +0200", "<r01.asg.0518@province-lux.example.be>",
              extra=[("In-Reply-To", ackid(T)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
            alt(c, body)), ref=T)

# R2 nl - OOO body under human reply subject, no auto headers
T = "PLT-2026-001618"
c = Ctx("r02")
body = """Beste,

Bedankt voor uw bericht. Ik ben met ouderschapsverlof tot en met 31 mei en lees mijn mails niet.
Voor dringende zaken kan u terecht bij het secretariaat: 015 27 40 00.

Met vriendelijke groeten,
Sofie Peeters
Administratief medewerker - Stedelijke Academie (fictief)

""" + "> " + ("[%s] Ontvangstbevestiging van uw klacht" % T)
add("auto_reply", "nl", "other",
    "TRICKY: 'Antw: [PLT-...] Ontvangstbevestiging van uw klacht' with In-Reply-To, sender is a known complainant, but the body is "
    "only a parental-leave out-of-office and there are NO auto-reply headers -> auto_reply, not follow_up. text/plain "
    "windows-1252 QP.",
    message(H("Sofie Peeters <s.peeters@academie-mechelen.example.be>", "Antw: [%s] Ontvangstbevestiging van uw klacht" % T,
              "Wed, 29 Apr 2026 08:00:11 +0200", "<r02.sp.0429@academie-mechelen.example.be>",
              extra=[("In-Reply-To", ackid(T))]),
            text(body, "plain", "windows-1252", "quoted-printable")), ref=T)

# R3 de - OOO under human subject, ticket only in In-Reply-To
T = "PLT-2026-001649"
c = Ctx("r03")
body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 4. bis 22. Mai in Kur und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an meinen Sohn unter 0471 90 33 12.

Renate Schmitz-Lennertz
"""
add("auto_reply", "de", "other",
    "OOO body under a HUMAN-LOOKING subject ('AW: Ihre Anfrage wegen der Apostille'), no auto-reply header, no ticket in "
    "subject or body: the ticket is recoverable only from In-Reply-To (our ack Message-ID) -> auto_reply, refers_to set. "
    "text/plain UTF-8 QP.",
    message(H("%s <renate.lennertz@example.be>" % b("Renate Schmitz-Lennertz"), "AW: Ihre Anfrage wegen der Apostille",
              "Mon, 04 May 2026 06:31:17 +0200", "<r03.rsl.0504@example.be>",
              extra=[("In-Reply-To", ackid(T)), ("References", ackid(T))]),
            text(body, "plain", "utf-8", "quoted-printable")), ref=T)

# R4 en - ticket-system auto-ack of another organisation quoting our ticket
T = "PLT-2026-001587"
c = Ctx("r04")
body = """Thank you for contacting the Customer Relations team of the rail operator.

Your request has been registered under number CR-0049127.
Subject: Fwd: [%s] forwarded complaint - station lift out of order

We aim to reply within 15 working days. Please do not reply to this e-mail; to add information, use the link in your personal space and quote your number CR-0049127.

This is an automatically generated message.
""" % T
add("auto_reply", "en", "other",
    "Ticket-system AUTO-ACKNOWLEDGEMENT of another organisation (rail operator customer relations) after we forwarded a "
    "complaint; its own number CR-0049127 plus OUR ticket in the quoted subject -> auto_reply, refers_to = PLT ticket. "
    "Auto-Submitted: auto-generated, Precedence: bulk; HTML-only with table layout, UTF-8 base64.",
    message(H("Customer Relations <no-reply@customer-relations.rail.example.com>",
              "[CR-0049127] Your request has been received (Fwd: [%s] forwarded complaint - station lift out of order)" % T,
              "Fri, 24 Apr 2026 10:02:45 +0200", "<cr-0049127.ack@customer-relations.rail.example.com>",
              extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "customer-relations@rail.example.com")]),
            text(html_wrap('<table width="600" cellpadding="12"><tr><td style="background:#003366;color:#fff">Customer Relations</td></tr>'
                           '<tr><td>' + t2h(body) + '</td></tr></table>', pixel="https://track.rail.example.com/o/cr-0049127.gif"),
                 "html", "utf-8", "base64")), ref=T)

# R5 nl - auto-ack of another organisation with its own reference, no PLT
c = Ctx("r05")
body = """Geachte,

Wij hebben uw e-mail goed ontvangen. Uw melding werd geregistreerd onder referentie OMB-2026-30417.

De ombudsdienst behandelt meldingen in volgorde van ontvangst. U ontvangt binnen 10 werkdagen een inhoudelijk antwoord. Gelieve de referentie OMB-2026-30417 te vermelden bij verdere correspondentie.

Dit is een automatisch bericht, gelieve hier niet op te antwoorden.

Ombudsdienst
Algemeen Ziekenhuis (fictief) - Campus Noord
"""
add("auto_reply", "nl", "other",
    "Automatic receipt from ANOTHER organisation's ombuds service with its own reference OMB-2026-30417 (not a PLT ticket) in "
    "reply to a mail from our mailbox -> auto_reply, refers_to null. Auto-Submitted: auto-replied; text/plain ISO-8859-1 QP.",
    message(H("Ombudsdienst AZ <ombudsdienst@az-campusnoord.example.org>", "Ontvangstbevestiging melding OMB-2026-30417",
              "Tue, 12 May 2026 14:30:00 +0200", "<omb-2026-30417@az-campusnoord.example.org>",
              extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<out.20260512.1417@federal.example.be>")]),
            text(body, "plain", "iso-8859-1", "quoted-printable")))

# R6 en - OOO under human subject with X-Autoreply
T = "PLT-2026-001655"
c = Ctx("r06")
body = """Hi! I'm on an Erasmus exchange in Lisbon until 30 June with very limited access to my inbox (screen reader issues on the local network, long story).

If it's urgent, please call or text +32 478 11 09 46.

Lotte
"""
add("auto_reply", "en", "other",
    "Personal-looking OOO ('Re: my recognition decision') with X-Autoreply: yes but no Auto-Submitted, from a known complainant; "
    "the ticket is in In-Reply-To/References and a one-line quoted subject only -> auto_reply, refers_to set. "
    "text/plain us-ascii 7bit.",
    message(H("Lotte Vermeulen <lotte.vermeulen@student.example.be>", "Re: my recognition decision",
              "Wed, 20 May 2026 09:41:00 +0100", "<r06.lv.20260520@student.example.be>",
              extra=[("In-Reply-To", ackid(T)), ("References", ackid(T)), ("X-Autoreply", "yes")]),
            text(body + "\n> [%s] Acknowledgement of your complaint\n" % T, "plain", "us-ascii", "7bit")), ref=T)

# =====================================================================================
# BOUNCES (3)
# =====================================================================================

# B1 en Postfix, full returned ack
T = "PLT-2026-001671"
c = Ctx("b01")
ret = ack_message(T, "en", "old.address@example.org", "Tue, 19 May 2026 08:01:12 +0200", "18 May 2026")
notice = """This is the mail system at host mx-out.federal.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<old.address@example.org>: host mx.example.org[192.0.2.77] said: 550 5.1.1
    <old.address@example.org>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx-out.federal.example.be
X-Postfix-Queue-ID: 4TkQ2b0c7Rz9vB1
X-Postfix-Sender: rfc822; plaintes.klachten@federal.example.be
Arrival-Date: Tue, 19 May 2026 08:01:12 +0200 (CEST)

Final-Recipient: rfc822; old.address@example.org
Original-Recipient: rfc822;old.address@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <old.address@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
add("bounce", "en", "other",
    "Postfix DSN from our outbound relay: multipart/report (text/plain + message/delivery-status + full returned acknowledgement "
    "as message/rfc822 with QP body); ticket in the returned subject and ack Message-ID -> bounce, refers_to set.",
    message([("Return-Path", "<>"), ("Received", "by mx-out.federal.example.be (Postfix)\n\tid 4TkQ2b0c7Rz9vB1; Tue, 19 May 2026 08:01:14 +0200 (CEST)"),
             ("Date", "Tue, 19 May 2026 08:01:14 +0200 (CEST)"),
             ("From", "MAILER-DAEMON@mx-out.federal.example.be (Mail Delivery System)"),
             ("Subject", "Undelivered Mail Returned to Sender"), ("To", MB), ("Auto-Submitted", "auto-replied"),
             ("Message-ID", "<20260519060114.4TkQ2b0c7Rz9vB1@mx-out.federal.example.be>")],
            multipart(c, "report", [raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
                                    raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds),
                                    raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], ret)],
                      extra_ct=" report-type=delivery-status;")), ref=T)

# B2 fr Exchange NDR, headers only
T = "PLT-2026-001590"
c = Ctx("b02")
notice = """Votre message n'a pas pu être remis à certains destinataires.

Objet : [%s] Accusé de réception de votre plainte
Envoyé le : 24/04/2026 09:30

Le destinataire suivant est introuvable :

     marie-claire.hansen@example.net le 24/04/2026 09:30
            La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer ultérieurement ou contacter directement le destinataire.
            <mbx02.example.net #550 5.2.2 mailbox full ##>
""" % T
ds = """Reporting-MTA: dns;mbx02.example.net
Received-From-MTA: dns;mx-out.federal.example.be
Arrival-Date: Fri, 24 Apr 2026 07:30:41 +0000

Final-Recipient: rfc822;marie-claire.hansen@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;550 5.2.2 mailbox full
"""
hdrs = """Received: from mx-out.federal.example.be (198.51.100.4) by mbx02.example.net
 with Microsoft SMTP Server id 15.2.1258.12; Fri, 24 Apr 2026 07:30:41 +0000
From: =?utf-8?Q?Service_des_plaintes_/_Klachtendienst?= <plaintes.klachten@federal.example.be>
To: <marie-claire.hansen@example.net>
Subject: =?utf-8?Q?[%s]_Accus=C3=A9_de_r=C3=A9ception_de_votre_plainte?=
Date: Fri, 24 Apr 2026 09:30:38 +0200
Message-ID: %s
Auto-Submitted: auto-replied
""" % (T, ackid(T))
add("bounce", "fr", "other",
    "Exchange-style NDR in FRENCH ('Non remis :', mailbox full 5.2.2) -> language fr; multipart/report with text/plain UTF-8 QP, "
    "message/delivery-status and text/rfc822-headers (headers only); CRLF line endings.",
    message([("Return-Path", "<>"), ("From", "postmaster@example.net"), ("To", MB),
             ("Subject", q("Non remis : [%s] Accusé de réception de votre plainte" % T)),
             ("Date", "Fri, 24 Apr 2026 07:30:42 +0000"), ("Message-ID", "<b02.ndr.0424@mbx02.example.net>"),
             ("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
            multipart(c, "report", [text(notice, "plain", "utf-8", "quoted-printable"),
                                    raw_part(["Content-Type: message/delivery-status"], ds),
                                    raw_part(["Content-Type: text/rfc822-headers"], hdrs)],
                      extra_ct=" report-type=delivery-status;")), ref=T, crlf=True)

# B3 de other MTA (German provider), returned German ack
T = "PLT-2026-001664"
c = Ctx("b03")
ret = ack_message(T, "de", "h.schmitz@example.de.example.com", "Mon, 18 May 2026 15:20:05 +0200", "18.05.2026")
notice = """Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte leider nicht zugestellt werden. Der Empfänger
<h.schmitz@example.de.example.com> ist bei uns nicht bekannt oder das
Postfach wurde gelöscht.

Bitte überprüfen Sie die Adresse und senden Sie die Nachricht erneut.

Ihre ursprüngliche Nachricht finden Sie im Anhang.

-- 
Mail Delivery System
"""
ds = """Reporting-MTA: dns; mout.example.com
Arrival-Date: Mon, 18 May 2026 15:20:07 +0200

Final-Recipient: rfc822; h.schmitz@example.de.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable
"""
add("bounce", "de", "other",
    "Non-Postfix, non-Exchange DSN from a German mail provider with a GERMAN human-readable part -> language de. multipart/report: "
    "text/plain ISO-8859-1 QP + message/delivery-status + message/rfc822 (returned German ack; ticket in returned subject).",
    message([("Return-Path", "<>"), ("From", "Mail Delivery System <mailer-daemon@mout.example.com>"), ("To", MB),
             ("Subject", q("Unzustellbar: [%s] Eingangsbestätigung Ihrer Beschwerde" % T, "iso-8859-1")),
             ("Date", "Mon, 18 May 2026 15:20:09 +0200"), ("Message-ID", "<b03.dsn.0518@mout.example.com>"),
             ("Auto-Submitted", "auto-replied")],
            multipart(c, "report", [text(notice, "plain", "iso-8859-1", "quoted-printable"),
                                    raw_part(["Content-Type: message/delivery-status"], ds),
                                    rfc822(ret)], extra_ct=" report-type=delivery-status;")), ref=T)

# =====================================================================================
# SPAM (7)
# =====================================================================================

# S1 en CEO fraud with fake RE:
c = Ctx("s01")
body = """Hi,

Are you at your desk? I'm in a meeting with the Minister's cabinet all afternoon and can't take calls.

I need you to handle a confidential settlement for a citizen complaint that has gone to mediation. The amount (EUR 18,400) has to reach the mediator's escrow account before 4 pm today or the agreement lapses and it goes to court, which the Minister absolutely wants to avoid.

Beneficiary: Mediation Escrow Services Ltd
IBAN: GB71 EXMP 6016 1331 9268 19
Reference: SETTLEMENT CASE 2026-0417

Please don't discuss this with anyone else in the department for now, it's sensitive. Reply to this address only and confirm once done. I'll sign the paperwork tomorrow.

Thanks,
Pieter
Sent from my iPad
"""
add("spam", "en", "other",
    "CEO FRAUD: fake 'RE:' (no In-Reply-To), display name of a director-general on a look-alike domain "
    "(federal-example-be.example.net), urgent confidential transfer framed as a 'citizen complaint settlement' with a fake case "
    "number -> spam, refers_to null. Reply-To differs from From. text/plain UTF-8 7bit.",
    message(H("Pieter Claes - Director-General <p.claes@federal-example-be.example.net>", "RE: urgent - complaint settlement today",
              "Thu, 07 May 2026 13:02:11 +0200", "<s01.0507.88af01@federal-example-be.example.net>", relay="vps-203.example.net", ip="203.0.113.199",
              extra=[("Reply-To", "p.claes.office@example.org"), ("X-Priority", "1 (Highest)")]),
            text(body, "plain", "utf-8", "7bit")))

# S2 fr fake invoice, fake RE:
c = Ctx("s02")
body = """Bonjour,

Sauf erreur de notre part, la facture n° F-2026-0318 relative à l'intervention de maintenance de vos extincteurs (site : Bruxelles - bâtiment central) reste impayée à ce jour malgré nos relances du 03/04 et du 17/04.

Montant dû : 1.286,45 EUR TVAC

Suite à un changement de banque, merci d'effectuer le règlement UNIQUEMENT sur notre nouveau compte :
IBAN : LT12 3000 0111 2233 4455
BIC : EXMPLT2X

Sans paiement sous 48 heures, le dossier sera transmis à notre service de recouvrement avec application des frais légaux (forfait de 40 EUR + intérêts).

Vous trouverez la facture en pièce jointe.

Service Comptabilité
SecuriFeu Services SRL
"""
add("spam", "fr", "other",
    "INVOICE FRAUD: fake 'RE:' overdue invoice with a bank-account change to a foreign IBAN and a collection threat; words "
    "'dossier', 'recouvrement', 'relances' -> spam. multipart/mixed: text/plain ISO-8859-1 QP + PDF; Q-encoded subject.",
    message(H("Service Comptabilite <comptabilite@securifeu-services.example.com>",
              q("RE: Facture impayée n° F-2026-0318 - 2ème relance avant recouvrement", "iso-8859-1"),
              "Tue, 05 May 2026 06:44:09 +0200", "<s02.f20260318@securifeu-services.example.com>", relay="smtp-out.example.net", ip="203.0.113.41"),
            multipart(c, "mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                   attach("application/pdf", "Facture_F-2026-0318.pdf", fake_pdf("Facture F-2026-0318"))])))

# S3 nl fake parcel fees
c = Ctx("s03")
html = html_wrap("""<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#e30613;color:#fff;padding:14px;font-size:20px"><b>Pakketdienst</b></div>
<div style="padding:16px">
<p>Beste klant,</p>
<p>Uw pakket <b>BE-7731 4408 92</b> kon vandaag niet worden geleverd omdat er nog <b>&euro;1,99 invoerkosten</b> openstaan.</p>
<p>Betaal binnen 24 uur om terugzending naar de afzender te vermijden.</p>
<p style="text-align:center"><a href="https://pakket-levering.example.net/be/betaal?id=77314408" style="background:#e30613;color:#fff;padding:10px 24px;text-decoration:none">Betaal &euro;1,99 nu</a></p>
<p style="font-size:11px;color:#888">Dit is een automatisch bericht. Referentie zending: NL-2026-448190.</p>
</div></div>""", pixel="https://pakket-levering.example.net/px/77314408.gif")
add("spam", "nl", "other",
    "FAKE PARCEL FEES (EUR 1,99 customs costs, 24h deadline, look-alike delivery domain); fake shipment references -> spam. "
    "HTML-only UTF-8 QP with button and tracking pixel; B-encoded subject with euro sign.",
    message(H("Pakketdienst <noreply@pakketdienst-be.example.net>", b("Uw pakket staat klaar – nog €1,99 te betalen"),
              "Sat, 09 May 2026 04:12:55 +0200", "<s03.77314408@pakketdienst-be.example.net>", relay="bulk7.example.net", ip="198.51.100.201",
              extra=[("To", "undisclosed-recipients:;")]),
            text(html, "html", "utf-8", "quoted-printable")))

# S4 de phishing tax refund
c = Ctx("s04")
body = """Sehr geehrte Steuerzahlerin, sehr geehrter Steuerzahler,

nach der jährlichen Berechnung Ihrer steuerlichen Tätigkeit haben wir festgestellt, dass Sie Anspruch auf eine Steuerrückerstattung in Höhe von 428,60 EUR haben.

Ihre Vorgangsnummer: RST-2025-88301-BE

Um die Erstattung zu erhalten, bestätigen Sie bitte innerhalb von 72 Stunden Ihre Bankdaten über das sichere Formular:
https://myminfin.example.be.erstattung-online.example.net/de/login

Nach Ablauf der Frist verfällt Ihr Anspruch.

Mit freundlichen Grüßen
Föderaler Öffentlicher Dienst Finanzen
Abteilung Erstattungen
"""
add("spam", "de", "other",
    "PHISHING 'Steuerrückerstattung' impersonating FÖD Finanzen from a look-alike domain, fake 'Vorgangsnummer', link host "
    "myminfin.example.be.erstattung-online.example.net -> spam. multipart/alternative UTF-8 base64; ISO-8859-1 Q-encoded display "
    "name and subject.",
    message(H("%s <service@foed-finanzen-erstattung.example.net>" % q("FÖD Finanzen - MyMinfin", "iso-8859-1"),
              q("Steuerrückerstattung 2025: 428,60 EUR ausstehend", "iso-8859-1"),
              "Wed, 13 May 2026 02:31:40 +0200", "<s04.rst88301@foed-finanzen-erstattung.example.net>", relay="host-203.example.net", ip="203.0.113.77",
              extra=[("Authentication-Results", "mx.federal.example.be; spf=fail smtp.mailfrom=foed-finanzen-erstattung.example.net; dmarc=fail")]),
            alt(c, body, "utf-8", "base64")))

# S5 nl newsletter without List-Id
c = Ctx("s05")
body = """KlantFocus Academie - nieuwsbrief mei 2026

Beste klachtencoördinator,

Krijgt uw team ook steeds meer mails, steeds bozere burgers en steeds minder tijd? In onze nieuwe tweedaagse "Van klacht naar kans" leert u:
- hoe u een klacht binnen 48 uur de-escaleert;
- welke vijf zinnen u nooit mag schrijven in een antwoord;
- hoe AI uw klachtenmailbox kan sorteren (demo met echte cases!).

Data: 11-12 juni (Gent) of 24-25 september (online)
Prijs: 695 EUR excl. btw, 10% korting voor overheidsdiensten met code OVERHEID10

Inschrijven: https://klantfocus-academie.example.com/vanklachtnaarkans

U ontvangt deze e-mail omdat uw adres publiek vermeld staat. Uitschrijven? Klik hier: https://klantfocus-academie.example.com/uitschrijven?e=plaintes.klachten
"""
add("spam", "nl", "other",
    "Training NEWSLETTER without List-Id/List-Unsubscribe/Precedence; full of 'klacht' vocabulary; unsubscribe link only in the "
    "body -> spam. multipart/alternative UTF-8 QP with tracking pixel.",
    message(H("KlantFocus Academie <info@klantfocus-academie.example.com>", "Van klacht naar kans: nieuwe opleiding voor klachtenbehandelaars",
              "Tue, 12 May 2026 10:00:00 +0200", "<nl-2026-05.4471@klantfocus-academie.example.com>", relay="mailer.example.com", ip="198.51.100.88"),
            alt(c, body, pixel="https://klantfocus-academie.example.com/t/open/4471.gif")))

# S6 fr scam disguised as a citizen complaint
c = Ctx("s06")
body = """Bonjour,

Je vous écris pour déposer une plainte officielle concernant le remboursement qui m'a été promis et que je n'ai toujours pas reçu (dossier n° 2026/CL/00871).

Cela fait maintenant plusieurs semaines que j'attends et personne ne me répond. C'est inadmissible. J'ai rassemblé toutes les pièces justificatives (courriers, preuves de paiement, échanges) dans un dossier partagé :

https://docs-partage.example.net/s/plainte-00871

Pour des raisons de confidentialité, l'accès nécessite une connexion avec votre adresse e-mail professionnelle et son mot de passe.

Merci de traiter ma demande en urgence, sans quoi je serai obligé de saisir le médiateur.

Cordialement,
J. Martin
"""
add("spam", "fr", "other",
    "SCAM DISGUISED AS A CITIZEN COMPLAINT: generic 'plainte officielle' with a fake dossier number, no concrete facts or "
    "service, and a shared-folder link that asks for the mailbox's professional login and password (credential phishing) -> "
    "spam, not complaint. From a freemail-like example.org sender whose Reply-To differs. HTML-only UTF-8 QP.",
    message(H("J. Martin <jmartin.plainte2026@example.org>", "Plainte - remboursement non reçu (dossier 2026/CL/00871)",
              "Mon, 11 May 2026 03:17:26 +0200", "<s06.cl00871@example.org>", relay="unknown.example.org", ip="203.0.113.150",
              extra=[("Reply-To", "dossier.00871@docs-partage.example.net")]),
            text(html_wrap(t2h(body).replace("https://docs-partage.example.net/s/plainte-00871",
                                             '<a href="https://docs-partage.example.net/s/plainte-00871">Consulter les pièces (PDF, 4 fichiers)</a>')),
                 "html", "utf-8", "quoted-printable")))

# S7 de fake follow-up / collection scam with fake AW: and fake case number
c = Ctx("s07")
body = """Sehr geehrte Damen und Herren,

trotz unserer Beschwerde vom 14.04.2026 und unserer Erinnerung vom 28.04.2026 ist die offene Forderung in Ihrem Vorgang Nr. KLG-2026-118734 weiterhin unbeglichen.

Offener Betrag: 89,90 EUR
Mahngebühren: 25,00 EUR
Gesamt: 114,90 EUR

Dies ist die LETZTE MAHNUNG vor Einleitung des gerichtlichen Mahnverfahrens und der Pfändung. Begleichen Sie den Betrag innerhalb von 24 Stunden über unser Zahlungsportal:

https://zahlung-inkasso.example.com/vorgang/KLG-2026-118734

Bei Fragen antworten Sie bitte NICHT auf diese E-Mail.

Mit freundlichen Grüßen
Forderungsmanagement
EuroInkasso Partner (Sachbearbeiterin: Frau M. Krüger)
"""
add("spam", "de", "other",
    "SCAM DISGUISED AS A FOLLOW-UP: fake 'AW:' without In-Reply-To, fake 'Vorgang Nr. KLG-2026-118734' resembling a case number, "
    "'unsere Beschwerde' and 'Erinnerung', urgent payment within 24h -> spam, refers_to null. text/plain windows-1252 QP; "
    "CRLF line endings.",
    message(H("EuroInkasso Partner <forderung@euroinkasso-partner.example.com>",
              q("AW: Ihr Vorgang Nr. KLG-2026-118734 – letzte Mahnung vor Pfändung", "windows-1252"),
              "Fri, 15 May 2026 05:59:02 +0200", "<s07.klg118734@euroinkasso-partner.example.com>", relay="relay.example.com", ip="192.0.2.210"),
            text(body, "plain", "windows-1252", "quoted-printable")), crlf=True)


# =====================================================================================
# WRITE + CHECK
# =====================================================================================
KINDS = {"complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"}
LANGS = {"fr", "nl", "de", "en"}
CATS = {"taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"}
TICKET = re.compile(r"^PLT-\d{4}-\d{6}$")
ALLOWED = ("example.be", "example.com", "example.org", "example.net", "example.test")
TLDS = r"(?:be|com|org|net|test|lu|de|nl|fr|eu|ca|uk|io|info|tr|lt|es)"


def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct.startswith("text/") else part.get_payload(decode=False) if isinstance(part.get_payload(), str) else "")
            except Exception:
                out.append((part.get_payload(decode=True) or b"").decode("latin-1"))
        if ct == "message/delivery-status":
            for sub in part.get_payload():
                out.append(str(sub))
    return "\n".join(str(x) for x in out)


def domain_ok(d):
    d = d.lower().rstrip(".")
    return any(d == a or d.endswith("." + a) for a in ALLOWED)


def check(dirpath, labels):
    errors = []
    for lab in labels:
        fn = lab["file"]
        raw = open(os.path.join(dirpath, fn), "rb").read()
        for i, line in enumerate(raw.split(b"\n")):
            if len(line.rstrip(b"\r")) > 998:
                errors.append("%s: line %d longer than 998 octets" % (fn, i + 1))
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        if lab["kind"] not in KINDS:
            errors.append("%s: bad kind" % fn)
        if lab["language"] not in LANGS:
            errors.append("%s: bad language" % fn)
        if lab["category"] not in CATS:
            errors.append("%s: bad category" % fn)
        if lab["acknowledge"] != (lab["kind"] in ("complaint", "appeal", "information_request")):
            errors.append("%s: acknowledge inconsistent" % fn)
        if lab["kind"] in ("auto_reply", "bounce", "spam") and lab["category"] != "other":
            errors.append("%s: non-case must have category other" % fn)
        if lab["kind"] == "follow_up" and not lab["refers_to"]:
            errors.append("%s: follow_up without refers_to" % fn)
        txt = decoded_text(msg)
        alltxt = txt + "\n" + re.sub(r"=\r?\n", "", raw.decode("latin-1"))
        if lab["refers_to"] is not None:
            if not TICKET.match(lab["refers_to"]):
                errors.append("%s: malformed refers_to" % fn)
            elif lab["refers_to"].lower() not in txt.lower():
                errors.append("%s: refers_to %s not found in decoded message" % (fn, lab["refers_to"]))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltxt):
            if not domain_ok(m.group(1)):
                errors.append("%s: non-example address domain %s" % (fn, m.group(1)))
        for m in re.finditer(r"https?://([\w.-]+)", alltxt):
            if not domain_ok(m.group(1)):
                errors.append("%s: non-example URL host %s" % (fn, m.group(1)))
        for m in re.finditer(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+%s)\b(?![\w-])" % TLDS, alltxt, re.I):
            host = m.group(1)
            if not domain_ok(host) and not re.match(r"^\d", host):
                errors.append("%s: non-example host name %s" % (fn, host))
        for m in re.finditer(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", alltxt):
            ip = m.group(0)
            if any(int(x) > 255 for x in m.groups()):
                continue
            if not (ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10."))):
                # national register numbers such as 84.02.19-233.71 are not IPs; only flag full dotted quads
                errors.append("%s: IP outside documentation ranges: %s" % (fn, ip))
    return errors


def main():
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    for old in os.listdir(HERE):
        if re.match(r"^%s-\d{3}\.eml$" % PREFIX, old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for n, idx in enumerate(order, 1):
        lab, data = MSGS[idx]
        fn = "%s-%03d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        labels.append({"file": fn, "kind": lab["kind"], "language": lab["language"], "category": lab["category"],
                       "acknowledge": lab["acknowledge"], "refers_to": lab["refers_to"], "notes": lab["notes"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    errors = check(HERE, labels)
    for e in errors:
        print("ERROR:", e)
    print("%d messages written, %d errors" % (len(labels), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
