#!/usr/bin/env python3
"""Generate the tq-* labelled e-mail corpus (standard library only, deterministic)."""
import base64, json, os, quopri, random, re, sys
from email.header import Header
from email.utils import formataddr
from email.parser import BytesParser
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "tq"
SEED = 20261130
MBOX = "plaintes.klachten@federal.example.be"
MBOX_NAME = {"fr": "Service des plaintes - Klachtendienst", "nl": "Klachtendienst - Service des plaintes",
             "de": "Beschwerdestelle FÖD", "en": "Complaints Service"}
ACK_SUBJ = {"fr": "Accusé de réception de votre plainte", "nl": "Ontvangstbevestiging van uw klacht",
            "de": "Eingangsbestätigung Ihrer Beschwerde", "en": "Acknowledgement of your complaint"}
MSGS = []
rnd = random.Random(SEED)

# ---------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers      # list of (name, value) already ASCII-safe
        self.body = body            # bytes
        self.children = children or []
        self.boundary = boundary

    def render(self, nl=b"\n"):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".replace("\r\n", "\n").replace("\n", nl.decode()).encode("ascii"))
        out.append(b"")
        head = nl.join(out) + nl
        if self.children:
            b = self.boundary.encode()
            chunks = [self.body] if self.body else []
            for c in self.children:
                chunks.append(b"--" + b + nl + c.render(nl))
            chunks.append(b"--" + b + b"--" + nl)
            return head + nl.join(chunks)
        body = self.body.replace(b"\r\n", b"\n")
        if nl != b"\n":
            body = body.replace(b"\n", nl)
        return head + body

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw

def text(body, sub="plain", cs="utf-8", cte="quoted-printable", declared=None):
    if not body.endswith("\n"):
        body += "\n"
    try:
        body.encode("ascii")
        if cte in ("8bit",):
            cte = "7bit"
    except UnicodeEncodeError:
        if cte == "7bit":
            cte = "quoted-printable"
    return Part([("Content-Type", f'text/{sub}; charset="{declared or cs}"'),
                 ("Content-Transfer-Encoding", cte)], enc_body(body, cs, cte))

_bn = [0]
def bnd():
    _bn[0] += 1
    return f"----=_tq_{_bn[0]:04d}_{rnd.getrandbits(40):010x}"

def multi(sub, children, extra=""):
    b = bnd()
    return Part([("Content-Type", f'multipart/{sub}; boundary="{b}"{extra}')], b"", children, b)

def attach(fname, data, ctype="application/pdf"):
    if isinstance(data, str):
        data = data.encode()
    return Part([("Content-Type", f'{ctype}; name="{fname}"'),
                 ("Content-Disposition", f'attachment; filename="{fname}"'),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))

def fake_pdf(title):
    t = re.sub(r"[^A-Za-z0-9 .-]", "", title)[:60]
    return (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {t}\ntrailer << /Root 1 0 R >>\n%%EOF\n").encode()

def html_wrap(inner, style=True):
    css = "<style>body{font-family:Arial,sans-serif;font-size:13px}p{margin:0 0 8px}</style>" if style else ""
    return f"<html><head>{css}</head><body>\n{inner}\n</body></html>"

def to_html(plain):
    import html as h
    paras = [p for p in plain.strip().split("\n\n")]
    return "\n".join("<p>" + h.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)

# ---------------------------------------------------------------- message registry
_day = [0]
def date_str(i):
    import datetime
    r = random.Random(SEED + i)
    d = datetime.datetime(2026, 1, 5) + datetime.timedelta(days=r.randint(0, 320), hours=r.randint(6, 23),
                                                            minutes=r.randint(0, 59), seconds=r.randint(0, 59))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + r.choice(["+0100", "+0200", "+0000"])

def ack_id(ref):
    return f"<ack.{ref.lower()}@federal.example.be>"

def M(kind, lang, cat, notes, frm, subj, body=None, ref=None, fmt="plain", cs="utf-8",
      cte="quoted-printable", html=None, atts=None, extra=None, to=None, reply_ack=False,
      part=None, nl="\n", declared=None, mailer=None):
    MSGS.append(dict(kind=kind, lang=lang, cat=cat, notes=notes, frm=frm, subj=subj, body=body,
                     ref=ref, fmt=fmt, cs=cs, cte=cte, html=html, atts=atts or [], extra=extra or [],
                     to=to, reply_ack=reply_ack, part=part, nl=nl, declared=declared, mailer=mailer))

def build(i, m):
    name, a = m["frm"]
    dom = a.split("@")[1] if "@" in a else "example.org"
    hs = []
    mh = dom if dom.split(".")[0] in ("mail", "smtp", "mx") else "mail." + dom
    hs.append(("Received", f"from {mh} ({mh} [192.0.2.{(i * 7) % 250 + 1}])\n\tby mx1.federal.example.be (Postfix) with ESMTPS id {rnd.getrandbits(36):09X}\n\tfor <{MBOX}>; {date_str(i)}"))
    hs.append(("From", addr(name, a, m["cs"] if m["cs"] != "us-ascii" else "utf-8")))
    hs.append(("To", m["to"] or addr(MBOX_NAME[m["lang"]] if m["lang"] != "de" else "Beschwerdestelle FOD", MBOX)))
    hs.append(("Subject", hdr(m["subj"], "utf-8" if m["cs"] not in ("iso-8859-1", "windows-1252") else m["cs"])))
    hs.append(("Date", date_str(i)))
    hs.append(("Message-ID", f"<{rnd.getrandbits(48):012x}.{i:03d}@{dom}>"))
    if m["reply_ack"] and m["ref"]:
        hs.append(("In-Reply-To", ack_id(m["ref"])))
        hs.append(("References", ack_id(m["ref"])))
    if m["mailer"]:
        hs.append(("X-Mailer", m["mailer"]))
    for k, v in m["extra"]:
        hs.append((k, hdr(v) if k.lower() in ("subject", "comments") else v))
    hs.append(("MIME-Version", "1.0"))
    cs, cte = m["cs"], m["cte"]
    if m["part"] is not None:
        p = m["part"]
    elif m["fmt"] == "plain":
        p = text(m["body"], "plain", cs, cte, m["declared"])
    elif m["fmt"] == "html":
        p = text(m["html"] or html_wrap(to_html(m["body"])), "html", cs, cte)
    elif m["fmt"] == "alt":
        p = multi("alternative", [text(m["body"], "plain", cs, cte),
                                  text(m["html"] or html_wrap(to_html(m["body"])), "html", cs, cte)])
    else:
        raise ValueError(m["fmt"])
    if m["atts"]:
        p = multi("mixed", [p] + m["atts"])
    msg = Part(hs + p.headers, p.body, p.children, p.boundary)
    return msg.render(m["nl"].encode())

# ---------------------------------------------------------------- special builders
def quote(text_, who, when):
    return f"\n\n{when}, {who} :\n" + "\n".join("> " + l if l else ">" for l in text_.strip().split("\n"))

def ack_text(ref, lang):
    t = {"fr": f"Madame, Monsieur,\n\nNous avons bien reçu votre message. Il est enregistré sous la référence {ref}.\nMerci de mentionner cette référence dans toute correspondance.\n\nLe Service des plaintes",
         "nl": f"Geachte,\n\nWij hebben uw bericht goed ontvangen. Het werd geregistreerd onder het nummer {ref}.\nGelieve dit nummer te vermelden in elke verdere briefwisseling.\n\nDe Klachtendienst",
         "de": f"Sehr geehrte Dame, sehr geehrter Herr,\n\nwir haben Ihre Nachricht erhalten. Sie wurde unter der Nummer {ref} registriert.\nBitte geben Sie diese Nummer bei jeder weiteren Korrespondenz an.\n\nDie Beschwerdestelle",
         "en": f"Dear Sir or Madam,\n\nWe have received your message. It has been registered under reference {ref}.\nPlease quote this reference in any further correspondence.\n\nThe Complaints Service"}
    return t[lang]

def ack_headers_block(ref, lang, rcpt, date="Mon, 02 Mar 2026 10:00:00 +0100"):
    return (f"From: {addr(MBOX_NAME['fr'], MBOX)}\nTo: {rcpt}\nSubject: {hdr('[' + ref + '] ' + ACK_SUBJ[lang])}\n"
            f"Date: {date}\nMessage-ID: {ack_id(ref)}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")

def dsn(human, human_lang_cs, rcpt, status, diag, mta, orig_headers, orig_body=None, html_human=None):
    """multipart/report DSN. orig_body None -> text/rfc822-headers, else message/rfc822."""
    hp = text(human, "plain", "utf-8", "quoted-printable")
    if html_human:
        hp = multi("alternative", [hp, text(html_human, "html", "utf-8", "quoted-printable")])
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: Mon, 02 Mar 2026 10:00:03 +0100\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
          f"Status: {status}\nRemote-MTA: dns; mx.{rcpt.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n")
    dp = Part([("Content-Type", "message/delivery-status")], ds.encode())
    if orig_body is None:
        op = Part([("Content-Type", "text/rfc822-headers")], orig_headers.encode("utf-8"))
    else:
        op = Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")],
                  (orig_headers + "\n" + orig_body + "\n").encode("utf-8"))
    return multi("report", [hp, dp, op], '; report-type=delivery-status')

def fwd_rfc822(cover, cover_cs, inner_headers, inner_body, inner_cs="utf-8"):
    inner = inner_headers + f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"{inner_cs}\"\nContent-Transfer-Encoding: quoted-printable\n\n"
    inner_b = inner.encode("ascii") + quopri.encodestring(inner_body.encode(inner_cs))
    return multi("mixed", [text(cover, "plain", cover_cs, "quoted-printable"),
                           Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], inner_b)])

def webform(lang, fields, intro):
    lines = [intro, ""] + [f"{k}: {v}" for k, v in fields] + ["", "-- ", "Formulaire web / Webformulier / Webformular - federal.example.be"]
    return "\n".join(lines)

# ================================================================ FRANÇAIS
M("complaint", "fr", "taxes", "Comptable (fiduciaire) se plaint que MyMinfin (example) bloque le mandat client depuis 3 semaines, helpdesk injoignable; pas de contestation d'une décision. windows-1252 QP.",
  ("Fiduciaire Delvaux & Cie", "info@fidu-delvaux.example.be"), "Mandats bloqués - impossible de déposer pour nos clients",
  """Madame, Monsieur,

Notre bureau gère la comptabilité d'une quarantaine de petits indépendants (boulangers, un garage, deux kinés). Depuis le 3 du mois, plus aucun mandat ne s'affiche dans l'application des mandataires : la liste est vide et un message « erreur technique, réessayez plus tard » apparaît.

Nous avons appelé le helpdesk à sept reprises. Deux fois la ligne a coupé après 40 minutes d'attente, une fois on nous a dit que « c'est connu » sans plus. Aucune communication sur le site.

Pendant ce temps, les échéances de TVA ne s'arrêtent pas, et ce sont nos clients qui risquent les amendes. Je trouve inadmissible qu'un service public laisse les professionnels dans le noir de cette façon.

Nous demandons au minimum une confirmation écrite que les retards dus à cette panne ne seront pas reprochés aux contribuables.

Benoît Delvaux
Expert-comptable certifié
Fiduciaire Delvaux & Cie - Rue des Tanneurs 14, 5000 Namur
Tél. 081 00 00 00""", cs="windows-1252", mailer="Microsoft Outlook 16.0")

M("complaint", "fr", "social_security", "Fille écrit pour sa mère âgée (88 ans); le guichet a exigé que la mère se déplace en personne malgré certificat médical; plainte sur traitement au guichet. Phone-typed, sans accents.",
  ("Nathalie Gerard", "nath.gerard76@example.com"), "ma maman de 88 ans obligee de venir en personne??",
  """bonjour

je vous ecris pour ma mere Mme Yvonne Gerard 88 ans qui est en chaise roulante. on avait un rdv au bureau de Charleroi pour un changement d adresse de sa pension d invalidite de mon pere (decede) et la dame au guichet a refuse de me parler alors que j avais la procuration signee ET le certificat du medecin qui dit qu elle ne peut pas se deplacer

on m a dit "pas de maman pas de dossier" devant tout le monde. j ai du revenir le lendemain avec elle en ambulance privee, 140 euros.

je trouve ca honteux. je voudrais qu on me dise a quoi sert une procuration alors

Nathalie

Envoyé de mon iPhone""", cte="7bit")

M("appeal", "fr", "taxes", "Indépendant conteste le rejet de frais professionnels (camionnette) dans son avertissement-extrait; ne dit jamais 'réclamation'; demande de revoir. PDF joint. multipart/mixed.",
  ("Kevin Lambotte", "lambotte.jardins@example.be"), "Mes frais de camionnette refusés - exercice 2025",
  """Bonjour,

J'ai reçu mon avertissement-extrait de rôle la semaine dernière et je vois que vous avez retiré tous les frais de ma camionnette (carburant, entretien, assurance), soit un peu plus de 6.200 EUR.

Je suis jardinier indépendant. Sans camionnette je ne sais pas travailler : je transporte les tondeuses, les haies coupées, les sacs de terreau. Ce n'est pas une voiture de luxe, c'est un Ford Transit de 2014 avec le lettrage de ma firme dessus (photo en pièce jointe avec le carnet d'entretien).

Je ne comprends pas comment on peut dire que ce n'est pas professionnel. Je vous demande de bien vouloir remettre ces frais dans le calcul et de corriger le montant à payer.

Mon numéro de dossier est sur le document joint.

Merci d'avance,
Kevin Lambotte
Lambotte Jardins SRL
0470 00 00 00""", atts=[attach("avertissement_extrait_2025.pdf", fake_pdf("avertissement extrait 2025")),
                       attach("transit_lettrage.jpg", b"\xff\xd8\xff\xe0fakejpegdata" * 10, "image/jpeg")])

M("information_request", "fr", "unemployment", "Étudiante qui termine ses études: question sur le stage d'insertion professionnelle et job étudiant pendant l'été; ton neutre. Base64 UTF-8.",
  ("Manon Dethier", "manon.dethier@etu.example.be"), "Stage d'insertion + job d'été, est-ce compatible ?",
  """Bonjour,

Je termine mon master en juin. Je compte m'inscrire comme demandeuse d'emploi pour commencer mon stage d'insertion, mais j'ai déjà signé un contrat d'étudiante dans un camping du 1er juillet au 15 août.

Est-ce que les jours travaillés comme étudiante comptent dans le stage d'insertion, ou est-ce que le stage est « suspendu » ? Et est-ce que je dois m'inscrire avant ou après l'été ?

Merci pour votre réponse,
Manon""", cte="base64")

M("complaint", "fr", "pensions", "Personne âgée (écrit par son petit-fils) — le courrier de la pension arrive toujours en néerlandais alors qu'il habite en Wallonie; demande plusieurs fois; plainte (langue). Mention d'une décision sans la contester.",
  ("Thomas Collard", "t.collard@example.net"), "Courrier pension toujours en néerlandais",
  """Madame, Monsieur,

Je me permets d'écrire au nom de mon grand-père, M. Albert Collard (né en 1939), domicilié à Ciney. Il a travaillé 30 ans à Anvers, ce qui explique peut-être la chose, mais cela fait maintenant 15 ans qu'il vit en Wallonie.

Tous les courriers concernant sa pension lui parviennent en néerlandais, y compris la dernière décision d'indexation. Le montant est correct, nous n'avons rien à redire là-dessus, mais il ne comprend pas un mot de ce qu'il reçoit et il panique à chaque enveloppe.

Nous avons déjà demandé le changement de langue par téléphone en mars et en septembre. On nous a répondu deux fois « c'est noté ». Rien n'a changé.

Pourriez-vous enfin faire le nécessaire ? Il a 87 ans, ce n'est pas à lui de faire traduire son courrier.

Cordialement,
Thomas Collard, petit-fils""", fmt="alt", nl="\r\n")

M("appeal", "fr", "social_security", "Personne handicapée: reconnaissance de 6 points seulement (allocation d'intégration refusée); demande nouvel examen sans mot 'recours'. HTML-only avec tableau.",
  ("Sabrina Mouton", "sabrina.mouton@example.org"), "Mes 6 points ne correspondent pas à ma réalité",
  None, fmt="html", html=html_wrap("""<p>Madame, Monsieur,</p>
<p>J'ai reçu le résultat de mon évaluation : 6 points pour l'autonomie, ce qui ne me donne pas droit à l'allocation d'intégration.</p>
<p>Je suis atteinte de sclérose en plaques depuis 2019. Le jour de l'examen, c'était un « bon jour », je suis venue avec une canne. Le médecin m'a vue 12 minutes. Les autres jours, je ne sais pas faire mes courses seule ni préparer un repas.</p>
<table border="1" cellpadding="4">
<tr><th>Domaine</th><th>Points reçus</th><th>Ce que je vis</th></tr>
<tr><td>Déplacement</td><td>1</td><td>fauteuil roulant 3 jours sur 7</td></tr>
<tr><td>Repas</td><td>1</td><td>ne sais pas couper ni porter une casserole</td></tr>
<tr><td>Hygiène</td><td>1</td><td>aide familiale 3x/semaine</td></tr>
</table>
<p>Je vous demande de réexaminer mon dossier, si possible avec mon neurologue, dont le rapport est disponible. Je pense sincèrement qu'il faut revoir ces points.</p>
<p>Sabrina Mouton<br>Tournai</p>
<img src="https://track.mail.example.com/o.gif?id=88a" width="1" height="1">"""))

M("complaint", "fr", "mobility", "Plainte: site d'immatriculation plante au paiement, montant débité deux fois, pas de plaque; ton furieux, majuscules.",
  ("Jordan Pire", "jordan.pire@example.com"), "DEBITE 2 FOIS ET TOUJOURS PAS DE PLAQUE",
  """Vous vous moquez du monde.

Demande d'immatriculation en ligne vendredi, le site plante au moment du paiement, je recommence, je suis DEBITE DEUX FOIS (2 x 30 EUR, extrait de compte en annexe) et je n'ai toujours ni plaque ni certificat. Ma voiture d'occasion est au garage et je paie le leasing de remplacement.

Le numéro gratuit renvoie vers un message enregistré qui dit d'aller sur le site. LE SITE NE MARCHE PAS.

Je veux mon immatriculation et mes 30 euros. Pas dans trois mois.

J. Pire""", cte="8bit", cs="iso-8859-1", atts=[attach("extrait.pdf", fake_pdf("extrait bancaire"))])

M("complaint", "fr", "police", "Comportement policier: agents ont tutoyé et moqué un jeune lors d'un contrôle à vélo; pas de contestation de l'amende; plainte sur conduite.",
  ("Ilyes Benali", "ilyes.b@example.be"), "Contrôle à vélo - manière de parler des agents",
  """Bonjour,

Mardi soir vers 22h, je rentrais de mon job étudiant à vélo (Ixelles, près de la place Flagey). Je n'avais pas de lampe arrière, j'ai reçu une perception immédiate, ça je l'accepte, c'était ma faute.

Par contre, un des deux agents m'a tutoyé du début à la fin, m'a demandé si le vélo était « vraiment à moi », a rigolé avec son collègue sur mon prénom et m'a dit « retourne chez toi » au moment où je partais. J'ai 19 ans, je n'ai jamais eu de problème avec la police.

Je ne veux pas faire d'histoire pour l'amende. Je veux juste que quelqu'un sache comment ça s'est passé. Je n'ai pas noté leurs matricules, j'étais stressé, mais l'heure et l'endroit sont précis : 22h10 environ, rue de la Brasserie.

Ilyes""")

M("information_request", "fr", "taxes", "Frontalier Luxembourg: question sur la déclaration belge et les revenus luxembourgeois exonérés avec réserve de progression; grogne un peu mais dominant = question.",
  ("Pascal Hennuy", "p.hennuy@example.lu.example.net"), "Travailleur frontalier Luxembourg - que mettre dans la déclaration?",
  """Bonjour,

Je travaille à Luxembourg-ville depuis janvier (avant, j'étais salarié en Belgique). Je reçois donc cette année deux fiches : une belge pour janvier à rien, et un certificat de salaire luxembourgeois.

Mes questions :
1. Dans quelle case je dois mettre mon salaire luxembourgeois ? On me parle de « revenus exonérés mais pris en compte pour le taux », je ne trouve pas l'endroit.
2. Les jours de télétravail (j'en ai fait 31 chez moi à Arlon) : est-ce qu'ils doivent être taxés en Belgique ?
3. Faut-il joindre le certificat luxembourgeois ou seulement le garder ?

Votre brochure en ligne date de 2021 et ne parle pas du seuil de télétravail actuel, c'est un peu dommage, d'où mon mail.

Merci,
Pascal Hennuy
Arlon""")

M("appeal", "fr", "unemployment", "Jeune demandeur d'emploi sanctionné (exclusion 4 semaines) pour absence à un entretien; explique qu'il était hospitalisé; veut que la sanction soit retirée. Pas de mot juridique. Sans accents.",
  ("Dylan Fontaine", "dylan.fontaine2004@example.com"), "sanction 4 semaines",
  """Bonjour madame monsieur

j ai recu une lettre qui dit que je n ai plus droit aux allocations d insertion pendant 4 semaines parce que je ne suis pas venu au rdv du 12.

Le 12 j etais aux urgences de l hopital de Jolimont pour une appendicite, j ai ete opere le soir meme. J ai l attestation de sortie de l hopital. J ai telephone le 14 pour prevenir mais personne m a rappele.

Est ce que vous pouvez enlever cette sanction svp ? 4 semaines sans rien je sais pas payer mon kot.

Merci
Dylan Fontaine""", cte="7bit", atts=[attach("attestation_hopital.pdf", fake_pdf("attestation hopital"))])

M("complaint", "fr", "foreign_affairs", "Plainte: ambassade (example) a perdu le passeport envoyé pour visa, aucune réponse aux mails; chef d'entreprise dont l'employé étranger attend. multipart/alternative.",
  ("Claire Moreau - Moreau Logistics", "c.moreau@moreau-logistics.example.be"), "Passeport de notre chauffeur égaré à l'ambassade",
  """Madame, Monsieur,

Notre société de transport emploie un chauffeur de nationalité marocaine, M. Y. Azzouzi, titulaire d'un titre de séjour belge. Pour une mission au Royaume-Uni, il a déposé son passeport au poste consulaire via le circuit officiel le 4 février.

Depuis, plus rien. Le suivi en ligne indique « document réceptionné » depuis sept semaines. Nos quatre e-mails sont restés sans réponse ; au téléphone, on nous dit que « le passeport n'est pas dans nos tiroirs ».

Concrètement : notre chauffeur ne peut plus voyager, même pour rentrer voir sa famille, et nous avons dû refuser deux contrats.

Nous demandons qu'une recherche sérieuse soit faite et qu'on nous réponde par écrit.

Claire Moreau
Gérante - Moreau Logistics SRL
Zoning de Ghlin""", fmt="alt", cs="iso-8859-1")

M("appeal", "fr", "pensions", "Retraitée conteste le calcul de sa pension: années de travail au Congo (1975-1982) non prises en compte; veut une révision; écrite par le fils qui signe pour elle. Emploi de 'je ne suis pas d'accord'.",
  ("Marc Kabongo", "marc.kabongo@example.org"), "Pension de ma mère - années au Congo oubliées",
  """Bonjour,

J'écris pour ma mère, Mme Thérèse Kabongo-Mbuyi, qui a reçu le mois passé la notification du montant de sa pension de retraite. Elle ne lit plus bien, c'est moi qui gère ses papiers.

Elle n'est pas d'accord avec le montant. Dans le détail de la carrière, les années 1975 à 1982 sont indiquées comme « période non prouvée ». Or elle a travaillé pendant ces années comme institutrice dans une école conventionnée, et elle a cotisé à l'Office de sécurité sociale d'outre-mer. Nous avons retrouvé ses fiches de paie de l'époque (copies jointes, l'original est très abîmé).

Pouvez-vous reprendre le calcul en tenant compte de ces années ? Elle est disponible pour un entretien si nécessaire, de préférence avec moi.

Avec mes remerciements,
Marc Kabongo
pour Mme Thérèse Kabongo-Mbuyi""", atts=[attach("fiches_paie_1975_1982.pdf", fake_pdf("fiches paie"))])

M("complaint", "fr", "unemployment", "Plainte: syndicat/organisme de paiement donne des informations contradictoires; 3 réponses différentes; question finale rhétorique (dominant = plainte). windows-1252 8bit.",
  ("Aurélie Simon", "aurelie.simon@example.be"), "Trois réponses différentes à la même question",
  """Bonjour,

Je suis au chômage temporaire depuis que le restaurant où je travaille est en travaux. J'ai demandé trois fois si je pouvais faire des extras le week-end ailleurs.

- Le 5 : oui, sans problème, il faut juste noircir la case sur la carte.
- Le 11 : non, c'est interdit pendant le chômage temporaire.
- Le 19 : « ça dépend », il faut demander à votre employeur.

Qui dois-je croire ? Comment voulez-vous que les gens respectent les règles si même vos collaborateurs ne les connaissent pas ? Je n'ose plus rien faire et je perds 300 EUR par mois.

Aurélie Simon""", cs="windows-1252", cte="8bit")

M("information_request", "fr", "other", "Demande d'accès RGPD formelle (art. 15) à toutes les données la concernant; information_request par convention. Texte court et juridique.",
  ("Laure Vandamme", "laure.vandamme@example.net"), "Demande d'accès - article 15 RGPD",
  """Madame, Monsieur,

Conformément à l'article 15 du Règlement (UE) 2016/679, je vous prie de me communiquer une copie de l'ensemble des données à caractère personnel me concernant que traite votre administration, les finalités de ces traitements, les destinataires et la durée de conservation.

Nom : Laure Vandamme
Date de naissance : 14/02/1981
Numéro de registre national : 81.02.14-000.00

Une copie de ma carte d'identité est jointe.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

L. Vandamme""", atts=[attach("carte_identite.pdf", fake_pdf("carte id"))])

M("complaint", "fr", "taxes", "Très courte. Plainte: personne ne décroche au téléphone du bureau de Liège.",
  ("R. Dumont", "rdumont@example.be"), "téléphone",
  "3 jours que j'essaie le bureau de Liège. Ça sonne dans le vide. C'est normal ?\n\nR. Dumont", cte="8bit")

M("appeal", "fr", "mobility", "Chef d'entreprise conteste le refus de dérogation pour un véhicule adapté (permis pour conducteur handicapé) — veut que la décision soit changée; pas de jargon.",
  ("Jean-Luc Dewez", "jl.dewez@example.com"), "Refus de la plaque spéciale pour ma voiture adaptée",
  """Madame, Monsieur,

Je suis paraplégique depuis un accident de moto. Je conduis une voiture adaptée (commandes au volant). Pour ma petite entreprise d'informatique, j'ai demandé que mon véhicule puisse garder l'exonération prévue pour les personnes handicapées, même s'il est immatriculé au nom de ma société.

Vous me répondez non, au motif que le véhicule n'est pas à mon nom personnel.

Je trouve cette décision injuste : la voiture est adaptée pour moi, personne d'autre ne sait la conduire. Je vous saurais gré de bien vouloir reconsidérer ma demande. Si le problème est purement administratif, dites-moi ce qu'il faut modifier et je le ferai.

Jean-Luc Dewez
JLD Informatique""")

M("complaint", "fr", "social_security", "Indépendant: cotisations sociales — le guichet lui a donné une mauvaise info sur la dispense, il se retrouve avec majorations; plainte sur la mauvaise information (ne conteste pas explicitement les majorations). Signature longue.",
  ("Grégory Lecomte", "g.lecomte@menuiserie-lecomte.example.be"), "Mauvais conseil = majorations",
  """Bonjour,

En avril, j'ai demandé au téléphone si je pouvais postposer mes cotisations du 2e trimestre vu la perte d'un gros client. L'agent m'a dit de « simplement attendre le courrier et payer après ». Je l'ai noté mot pour mot.

Aujourd'hui je reçois 187 EUR de majorations parce que je n'ai pas introduit de demande formelle dans les délais. Personne ne m'a parlé de demande formelle.

Je paie ce qu'on me demande, je n'ai pas envie de me battre. Mais je veux que vous sachiez que votre service téléphonique a donné une information fausse et que ça coûte de l'argent aux gens.

--
Grégory Lecomte
Menuiserie Lecomte SRL - Châssis, escaliers, agencements
Rue de la Station 3, 6900 Marche-en-Famenne
TVA BE 0000.000.000
Ce message et ses pièces jointes sont confidentiels.""", fmt="alt")

M("information_request", "fr", "foreign_affairs", "Étudiant Erasmus: question sur la légalisation d'un diplôme pour le Canada; courte, polie.",
  ("Hugo Lejeune", "hugo.lejeune@etu.example.be"), "légalisation diplôme pour le Québec",
  """Bonjour,

Je pars faire un doctorat à Montréal en septembre. L'université me demande une copie de mon diplôme « légalisée ». Est-ce que je dois passer par vous ou par la Communauté française d'abord ? Et combien de temps ça prend ?

Merci beaucoup,
Hugo Lejeune""", cte="7bit")

M("appeal", "fr", "taxes", "Comptable conteste, pour un client, une amende administrative TVA pour retard de dépôt alors que la déclaration a été déposée à temps (accusé de réception joint). Veut annulation. Dominant appeal.",
  ("Sophie Wilmotte - Cabinet SW", "sw@cabinet-sw.example.be"), "Client Boucherie Renard - amende de 500 EUR injustifiée",
  """Madame, Monsieur,

Pour notre client, la SRL Boucherie Renard, nous avons reçu une notification d'amende de 500 EUR pour dépôt tardif de la déclaration TVA du troisième trimestre.

Cette déclaration a été déposée le 18 octobre à 16h42, soit dans le délai. L'accusé de dépôt électronique est joint.

Nous vous demandons de retirer cette amende. Il s'agit manifestement d'une erreur d'enregistrement de votre côté, peut-être liée à l'incident technique du 20 octobre.

Je reste à votre disposition.

Sophie Wilmotte
Comptable-fiscaliste agréée""", atts=[attach("accuse_depot_T3.pdf", fake_pdf("accuse depot"))], cs="iso-8859-1")

M("complaint", "fr", "other", "Personne malvoyante: formulaire PDF non accessible au lecteur d'écran; plainte accessibilité. Style très structuré.",
  ("Édouard Piette", "edouard.piette@example.org"), "Formulaires inaccessibles aux lecteurs d'écran",
  """Bonjour,

Je suis aveugle et j'utilise un lecteur d'écran. Les formulaires PDF que vous publiez sont des images scannées : mon logiciel lit « image, image, image ». Je ne peux ni les lire ni les remplir.

J'ai dû demander à une voisine de remplir ma demande, avec mes données médicales. Ce n'est pas acceptable en 2026, et c'est d'ailleurs contraire aux obligations d'accessibilité des sites publics.

Je vous demande de publier des formulaires accessibles, ou au minimum une version Word.

Édouard Piette""")

M("follow_up", "fr", "pensions", "Follow-up: réponse à notre accusé de réception, ajoute le numéro de pension manquant; In-Reply-To vers ack; citation.",
  ("Josiane Renard", "josiane.renard@example.be"), "Re: [PLT-2026-000612] Accusé de réception de votre plainte",
  """Bonjour,

J'avais oublié de vous donner le numéro de pension de mon mari, le voici : 0000 123 456. Il est décédé en janvier, c'est pour ça que je m'occupe du dossier de la pension de survie.

Merci
Josiane Renard""" + quote(ack_text("PLT-2026-000612", "fr"), "Service des plaintes <plaintes.klachten@federal.example.be>", "Le lun. 2 mars 2026 à 10:00"),
  ref="PLT-2026-000612", reply_ack=True, cte="8bit")

M("follow_up", "fr", "taxes", "Follow-up: demande de nouvelles, ticket cité dans le corps (pas de Re:), impatience; ne relance pas une nouvelle plainte.",
  ("Patrick Bodart", "patrick.bodart@example.com"), "Toujours rien - mon dossier remboursement",
  """Bonjour,

Je vous ai écrit le 10 février au sujet de mon remboursement d'impôt qui n'arrive pas (votre référence PLT-2026-000377). Depuis l'accusé de réception, plus de nouvelles.

Pouvez-vous me dire où en est le dossier ?

Patrick Bodart""", ref="PLT-2026-000377")

M("follow_up", "fr", "social_security", "Follow-up avec pièce jointe: envoie l'attestation demandée par le gestionnaire; référence dans l'objet seulement.",
  ("Fatima El Idrissi", "fatima.elidrissi@example.net"), "PLT-2026-000544 - attestation demandée",
  """Bonjour,

Comme demandé par votre collègue au téléphone, voici l'attestation de la mutualité pour la période d'incapacité.

Bien à vous,
F. El Idrissi""", ref="PLT-2026-000544", atts=[attach("attestation_mutualite.pdf", fake_pdf("attestation mutuelle"))])

M("auto_reply", "fr", "other", "Absence sans en-têtes auto-reply, objet 'Absence du bureau' non lié à un ticket; corps court.",
  ("Cabinet Lejoly", "secretariat@cabinet-lejoly.example.be"), "Absence du bureau",
  """Bonjour,

Le cabinet est fermé du 24 décembre au 2 janvier inclus. Pour toute urgence fiscale, vous pouvez contacter Me Lejoly au 0475 00 00 00.

Belles fêtes de fin d'année !""")

M("auto_reply", "fr", "other", "Réponse automatique (Auto-Submitted) à notre accusé de réception; ticket dans l'objet; congé de maternité.",
  ("Camille Dupuis", "camille.dupuis@example.be"), "Réponse automatique : [PLT-2026-000788] Accusé de réception de votre plainte",
  """Bonjour,

Je suis actuellement en congé de maternité et ne consulte pas mes e-mails. Je serai de retour le 1er septembre.

Camille""", ref="PLT-2026-000788", reply_ack=True, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("auto_reply", "fr", "other", "Accusé automatique d'un système de tickets d'une commune (example), 'Re: [PLT-…]' sans en-têtes auto; contient son propre numéro de ticket.",
  ("Ville de Wavre - Guichet", "guichet@wavre.example.be"), "Re: [PLT-2026-000451] Accusé de réception de votre plainte",
  """Ceci est un message automatique.

Votre demande a bien été enregistrée dans notre système sous le numéro #WAV-88213. Un agent la traitera dans les 10 jours ouvrables.

Merci de ne pas répondre à ce message.

Administration communale""", ref="PLT-2026-000451", reply_ack=True, fmt="html")

M("auto_reply", "fr", "other", "Réponse automatique de vacances dans un mail multipart/alternative avec X-Autoreply; pas de ticket.",
  ("Bernard Hautot", "b.hautot@example.org"), "Absent: Fraude sur mon compte MyMinfin?",
  """Je suis en voyage jusqu'au 20 avril avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Bernard Hautot""", fmt="alt", extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

M("bounce", "fr", "other", "DSN Postfix en français (serveur d'un FAI example), boîte inexistante; retourne notre accusé (headers seulement).",
  ("MAILER-DAEMON", "MAILER-DAEMON@smtp.fai-wallon.example.net"), "Non distribuable : [PLT-2026-000233] Accusé de réception de votre plainte",
  None, ref="PLT-2026-000233",
  part=dsn("""Ceci est le programme de messagerie de l'hôte smtp.fai-wallon.example.net.

Je suis désolé de vous informer que votre message n'a pas pu être distribué à un ou plusieurs destinataires.

<jc.massart@fai-wallon.example.net> : l'adresse du destinataire a été refusée : 550 5.1.1 Utilisateur inconnu""",
           "utf-8", "jc.massart@fai-wallon.example.net", "5.1.1", "550 5.1.1 <jc.massart@fai-wallon.example.net>: Recipient address rejected: User unknown",
           "smtp.fai-wallon.example.net", ack_headers_block("PLT-2026-000233", "fr", "jc.massart@fai-wallon.example.net")),
  extra=[("Auto-Submitted", "auto-replied")])

M("bounce", "fr", "other", "Bounce texte brut de style qmail en français, sans multipart/report; message original cité; retourne un accusé avec ticket.",
  ("Système de messagerie", "postmaster@mail.hebergeur.example.com"), "échec de la remise",
  """Bonjour. Voici le programme qmail sur mail.hebergeur.example.com.
Je suis désolé, je n'ai pas pu remettre votre message à l'adresse suivante.
Ceci est une erreur permanente ; j'ai abandonné.

<contact@boulangerie-marchal.example.com>:
Le domaine n'accepte plus de courrier (compte suspendu).

--- Ci-dessous, une copie de votre message.

Return-Path: <plaintes.klachten@federal.example.be>
From: Service des plaintes - Klachtendienst <plaintes.klachten@federal.example.be>
To: contact@boulangerie-marchal.example.com
Subject: [PLT-2026-000714] Accusé de réception de votre plainte
Message-ID: <ack.plt-2026-000714@federal.example.be>

Madame, Monsieur,

Nous avons bien reçu votre message. Il est enregistré sous la référence PLT-2026-000714.""", ref="PLT-2026-000714", cte="8bit")

M("spam", "fr", "other", "Phishing faux remboursement d'impôt depuis domaine look-alike; HTML-only avec bouton et pixel.",
  ("SPF Finances - Remboursement", "remboursement@spf-fin-remb.example.net"), "Vous avez droit à un remboursement de 428,60 €",
  None, fmt="html", html=html_wrap("""<div style="max-width:600px;border:1px solid #ccc;padding:20px">
<p><b>Avis de remboursement</b></p>
<p>Cher contribuable,</p>
<p>Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous avez droit à un remboursement de <b>428,60 €</b>.</p>
<p>Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires dans les 48 heures, faute de quoi le montant sera annulé.</p>
<p style="text-align:center"><a href="https://spf-fin-remb.example.net/confirm?id=BE77123" style="background:#0a4;color:#fff;padding:10px 20px">CONFIRMER MON REMBOURSEMENT</a></p>
<p style="font-size:10px">Service Public Fédéral - Tous droits réservés</p>
<img src="https://spf-fin-remb.example.net/p.gif" width="1" height="1">
</div>"""))

M("spam", "fr", "other", "Arnaque à l'héritage (avance de frais) en français approximatif; texte brut; en-tête Reply-To vers autre domaine.",
  ("Maître Jean-Paul Okafor", "jp.okafor.avocat@example.com"), "URGENT ET CONFIDENTIEL : Succession non réclamée",
  """Cher(e) ami(e),

Je suis Maître Jean-Paul Okafor, avocat personnel de feu M. Henri Dubois, ressortissant belge décédé dans un accident de la route avec toute sa famille en 2021. Il a laissé un dépôt de 8.500.000 USD (Huit millions cinq cent mille Dollars) dans une banque ici à Lomé.

Comme vous portez le même nom de famille / la même nationalité, je vous propose de vous présenter comme le proche parent afin que les fonds vous soient versés. Nous partagerons 50/50. Tout est légal et sans risque.

Répondez-moi avec vos nom complet, adresse, numéro de téléphone et copie de pièce d'identité.

Que Dieu vous bénisse,
Me J-P Okafor""", extra=[("Reply-To", "okafor.succession@example.org")], cs="iso-8859-1", cte="8bit")

M("spam", "fr", "other", "Offre SEO/marketing B2B en français; objet faux 'RE:'.",
  ("Julie de WebBoost", "julie@webboost-agence.example.com"), "RE: votre site federal.example.be",
  """Bonjour,

Je me suis permis d'analyser votre site : 43 erreurs techniques, un temps de chargement de 6,2 secondes et une absence totale de la première page Google sur vos mots-clés principaux.

Notre agence accompagne déjà plus de 200 PME belges. Nous pouvons vous garantir la première page en 90 jours, ou remboursé.

Un appel de 15 minutes cette semaine ? Répondez simplement « OUI ».

Julie - WebBoost
Pour ne plus recevoir nos messages, répondez STOP.""")

M("spam", "fr", "other", "Fraude au président/faux fournisseur: changement d'IBAN fournisseur avec 'facture' en pièce jointe HTML.",
  ("Comptabilité Imprimerie Gilson", "compta@imprimerie-gi1son.example.net"), "Mise à jour de nos coordonnées bancaires - facture 2026-0417",
  """Bonjour,

Suite à un audit interne, notre banque a changé. Merci de mettre à jour nos coordonnées pour le paiement de la facture 2026-0417 (brochures) :

IBAN : BE00 0000 0000 0000
BIC : EXAMBEBB

Le paiement doit intervenir avant vendredi pour éviter l'interruption de nos services. Merci de ne pas utiliser l'ancien compte.

Cordialement,
Service comptabilité""", atts=[attach("Facture_2026-0417.html", "<html><body><script>location='https://imprimerie-gi1son.example.net/login'</script></body></html>", "text/html")])

M("information_request", "fr", "pensions", "Question très courte d'une personne qui prépare sa pension anticipée; sans formule de politesse finale.",
  ("Michel Goffin", "michel.goffin@example.be"), "pension anticipée à 61 ans ?",
  """Bonjour, j'ai commencé à travailler à 17 ans comme apprenti boucher, j'ai 42 ans de carrière. À quelle date exactement je peux partir ? Où je trouve ça ?""")

M("appeal", "fr", "social_security", "Mère conteste la récupération d'un indu de prestations d'invalidité après reprise à temps partiel autorisée; demande d'annuler la récupération.",
  ("Véronique Lallemand", "veronique.lallemand@example.com"), "Je ne comprends pas pourquoi je dois rembourser 2.340 EUR",
  """Madame, Monsieur,

Je reçois une lettre me demandant de rembourser 2.340 EUR d'indemnités d'invalidité, au motif que j'aurais repris le travail sans autorisation.

Or mon médecin-conseil m'a autorisée à reprendre à mi-temps à partir du 1er mars (document du 26 février, que je joins). J'ai fait exactement ce qu'on m'a dit.

Je vous demande de revoir cette décision et d'annuler la demande de remboursement. Je n'ai pas cet argent, et je n'ai commis aucune faute.

Véronique Lallemand""", atts=[attach("autorisation_reprise.pdf", fake_pdf("autorisation"))], cte="base64")

# ================================================================ NEDERLANDS
M("complaint", "nl", "social_security", "Zelfstandige kapster: ziekenkas/RSVZ-achtige dienst verloor haar aanvraag overbruggingsrecht twee keer; Vlaamse spreektaal. Klacht (verloren dossier).",
  ("Kelly Van den Broeck", "kelly.salon@example.be"), "Mijn aanvraag is voor de 2de keer kwijt",
  """Goeiendag,

Ik heb een kapsalon in Lier. Na de waterschade in juni heb ik mijn zaak 3 maand moeten sluiten en ik heb overbruggingsrecht aangevraagd.

Eerste keer: aangetekend opgestuurd in juli. "Niet ontvangen."
Tweede keer: persoonlijk afgegeven aan het loket in Mechelen, met ontvangstbewijs. Vorige week bel ik: "we vinden niks terug".

Ik heb intussen al 2 maand geen inkomen en ik moet wel mijn huur betalen. Hoe is dat mogelijk dat een dossier dat ik zelf heb afgegeven gewoon verdwijnt? Ik wil dat iemand dit nu eens serieus opvolgt.

Groetjes,
Kelly Van den Broeck
Salon Kelly - Lier""", cte="8bit")

M("appeal", "nl", "taxes", "Grensarbeider Nederland: Belgische aanslag belast zijn Nederlands loon dubbel (geen vrijstelling toegepast); vraagt herziening zonder het woord bezwaar. Gemengde NL-Nederlandse stijl.",
  ("Ruud Hermans", "r.hermans@example.nl.example.net"), "Aanslag klopt niet - loon uit Nederland dubbel belast",
  """Geachte heer/mevrouw,

Ik woon sinds 2024 in Lommel en werk in Eindhoven bij een installatiebedrijf. Mijn loon wordt in Nederland belast, dat staat ook zo op mijn jaaropgave.

In het aanslagbiljet dat ik deze maand ontving, wordt datzelfde loon in België opnieuw volledig belast. Volgens het belastingverdrag hoort dit vrijgesteld te zijn (met progressievoorbehoud, begrijp ik). Ik moet nu ruim 9.000 euro betalen, wat gewoon niet kan kloppen.

Ik verzoek u de aanslag te herberekenen met toepassing van de vrijstelling. Mijn Nederlandse jaaropgave en de aangifte van de Belastingdienst zitten in de bijlage.

Met vriendelijke groet,
Ruud Hermans
Lommel""", atts=[attach("jaaropgave_2025.pdf", fake_pdf("jaaropgave")), attach("aangifte_NL.pdf", fake_pdf("aangifte nl"))])

M("complaint", "nl", "mobility", "Rolstoelgebruiker: assistentie in het station niet opgedaagd ondanks reservatie; trein gemist; klacht. (mobiliteit)",
  ("Pieter-Jan Wuyts", "pj.wuyts@example.com"), "Assistentie niet komen opdagen - 3de keer dit jaar",
  """Beste,

Ik ben rolstoelgebruiker en had 24 uur op voorhand assistentie gereserveerd voor de trein van 7u42 in Leuven, richting Brussel-Centraal, voor een sollicitatiegesprek.

Niemand kwam opdagen. Ik heb aan het loket gevraagd, daar wist men van niets. Trein gemist, gesprek gemist. Dat is nu de derde keer dit jaar.

Ik zoek werk. Ik kan niet elke keer een werkgever uitleggen dat de oprijplaat niet gekomen is. Ik wil graag weten wat er misgelopen is, en wat jullie gaan doen zodat dit niet meer gebeurt.

Pieter-Jan Wuyts""", fmt="alt")

M("information_request", "nl", "unemployment", "Jongere: vraag over inschrijving als werkzoekende na schoolverlaten en beroepsinschakelingstijd; chat-achtige stijl, geen hoofdletters.",
  ("Lotte", "lottemaes2005@example.com"), "vraagje inschakelingsuitkering",
  """hallo

ik ben in juni afgestudeerd (bachelor sociaal werk) en ik heb me nog altijd niet ingeschreven als werkzoekende omdat ik dacht dat ik direct werk ging vinden. nu is het oktober. is dat erg? begint mijn wachttijd dan pas nu? en kan ik nog een inschakelingsuitkering krijgen als ik 21 ben?

merci!!
lotte""", cte="7bit")

M("complaint", "nl", "taxes", "Boekhouder klaagt over onbereikbaarheid van de btw-dienst: e-mails onbeantwoord 2 maanden, callcenter verwijst door; vraag in slot maar dominant klacht.",
  ("Stijn Peeters | Boekhoudkantoor Peeters", "stijn@bk-peeters.example.be"), "Btw-controlecentrum Gent onbereikbaar",
  """Geachte,

Als erkend boekhouder-fiscalist probeer ik sinds begin september het controlecentrum in Gent te bereiken voor een klant (btw-terugbetaling van een startende bvba, ruim 14.000 EUR).

- 4 e-mails naar het functionele adres: geen antwoord, zelfs geen ontvangstmelding.
- Het centrale nummer verwijst me door naar "het bevoegde team", dat niet opneemt.
- Een brief per post: geen reactie.

Mijn klant staat op het punt zijn leveranciers niet meer te kunnen betalen. Moet ik werkelijk naar Gent rijden en aan de deur gaan staan om iemand te spreken?

Met vriendelijke groeten,
Stijn Peeters
Boekhoudkantoor Peeters BV
Stationsstraat 88, 9100 Sint-Niklaas""", cs="windows-1252", mailer="Microsoft Outlook 16.0")

M("appeal", "nl", "pensions", "Dochter schrijft voor haar 91-jarige vader; inkomensgarantie voor ouderen (IGO) geweigerd omdat zijn spaargeld te hoog geacht wordt, terwijl het geld al naar het rusthuis ging; vraagt beslissing te herzien.",
  ("Greet Claes", "greet.claes@example.be"), "IGO vader geweigerd - ik vraag om de beslissing te herzien",
  """Geachte,

Ik schrijf in naam van mijn vader, Jozef Claes (°1935), die in een woonzorgcentrum in Tienen verblijft. Ik ben zijn bewindvoerder (vonnis in bijlage).

Zijn aanvraag voor de inkomensgarantie werd geweigerd omdat er "roerend kapitaal van 48.000 euro" zou zijn. Dat geld bestaat niet meer: het werd de afgelopen twee jaar volledig gebruikt voor de factuur van het woonzorgcentrum (ongeveer 2.100 euro per maand). Zijn rekening staat vandaag op 3.200 euro.

Ik vraag om de beslissing te herzien op basis van de huidige toestand. Rekeninguittreksels en facturen kan ik bezorgen.

Met dank,
Greet Claes""", atts=[attach("vonnis_bewindvoering.pdf", fake_pdf("vonnis"))])

M("complaint", "nl", "police", "Politiegedrag: commissariaat weigerde aangifte van huiselijk geweld op te nemen ('ga eerst naar huis en kalmeer'); ernstige klacht over houding (geschreven door de zus). HTML-only, base64.",
  ("anoniem - via zus", "hulp.voor.an@example.org"), "Aangifte geweigerd op het politiekantoor",
  None, fmt="html", html=html_wrap("""<p>Goedemiddag,</p>
<p>Ik schrijf voor mijn zus, die dit zelf niet durft. Zaterdagavond is ze naar het politiekantoor in haar gemeente gegaan om aangifte te doen van geweld door haar partner. Ze had blauwe plekken op haar arm.</p>
<p>De agent aan de balie heeft gezegd: <i>"Is dat nu echt nodig? Ga eerst naar huis en kalmeer, morgen ziet ge het anders."</i> Er werd niets genoteerd. Een tweede agent lachte.</p>
<p>Ze is bij mij komen slapen. Ik vind dat onaanvaardbaar. Hoe kan het dat een politiekantoor weigert een aangifte op te nemen? Wij willen dat dit onderzocht wordt. Haar naam en het uur kan ik geven als jullie contact opnemen via dit adres.</p>
<p>Met vriendelijke groeten</p>"""), cs="utf-8", cte="base64")

M("appeal", "nl", "unemployment", "Tijdelijke werkloze: dagen werkloosheid geweigerd wegens 'laattijdige controlekaart'; app lag plat; vraagt dagen toch uit te betalen. Geen 'bezwaar'.",
  ("Mehmet Yilmaz", "mehmet.yilmaz@example.net"), "Mijn dagen van november niet betaald",
  """Dag mevrouw, meneer,

Ik kreeg een brief dat mijn 9 dagen tijdelijke werkloosheid van november niet betaald worden omdat mijn elektronische controlekaart te laat was.

Ik heb die kaart op 30 november ingevuld, maar de app gaf een foutmelding ("service niet beschikbaar") tot 3 december. Ik heb screenshots gemaakt met datum en uur, zie bijlage.

Het was dus niet mijn fout. Kunnen jullie die dagen toch betalen aub? Voor mij is dat bijna 600 euro.

Groeten,
Mehmet Yilmaz
Genk""", atts=[attach("screenshot_app_30nov.png", b"\x89PNG\r\n\x1a\nfakepng" * 12, "image/png")])

M("information_request", "nl", "foreign_affairs", "Vraag over paspoort aanvragen in België voor Belg die in Nederland woont (grensgebied); ook welke documenten; beleefd.",
  ("Ingrid Smeets", "ingrid.smeets@example.com"), "Paspoort aanvragen als Belg in Maastricht",
  """Goedendag,

Ik ben Belgische maar woon al 10 jaar in Maastricht, net over de grens. Mijn paspoort vervalt in februari.

Mag ik een nieuw paspoort aanvragen in mijn vroegere gemeente (Lanaken), of moet dat verplicht via het consulaat? En moet ik dan een afspraak maken of kan ik gewoon langskomen?

Alvast bedankt,
Ingrid Smeets""")

M("complaint", "nl", "pensions", "Klacht over onvriendelijke telefoonmedewerker tegenover oudere dame met gehoorprobleem; geschreven door kleinzoon, informeel.",
  ("Jonas De Smet", "jonas.desmet@example.be"), "onbeleefd behandeld aan de telefoon",
  """Dag,

Mijn oma (84, slechthorend) belde gisteren naar de pensioenlijn met een vraag over haar vakantiegeld. Ze stond op luidspreker, ik zat ernaast.

De medewerker zuchtte hoorbaar toen ze vroeg om iets te herhalen, zei "mevrouw, ik ga het nu voor de laatste keer zeggen" en heeft uiteindelijk gewoon ingehaakt. Oma heeft daarna een uur zitten wenen.

Ik snap dat het druk is, maar dit kan echt niet. Misschien is een opleiding in omgaan met ouderen geen overbodige luxe.

Jonas""", cte="8bit")

M("appeal", "nl", "social_security", "Persoon met autisme: erkenning handicap afgewezen (minder dan 66% vermindering verdienvermogen); moeder vraagt opnieuw te bekijken met verslag van het referentiecentrum. multipart/alternative.",
  ("An Verhaegen", "an.verhaegen@example.org"), "Erkenning voor onze zoon - graag opnieuw bekijken",
  """Geachte,

Onze zoon Wout (22) heeft autisme en een licht verstandelijke beperking. Hij kreeg vorige maand de beslissing dat zijn verdienvermogen niet voldoende verminderd is voor een integratietegemoetkoming of inkomensvervangende tegemoetkoming.

Het onderzoek duurde een kwartier. Wout antwoordt beleefd "ja" op alles, ook als hij de vraag niet begrijpt. Daardoor lijkt hij veel zelfstandiger dan hij is. Hij heeft nooit langer dan twee weken kunnen werken.

We zouden het erg waarderen als de beslissing opnieuw bekeken wordt, met het verslag van het autismereferentiecentrum (in bijlage). Wij komen graag mee naar een nieuw onderzoek.

Vriendelijke groeten,
An Verhaegen, moeder""", fmt="alt", atts=[attach("verslag_referentiecentrum.pdf", fake_pdf("verslag"))])

M("complaint", "nl", "foreign_affairs", "Klacht: ambassade in Nairobi (example) communiceert enkel in het Engels; Nederlandstalige Belg krijgt geen antwoord in eigen taal; ook vertraging. Kort.",
  ("Bart Janssens", "bart.janssens@example.com"), "Ambassade antwoordt niet in het Nederlands",
  """Goedemiddag,

Ik heb drie keer in het Nederlands naar de Belgische ambassade in Nairobi geschreven over de registratie van de geboorte van mijn dochter. Elke keer krijg ik een antwoord in het Engels, en telkens een ander lijstje met documenten. Ik ben Belg, ik mag toch verwachten dat ik in mijn taal geholpen word? Intussen wachten we al 4 maanden.

Bart Janssens""")

M("complaint", "nl", "unemployment", "Webformulier-notificatie (no-reply-webform, Reply-To burger): klacht over uitbetaling werkloosheidsuitkering die al 7 weken uitblijft.",
  ("Webformulier", "no-reply-webform@federal.example.be"), "Nieuw bericht via het klachtenformulier",
  webform("nl", [("Naam", "Sofie Wouters"), ("E-mail", "sofie.wouters@example.be"), ("Taal", "NL"),
                 ("Onderwerp", "Uitkering niet betaald"),
                 ("Bericht", "Sinds mijn ontslag bij de drukkerij (eind augustus) heb ik nog geen enkele uitkering ontvangen. Mijn dossier is volgens de vakbond compleet sinds 10 september. Ik krijg telkens te horen dat het 'in behandeling' is. Zeven weken zonder inkomen met twee kinderen. Dit is toch geen manier van werken.")],
          "Er werd een nieuw bericht ingediend via het online formulier."),
  extra=[("Reply-To", "sofie.wouters@example.be")])

M("complaint", "nl", "taxes", "Gepensioneerde klaagt dat de vooraf ingevulde aangifte via telefoon toegezegd maar nooit gekomen is; ouder schrijfstijl, lange zinnen, iso-8859-1 8bit; vermeldt beslissing niet.",
  ("Willy Vermeulen", "willy.vermeulen@example.be"), "Voorstel van vereenvoudigde aangifte nooit ontvangen",
  """Geachte Heer, Mevrouw,

Ondergetekende, Willy Vermeulen, gepensioneerd spoorwegbeambte, wonende te Aalst, heeft in mei telefonisch gevraagd om, zoals de vorige jaren, een voorstel van vereenvoudigde aangifte op papier te ontvangen, daar ik geen computer bezit en mijn kinderen in het buitenland verblijven.

Mij werd toen verzekerd dat dit in orde zou komen. Tot op heden heb ik niets ontvangen, en nu lees ik in de krant dat de termijnen verstreken zijn. Ik ben 81 jaar en ik heb altijd alles op tijd in orde gebracht. Ik vind het niet correct dat men mij nu in deze situatie brengt.

Ik verzoek u mij te laten weten hoe ik dit nog kan rechtzetten zonder boete.

Hoogachtend,
W. Vermeulen""", cs="iso-8859-1", cte="8bit")

M("appeal", "nl", "mobility", "Student kreeg boete voor niet-inschrijven van brommer die al verkocht was; vraagt boete te schrappen. Kort, direct.",
  ("Arne Goossens", "arne.goossens@ugent.example.be"), "boete voor brommer die ik al verkocht had",
  """Hallo,

Ik kreeg een boete van 150 euro omdat mijn brommer "niet meer verzekerd" zou zijn. Die brommer heb ik in april verkocht (verkoopsdocument in bijlage) en de nummerplaat heb ik toen teruggestuurd. Die boete is dus niet voor mij. Kunnen jullie die laten vallen aub?

Arne""", atts=[attach("verkoopsovereenkomst.pdf", fake_pdf("verkoop"))], cte="7bit")

M("information_request", "nl", "social_security", "Kleine ondernemer: vraag hoe hij een werknemer met handicap kan aannemen en welke tegemoetkomingen er zijn; ook kleine klacht over de onduidelijke website; dominant vraag.",
  ("Koen Lemmens", "koen@fietsherstel-lemmens.example.be"), "Werknemer met een beperking aanwerven - hoe?",
  """Dag,

Ik heb een fietsenwinkel met 3 werknemers. Ik wil graag een jongen aannemen die slechtziend is (hij heeft stage bij ons gedaan en doet dat super).

Welke stappen moet ik doorlopen? Bestaat er een loonpremie of een aanpassing van de werkpost die vergoed wordt, en bij wie moet ik die aanvragen? Jullie website verwijst me van de ene pagina naar de andere, ik raak er niet meer aan uit.

Bedankt,
Koen Lemmens""")

M("follow_up", "nl", "unemployment", "Follow-up: antwoord op ontvangstbevestiging met extra info (datum C4), geciteerde ack, In-Reply-To.",
  ("Tom Maes", "tom.maes@example.net"), "RE: [PLT-2026-000809] Ontvangstbevestiging van uw klacht",
  """Goeiemiddag,

Nog een aanvulling: mijn C4 werd pas op 14 oktober door mijn werkgever opgestuurd, niet in september zoals ik schreef. Misschien verklaart dat een deel van de vertraging, maar het blijft lang.

Tom Maes

-----Oorspronkelijk bericht-----
Van: Klachtendienst - Service des plaintes <plaintes.klachten@federal.example.be>
Verzonden: maandag 2 maart 2026 10:00
Aan: tom.maes@example.net
Onderwerp: [PLT-2026-000809] Ontvangstbevestiging van uw klacht

""" + ack_text("PLT-2026-000809", "nl"), ref="PLT-2026-000809", reply_ack=True, cs="windows-1252", mailer="Microsoft Outlook 16.0")

M("follow_up", "nl", "mobility", "Follow-up: vraagt stand van zaken, nummer in de tekst; kort en lichtjes geïrriteerd.",
  ("Evelien Hendrickx", "evelien.h@example.com"), "stand van zaken?",
  "Goedemorgen, wat is de stand van zaken in mijn dossier PLT-2026-000266 (nummerplaat)? Het is nu al 5 weken. Mvg, Evelien", ref="PLT-2026-000266")

M("auto_reply", "nl", "other", "Afwezigheidsmelding zonder auto-reply headers; subject 'Afwezig' + originele onderwerp met ticket.",
  ("Hilde Van Looy", "hilde.vanlooy@example.be"), "Afwezig: [PLT-2026-000590] Ontvangstbevestiging van uw klacht",
  """Beste,

Ik ben afwezig tot en met maandag 14 april. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij mijn collega Ann via ann.peeters@example.be.

Met vriendelijke groeten,
Hilde Van Looy""", ref="PLT-2026-000590", reply_ack=True)

M("auto_reply", "nl", "other", "Automatisch antwoord van een boekhoudkantoor (ticketsysteem) met Auto-Submitted, zonder ticket van ons.",
  ("Boekhoudkantoor Nys - Automatisch antwoord", "noreply@nys-boekhouding.example.be"), "Wij hebben uw e-mail goed ontvangen",
  """Dit is een automatisch antwoord.

Bedankt voor uw bericht. Tijdens de aangifteperiode (mei-juli) beantwoorden wij e-mails binnen 5 werkdagen. Documenten voor uw aangifte kunt u opladen via ons klantenportaal.

Dit adres wordt niet gelezen.""", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("auto_reply", "nl", "other", "Out-of-office in HTML-only, met X-Autoreply, ouderschapsverlof; ticket in onderwerp.",
  ("Jeroen Wouters", "jeroen.wouters@example.org"), "Automatisch antwoord: [PLT-2026-000933] Ontvangstbevestiging van uw klacht",
  None, fmt="html", html=html_wrap("<p>Hallo,</p><p>Ik ben met ouderschapsverlof op woensdagen en vrijdagen. Ik lees je bericht op de eerstvolgende werkdag.</p><p><i>Jeroen</i></p>"),
  ref="PLT-2026-000933", reply_ack=True, extra=[("X-Autoreply", "yes")])

M("auto_reply", "nl", "other", "Geen-reply van gemeentelijk ticketsysteem zonder headers, geen ticket van ons; bevat zijn eigen referentie.",
  ("Stad Hasselt - Burgerzaken", "burgerzaken@hasselt.example.be"), "Uw melding HAS-2026-44127",
  """Beste burger,

Uw melding werd geregistreerd onder nummer HAS-2026-44127. U ontvangt binnen de 15 werkdagen een antwoord.

Dit bericht werd automatisch verzonden. Antwoorden op deze e-mail worden niet gelezen.""")

M("bounce", "nl", "other", "Exchange-achtige NDR in het Nederlands (multipart/report), mailbox vol; volledig origineel bericht als message/rfc822.",
  ("Microsoft Outlook", "postmaster@outlook.example.com"), "Onbestelbaar: [PLT-2026-000158] Ontvangstbevestiging van uw klacht",
  None, ref="PLT-2026-000158",
  part=dsn("""De bezorging aan deze ontvangers of groepen is mislukt:

marleen.d@example.be
Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het later opnieuw of neem op een andere manier contact op met de ontvanger.

Diagnostische informatie voor beheerders:
Genererende server: AM7P191MB0001.EURP191.PROD.OUTLOOK.EXAMPLE.COM
Externe serverfout: 552 5.2.2 Mailbox full""",
           "utf-8", "marleen.d@example.be", "5.2.2", "552 5.2.2 Mailbox full", "AM7P191MB0001.EURP191.PROD.OUTLOOK.EXAMPLE.COM",
           ack_headers_block("PLT-2026-000158", "nl", "marleen.d@example.be"), ack_text("PLT-2026-000158", "nl")))

M("bounce", "nl", "other", "Vertraagde bezorging (delayed, niet definitief) in het Nederlands, plain text, geen ticket (originele onderwerp zonder nummer).",
  ("Mail Delivery System", "MAILER-DAEMON@relay.provider.example.net"), "Waarschuwing: bericht nog niet bezorgd",
  """Dit is een automatisch bericht van relay.provider.example.net.

Uw bericht kon nog niet worden afgeleverd aan:

  info@garage-debruyne.example.be

De server van de ontvanger reageert niet (verbinding geweigerd). We proberen het nog 4 dagen. U hoeft niets te doen.

---- Koppen van het oorspronkelijke bericht ----
From: plaintes.klachten@federal.example.be
To: info@garage-debruyne.example.be
Subject: Uw vraag over de inschrijving van bedrijfsvoertuigen
Date: Tue, 03 Mar 2026 14:12:00 +0100""", extra=[("Auto-Submitted", "auto-replied")])

M("spam", "nl", "other", "Phishing: 'uw itsme/MyMinfin-account wordt geblokkeerd', look-alike domein, multipart/alternative.",
  ("Federale Overheid", "beveiliging@mijn-overheid-veilig.example.com"), "Laatste herinnering: uw account wordt binnen 24u gedeactiveerd",
  """Beste burger,

Wij hebben ongebruikelijke activiteiten vastgesteld op uw online account. Om uw gegevens te beschermen wordt uw toegang binnen 24 uur gedeactiveerd, tenzij u uw identiteit bevestigt.

Bevestig hier: https://mijn-overheid-veilig.example.com/verificatie

Na deactivatie kunt u geen belastingteruggave meer ontvangen.

Met vriendelijke groet,
Dienst Digitale Veiligheid""", fmt="alt")

M("spam", "nl", "other", "Cryptobeleggingsfraude met 'bekende Vlaming' testimonial; HTML-only, lange tracking-links.",
  ("Nieuws Vandaag", "redactie@nieuws-vandaag-exclusief.example.net"), "Schandaal: bekende presentator verdient €8.400 per dag van thuis uit",
  None, fmt="html", html=html_wrap("""<h2>Hij onthulde het geheim live op tv - de banken zijn woedend</h2>
<p>In een exclusief interview vertelde hij over het nieuwe crypto-platform dat gewone Belgen rijk maakt. "Met een inleg van slechts 250 euro verdiende ik in de eerste week 11.000 euro."</p>
<p><a href="https://crypto-winst-platform.example.net/r?cid=be_nl_8841&amp;src=mail">Registreer nu gratis - nog maar 17 plaatsen beschikbaar</a></p>
<p style="color:#999;font-size:9px">U ontvangt dit bericht omdat u zich hebt ingeschreven voor onze nieuwsbrief. <a href="https://nieuws-vandaag-exclusief.example.net/uit">Uitschrijven</a></p>"""))

M("spam", "nl", "other", "Advance fee / loterij in gebrekkig Nederlands (machinevertaling), windows-1252.",
  ("Internationale Loterij Commissie", "claims@euro-loterij-winnaars.example.org"), "GEFELICITEERD!!! Uw e-mailadres heeft gewonnen",
  """Geachte Winnaar,

Wij zijn blij u te informeren dat uw e-mailadres is geselecteerd in de jaarlijkse Euro Millioenen Promotie met het winnende bedrag van €1.250.000,00 (Een miljoen tweehonderdvijftigduizend euro).

Om uw prijs te claimen moet u contact opnemen met onze claimagent en de registratiekosten van €350 betalen voor de vrijgave van het fonds. Stuur uw volledige naam, adres, leeftijd, beroep en telefoonnummer.

Houd deze winst vertrouwelijk tot uw claim is verwerkt.

Dhr. Van Dijk Henderson
Claims Agent""", cs="windows-1252", cte="quoted-printable")

M("spam", "nl", "other", "Valse factuur/'Aanmaning' voor registratie in een nep-ondernemingsregister gericht aan het klachtenadres; pdf-bijlage.",
  ("Centraal Bedrijvenregister", "facturatie@bedrijven-register-be.example.net"), "Aanmaning: registratie in Centraal Bedrijvenregister (factuur 2026/88121)",
  """Geachte ondernemer,

Volgens onze gegevens is de jaarlijkse bijdrage voor de vermelding van uw onderneming in het Centraal Bedrijvenregister nog niet betaald.

Bedrag: 879,00 EUR
Vervaldatum: binnen 8 dagen

Bij niet-betaling wordt uw dossier overgemaakt aan onze gerechtsdeurwaarder. De factuur vindt u in bijlage.

Administratie CBR""", atts=[attach("factuur_2026_88121.pdf", fake_pdf("factuur"))])

M("complaint", "nl", "other", "Doof persoon: enkel telefonisch contact mogelijk, geen chat of sms; klacht bereikbaarheid. Heel kort, getypt op gsm.",
  ("Dirk", "dirk.doof@example.be"), "ik ben doof",
  "ik ben doof en jullie enige hulp is een telefoonnummer. hoe moet ik dat doen?? geen chat, geen sms, niets. al 3 keer mijn buurvrouw moeten vragen om te bellen voor mij. dat is niet normaal\n\nverzonden vanaf mijn Samsung Galaxy", cte="7bit")

M("appeal", "nl", "taxes", "Zaakvoerder horeca betwist de forfaitaire grondslag (aanslag van ambtswege) na te laat ingediende aangifte; legt uit waarom en vraagt echte cijfers te gebruiken. Geen 'bezwaarschrift' woord. Lang.",
  ("Nadia Bouzidi", "nadia@frituur-bouzidi.example.be"), "Aanslag van onze frituur - graag op basis van de echte cijfers",
  """Geachte,

Ik ben zaakvoerder van een kleine frituur in Genk (bv, 2 werknemers). Door een zware operatie van mijn man en omdat onze boekhouder plots gestopt is, werd onze aangifte vennootschapsbelasting te laat ingediend. Dat is onze fout, dat weet ik.

Nu krijgen we een aanslag op basis van een forfaitaire winst van 19.000 euro, terwijl onze werkelijke winst volgens de jaarrekening (die intussen wel is neergelegd) 4.870 euro bedraagt. Het verschil in belasting is voor ons enorm.

Ik vraag u vriendelijk om de aanslag te herzien op basis van de jaarrekening en de aangifte die onze nieuwe boekhouder intussen heeft ingediend. Een eventuele boete voor de laattijdigheid aanvaarden wij uiteraard.

Onze nieuwe boekhouder, mevrouw Vos (vos@boekhouding-vos.example.be), mag u rechtstreeks contacteren.

Met vriendelijke groeten,
Nadia Bouzidi
Zaakvoerder""", fmt="alt")

M("information_request", "nl", "pensions", "Vraag van grensarbeider Duitsland: hoe worden Duitse pensioenjaren samengeteld, welk formulier; nogal technisch.",
  ("Luc Schmitz", "luc.schmitz@example.com"), "Pensioen: 12 jaar gewerkt in Aken",
  """Goedendag,

Ik heb 12 jaar in Aken gewerkt (1998-2010) en daarna in België. Ik word volgend jaar 65. Moet ik mijn Duits pensioen zelf aanvragen bij de Deutsche Rentenversicherung, of gebeurt dat automatisch via jullie? En welke gegevens heeft u van mij nodig (mijn Duits Versicherungsnummer heb ik)?

Bedankt en vriendelijke groeten,
Luc Schmitz
Kelmis""")

M("complaint", "nl", "social_security", "Klacht over fout adres: ziekte-uitkeringspost verstuurd naar oud adres ondanks wijziging; vraag aan einde retorisch; windows-1252 QP. Vermeldt beslissing (toekenning) zonder te betwisten.",
  ("Sarah Mertens", "sarah.mertens@example.be"), "Al mijn brieven gaan naar mijn oude adres",
  """Hallo,

Mijn aanvraag werd goedgekeurd, daar ben ik blij om. Maar alle brieven komen nog steeds toe op mijn oude adres in Turnhout, terwijl ik al sinds februari officieel in Geel woon (gemeente heeft dat geregistreerd, mijn identiteitskaart is aangepast).

Mijn vorige huisbaas stuurt ze door "als hij eraan denkt". Eén brief met een vraag om een document heb ik pas gezien toen de termijn al voorbij was. Is het echt zo moeilijk om het rijksregister te raadplegen?

Sarah Mertens""", cs="windows-1252", nl="\r\n")

# ---- drei weitere NL
M("appeal", "nl", "social_security", "Student-zelfstandige moet volledige sociale bijdragen betalen omdat zijn studentenstatuut niet erkend werd (inschrijving avondonderwijs); vraagt het statuut toch toe te kennen; informele stijl met 'ge'.",
  ("Wannes Cools", "wannes.cools@student.example.be"), "Waarom betaal ik als student de volle pot?",
  """Dag,

Ik studeer (bachelor toegepaste informatica, avondonderwijs, 54 studiepunten dit jaar) en ik heb een klein bijberoep als webdesigner. Ik had het statuut van student-zelfstandige aangevraagd, maar ik krijg nu een brief dat ik "gewone" bijdragen moet betalen, zo'n 900 euro per kwartaal, omdat avondonderwijs niet zou tellen.

Ge moet regelmatig ingeschreven zijn om 'student' te zijn, maar mijn inschrijvingsbewijs zegt letterlijk "regelmatig ingeschreven". Ik zou graag hebben dat ge mijn dossier nog eens bekijkt en mij toch als student-zelfstandige erkent. Inschrijvingsbewijs in bijlage.

Wannes""", atts=[attach("inschrijvingsbewijs.pdf", fake_pdf("inschrijving"))], cte="8bit")

M("information_request", "nl", "other", "GDPR-inzageverzoek informeel geformuleerd (welke gegevens hebben jullie over mij en met wie gedeeld); information_request.",
  ("Elke Dumon", "elke.dumon@example.net"), "Welke gegevens hebben jullie over mij?",
  """Beste,

Ik zou graag een kopie krijgen van alle persoonsgegevens die jullie over mij bijhouden, en weten aan welke andere diensten jullie die hebben doorgegeven. Ik beroep me hiervoor op mijn recht op inzage (AVG).

Elke Dumon, geboren 03/07/1990, Brugge""")

M("follow_up", "nl", "social_security", "Follow-up: antwoord op mail van dossierbeheerder (niet de ack), stuurt gevraagde loonfiches; ticket in onderwerp met 'Antw:'.",
  ("Hanne Verbeke", "hanne.verbeke@example.be"), "Antw: PLT-2026-000702 - bijkomende documenten",
  """Dag mevrouw Desmet,

Hierbij de drie loonfiches die u vroeg. Het attest van de werkgever volgt, die is in verlof tot maandag.

Groetjes
Hanne

> Op 12 mrt. 2026 schreef Klachtendienst:
> Kunt u ons de loonfiches van december tot februari bezorgen? Vermeld steeds PLT-2026-000702.""",
  ref="PLT-2026-000702", atts=[attach("loonfiches.pdf", fake_pdf("loonfiches"))])

# ================================================================ DEUTSCH
M("complaint", "de", "taxes", "Ostbelgien: Steuerbescheid/Formulare nur auf Französisch, kein deutschsprachiger Ansprechpartner am Telefon; Beschwerde über Sprache; belgisches Deutsch (Gsm, Eupen). Nennt den Bescheid, bestreitet ihn nicht.",
  ("Herbert Kessler", "herbert.kessler@example.be"), "Wieder alles nur auf Französisch",
  """Sehr geehrte Damen und Herren,

als Bürger der Deutschsprachigen Gemeinschaft (wohnhaft in Eupen) habe ich das Recht, in deutscher Sprache bedient zu werden. Trotzdem habe ich die Anlage zum Steuerbescheid ausschließlich auf Französisch erhalten. Mit dem Betrag selbst bin ich einverstanden, darum geht es nicht.

Als ich die angegebene Nummer anrief, wurde ich dreimal weiterverbunden und landete schließlich bei einer Dame, die mir sagte: „Pas d'allemand ici, monsieur." Auf meinem Gsm habe ich 47 Minuten Wartezeit registriert.

Ich bitte Sie, dafür zu sorgen, dass deutschsprachige Unterlagen und ein deutschsprachiger Ansprechpartner tatsächlich zur Verfügung stehen, wie es das Gesetz vorsieht.

Mit freundlichen Grüßen
Herbert Kessler
Eupen""", cs="windows-1252", cte="quoted-printable")

M("appeal", "de", "taxes", "Grenzgänger Luxemburg (Ostbelgien, St. Vith): Homeoffice-Tage falsch berechnet, Steuer zu hoch; möchte Neuberechnung; benutzt 'nicht einverstanden' statt Einspruch.",
  ("Marco Thommessen", "marco.thommessen@example.lu.example.com"), "Berechnung Homeoffice-Tage Luxemburg nicht korrekt",
  """Guten Tag,

ich wohne in St. Vith und arbeite als Lagerist in Luxemburg (Windhof). In meinem Steuerbescheid wurden 58 Tage als in Belgien gearbeitet angesetzt und hier versteuert. Tatsächlich hatte ich 2025 genau 19 Homeoffice-Tage und 3 Tage Weiterbildung in Lüttich, also 22 Tage. Die restlichen Tage war ich in Luxemburg, das sieht man an der Bescheinigung meines Arbeitgebers (Anlage).

Mit der Berechnung bin ich nicht einverstanden. Könnten Sie den Bescheid bitte mit den richtigen Tagen neu berechnen?

Danke und freundliche Grüße
Marco Thommessen""", atts=[attach("Arbeitgeberbescheinigung_2025.pdf", fake_pdf("bescheinigung"))])

M("complaint", "de", "pensions", "Ältere Person (Tochter tippt): Lebensbescheinigung/Pension in Deutschland wohnhaft; Zahlung zweimal ausgesetzt weil Formular 'nicht angekommen'; Beschwerde über verlorene Unterlagen.",
  ("Ute Brandt", "ute.brandt@example.de.example.org"), "Rente meines Vaters schon wieder gestoppt",
  """Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Herrn Walter Brandt (Jahrgang 1938), der früher 20 Jahre in Belgien (Zeche in Eisden) gearbeitet hat und heute bei mir in Aachen lebt.

Jedes Jahr muss er eine Lebensbescheinigung schicken. Wir schicken sie jedes Jahr per Einschreiben, gestempelt von der Stadt Aachen. Und zum zweiten Mal in drei Jahren wurde die Zahlung eingestellt, weil die Bescheinigung „nicht eingegangen" sei. Den Einschreibebeleg haben wir.

Mein Vater ist 88 und versteht nicht, warum plötzlich kein Geld kommt. Es dauert dann jedes Mal zwei Monate, bis wieder gezahlt wird. So kann man mit alten Menschen nicht umgehen.

Mit freundlichen Grüßen
Ute Brandt (Tochter)""", fmt="alt", atts=[attach("Einschreibebeleg.jpg", b"\xff\xd8\xff\xe0JFIF" * 20, "image/jpeg")])

M("information_request", "de", "social_security", "Kleiner Unternehmer (Ostbelgien): Frage zu Sozialversicherung für Ehepartnerin als Mithelfende; Fragenliste.",
  ("Norbert Hilgers", "hilgers.dachdecker@example.be"), "Meine Frau hilft im Betrieb - wie versichern?",
  """Hallo,

ich habe eine kleine Dachdeckerei in Bütgenbach. Meine Frau macht seit letztem Jahr die Buchhaltung und die Termine, ohne Lohn.

- Muss sie als mithelfende Ehepartnerin angemeldet werden?
- Ab wann ist das Pflicht, und was kostet das ungefähr im Quartal?
- Hat sie dann auch Anrecht auf eine eigene Pension?

Gibt es das irgendwo auf Deutsch erklärt? Danke im Voraus.

Norbert Hilgers
Dachdeckerei Hilgers PGmbH""", cte="8bit")

M("complaint", "de", "unemployment", "Junge Arbeitsuchende: Berater beim Arbeitsamt hat sie herablassend behandelt ('mit Ihrem Abschluss brauchen Sie nicht zu träumen'); Beschwerde Verhalten am Schalter; kurz-mittel.",
  ("Lea Mießen", "lea.miessen@example.com"), "Behandlung bei meinem Termin am Dienstag",
  """Guten Tag,

ich hatte am Dienstag einen Termin zur Einschreibung als Arbeitsuchende. Ich habe eine Ausbildung als Mediengestalterin abgeschlossen und wollte Infos zu Stellen in dem Bereich.

Der Berater hat mich kaum angeschaut, dauernd aufs Handy geguckt und dann gesagt: „Mit so einem Abschluss brauchen Sie hier nicht zu träumen, nehmen Sie was im Supermarkt." Als ich nachgefragt habe, meinte er nur, ich solle „nicht so empfindlich sein".

Ich bin 20 und das war mein erster Kontakt mit Ihrer Behörde. Ich finde, so redet man nicht mit Menschen, die Hilfe suchen.

Lea Mießen""")

M("appeal", "de", "unemployment", "Grenzgänger: in Belgien wohnhaft, in Deutschland entlassen; belgische Arbeitslosenunterstützung abgelehnt wegen fehlendem PD U1; Formular inzwischen da; bittet die Ablehnung aufzuheben.",
  ("Sven Kalf", "sven.kalf@example.net"), "Ablehnung Arbeitslosengeld - PD U1 liegt jetzt vor",
  """Sehr geehrte Damen und Herren,

ich wohne in Raeren und war bis Ende Juni bei einer Firma in Stolberg (Deutschland) beschäftigt. Nach meiner Kündigung habe ich in Belgien Arbeitslosengeld beantragt. Dies wurde abgelehnt, weil das Formular PD U1 fehlte.

Die Agentur für Arbeit hat mir das PD U1 erst jetzt ausgestellt (liegt bei). Ich habe es nicht früher bekommen, trotz mehrfacher Nachfrage dort.

Ich bitte Sie daher, die Ablehnung aufzuheben und meinen Antrag rückwirkend ab dem 1. Juli zu bewilligen.

Mit freundlichen Grüßen
Sven Kalf""", atts=[attach("PD_U1.pdf", fake_pdf("PD U1"))], cs="windows-1252")

M("complaint", "de", "mobility", "Beschwerde: Führerschein-Umtausch (deutscher in belgischen) dauert 5 Monate, kein Ersatzdokument; Handwerker kann nicht zur Baustelle fahren. Kurz, verärgert, keine Umlaute (Tastatur).",
  ("Andreas Hoffmann", "a.hoffmann.elektro@example.com"), "Fuehrerschein seit 5 Monaten weg",
  """Hallo,

ich habe meinen deutschen Fuehrerschein im Mai zum Umtausch abgegeben (Wohnsitz jetzt Kelmis). Seitdem nichts. Kein Dokument, keine Antwort auf Mails, am Telefon heisst es "in Bearbeitung".

Ich bin Elektriker und selbststaendig. Ohne Fuehrerschein keine Baustelle. Meine Frau faehrt mich jeden Tag, das geht so nicht weiter.

Wie lange noch?

A. Hoffmann""", cte="7bit")

M("complaint", "de", "police", "Polizeiverhalten: Beamter bei Verkehrskontrolle duzte und fasste Fahrer mit Behinderung (Spastik) an, unterstellte Alkohol; Beschwerde über Benehmen, Bußgeld gab es keins.",
  ("Christoph Lentz", "christoph.lentz@example.org"), "Verhalten eines Polizisten bei einer Kontrolle in Eupen",
  """Sehr geehrte Damen und Herren,

ich habe eine Zerebralparese mit leichter Spastik, meine Sprache ist etwas verlangsamt. Ich fahre seit 15 Jahren unfallfrei ein umgebautes Auto.

Am Freitag, gegen 17:30 Uhr, wurde ich auf der Herbesthaler Straße kontrolliert. Der Beamte hat mich sofort geduzt, gesagt „du hast doch was getrunken" und mich am Arm aus dem Auto gezogen, bevor ich meinen Behindertenausweis zeigen konnte. Der Alkoholtest war natürlich negativ. Eine Entschuldigung gab es nicht; er sagte nur „dann sprich halt normal".

Ich habe kein Bußgeld bekommen und möchte auch nichts anfechten. Aber ich möchte, dass dieses Verhalten bekannt wird und dass Beamte lernen, mit Menschen mit Behinderung umzugehen.

Christoph Lentz""", fmt="alt", cs="utf-8", cte="base64")

M("information_request", "de", "foreign_affairs", "Studentin: Frage zu Reisepass für Auslandssemester in Japan und ob Visum über die belgische oder japanische Botschaft; kurz.",
  ("Jana Schröder", "jana.schroeder@uni.example.de.example.net"), "Reisepass und Visum für Japan",
  """Hallo zusammen,

ich bin Belgierin (aus Kettenis), studiere in Aachen und gehe im April für ein Semester nach Kyoto. Reicht mein Pass, der im Oktober abläuft? Und muss ich für das Studentenvisum zur japanischen Botschaft nach Brüssel, oder geht das auch über Deutschland?

Liebe Grüße
Jana""")

M("appeal", "de", "social_security", "Selbständige Physiotherapeutin mit chronischer Krankheit: Antrag auf Befreiung von Sozialbeiträgen abgelehnt; bittet, die Entscheidung zu überdenken; Begriff 'überdenken'.",
  ("Sabine Radermacher", "praxis.radermacher@example.be"), "Bitte um nochmalige Prüfung meines Befreiungsantrags",
  """Sehr geehrte Damen und Herren,

im Juli habe ich wegen einer Rheuma-Schubphase beantragt, von den Sozialbeiträgen für das zweite und dritte Quartal befreit zu werden. Meine Praxis war in dieser Zeit an neun von dreizehn Wochen geschlossen.

Heute erhielt ich die Nachricht, dass mein Antrag abgelehnt wurde, weil ich „keine ausreichende finanzielle Notlage" nachweise. Mein Umsatz in diesem Zeitraum lag bei 2.900 EUR, gegenüber 14.000 EUR im Vorjahreszeitraum (Aufstellung meines Buchhalters anbei).

Ich bitte Sie freundlich, die Entscheidung zu überdenken und die Befreiung doch zu gewähren.

Hochachtungsvoll
Sabine Radermacher
Physiotherapie Radermacher, Raeren""", atts=[attach("Umsatzaufstellung_Q2_Q3.pdf", fake_pdf("umsatz"))])

M("complaint", "de", "other", "Barrierefreiheit: Online-Terminbuchung mit Captcha nur visuell, für blinden Nutzer unmöglich; HTML-only; Beschwerde.",
  ("Georg Wintgens", "georg.wintgens@example.com"), "Captcha verhindert Terminbuchung",
  None, fmt="html", html=html_wrap("""<p>Guten Tag,</p>
<p>ich bin blind und nutze einen Screenreader. Ihre neue Terminbuchung im Internet verlangt ein Bild-Captcha (&bdquo;Klicken Sie alle Ampeln an&ldquo;). Eine Audio-Alternative gibt es nicht.</p>
<p>Ich kann also <b>keinen Termin buchen</b>. Am Telefon sagte man mir, Termine gebe es &bdquo;nur noch online&ldquo;.</p>
<p>Das ist eine klare Benachteiligung. Bitte beheben Sie das.</p>
<p>Georg Wintgens</p>"""), cs="iso-8859-1", cte="quoted-printable")

M("complaint", "de", "taxes", "Buchhalterin (Ostbelgien) beschwert sich über falsche Auskunft des Kontrollamts zur MwSt-Befreiung Kleinunternehmer, Kundin muss nachzahlen; erwähnt die Nachforderung ohne sie anzufechten; mit Frage am Ende (rhetorisch).",
  ("Petra Heinen - Buchhaltung Heinen", "info@buchhaltung-heinen.example.be"), "Falsche Auskunft zur Kleinunternehmerregelung",
  """Sehr geehrte Damen und Herren,

für meine Mandantin (Floristin, Eynatten) hatte ich im Januar schriftlich beim zuständigen Amt nachgefragt, ob sie mit einem voraussichtlichen Umsatz von 24.000 EUR die Sonderregelung für Kleinunternehmen behalten kann. Die Antwort per Mail war eindeutig „ja".

Im Oktober wurde bei einer Kontrolle festgestellt, dass die Grenze bei ihrer Tätigkeit anders zu berechnen war. Die Nachforderung ist korrekt berechnet, das bestreiten wir nicht und sie wird bezahlt.

Aber: Wozu fragt man schriftlich bei Ihnen nach, wenn man sich auf die Antwort nicht verlassen kann? Ich erwarte, dass solche Auskünfte künftig geprüft werden, bevor sie verschickt werden.

Petra Heinen
Buchhaltung Heinen - Eynatten""", cs="windows-1252", cte="8bit")

M("appeal", "de", "pensions", "Witwe (Sohn schreibt): Hinterbliebenenpension gekürzt wegen angeblicher Nebeneinkünfte (Vermietung einer Garage); bittet um Korrektur. Ostbelgisch: 'Garage vermieten', 'ÖSHZ'.",
  ("Thomas Lambertz", "thomas.lambertz@example.be"), "Kürzung der Hinterbliebenenpension meiner Mutter",
  """Guten Tag,

meine Mutter, Frau Maria Lambertz-Cremer aus Weywertz, hat eine Kürzung ihrer Hinterbliebenenpension erhalten, weil sie angeblich eine „berufliche Tätigkeit" ausübt.

Sie vermietet eine Garage an den Nachbarn für 40 Euro im Monat. Das ist keine berufliche Tätigkeit, das steht so auch in ihrer Steuererklärung als Immobilieneinkommen. Sonst hat sie nur ihre Pension; das ÖSHZ hilft ihr schon beim Heizöl.

Wir sind mit der Kürzung nicht einverstanden und bitten Sie, die Pension wieder in voller Höhe zu zahlen und den einbehaltenen Betrag zu erstatten.

Mit freundlichen Grüßen
Thomas Lambertz (Sohn, mit Vollmacht)""")

M("complaint", "de", "foreign_affairs", "Beschwerde: Konsulat in Istanbul (example) unfreundlich, Termin nach 3 Stunden Wartezeit abgesagt; gemischtes Anliegen (auch Frage nach neuem Termin) — dominant Beschwerde. Schreibt in zweiter Sprache leicht fehlerhaft.",
  ("Emre Aydin", "emre.aydin@example.com"), "Konsulat - schlechte Behandlung und kein Termin",
  """Sehr geehrte Dammen und Herren,

ich bin belgische Staatsbürger, wohne in Eupen, und war im Sommer bei Familie in Istanbul. Meine Ausweis wurde gestohlen und ich bin zum Konsulat gegangen mit Termin um 9 Uhr.

Ich habe drei Stunden gewartet draussen in die Sonne mit meine kleine Tochter. Dann eine Mitarbeiterin hat gesagt "heute nicht mehr, kommen Sie nächste Woche", sehr unfreundlich, und die Tür zu gemacht. Mein Flug war am übernächsten Tag, ich musste neue Flug kaufen, 380 Euro.

Ich finde das nicht korrekt. Ich möchte dass Sie wissen wie man behandelt wird. Und bitte sagen Sie mir auch, ob ich die Kosten für den Flug zurückbekommen kann.

Emre Aydin""", cte="8bit")

M("information_request", "de", "taxes", "Rentner: Frage, ob er als in Deutschland lebender Belgier mit belgischer Pension eine Steuererklärung für Nichteinwohner machen muss; knapp, höflich, iso-8859-1.",
  ("Rolf Dederichs", "rolf.dederichs@example.de.example.net"), "Steuererklärung Nichteinwohner - muss ich?",
  """Sehr geehrte Damen und Herren,

ich bin Belgier, 72 Jahre, beziehe eine belgische Pension (öffentlicher Dienst) und wohne seit diesem Jahr in Monschau (Deutschland). Muss ich in Belgien eine Erklärung als Nichteinwohner abgeben, und wenn ja, bekomme ich das Formular automatisch zugeschickt?

Mit freundlichem Gruß
R. Dederichs""", cs="iso-8859-1", cte="8bit")

M("follow_up", "de", "mobility", "Follow-up: Antwort auf Eingangsbestätigung, reicht das fehlende Dokument nach; zitierte Ack mit 'Am ... schrieb'; In-Reply-To.",
  ("Andrea Kohnen", "andrea.kohnen@example.be"), "AW: [PLT-2026-000481] Eingangsbestätigung Ihrer Beschwerde",
  """Guten Tag,

anbei noch die Kopie der Zulassungsbescheinigung, die ich in meiner ersten Mail vergessen hatte.

Gruß
Andrea Kohnen""" + quote(ack_text("PLT-2026-000481", "de"), "Beschwerdestelle <plaintes.klachten@federal.example.be>", "Am 02.03.2026 um 10:00 schrieb"),
  ref="PLT-2026-000481", reply_ack=True, atts=[attach("Zulassung.pdf", fake_pdf("zulassung"))])

M("follow_up", "de", "unemployment", "Follow-up ohne Re:, mit Ticketnummer in Kleinbuchstaben im Text ('plt-2026-000129'); fragt nach Stand; Handy-getippt.",
  ("Kevin Jousten", "kevin.jousten@example.com"), "Meine Beschwerde vom Januar",
  """Hallo, ich hab im Januar geschrieben wegen meinem Arbeitslosengeld (Nummer plt-2026-000129). Seitdem nix gehört. Gibts was neues??

Gesendet von meinem Handy""", ref="PLT-2026-000129", cte="7bit")

M("follow_up", "de", "taxes", "Follow-up: Buchhalter schreibt erneut, ergänzt Infos und droht mit Ombudsmann; zitiert eigene vorherige Mail, nicht die Ack. Dominant follow_up (kein neues Anliegen).",
  ("Dieter Schmetz", "d.schmetz@steuerbuero-schmetz.example.be"), "Nochmals: PLT-2026-000318 / Mandant Brauerei Keutgen",
  """Sehr geehrte Damen und Herren,

zu meiner Beschwerde PLT-2026-000318 (Erstattung MwSt-Guthaben Brauerei Keutgen) teile ich Ihnen mit, dass das Guthaben inzwischen auf 21.430 EUR gestiegen ist. Ich bitte um eine kurze Rückmeldung zum Stand. Ohne Antwort bis Monatsende wende ich mich an den föderalen Ombudsmann.

Mit freundlichen Grüßen
Dieter Schmetz

----- Ursprüngliche Nachricht -----
Von: Dieter Schmetz
Gesendet: Montag, 9. Februar 2026
Betreff: Erstattung MwSt-Guthaben Brauerei Keutgen
> Seit 8 Monaten warten wir auf die Erstattung des MwSt-Guthabens unseres Mandanten ...""",
  ref="PLT-2026-000318", cs="windows-1252")

M("auto_reply", "de", "other", "Abwesenheitsnotiz mit Auto-Submitted, Antwort auf unsere Eingangsbestätigung; Kur.",
  ("Gisela Michels", "gisela.michels@example.be"), "Automatische Antwort: [PLT-2026-000664] Eingangsbestätigung Ihrer Beschwerde",
  """Ich bin bis zum 28. Mai zur Kur und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Sohn unter 087 00 00 00.

Gisela Michels""", ref="PLT-2026-000664", reply_ack=True, extra=[("Auto-Submitted", "auto-replied")])

M("auto_reply", "de", "other", "Abwesenheit ohne Header, Steuerbüro in der Steuersaison, Betreff ohne Ticket, zweisprachig DE/FR aber überwiegend DE.",
  ("Steuerbüro Langer", "kanzlei@steuerbuero-langer.example.be"), "Abwesenheit / Absence",
  """Vielen Dank für Ihre Nachricht.

Unser Büro ist wegen Betriebsferien vom 4. bis 22. August geschlossen. Ihre E-Mail wird nach unserer Rückkehr bearbeitet. Fristen für Steuererklärungen werden selbstverständlich eingehalten.

(FR) Notre bureau est fermé du 4 au 22 août.

Steuerbüro Langer, St. Vith""")

M("auto_reply", "de", "other", "Automatische Eingangsbestätigung eines Ticketsystems (Firma), multipart/alternative, X-Autoreply + Auto-Submitted, enthält eigene Ticketnummer und unsere im Betreff mit 'Re:'.",
  ("Kundenservice Autohaus Pelzer", "service@autohaus-pelzer.example.de.example.com"), "Re: [PLT-2026-000521] Eingangsbestätigung Ihrer Beschwerde [Ticket#2026031910000412]",
  """Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Anfrage. Diese wurde unter der Ticketnummer 2026031910000412 erfasst. Wir melden uns innerhalb von 48 Stunden.

Ihr Kundenservice-Team
Autohaus Pelzer GmbH""", ref="PLT-2026-000521", reply_ack=True, fmt="alt", extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")])

M("auto_reply", "de", "other", "Sehr kurze Abwesenheitsnotiz ohne Header, Elternzeit; nur ein Satz.",
  ("Julia Kever", "julia.kever@example.org"), "Abwesend",
  "Ich bin bis Ende März in Elternzeit. Ihre Mail wird nicht weitergeleitet.")

M("bounce", "de", "other", "Postfix-DSN auf Deutsch (multipart/report), Benutzer unbekannt; Original als message/rfc822 mit Ticketnummer.",
  ("Mail Delivery System", "MAILER-DAEMON@mx01.provider-ostbelgien.example.net"), "Unzustellbar: [PLT-2026-000847] Eingangsbestätigung Ihrer Beschwerde",
  None, ref="PLT-2026-000847",
  part=dsn("""Dies ist das Mailsystem des Rechners mx01.provider-ostbelgien.example.net.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden. Die beigefügte Nachricht wurde zurückgeschickt.

<b.schumacher@provider-ostbelgien.example.net>: Benutzer unbekannt in lokaler Empfängertabelle""",
           "utf-8", "b.schumacher@provider-ostbelgien.example.net", "5.1.1", "550 5.1.1 <b.schumacher@provider-ostbelgien.example.net>: Recipient address rejected: User unknown in local recipient table",
           "mx01.provider-ostbelgien.example.net", ack_headers_block("PLT-2026-000847", "de", "b.schumacher@provider-ostbelgien.example.net"), ack_text("PLT-2026-000847", "de")),
  extra=[("Auto-Submitted", "auto-replied")])

M("bounce", "de", "other", "Exim-Bounce im Klartext auf Deutsch, ohne multipart/report; Quota überschritten; Kopfzeilen der Original-Antwort ohne Ticketnummer.",
  ("Mail Delivery System", "Mailer-Daemon@mail.webhost.example.de.example.org"), "Mail delivery failed: returning message to sender",
  """Diese Nachricht wurde automatisch vom Mailprogramm erzeugt.

Eine an folgende Adresse gesendete Nachricht konnte nicht zugestellt werden. Dies ist ein permanenter Fehler.

  info@pension-waldblick.example.de.example.org
    Speicherplatz des Postfachs überschritten (quota exceeded)

------ Dies ist eine Kopie der Kopfzeilen der Nachricht. ------

From: plaintes.klachten@federal.example.be
To: info@pension-waldblick.example.de.example.org
Subject: Ihre Anfrage zur Anmeldung von Saisonarbeitskräften
Date: Wed, 18 Mar 2026 09:10:22 +0100""", cte="8bit", extra=[("X-Failed-Recipients", "info@pension-waldblick.example.de.example.org"), ("Auto-Submitted", "auto-replied")])

M("spam", "de", "other", "Phishing: gefälschte 'Steuerrückerstattung' mit Aktenzeichen-Betreff, Look-alike-Domain, HTML mit Formular-Link.",
  ("Föderaler Öffentlicher Dienst Finanzen", "erstattung@foed-finanzen-service.example.com"), "Aktenzeichen 2026/BE/77814 - Ihre Rückerstattung ist bereit",
  None, fmt="html", html=html_wrap("""<table width="100%" style="background:#f2f2f2"><tr><td style="padding:20px">
<p><b>Mitteilung über eine Steuerrückerstattung</b></p>
<p>Sehr geehrter Steuerzahler,</p>
<p>nach Prüfung Ihrer Steuerunterlagen steht Ihnen eine Rückerstattung von <b>612,40 EUR</b> zu. Aufgrund falscher Bankdaten konnte die Zahlung nicht erfolgen.</p>
<p>Bitte aktualisieren Sie Ihre Daten innerhalb von 72 Stunden:</p>
<p><a href="https://foed-finanzen-service.example.com/rueckerstattung/formular.php">Rückerstattung jetzt anfordern</a></p>
<p>Aktenzeichen: 2026/BE/77814</p>
</td></tr></table>"""), cs="utf-8", cte="base64")

M("spam", "de", "other", "CEO-Fraud: angeblicher Generaldirektor bittet dringend um vertrauliche Überweisung, kurze Mail, Reply-To abweichend.",
  ("Generaldirektor", "direktion.foed@example.com"), "Vertraulich - kurze Frage",
  """Guten Tag,

sind Sie gerade am Arbeitsplatz? Ich brauche Ihre Hilfe bei einer vertraulichen Überweisung für eine Akquisition, die heute noch erfolgen muss. Ich bin in einer Sitzung und nur per Mail erreichbar.

Bitte antworten Sie schnell.

Gesendet von meinem iPad""", extra=[("Reply-To", "gd.vertraulich@example.org")], cte="8bit")

M("spam", "de", "other", "Krypto-/Investmentbetrug auf Deutsch mit 'garantierter Rendite', Plaintext mit vielen Links.",
  ("Dr. Klaus Berger | Vermögensberatung", "k.berger@kapital-invest-ag.example.net"), "Garantierte 14 % Rendite - exklusiv für Beamte",
  """Sehr geehrte Damen und Herren,

als Angestellte im öffentlichen Dienst haben Sie Zugang zu einem exklusiven Programm: unser KI-gestützter Bitcoin-Handelsalgorithmus erzielt seit 2019 garantiert 14 % Rendite pro Monat.

Mindesteinlage: 500 EUR. Auszahlung jederzeit.

Jetzt registrieren: https://kapital-invest-ag.example.net/start
Erfahrungsberichte: https://kapital-invest-ag.example.net/kunden

Dieses Angebot gilt nur bis Freitag.

Dr. Klaus Berger""")

M("spam", "de", "other", "Gefälschte Paketbenachrichtigung (Zollgebühr 1,99 EUR) mit Link; kurz, Windows-1252.",
  ("Paketdienst Zustellung", "info@paket-zoll-belgien.example.org"), "Ihr Paket wartet: Zollgebühr ausstehend",
  """Ihr Paket mit der Sendungsnummer BE4418273 konnte nicht zugestellt werden, da eine Zollgebühr von 1,99 EUR aussteht.

Bezahlen Sie jetzt, um die Rücksendung zu vermeiden: https://paket-zoll-belgien.example.org/zahlung

Ihr Zustellteam""", cs="windows-1252")

M("complaint", "de", "social_security", "Beschwerde: Krankenkasse/INAMI-ähnliche Dienststelle überweist Invalidenrente seit 3 Monaten zu spät; Kleinunternehmerin mit MS; mittlere Länge, frage im Betreff aber Beschwerde.",
  ("Monika Reuter", "monika.reuter@example.com"), "Warum kommt das Geld jeden Monat später?",
  """Guten Tag,

seit August kommt meine Invaliditätsentschädigung jeden Monat ein paar Tage später: erst am 5., dann am 11., jetzt am 19. Ich habe MS und musste mein Nähatelier aufgeben. Meine Daueraufträge für Miete und Versicherung platzen, die Bank berechnet jedes Mal Gebühren.

Niemand kann mir am Telefon erklären warum. "Technische Gründe". Es ist einfach zermürbend, wenn man schon krank ist.

Monika Reuter
Kelmis""", cs="iso-8859-1", nl="\r\n")

# ---- sechs weitere DE
M("appeal", "de", "social_security", "Weitergeleitet von anderer Behörde (message/rfc822): Bürgerin möchte, dass die Verweigerung des Parkausweises für Menschen mit Behinderung geändert wird; Deckblatt der Gemeinde ohne eigenes Anliegen. Dominant appeal.",
  ("Gemeinde Lontzen - Sozialdienst", "sozialdienst@lontzen.example.be"), "WG: Parkausweis Frau Nelles - Zuständigkeit FÖD",
  None, part=fwd_rfc822("""Sehr geehrte Damen und Herren,

anbei die E-Mail von Frau Nelles, die sich an unsere Gemeinde gewandt hat. Die Angelegenheit fällt in Ihre Zuständigkeit; wir leiten sie daher weiter.

Mit freundlichen Grüßen
Sozialdienst der Gemeinde Lontzen""", "utf-8",
  "From: Irmgard Nelles <irmgard.nelles@example.net>\nTo: sozialdienst@lontzen.example.be\nSubject: =?utf-8?q?Parkausweis_abgelehnt?=\nDate: Mon, 09 Mar 2026 18:22:00 +0100\nMessage-ID: <inner.4471@example.net>\n",
  """Guten Tag,

ich habe nach meiner zweiten Hüftoperation einen Parkausweis für Menschen mit Behinderung beantragt und eine Absage bekommen, weil ich „nicht genug Punkte" habe. Ich kann keine 100 Meter ohne Rollator gehen. Mein Orthopäde hat das bestätigt.

Könnten Sie dafür sorgen, dass das noch einmal angeschaut wird und ich den Ausweis doch bekomme? Ich weiß nicht, an wen ich mich sonst wenden soll.

Irmgard Nelles, Herbesthal"""))

M("appeal", "de", "taxes", "Kleinunternehmer (Imbiss) bestreitet Kfz-Steuer-Nachforderung für ein Fahrzeug, das seit Monaten abgemeldet ist; Ton gereizt, ohne Rechtsbegriffe; möchte Rücknahme.",
  ("Ahmet Öztürk", "oeztuerk.imbiss@example.com"), "Rechnung für Auto das ich nicht mehr habe",
  """Hallo

ich habe wieder eine Zahlungsaufforderung bekommen für die Verkehrssteuer für meinen Lieferwagen, 312 Euro. Den Wagen habe ich im Februar verkauft und das Nummernschild abgemeldet, die Bestätigung hab ich (Anlage).

Das ist jetzt schon das zweite mal. Nehmen Sie diese Rechnung bitte zurück, ich zahle nicht für ein Auto das ein anderer fährt.

Ahmet Öztürk
Imbiss Öztürk, Eupen""", atts=[attach("Abmeldung.pdf", fake_pdf("abmeldung"))], cte="8bit")

M("appeal", "de", "unemployment", "Jugendlicher: Eingliederungszeit nicht anerkannt, weil Ausbildung im Ausland (Deutschland); bittet um Anerkennung; mittellang, Webformular-Meldung mit Reply-To.",
  ("Webformular", "no-reply-webform@federal.example.be"), "Neue Nachricht über das Beschwerdeformular",
  webform("de", [("Name", "Luca Weynand"), ("E-Mail", "luca.weynand@example.net"), ("Sprache", "DE"),
                 ("Betreff", "Eingliederungszeit"),
                 ("Nachricht", "Mir wurde mitgeteilt, dass meine Berufsausbildung in Aachen nicht für das Eingliederungsgeld zählt, weil sie im Ausland war. Ich wohne aber seit meiner Geburt in Walhorn und die Ausbildung ist in der DG anerkannt (Bescheinigung vom Ministerium liegt vor). Ich bitte Sie, die Entscheidung zu ändern und meine Ausbildung anzuerkennen.")],
          "Über das Online-Formular wurde eine neue Nachricht eingereicht."),
  extra=[("Reply-To", "luca.weynand@example.net")])

M("information_request", "de", "pensions", "Frage einer Grenzgängerin (wohnt in Belgien, arbeitet in Luxemburg Teilzeit): wie Teilzeitjahre für die belgische Pension zählen; enthält leichte Klage über Broschüre, dominant Frage.",
  ("Nicole Hansen", "nicole.hansen@example.lu.example.org"), "Teilzeit in Luxemburg und belgische Pension",
  """Guten Tag,

ich arbeite seit 2012 halbtags in Luxemburg und wohne in Burg-Reuland. Werden diese Jahre bei der belgischen Pension irgendwie berücksichtigt, oder bekomme ich später zwei getrennte Pensionen? Ihre Broschüre erklärt nur Vollzeit, das hilft mir nicht weiter.

Und: Kann ich eine Simulation bekommen, die beide Länder einbezieht?

Danke
Nicole Hansen""")

M("information_request", "de", "other", "Auskunftsersuchen nach DSGVO Art. 15, förmlich, von Jurastudent; information_request.",
  ("Felix Gennen", "felix.gennen@example.com"), "Auskunftsersuchen gemäß Art. 15 DSGVO",
  """Sehr geehrte Damen und Herren,

hiermit ersuche ich Sie gemäß Art. 15 DSGVO um Auskunft, ob und welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger sie übermittelt wurden und wie lange sie gespeichert werden. Bitte stellen Sie mir zudem eine Kopie dieser Daten zur Verfügung.

Zur Identifizierung: Felix Gennen, geb. 22.11.2001, Eupen.

Mit freundlichen Grüßen
Felix Gennen""")

M("complaint", "de", "pensions", "Sehr kurz: Pensionsdienst antwortet seit Monaten nicht auf Briefe, Anrufer landet in Warteschleife; Nachricht im Betreff fast komplett.",
  ("Hubert Pauels", "h.pauels@example.be"), "Seit 4 Monaten keine Antwort vom Pensionsdienst",
  "Drei Briefe, keine Antwort. Telefon: Warteschleife, dann aufgelegt. Ich bin 79. So nicht.\n\nH. Pauels, Amel", cte="8bit")

# ================================================================ ENGLISH
M("complaint", "en", "taxes", "Expat startup founder: tax portal rejects non-Belgian ID (no itsme), helpdesk only in FR/NL, cannot file VAT; complaint about access. multipart/alternative.",
  ("Priya Raman", "priya@lumen-analytics.example.com"), "Locked out of every online service because I'm not Belgian",
  """Hello,

I run a four-person data consultancy in Leuven (BV, VAT-registered since March). I am an Indian national with a Belgian residence card.

I cannot log into the tax portal: it requires an app that refuses my residence card, and the alternative "token" login was discontinued. Your helpdesk told me, in Dutch, to "ask my accountant". My accountant's mandate cannot be activated because that also requires me to log in first.

So I am stuck in a loop, and the first VAT return is due in three weeks. I have spent about eleven hours on this. Please escalate this to someone who can actually fix access for non-Belgian company directors.

Regards,
Priya Raman
Founder, Lumen Analytics BV""", fmt="alt")

M("appeal", "en", "unemployment", "International graduate: unemployment/insertion benefit refused because Spanish degree not recognised; asks to reconsider without legal words; second-language English.",
  ("Álvaro Ruiz", "alvaro.ruiz.m@example.net"), "Please reconsider - my diploma from Spain",
  """Dear Sir or Madam,

I finished my studies of engineering in Valencia in 2024 and came to Brussels with my partner. I am registered as job seeker since 10 months. Now I received letter that I have no right on the insertion allowance because my studies "were not done in Belgium or recognised".

But I have the equivalence of my diploma from the French Community since January (I attach it). I think maybe the person did not see this document. Could you please look again at my file and change the decision? It is very difficult without any income.

Thank you very much,
Álvaro Ruiz""", atts=[attach("equivalence_diploma.pdf", fake_pdf("equivalence"))])

M("information_request", "en", "social_security", "Dutch frontier worker (lives NL, works Antwerp): which country's health insurance, form S1; brief and practical.",
  ("Joost van Leeuwen", "joost.vanleeuwen@example.nl.example.com"), "S1 form - living in Breda, working in Antwerp",
  """Hi,

I'm starting a job at the port of Antwerp next month but will keep living in Breda (NL). Which health insurance do I need, Belgian or Dutch, and who gives me the S1 form? Do I need to register with a Belgian health fund even if my family is insured in NL?

Cheers,
Joost""", cte="7bit")

M("complaint", "en", "police", "Police conduct: officer at Zaventem airport border check mocked a deaf traveller, refused to write questions down; complaint on conduct. HTML-only.",
  ("Hannah O'Brien", "hannah.obrien@example.org"), "Treatment of a deaf passenger at border control",
  None, fmt="html", html=html_wrap("""<p>Dear Sir/Madam,</p>
<p>I am profoundly deaf and travelled through Brussels Airport on the 14th (arrival from Dublin, around 11:15). At passport control I showed the officer a card explaining that I am deaf and asked him to write his questions down.</p>
<p>He refused, raised his voice, and then said to his colleague, in English so that the queue could hear: <em>"She can hear fine, she's just playing games."</em> I was made to wait to the side for 25 minutes, without explanation, before another officer let me through in two minutes using a notepad.</p>
<p>I am not contesting any decision &mdash; I was let in. I am complaining about the humiliating way I was treated. I would like to know what training officers receive on disability.</p>
<p>Hannah O'Brien</p>"""), cte="quoted-printable")

M("appeal", "en", "taxes", "Accountant writes for client (non-resident landlord in UK): property tax assessment wrong owner share (100% instead of 50%); asks correction; formal, no 'appeal'.",
  ("Graham Whitfield ACA", "g.whitfield@whitfield-accounts.example.co.example.com"), "Non-resident assessment - Mr D. Patel - incorrect ownership share",
  """Dear Sir or Madam,

We act for Mr Dev Patel, resident in Leicester (UK), who co-owns an apartment in Ghent with his sister in equal shares.

The non-resident assessment issued last month taxes 100% of the rental income in Mr Patel's name. His sister has also been assessed on 50% of the same income. The notarial deed (attached) clearly shows a 50/50 split, so the income is being taxed one and a half times.

We would be grateful if you could amend Mr Patel's assessment to reflect his 50% share and refund the excess already paid.

Yours faithfully,
Graham Whitfield ACA
Whitfield & Co Chartered Accountants""", atts=[attach("notarial_deed_extract.pdf", fake_pdf("deed"))], cs="windows-1252")

M("complaint", "en", "pensions", "Retired British expat (daughter helps): pension statement sent to wrong country, documents lost; complaint about lost mail and no reply. Long, older style.",
  ("Margaret Doyle (via her daughter Siobhan)", "siobhan.doyle@example.com"), "My mother's pension papers - sent to an address she left 6 years ago",
  """To whom it may concern,

I am writing on behalf of my mother, Mrs Margaret Doyle, aged 86, who worked for 22 years at an international school in Brussels and now lives with me in Cork, Ireland. She has dictated most of this letter and asked me to type it.

Since 2020 we have notified your office three times, in writing, of her new address. Nevertheless the annual statement and, more worryingly, a form she was supposed to sign and return were sent to her old flat in Etterbeek. The new occupants kindly forwarded some of it, but the form arrived after the deadline and her payment was suspended for two months.

When we telephoned we were told the change "had not been processed" and that we should send it again. We have now done so for the fourth time, by registered post. We have heard nothing.

My mother is not angry so much as bewildered. She always thought of Belgian administration as very thorough. We simply ask that her address be corrected once and for all, and that someone confirm it in writing.

Yours sincerely,
Siobhan Doyle
on behalf of Mrs Margaret Doyle""", cs="utf-8", cte="8bit")

M("complaint", "en", "foreign_affairs", "Belgian student abroad: consulate emergency line unreachable during hospitalisation in Bangkok; complaint with grumbling question; phone-typed, no caps.",
  ("Noah Verstraeten", "noah.v@example.com"), "your emergency number doesnt work",
  """hi

i'm belgian, studying in thailand, had a scooter accident last week and ended up in hospital in bangkok with no passport (lost in the crash). called the embassy emergency number from the website 6 times over 2 days. it just rings or goes to a voicemail in french saying the office is closed. what is the point of an emergency line that nobody answers??

my mum eventually got through from belgium via the main switchboard. but i was alone and scared for 2 days.

noah

sent from my phone""", cte="7bit")

M("information_request", "en", "taxes", "Freelance translator from Germany moving to Belgium: asks how to register as self-employed and for VAT, plus small grumble about English info; dominant question. Mixed style.",
  ("Katarina Novak", "k.novak.translations@example.net"), "Registering as a freelancer - where do I start?",
  """Hello,

I'm moving from Cologne to Liège in January and will continue working as a freelance translator (mostly for German and Croatian clients). What are the steps to register as self-employed in Belgium? Do I need a VAT number if I only invoice companies abroad? And do I register for social contributions before or after the enterprise number?

Most pages I find are only in French or Dutch, which is fine for reading but I want to be sure I understand the details correctly.

Many thanks,
Katarina Novak""")

M("appeal", "en", "social_security", "Person with disability (wheelchair user, part-time remote developer): allowance reduced because of income; asks to recalculate using net not gross; clear disagreement without legal wording.",
  ("Samir Haddad", "samir.haddad@example.org"), "My integration allowance was cut - I think the income figure is wrong",
  """Dear team,

I'm a wheelchair user and work 20 hours a week from home as a software developer. Last month I received a letter saying my integration allowance is reduced by about 40% from January because of my income.

Looking at the calculation, you used my gross salary including my employer's contributions (EUR 31,200) instead of the taxable income on my tax assessment (EUR 19,870). That seems to be the reason for the big cut.

I don't agree with the new amount and would like you to recalculate it using the correct income. My tax assessment is attached.

Kind regards,
Samir Haddad""", atts=[attach("tax_assessment.pdf", fake_pdf("assessment"))], cte="base64")

M("complaint", "en", "mobility", "Small business owner (food truck): vehicle registration for converted truck lost in system twice, inspection booked but certificate missing; complaint long, angry but polite.",
  ("Luca Bianchi", "luca@trucktoria.example.com"), "Our food truck has been off the road for 9 weeks",
  """Good afternoon,

We run a small food truck business (two employees) and converted a used van last spring. Since then:

1. Registration request submitted online in August - "file not found" after three weeks.
2. Resubmitted with the garage's help in September - a letter asked for the technical inspection certificate, which we had attached.
3. Sent it again by post - no response.

We have lost the whole autumn market season. That's around EUR 14,000 in revenue for a business our size, and I had to put one of my staff on temporary unemployment.

I'm not looking for someone to blame. I'd just like a real person to look at the file, tell me what is missing, and call me back. Is that too much to ask?

Luca Bianchi
Trucktoria - Italian street food""", fmt="alt", cs="iso-8859-1")

M("complaint", "en", "unemployment", "Very short complaint: rude call-centre agent hung up. One-liner plus signature.",
  ("Ben Carter", "ben.carter@example.com"), "Rude agent",
  "Your agent (Tuesday ~2pm) called me 'another lazy one' and hung up when I asked about my payment date. Not acceptable.\n\nBen Carter")

M("information_request", "en", "foreign_affairs", "Elderly couple (son writes) asks about legalising a Belgian marriage certificate for use in Australia; apostille; polite.",
  ("Daniel Meyers", "daniel.meyers@example.org"), "Apostille for my parents' marriage certificate",
  """Good morning,

My parents (both in their eighties, married in Antwerp in 1962) are emigrating to live near me in Perth, Western Australia. The Australian authorities want an apostille on their Belgian marriage certificate.

Can this be requested by post or email, or does someone have to come in person? My parents can't easily travel to Brussels. I'm happy to arrange a courier.

Best regards,
Daniel Meyers""")

M("appeal", "en", "pensions", "Frontier worker pension: Belgian pension office refused to count 3 years worked in Luxembourg under EU rules; asks to take them into account; written by accountant-friend; concise.",
  ("Robert Klein", "r.klein@example.lu.example.net"), "Luxembourg years missing from my pension decision",
  """Dear Sir or Madam,

Your pension decision of last month does not include my employment in Luxembourg from 1991 to 1994 (Arbed, Esch-sur-Alzette), although I supplied the E205 form. As I understand it, these periods should at least be totalised for the eligibility condition for early retirement.

Without them, my early retirement date moves by 14 months. Please re-examine the decision with the Luxembourg periods included.

Regards,
Robert Klein""")

M("complaint", "en", "social_security", "Parent of disabled child: allowance office website online form crashes on upload, lost a half-filled form 3 times; complaint broken website; mentions approval of last year.",
  ("Emily Chen", "emily.chen@example.net"), "Upload form keeps crashing",
  """Hi,

Last year our son's supplementary allowance was renewed without a problem, so I know the process. This year, the online renewal form crashes every single time I upload the medical report (a 2 MB PDF). It logs me out and everything I've typed is gone. Three times now, 40 minutes each.

I'm a single parent of a child with cerebral palsy. I really don't have two spare hours for your website. Please fix it, or tell me how to send it on paper.

Emily""")

M("follow_up", "en", "foreign_affairs", "Follow-up reply to acknowledgement: adds flight details; quoted ack below with Outlook header; In-Reply-To.",
  ("Noura Saleh", "noura.saleh@example.com"), "RE: [PLT-2026-000395] Acknowledgement of your complaint",
  """Hello,

To add to my complaint: my emergency travel document was finally issued, but only after I had rebooked my flight twice (receipts attached). I'd like this to be included in the file.

Noura Saleh

From: Complaints Service <plaintes.klachten@federal.example.be>
Sent: Monday, 2 March 2026 10:00
To: noura.saleh@example.com
Subject: [PLT-2026-000395] Acknowledgement of your complaint

""" + ack_text("PLT-2026-000395", "en"), ref="PLT-2026-000395", reply_ack=True, atts=[attach("rebooking_receipts.pdf", fake_pdf("receipts"))])

M("follow_up", "en", "taxes", "Follow-up: accountant chases for news, reference in subject with 'Chasing:', previous ticket from 2025.",
  ("Olivia Grant", "o.grant@grant-tax.example.com"), "Chasing: PLT-2025-004127 - VAT refund Bright Dental BV",
  """Dear colleagues,

It has been four months since our complaint PLT-2025-004127 was acknowledged. Could you please let me know whether the VAT refund for our client has been released, or whether anything else is needed from us?

Many thanks,
Olivia Grant""", ref="PLT-2025-004127")

M("auto_reply", "en", "other", "Out-of-office with Auto-Submitted, replying to acknowledgement; conference travel.",
  ("Dr. Aisha Mensah", "a.mensah@example.org"), "Automatic reply: [PLT-2026-000724] Acknowledgement of your complaint",
  """Thank you for your email. I am attending a conference in Lisbon until 12 June with limited access to email. For urgent matters please contact my assistant at office.mensah@example.org.

Aisha""", ref="PLT-2026-000724", reply_ack=True, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "a.mensah@example.org")])

M("auto_reply", "en", "other", "Helpdesk auto-acknowledgement from a company (no auto headers), own ticket number, no PLT reference.",
  ("Support", "support@cloudbooks.example.com"), "[CB-554812] We've received your request",
  """Hi there,

Thanks for reaching out! This is an automated message to let you know we've received your request (ticket CB-554812). One of our support specialists will get back to you within 1 business day.

In the meantime, you might find an answer in our Help Centre: https://help.cloudbooks.example.com

- The CloudBooks Team""", fmt="alt")

M("auto_reply", "en", "other", "Out-of-office without auto headers, subject 'Re: [PLT-...]', body mentions leaving the company (mailbox no longer monitored).",
  ("Tom Fletcher", "tom.fletcher@example.co.example.com"), "Re: [PLT-2026-000287] Acknowledgement of your complaint",
  """Hello,

I have left the company and this mailbox is no longer monitored. Please redirect your message to accounts@example.co.example.com.

Thank you.""", ref="PLT-2026-000287", reply_ack=True)

M("auto_reply", "en", "other", "Vacation responder, HTML-only with X-Autoreply and Precedence; no ticket.",
  ("Rachel Goldberg", "rachel.goldberg@example.net"), "Away until Monday",
  None, fmt="html", html=html_wrap("<p>Hi! I'm away with family until Monday and won't be checking email. I'll reply when I'm back. &#127796;</p><p>Rachel</p>"),
  extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

M("bounce", "en", "other", "Gmail-style DSN (multipart/report), address not found; headers only of our acknowledgement.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com"), "Delivery Status Notification (Failure)",
  None, ref="PLT-2026-000952",
  part=dsn("""** Address not found **

Your message wasn't delivered to j.oconnell1987@gmail.example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.""",
           "utf-8", "j.oconnell1987@gmail.example.com", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.",
           "mx.googlemail.example.com", ack_headers_block("PLT-2026-000952", "en", "j.oconnell1987@gmail.example.com"),
           html_human="<html><body><h3>Address not found</h3><p>Your message wasn't delivered to <b>j.oconnell1987@gmail.example.com</b> because the address couldn't be found, or is unable to receive mail.</p></body></html>"),
  extra=[("Auto-Submitted", "auto-replied")])

M("bounce", "en", "other", "Exchange NDR in English, relay denied / spam rejection; returns full ack as message/rfc822.",
  ("Microsoft Outlook", "postmaster@corp-mail.example.net"), "Undeliverable: [PLT-2026-000413] Acknowledgement of your complaint",
  None, ref="PLT-2026-000413",
  part=dsn("""Delivery has failed to these recipients or groups:

finance@harbourline-shipping.example.net
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:
Generating server: EX01.corp-mail.example.net
Remote Server returned '550 5.7.1 Message rejected as spam by Content Filtering.'""",
           "utf-8", "finance@harbourline-shipping.example.net", "5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering.",
           "EX01.corp-mail.example.net", ack_headers_block("PLT-2026-000413", "en", "finance@harbourline-shipping.example.net"), ack_text("PLT-2026-000413", "en")))

M("spam", "en", "other", "Security-team sample: phishing 'mailbox quota exceeded - verify your account' impersonating IT helpdesk, look-alike domain.",
  ("IT Service Desk", "helpdesk@federal-example-mailadmin.example.com"), "ACTION REQUIRED: Your mailbox has exceeded its storage limit",
  """Dear User,

Your mailbox plaintes.klachten@federal.example.be has exceeded its storage limit of 50 GB. You will not be able to send or receive new messages until you validate your account.

Click below to increase your quota immediately:
https://federal-example-mailadmin.example.com/owa/validate?u=plaintes.klachten

Failure to validate within 24 hours will result in permanent loss of all messages.

IT Service Desk
(c) 2026 Microsoft Exchange Online""", fmt="alt")

M("spam", "en", "other", "Advance-fee 'UN compensation fund' scam, classic style, all-caps subject, ISO-8859-1.",
  ("United Nations Compensation Unit", "un.compensation.office@example.org"), "ATTENTION BENEFICIARY: YOUR COMPENSATION PAYMENT OF $2.5M",
  """ATTENTION: BENEFICIARY

This is to officially inform you that the United Nations, in conjunction with the World Bank, has approved the sum of $2,500,000.00 USD as compensation to victims of scams and internet fraud. Your email was found on the list of beneficiaries.

To receive your payment via ATM card, you are required to reconfirm the following: Full name, Address, Phone, Occupation, Copy of ID. A delivery fee of $185 applies.

Contact our paying officer, Mr. Williams Brown, immediately.

Yours faithfully,
Mrs. Rebecca Johnson
Director, Compensation Unit""", cs="iso-8859-1", cte="7bit")

M("spam", "en", "other", "B2B marketing: 'government contracts database' lead-gen with fake RE: subject and unsubscribe footer.",
  ("Mark | GovLeads", "mark@govleads-europe.example.com"), "RE: Follow up on our call",
  """Hi there,

Just circling back on my previous email - not sure if you saw it.

We help public sector teams like yours cut their complaint-handling time by 60% with our AI ticketing assistant. Customers include 40+ municipalities across Europe.

Would you be open to a quick 15-minute demo next Tuesday or Wednesday?

Best,
Mark Sullivan
Head of Partnerships, GovLeads Europe

If you don't want to hear from me again, just reply "no thanks".""")

M("spam", "en", "other", "Invoice fraud with password-protected 'zip' attachment and urgency; fake DocuSign look.",
  ("DocuSign via Accounts", "dse_na4@docusign-secure-files.example.net"), "Completed: Please DocuSign: Overdue Invoice INV-20418.pdf",
  """Accounts Payable has sent you a document to review and sign.

REVIEW DOCUMENT: https://docusign-secure-files.example.net/view?env=9f0a

The attached file is password protected. Password: 4418

Please do not share this email. This message was sent to you by Accounts Payable who is using the DocuSign Electronic Signature Service.""",
  atts=[attach("INV-20418.zip", b"PK\x03\x04fakezipcontent" * 8, "application/zip")])

M("complaint", "en", "other", "Complaint about the complaints service itself: web form character limit cuts off messages and no confirmation received; grumble framed as questions, dominant complaint.",
  ("Marek Kowalski", "marek.kowalski@example.net"), "Why does your complaint form cut my text?",
  """Hello,

Why does your online complaint form accept only 1,000 characters without telling you? I wrote a long explanation, pressed send, and only later saw in the confirmation screen that everything after the first paragraph was gone. And why did I never get the confirmation e-mail that the page promised?

So now I'm writing by e-mail, which I suppose is what you wanted in the first place.

Marek Kowalski""")

M("appeal", "en", "police", "Erasmus student: fine for driving with foreign licence refused cancellation; asks to cancel fine because licence valid (EU); no legal words; short-medium. Mentions prior complaint ticket but is a new appeal, not follow-up.",
  ("Giulia Romano", "giulia.romano@studenti.example.it.example.net"), "Fine for my Italian driving licence",
  """Hello,

I'm an Erasmus student in Ghent. I got a fine of EUR 110 for "driving without a valid Belgian licence", even though I have a normal Italian (EU) licence, which I understand is valid in Belgium.

I already sent a complaint about how the officer spoke to me at the time (your reference PLT-2026-000178), but this message is about the fine itself: I think it is simply wrong and I would like it to be cancelled. Copy of my licence attached.

Thank you,
Giulia Romano""", ref="PLT-2026-000178", atts=[attach("patente.jpg", b"\xff\xd8\xff\xe0JFIF" * 15, "image/jpeg")])

# ---- seven more EN
M("complaint", "en", "unemployment", "Temporary-unemployment worker (Polish, second-language English): payment agency lost his bank account change, money sent to closed account; complaint. CRLF line endings.",
  ("Tomasz Wisniewski", "tomasz.wisniewski@example.com"), "money going to my old bank account",
  """Good day,

I am working in a warehouse in Willebroek and now I am on temporary unemployment because no orders. In September I changed my bank account and I gave the new number by form, also I called to confirm. Lady said "ok it is changed".

But the payment for October and November went again to old account, which is closed, so the bank sent it back to you. Now I must wait again, they say maybe 6 weeks. I have rent and two kids.

Why nobody checks the form I sent? I do everything correct and still I lose.

Tomasz Wisniewski""", nl="\r\n", cte="7bit")

M("complaint", "en", "taxes", "Elderly widower typed by granddaughter: tax office letter threatening bailiff for a debt already paid; complaint about being treated like a fraudster, not contesting the tax. Declared charset iso-8859-1 but bytes UTF-8 (deliberate mislabel).",
  ("Arthur Bennett", "arthur.bennett1941@example.org"), "A threatening letter for a bill I paid in June",
  """Dear Sir or Madam,

I am 85 and have lived in Waterloo since 1979. My granddaughter is typing this for me.

In June I paid my income tax bill in full, by bank transfer, with the structured communication. I have the bank statement. This week I received a letter — in red — saying a bailiff would be instructed if I did not pay within 15 days.

I have never owed anybody anything in my life. I found the letter frightening and, frankly, insulting. Nobody answers the telephone number printed on it.

Please check your records and write to me to confirm the matter is closed.

Yours faithfully,
Arthur Bennett""", cs="utf-8", declared="iso-8859-1", cte="8bit")

M("appeal", "en", "social_security", "Self-employed cleaner: late-payment surcharge on social contributions applied although payment made on time by standing order (bank delay); wants surcharge removed; terse, mobile.",
  ("Maria Santos", "maria.santos.cleaning@example.net"), "Surcharge not fair",
  """Hello, I got a surcharge of 63 EUR for late payment of my Q3 contributions. My standing order left my account on 29 Sept (screenshot attached), it is not my fault if it arrived later. Please remove the surcharge.

Maria Santos
Sent from Outlook for Android""", atts=[attach("standing_order.png", b"\x89PNG\r\n\x1a\nfake" * 10, "image/png")])

M("appeal", "en", "foreign_affairs", "Belgian-Canadian dual national: application for Belgian passport for child refused because birth not registered; parent argues registration was done at consulate in 2019, asks to reverse; polite, longish.",
  ("Jennifer Lambrechts", "jen.lambrechts@example.com"), "Passport refusal for our son - his birth WAS registered",
  """Dear Sir or Madam,

We live in Ottawa. My husband is Belgian; our son Lucas was born here in 2019. We registered his birth at the Belgian consulate that same year and received a certificate of registration, which I attach.

Our passport application for Lucas has just been refused on the grounds that "the child does not appear in the consular population register". This must be an administrative oversight, perhaps from when the consulate's files were transferred.

We would be very grateful if the refusal could be withdrawn and the application processed. We are due to visit Lucas's grandparents in Bruges in July.

Kind regards,
Jennifer Lambrechts""", atts=[attach("consular_registration_2019.pdf", fake_pdf("consular registration"))], fmt="alt")

M("information_request", "en", "unemployment", "Young job-seeker with dyslexia asks whether he can get the documents read out / in easy language and how to sign up for job-search training; short, phonetic spelling errors.",
  ("Jayden Mertens", "jayden.mertens06@example.com"), "help with forms",
  """hi, i have dislexia and the letters you send are very hard to read for me. is there a way to get them in easy words or to have someone explain them on the phone? also how do i sign up for the training for job interviews that my couselor talked about?

thanks
jayden""", cte="7bit")

M("information_request", "en", "mobility", "Company fleet manager asks which documents are needed to register Dutch-leased vehicles used by Belgian-resident employees; businesslike; HTML with signature table.",
  ("Ingrid Vos | Fleet", "fleet@rotterdam-logistics.example.nl.example.com"), "Dutch lease cars driven by Belgian residents - registration?",
  None, fmt="html", html=html_wrap("""<p>Dear Sir or Madam,</p>
<p>Our Rotterdam-based company has 11 employees living in Belgium (Antwerp and Limburg) who drive Dutch-registered lease cars, also privately.</p>
<p>Could you tell us:</p>
<ol><li>whether these employees are required to register the cars in Belgium;</li>
<li>which document they must carry in the car to prove it is a company vehicle;</li>
<li>whether there is a form we, as employer, must fill in?</li></ol>
<p>Thank you in advance.</p>
<table style="border-top:2px solid #0067b1;margin-top:12px"><tr><td><b>Ingrid Vos</b><br>Fleet Manager<br>Rotterdam Logistics B.V.<br><a href="https://www.rotterdam-logistics.example.nl.example.com">www.rotterdam-logistics.example.nl.example.com</a></td></tr></table>"""))

M("follow_up", "en", "social_security", "Follow-up: forwarded the ack to himself and replied from another address; 'Fwd:' in quoted part; asks whether the doctor's letter was received.",
  ("Owen Price", "owen.price.work@example.net"), "Re: Fwd: [PLT-2026-000567] Acknowledgement of your complaint",
  """Hi, writing from my work address as my personal one is playing up. Did you receive the letter from my neurologist I posted last week? It's for the complaint below.

Owen Price

---------- Forwarded message ---------
From: Complaints Service <plaintes.klachten@federal.example.be>
Date: Mon, 2 Mar 2026 at 10:00
Subject: [PLT-2026-000567] Acknowledgement of your complaint
To: <owen.price@example.com>

""" + ack_text("PLT-2026-000567", "en"), ref="PLT-2026-000567", reply_ack=True)

# ---------------------------------------------------------------- main
KINDS = ["complaint", "appeal", "information_request", "follow_up", "auto_reply", "bounce", "spam"]
LANGS = ["fr", "nl", "de", "en"]
CATS = ["taxes", "pensions", "social_security", "unemployment", "mobility", "police", "foreign_affairs", "other"]
OKDOM = re.compile(r"(^|\.)example\.(be|com|org|net|test)$", re.I)

def all_text(msg):
    out = [str(v) for k, v in msg.items()]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                out.append(p.get_content() if ct.startswith("text/") else p.get_payload(decode=False) if isinstance(p.get_payload(), str) else str(p))
            except Exception:
                out.append(p.get_payload(decode=True).decode("latin-1"))
        if ct in ("message/delivery-status", "text/rfc822-headers"):
            out.append(p.as_string())
    for p in msg.walk():
        for k, v in p.items():
            out.append(str(v))
    return "\n".join(out)

def main():
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    n = len(MSGS)
    perm = list(range(n))
    random.Random(SEED).shuffle(perm)
    labels, errors = [], []
    for i, m in enumerate(MSGS):
        fname = f"{PREFIX}-{perm[i] + 1:03d}.eml"
        raw = build(i, m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels.append(dict(file=fname, kind=m["kind"], language=m["lang"], category=m["cat"],
                           acknowledge=m["kind"] in ("complaint", "appeal", "information_request"),
                           refers_to=m["ref"], notes=m["notes"]))
    for l in labels:
        raw = open(os.path.join(OUT, l["file"]), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        leaves = []
        for p in msg.walk():
            if p.is_multipart():
                continue
            cs_ = p.get_content_charset()
            leaves.append(p.get_content_type() + (f"/{cs_}" if cs_ else "") +
                          (f"/{p.get('Content-Transfer-Encoding')}" if p.get("Content-Transfer-Encoding") else ""))
        head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
        flags = []
        if b"=?" in head:
            flags.append("RFC 2047 header")
        if b"\r\n" in raw:
            flags.append("CRLF")
        for h in ("Auto-Submitted", "X-Autoreply", "Reply-To", "In-Reply-To"):
            if msg.get(h):
                flags.append(h)
        l["notes"] += f" [MIME: {msg.get_content_type()}; parts: {', '.join(leaves)}" + (f"; {', '.join(flags)}" if flags else "") + "]"
    labels.sort(key=lambda l: l["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    # ---- checks
    for l in labels:
        p = os.path.join(OUT, l["file"])
        raw = open(p, "rb").read()
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                errors.append(f"{l['file']}: line > 998 octets")
        msg = BytesParser(policy=policy.default).parse(open(p, "rb"))
        if l["kind"] not in KINDS or l["language"] not in LANGS or l["category"] not in CATS:
            errors.append(f"{l['file']}: invalid label")
        if l["kind"] in ("auto_reply", "bounce", "spam") and l["category"] != "other":
            errors.append(f"{l['file']}: category must be other")
        if l["acknowledge"] != (l["kind"] in ("complaint", "appeal", "information_request")):
            errors.append(f"{l['file']}: acknowledge")
        if l["kind"] == "follow_up" and not l["refers_to"]:
            errors.append(f"{l['file']}: follow_up without refers_to")
        for part in msg.walk():
            for dfc in part.defects:
                errors.append(f"{l['file']}: MIME defect {type(dfc).__name__}")
        txt = all_text(msg)
        if l["refers_to"]:
            if not re.fullmatch(r"PLT-\d{4}-\d{6}", l["refers_to"]) or l["refers_to"] not in txt and l["refers_to"].lower() not in txt.lower():
                errors.append(f"{l['file']}: refers_to {l['refers_to']} not in message")
        for d in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", txt) + re.findall(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", txt, re.I):
            d = d.rstrip(".")
            if not OKDOM.search(d):
                errors.append(f"{l['file']}: domain {d}")
        if not msg.get("From") or not msg.get("Subject") is not None:
            errors.append(f"{l['file']}: missing header")
    # ---- README table
    tab = {k: {g: 0 for g in LANGS} for k in KINDS}
    for l in labels:
        tab[l["kind"]][l["language"]] += 1
    rows = ["| kind | fr | nl | de | en | total |", "|---|---|---|---|---|---|"]
    for k in KINDS:
        rows.append(f"| {k} | " + " | ".join(str(tab[k][g]) for g in LANGS) + f" | {sum(tab[k].values())} |")
    rows.append("| **total** | " + " | ".join(str(sum(tab[k][g] for k in KINDS)) for g in LANGS) + f" | {len(labels)} |")
    cats = {}
    for l in labels:
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    readme = f"""# corpus-train2 (`tq-*.eml`)

{len(labels)} synthetic messages to `{MBOX}`, written by an independent author, labelled in
`labels.json` (schema of `/work/shared/corpus/README.md`). Regenerate with `python3 generate.py`
(standard library only, fixed seed; the script re-parses every file and checks the labels).

Authors: small-business owners and accountants, students and young job-seekers, elderly people
writing with (or through) their children, frontier workers (LU/NL/DE), people with disabilities,
and a security team's collection of phishing/scam and mailer-daemon samples.

## kind x language

{chr(10).join(rows)}

Categories: {", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda x: -x[1]))}.

## Notes for readers of the labels

* `notes` gives the dominant intent for mixed messages and the MIME peculiarity exercised.
* Appeals mostly avoid legal vocabulary (no recours/bezwaar/Widerspruch/appeal).
* Several auto-replies carry no Auto-Submitted / X-Autoreply header; some use `Re: [PLT-...]` subjects.
* Some messages written *for* someone else (child for parent, accountant for client) take the
  category of the underlying case.
* File names are a fixed permutation: the number says nothing about the label.
* Edge cases worth knowing: one follow-up writes its ticket in lower case (`plt-2026-000129`);
  one English appeal cites an older complaint ticket and carries `refers_to` although it is a new
  appeal, not a follow-up; one Dutch bounce is a *delay* warning (not a final failure) and names
  no ticket; one English body is UTF-8 declared as ISO-8859-1 (mojibake on purpose); two web-form
  notifications (nl complaint, de appeal) come from `no-reply-webform@` with the citizen in `Reply-To`;
  one German appeal is a municipality forwarding the citizen's mail as `message/rfc822`.
* `notes` are partly written in the language of the message; a machine-generated `[MIME: ...]`
  suffix lists the structure, charsets, encodings and notable headers.
* Dates are synthetic: a bounce's `Date` need not match the date of the acknowledgement it returns.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print("\n".join(rows))
    if errors:
        print("ERRORS:\n" + "\n".join(errors))
        sys.exit(1)
    print(f"OK {len(labels)} messages")

if __name__ == "__main__":
    main()
