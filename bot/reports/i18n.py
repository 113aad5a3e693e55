"""Texts of the report, the public page, the leaflet and the form in FR, NL, DE and EN.

Kept as data beside the code (not in the mail templates' folders) because the same labels
serve HTML, CSV headers, XLSX sheets and chart titles. Legal wording follows framework §1
(complaint vs appeal; a complaint does not suspend appeal deadlines) and circular 23289.
"""

from __future__ import annotations

from bot.vocab import Language

LANGS = tuple(Language)

# -- labels of indicator values -----------------------------------------------------------------
DIMENSIONS: dict[str, dict[str, str]] = {
    "complaint": {"fr": "Plaintes", "nl": "Klachten", "de": "Beschwerden", "en": "Complaints"},
    "appeal": {
        "fr": "Recours (mal adressés)",
        "nl": "Beroepen (verkeerd gericht)",
        "de": "Rechtsbehelfe (fehlgeleitet)",
        "en": "Appeals (misdirected)",
    },
    "information_request": {
        "fr": "Demandes d'information",
        "nl": "Informatievragen",
        "de": "Informationsanfragen",
        "en": "Information requests",
    },
    # Kinds that are filed, not handled (bot.vocab.MACHINE_KINDS, and follow-ups), as the
    # coordinators' digest lists filed mail for review.
    "follow_up": {"fr": "Suite", "nl": "Vervolgbericht", "de": "Folgenachricht", "en": "Follow-up"},
    "auto_reply": {
        "fr": "Réponse automatique",
        "nl": "Automatisch antwoord",
        "de": "Automatische Antwort",
        "en": "Automatic reply",
    },
    "bounce": {
        "fr": "Avis de non-remise",
        "nl": "Onbestelbaarheidsbericht",
        "de": "Unzustellbarkeitsnachricht",
        "en": "Delivery failure",
    },
    "spam": {"fr": "Indésirable", "nl": "Ongewenst", "de": "Unerwünscht", "en": "Spam"},
    "total": {"fr": "Total", "nl": "Totaal", "de": "Insgesamt", "en": "Total"},
    # Request types (Network indicator 1; bot.vocab.RequestType).
    "requests_by_type.complaint": {
        "fr": "Plaintes",
        "nl": "Klachten",
        "de": "Beschwerden",
        "en": "Complaints",
    },
    "requests_by_type.information_request": {
        "fr": "Demandes d'information",
        "nl": "Informatievragen",
        "de": "Informationsanfragen",
        "en": "Information requests",
    },
    "requests_by_type.report": {
        "fr": "Signalements",
        "nl": "Meldingen",
        "de": "Meldungen",
        "en": "Reports (notifications)",
    },
    "requests_by_type.suggestion": {
        "fr": "Suggestions",
        "nl": "Suggesties",
        "de": "Vorschläge",
        "en": "Suggestions",
    },
    "requests_by_type.other": {
        "fr": "Autres (dont remerciements)",
        "nl": "Andere (waaronder dankbetuigingen)",
        "de": "Sonstige (darunter Danksagungen)",
        "en": "Other (including thanks)",
    },
    "unknown": {
        "fr": "Non précisé",
        "nl": "Niet bepaald",
        "de": "Nicht angegeben",
        "en": "Not specified",
    },
    "standard": {
        "fr": "Procédure standard",
        "nl": "Standaardprocedure",
        "de": "Standardverfahren",
        "en": "Standard procedure",
    },
    "outside": {
        "fr": "Hors procédure",
        "nl": "Buiten de procedure",
        "de": "Außerhalb des Verfahrens",
        "en": "Outside the procedure",
    },
    "mail": {"fr": "Courriel", "nl": "E-mail", "de": "E-Mail", "en": "E-mail"},
    "form": {
        "fr": "Formulaire en ligne",
        "nl": "Webformulier",
        "de": "Online-Formular",
        "en": "Web form",
    },
    "letter": {"fr": "Lettre", "nl": "Brief", "de": "Brief", "en": "Letter"},
    "phone": {"fr": "Téléphone", "nl": "Telefoon", "de": "Telefon", "en": "Phone"},
    "counter": {"fr": "Guichet", "nl": "Loket", "de": "Schalter", "en": "Counter"},
    "import": {
        "fr": "Archives importées",
        "nl": "Geïmporteerd archief",
        "de": "Importiertes Archiv",
        "en": "Imported archive",
    },
    # Inadmissibility reasons (bot.commands.parse.InadmissibleReason, framework §9).
    "anonymous": {"fr": "Anonyme", "nl": "Anoniem", "de": "Anonym", "en": "Anonymous"},
    "facts_older_than_1_year": {
        "fr": "Faits de plus d'un an",
        "nl": "Feiten ouder dan een jaar",
        "de": "Sachverhalt älter als ein Jahr",
        "en": "Facts older than one year",
    },
    "outside_competence_forwarded": {
        "fr": "Hors compétence (transmise)",
        "nl": "Buiten bevoegdheid (doorgestuurd)",
        "de": "Außerhalb der Zuständigkeit (weitergeleitet)",
        "en": "Outside our competence (forwarded)",
    },
    "not_a_complaint_info_request": {
        "fr": "Pas une plainte (demande d'information)",
        "nl": "Geen klacht (informatievraag)",
        "de": "Keine Beschwerde (Informationsanfrage)",
        "en": "Not a complaint (information request)",
    },
    "general_policy_or_legislation": {
        "fr": "Politique générale ou réglementation",
        "nl": "Algemeen beleid of regelgeving",
        "de": "Allgemeine Politik oder Rechtsvorschriften",
        "en": "General policy or legislation",
    },
    "decision_with_appeal_route": {
        "fr": "Décision susceptible de recours",
        "nl": "Beslissing waartegen beroep openstaat",
        "de": "Entscheidung, gegen die ein Rechtsbehelf besteht",
        "en": "Decision open to appeal",
    },
    "pending_judicial_or_administrative_appeal": {
        "fr": "Recours juridictionnel ou administratif en cours",
        "nl": "Lopend jurisdictioneel of administratief beroep",
        "de": "Anhängiges gerichtliches oder administratives Verfahren",
        "en": "Pending judicial or administrative appeal",
    },
    "already_handled_no_new_facts": {
        "fr": "Déjà traitée, sans élément nouveau",
        "nl": "Reeds behandeld, geen nieuwe feiten",
        "de": "Bereits behandelt, keine neuen Tatsachen",
        "en": "Already handled, no new facts",
    },
    "manifestly_unfounded_or_vexatious": {
        "fr": "Manifestement non fondée ou vexatoire",
        "nl": "Kennelijk ongegrond of tergend",
        "de": "Offensichtlich unbegründet oder schikanös",
        "en": "Manifestly unfounded or vexatious",
    },
    "insufficient_description": {
        "fr": "Description insuffisante",
        "nl": "Onvoldoende omschreven",
        "de": "Unzureichend beschrieben",
        "en": "Insufficient description",
    },
    "insulting_wording": {
        "fr": "Termes injurieux",
        "nl": "Beledigende bewoordingen",
        "de": "Beleidigende Formulierung",
        "en": "Insulting wording",
    },
    # Closing without a reasoned answer (bot.vocab.ClosingOutcome).
    "withdrawn": {"fr": "Retirées", "nl": "Ingetrokken", "de": "Zurückgezogen", "en": "Withdrawn"},
    "resolved_before_assessment": {
        "fr": "Résolues avant examen",
        "nl": "Opgelost vóór beoordeling",
        "de": "Vor der Prüfung gelöst",
        "en": "Resolved before assessment",
    },
    "answered_outside": {
        "fr": "Réponse par un autre canal",
        "nl": "Beantwoord via een ander kanaal",
        "de": "Auf anderem Weg beantwortet",
        "en": "Answered through another channel",
    },
    "redirected": {
        "fr": "Réorientées",
        "nl": "Doorverwezen",
        "de": "Weitergeleitet",
        "en": "Redirected",
    },
    # Case statuses (bot.vocab.CaseStatus), as listed with the test complaints.
    "open": {"fr": "Ouverte", "nl": "Open", "de": "Offen", "en": "Open"},
    "waiting": {
        "fr": "En attente du citoyen",
        "nl": "Wacht op de burger",
        "de": "Wartet auf den Bürger",
        "en": "Waiting for the citizen",
    },
    "answered": {"fr": "Répondue", "nl": "Beantwoord", "de": "Beantwortet", "en": "Answered"},
    "closed": {"fr": "Clôturée", "nl": "Afgesloten", "de": "Abgeschlossen", "en": "Closed"},
    "forwarded": {
        "fr": "Transmise",
        "nl": "Doorgestuurd",
        "de": "Weitergeleitet",
        "en": "Forwarded",
    },
    "resolved": {"fr": "Résolues", "nl": "Opgelost", "de": "Behoben", "en": "Resolved"},
    "unresolved": {
        "fr": "Non résolues",
        "nl": "Niet opgelost",
        "de": "Nicht behoben",
        "en": "Not resolved",
    },
    # Who lodged the request (bot.mail.Origin).
    "citizen": {"fr": "Citoyen", "nl": "Burger", "de": "Bürger", "en": "Citizen"},
    "company": {"fr": "Entreprise", "nl": "Onderneming", "de": "Unternehmen", "en": "Company"},
    "representative": {
        "fr": "Représentant",
        "nl": "Vertegenwoordiger",
        "de": "Vertreter",
        "en": "Representative",
    },
    "cabinet": {
        "fr": "Cabinet ministériel",
        "nl": "Ministerieel kabinet",
        "de": "Ministerkabinett",
        "en": "Minister's office",
    },
    "ombudsman": {"fr": "Médiateur", "nl": "Ombudsman", "de": "Ombudsmann", "en": "Ombudsman"},
    "other": {"fr": "Autre", "nl": "Andere", "de": "Sonstige", "en": "Other"},
    "admissible": {"fr": "Recevables", "nl": "Ontvankelijk", "de": "Zulässig", "en": "Admissible"},
    "inadmissible": {
        "fr": "Irrecevables",
        "nl": "Onontvankelijk",
        "de": "Unzulässig",
        "en": "Inadmissible",
    },
    "pending": {
        "fr": "Recevabilité en cours",
        "nl": "Ontvankelijkheid in onderzoek",
        "de": "Zulässigkeit in Prüfung",
        "en": "Admissibility pending",
    },
    "founded": {"fr": "Fondées", "nl": "Gegrond", "de": "Begründet", "en": "Founded"},
    "partly_founded": {
        "fr": "Partiellement fondées",
        "nl": "Gedeeltelijk gegrond",
        "de": "Teilweise begründet",
        "en": "Partly founded",
    },
    "unfounded": {"fr": "Non fondées", "nl": "Ongegrond", "de": "Unbegründet", "en": "Unfounded"},
    "no_judgement_possible": {
        "fr": "Pas de jugement possible",
        "nl": "Geen oordeel mogelijk",
        "de": "Keine Beurteilung möglich",
        "en": "No judgement possible",
    },
    "not_judged": {
        "fr": "Pas encore jugées",
        "nl": "Nog niet beoordeeld",
        "de": "Noch nicht beurteilt",
        "en": "Not judged yet",
    },
    "behaviour": {
        "fr": "Attitude du fonctionnaire",
        "nl": "Gedrag van de ambtenaar",
        "de": "Verhalten des Beamten",
        "en": "Behaviour of the civil servant",
    },
    "quality": {
        "fr": "Qualité du produit ou service",
        "nl": "Kwaliteit van product of dienst",
        "de": "Qualität des Produkts oder der Dienstleistung",
        "en": "Quality of the product or service",
    },
    "processing": {
        "fr": "Traitement du produit ou service",
        "nl": "Afhandeling van product of dienst",
        "de": "Bearbeitung des Produkts oder der Dienstleistung",
        "en": "Processing of the product or service",
    },
    "complaint_handling": {
        "fr": "Gestion des plaintes",
        "nl": "Klachtenbehandeling",
        "de": "Beschwerdebearbeitung",
        "en": "Complaint handling",
    },
    "count": {"fr": "Nombre", "nl": "Aantal", "de": "Anzahl", "en": "Number"},
    "mean": {
        "fr": "Moyenne (jours)",
        "nl": "Gemiddelde (dagen)",
        "de": "Mittelwert (Tage)",
        "en": "Mean (days)",
    },
    "median": {
        "fr": "Médiane (jours)",
        "nl": "Mediaan (dagen)",
        "de": "Median (Tage)",
        "en": "Median (days)",
    },
    "p90": {
        "fr": "90e percentile (jours)",
        "nl": "90e percentiel (dagen)",
        "de": "90. Perzentil (Tage)",
        "en": "90th percentile (days)",
    },
    "within_deadline_pct": {
        "fr": "Dans le délai (%)",
        "nl": "Binnen de termijn (%)",
        "de": "Fristgerecht (%)",
        "en": "Within the deadline (%)",
    },
    "requests": {
        "fr": "Demandes par jour",
        "nl": "Aanvragen per dag",
        "de": "Anfragen pro Tag",
        "en": "Requests per day",
    },
    "complaints": {
        "fr": "Plaintes par jour",
        "nl": "Klachten per dag",
        "de": "Beschwerden pro Tag",
        "en": "Complaints per day",
    },
    "planned": {"fr": "Planifiées", "nl": "Gepland", "de": "Geplant", "en": "Planned"},
    "done": {"fr": "Réalisées", "nl": "Uitgevoerd", "de": "Umgesetzt", "en": "Done"},
    "dropped": {"fr": "Abandonnées", "nl": "Geschrapt", "de": "Verworfen", "en": "Dropped"},
    "open_at_period_end": {
        "fr": "En cours en fin de période",
        "nl": "Lopend op het einde",
        "de": "Offen am Periodenende",
        "en": "Open at period end",
    },
    "federal_ombudsman": {
        "fr": "Médiateur fédéral",
        "nl": "Federale Ombudsman",
        "de": "Föderaler Ombudsmann",
        "en": "Federal Ombudsman",
    },
    "pensions_ombudsman": {
        "fr": "Service de médiation Pensions",
        "nl": "Ombudsdienst Pensioenen",
        "de": "Ombudsdienst für Pensionen",
        "en": "Pensions Ombudsman",
    },
    "comite_p": {"fr": "Comité P", "nl": "Comité P", "de": "Komitee P", "en": "Committee P"},
    "court": {"fr": "Tribunal", "nl": "Rechtbank", "de": "Gericht", "en": "Court"},
    # A word that names two things: "<indicator>.<value>" is looked up first (`dimension_label`).
    "escalations.appeal": {
        "fr": "Recours administratif",
        "nl": "Administratief beroep",
        "de": "Verwaltungsrechtsbehelf",
        "en": "Administrative appeal",
    },
    "fr": {"fr": "Français", "nl": "Frans", "de": "Französisch", "en": "French"},
    "nl": {"fr": "Néerlandais", "nl": "Nederlands", "de": "Niederländisch", "en": "Dutch"},
    "de": {"fr": "Allemand", "nl": "Duits", "de": "Deutsch", "en": "German"},
    "en": {"fr": "Anglais", "nl": "Engels", "de": "Englisch", "en": "English"},
    "up": {"fr": "en hausse", "nl": "stijgend", "de": "steigend", "en": "rising"},
    "down": {"fr": "en baisse", "nl": "dalend", "de": "fallend", "en": "falling"},
    "stable": {"fr": "stable", "nl": "stabiel", "de": "stabil", "en": "stable"},
    "category": {"fr": "Catégorie", "nl": "Categorie", "de": "Kategorie", "en": "Category"},
    "typology": {"fr": "Typologie", "nl": "Typologie", "de": "Typologie", "en": "Typology"},
    "keyword": {"fr": "Mots-clés", "nl": "Trefwoorden", "de": "Stichwörter", "en": "Keywords"},
}

INDICATOR_TITLES: dict[str, dict[str, str]] = {
    "requests_by_type": {
        "fr": "Demandes reçues par nature (plainte, information, signalement, suggestion)",
        "nl": "Ontvangen aanvragen per aard (klacht, informatie, melding, suggestie)",
        "de": "Eingegangene Anfragen nach Art (Beschwerde, Auskunft, Meldung, Vorschlag)",
        "en": "Requests received by nature (complaint, information, report, suggestion)",
    },
    "complaints_origin": {
        "fr": "Plaintes par origine (auteur)",
        "nl": "Klachten per herkomst (indiener)",
        "de": "Beschwerden nach Herkunft (Einreicher)",
        "en": "Complaints by origin (who lodged them)",
    },
    "founded_resolved": {
        "fr": "Plaintes fondées (même partiellement) : résolues ou non",
        "nl": "(Gedeeltelijk) gegronde klachten: opgelost of niet",
        "de": "(Teilweise) begründete Beschwerden: behoben oder nicht",
        "en": "Founded (incl. partly) complaints: resolved or not",
    },
    "requests_received": {
        "fr": "Demandes reçues par type",
        "nl": "Ontvangen aanvragen per type",
        "de": "Eingegangene Anfragen nach Art",
        "en": "Requests received by type",
    },
    "complaints_procedure": {
        "fr": "Plaintes via la procédure standard",
        "nl": "Klachten via de standaardprocedure",
        "de": "Beschwerden über das Standardverfahren",
        "en": "Complaints via the standard procedure",
    },
    "complaints_channel": {
        "fr": "Plaintes par canal",
        "nl": "Klachten per kanaal",
        "de": "Beschwerden nach Kanal",
        "en": "Complaints by channel",
    },
    "complaints_admissibility": {
        "fr": "Recevabilité des plaintes",
        "nl": "Ontvankelijkheid van de klachten",
        "de": "Zulässigkeit der Beschwerden",
        "en": "Admissibility of complaints",
    },
    "complaints_inadmissible_reason": {
        "fr": "Plaintes irrecevables par motif",
        "nl": "Onontvankelijke klachten per reden",
        "de": "Unzulässige Beschwerden nach Grund",
        "en": "Inadmissible complaints by reason",
    },
    "complaints_outcome": {
        "fr": "Résultat des plaintes recevables",
        "nl": "Oordeel over de ontvankelijke klachten",
        "de": "Ergebnis der zulässigen Beschwerden",
        "en": "Outcome of admissible complaints",
    },
    "founded_typology": {
        "fr": "Plaintes fondées par typologie du Réseau",
        "nl": "Gegronde klachten per typologie van het Netwerk",
        "de": "Begründete Beschwerden nach Typologie des Netzwerks",
        "en": "Founded complaints by Network typology",
    },
    "open_at_period_end": {
        "fr": "Dossiers en cours en fin de période",
        "nl": "Lopende dossiers op het einde van de periode",
        "de": "Offene Vorgänge am Ende des Zeitraums",
        "en": "Cases open at the end of the period",
    },
    "acknowledgement_days": {
        "fr": "Délai d'accusé de réception",
        "nl": "Termijn van de ontvangstbevestiging",
        "de": "Frist der Eingangsbestätigung",
        "en": "Acknowledgement time",
    },
    "answer_days": {
        "fr": "Délai de réponse",
        "nl": "Antwoordtermijn",
        "de": "Antwortfrist",
        "en": "Answer time",
    },
    "daily_use": {
        "fr": "Utilisation quotidienne moyenne de la procédure",
        "nl": "Gemiddeld dagelijks gebruik van de procedure",
        "de": "Durchschnittliche tägliche Nutzung des Verfahrens",
        "en": "Average daily use of the procedure",
    },
    "improvement_actions": {
        "fr": "Actions d'amélioration",
        "nl": "Verbeteracties",
        "de": "Verbesserungsmaßnahmen",
        "en": "Improvement actions",
    },
    "escalations": {
        "fr": "Recours à la deuxième ligne",
        "nl": "Doorverwijzing naar de tweede lijn",
        "de": "Anrufung der zweiten Linie",
        "en": "Escalations to the second line",
    },
    "complaints_category": {
        "fr": "Plaintes par thème",
        "nl": "Klachten per thema",
        "de": "Beschwerden nach Thema",
        "en": "Complaints by theme",
    },
    "complaints_service": {
        "fr": "Plaintes par service",
        "nl": "Klachten per dienst",
        "de": "Beschwerden nach Dienst",
        "en": "Complaints by service",
    },
    "requests_language": {
        "fr": "Demandes par langue",
        "nl": "Aanvragen per taal",
        "de": "Anfragen nach Sprache",
        "en": "Requests by language",
    },
}

REPORT: dict[str, dict[str, str]] = {
    "title": {
        "fr": "Gestion des plaintes — rapport au comité de direction",
        "nl": "Klachtenmanagement — verslag aan het directiecomité",
        "de": "Beschwerdemanagement — Bericht an das Direktionskomitee",
        "en": "Complaint management — report to the management committee",
    },
    "period": {"fr": "Période", "nl": "Periode", "de": "Zeitraum", "en": "Period"},
    "previous": {
        "fr": "Période précédente",
        "nl": "Vorige periode",
        "de": "Vorjahreszeitraum",
        "en": "Previous period",
    },
    "legal": {
        "fr": "Rapport annuel prévu par la circulaire n° 23289 du 14 mars 2013 "
        "(analyse des plaintes, indicateurs du Réseau fédéral de gestion des plaintes, "
        "plan d'actions).",
        "nl": "Jaarverslag voorgeschreven door omzendbrief nr. 23289 van 14 maart 2013 "
        "(analyse van de klachten, indicatoren van het Federaal Netwerk "
        "Klachtenmanagement, actieplan).",
        "de": "Jahresbericht gemäß Rundschreiben Nr. 23289 vom 14. März 2013 (Analyse der "
        "Beschwerden, Indikatoren des Föderalen Netzwerks Beschwerdemanagement, "
        "Aktionsplan).",
        "en": "Yearly report required by circular no. 23289 of 14 March 2013 (analysis of "
        "complaints, indicators of the Federal Complaint Management Network, action "
        "plan).",
    },
    "summary": {
        "fr": "Chiffres clés",
        "nl": "Kerncijfers",
        "de": "Kennzahlen",
        "en": "Key figures",
    },
    "indicators": {
        "fr": "Indicateurs",
        "nl": "Indicatoren",
        "de": "Indikatoren",
        "en": "Indicators",
    },
    "dimension": {"fr": "Valeur", "nl": "Waarde", "de": "Ausprägung", "en": "Item"},
    "current": {"fr": "Période", "nl": "Periode", "de": "Zeitraum", "en": "Period"},
    "change": {"fr": "Évolution", "nl": "Evolutie", "de": "Veränderung", "en": "Change"},
    "second_line": {
        "fr": "Deuxième ligne",
        "nl": "Tweede lijn",
        "de": "Zweite Linie",
        "en": "Second line",
    },
    "second_line_intro": {
        "fr": "Chaque réponse définitive mentionne la possibilité de s'adresser à la deuxième "
        "ligne (critère 9 de la circulaire). Dossiers de la période portés devant elle :",
        "nl": "Elk definitief antwoord vermeldt de mogelijkheid om zich tot de tweede lijn te "
        "wenden (criterium 9 van de omzendbrief). Dossiers van de periode die daar "
        "terechtkwamen:",
        "de": "Jede endgültige Antwort nennt die Möglichkeit, sich an die zweite Linie zu wenden "
        "(Kriterium 9 des Rundschreibens). Vorgänge des Zeitraums, die dorthin gelangten:",
        "en": "Every final answer mentions the second line (criterion 9 of the circular). Cases "
        "of the period that went there:",
    },
    "bodies": {
        "fr": "Instances de deuxième ligne mentionnées",
        "nl": "Vermelde tweedelijnsinstanties",
        "de": "Genannte Stellen der zweiten Linie",
        "en": "Second-line bodies named",
    },
    "empty_chart": {
        "fr": "Aucune donnée pour cette période et la précédente : rien à représenter.",
        "nl": "Geen gegevens voor deze periode en de vorige: er valt niets weer te geven.",
        "de": "Keine Daten für diesen und den vorigen Zeitraum: nichts darzustellen.",
        "en": "No data for this period or the previous one: nothing to chart.",
    },
    "tests": {
        "fr": "Plaintes test (clients mystères)",
        "nl": "Testklachten (mystery shopping)",
        "de": "Testbeschwerden (Mystery Shopping)",
        "en": "Test complaints (mystery shopping)",
    },
    "tests_intro": {
        "fr": "Ces plaintes test ont été traitées comme les autres, mais ne sont comptées dans "
        "aucun indicateur de ce rapport (circulaire 23289, point C).",
        "nl": "Deze testklachten werden zoals de andere behandeld, maar tellen in geen enkele "
        "indicator van dit verslag mee (omzendbrief 23289, punt C).",
        "de": "Diese Testbeschwerden wurden wie alle anderen bearbeitet, werden aber in keinem "
        "Indikator dieses Berichts gezählt (Rundschreiben 23289, Punkt C).",
        "en": "These test complaints were handled like any other but are counted in none of "
        "this report's indicators (circular 23289, point C).",
    },
    "test_number": {"fr": "Numéro", "nl": "Nummer", "de": "Nummer", "en": "Number"},
    "test_received": {
        "fr": "Reçue le",
        "nl": "Ontvangen op",
        "de": "Eingegangen am",
        "en": "Received",
    },
    "test_acknowledged": {
        "fr": "Accusé de réception",
        "nl": "Ontvangstbevestiging",
        "de": "Eingangsbestätigung",
        "en": "Acknowledged",
    },
    "test_answered": {"fr": "Réponse", "nl": "Antwoord", "de": "Antwort", "en": "Answered"},
    "test_outcome": {"fr": "Résultat", "nl": "Resultaat", "de": "Ergebnis", "en": "Outcome"},
    "action_plan": {
        "fr": "Plan d'actions",
        "nl": "Actieplan",
        "de": "Aktionsplan",
        "en": "Action plan",
    },
    "themes_intro": {
        "fr": "Thèmes récurrents : au moins {n} plaintes fondées reçues en {days} jours "
        "(jusqu'au {as_of}).",
        "nl": "Terugkerende thema's: minstens {n} gegronde klachten ontvangen in {days} dagen "
        "(tot {as_of}).",
        "de": "Wiederkehrende Themen: mindestens {n} begründete Beschwerden in {days} Tagen "
        "(bis {as_of}).",
        "en": "Recurring themes: at least {n} founded complaints received in {days} days "
        "(up to {as_of}).",
    },
    "no_themes": {
        "fr": "Aucun thème récurrent.",
        "nl": "Geen terugkerende thema's.",
        "de": "Keine wiederkehrenden Themen.",
        "en": "No recurring theme.",
    },
    "theme": {"fr": "Thème", "nl": "Thema", "de": "Thema", "en": "Theme"},
    "theme_kind": {"fr": "Type", "nl": "Soort", "de": "Art", "en": "Kind"},
    "founded_window": {
        "fr": "Plaintes fondées",
        "nl": "Gegronde klachten",
        "de": "Begründete Beschwerden",
        "en": "Founded complaints",
    },
    "before": {
        "fr": "Fenêtre précédente",
        "nl": "Vorig venster",
        "de": "Vorheriges Fenster",
        "en": "Window before",
    },
    "trend": {"fr": "Tendance", "nl": "Trend", "de": "Trend", "en": "Trend"},
    "actions": {"fr": "Actions", "nl": "Acties", "de": "Maßnahmen", "en": "Actions"},
    "no_actions": {
        "fr": "Aucune action enregistrée.",
        "nl": "Geen acties geregistreerd.",
        "de": "Keine Maßnahmen erfasst.",
        "en": "No action recorded.",
    },
    "action": {"fr": "Action", "nl": "Actie", "de": "Maßnahme", "en": "Action"},
    "owner": {
        "fr": "Responsable",
        "nl": "Verantwoordelijke",
        "de": "Verantwortlich",
        "en": "Owner",
    },
    "due": {"fr": "Échéance", "nl": "Deadline", "de": "Fällig", "en": "Due"},
    "status": {"fr": "Statut", "nl": "Status", "de": "Status", "en": "Status"},
    "overdue": {"fr": "en retard", "nl": "te laat", "de": "überfällig", "en": "overdue"},
    "charts": {"fr": "Graphiques", "nl": "Grafieken", "de": "Diagramme", "en": "Charts"},
    "generated": {
        "fr": "Généré le",
        "nl": "Aangemaakt op",
        "de": "Erstellt am",
        "en": "Generated on",
    },
    "definitions": {
        "fr": "Définitions : les plaintes sont celles reçues pendant la période ; le délai de "
        "réponse porte sur les plaintes répondues pendant la période ; recevabilité et "
        "résultat selon l'état du dossier à la date du rapport.",
        "nl": "Definities: de klachten zijn die ontvangen tijdens de periode; de antwoordtermijn "
        "betreft de klachten beantwoord tijdens de periode; ontvankelijkheid en oordeel "
        "volgens de stand van het dossier op de datum van het verslag.",
        "de": "Definitionen: Beschwerden sind die im Zeitraum eingegangenen; die Antwortfrist "
        "betrifft die im Zeitraum beantworteten Beschwerden; Zulässigkeit und Ergebnis "
        "nach dem Stand des Vorgangs am Berichtsdatum.",
        "en": "Definitions: complaints are those received in the period; answer time covers "
        "complaints answered in the period; admissibility and outcome are the case's "
        "state on the report date.",
    },
}


# -- how each indicator is counted (framework §3.2), printed under its table -------------------
DEFINITIONS: dict[str, dict[str, str]] = {
    "requests_by_type": {
        "fr": "Nature de la demande telle qu'enregistrée, corrigée le cas échéant par le "
        "gestionnaire. Les remerciements sont comptés sous « Autres ». Les autres indicateurs "
        "relatifs aux plaintes ne portent que sur les demandes de nature « plainte ».",
        "nl": "Aard van de aanvraag zoals geregistreerd, zo nodig verbeterd door de "
        "dossierbehandelaar. Dankbetuigingen tellen mee onder „Andere”. De overige "
        "klachtenindicatoren hebben enkel betrekking op aanvragen van de aard „klacht”.",
        "de": "Art der Anfrage wie erfasst, gegebenenfalls vom Sachbearbeiter berichtigt. "
        "Danksagungen zählen unter „Sonstige“. Die übrigen Beschwerdeindikatoren betreffen "
        "nur Anfragen der Art „Beschwerde“.",
        "en": "Nature of the request as registered, corrected by the handler where needed. "
        "Thanks count under Other. The other complaint indicators cover only requests of the "
        "nature complaint.",
    },
    "_all": {
        "fr": "Sauf mention contraire, chaque demande est comptée dans la période où elle a été "
        "reçue. Les plaintes test (clients mystères) ne sont comptées nulle part.",
        "nl": "Tenzij anders vermeld, telt elke aanvraag mee in de periode waarin ze werd "
        "ontvangen. Testklachten (mystery shopping) tellen nergens mee.",
        "de": "Sofern nicht anders angegeben, zählt jede Anfrage in dem Zeitraum, in dem sie "
        "eingegangen ist. Testbeschwerden (Mystery Shopping) zählen nirgends.",
        "en": "Unless stated otherwise, each request counts in the period it was received in. "
        "Test complaints (mystery shopping) count nowhere.",
    },
    "complaints_admissibility": {
        "fr": "État au dernier jour de la période : une plainte dont la recevabilité a été "
        "décidée après cette date y est comptée « en cours ».",
        "nl": "Toestand op de laatste dag van de periode: een klacht waarover later over de "
        "ontvankelijkheid werd beslist, telt als „in onderzoek”.",
        "de": "Stand am letzten Tag des Zeitraums: eine Beschwerde, über deren Zulässigkeit "
        "erst danach entschieden wurde, zählt als „in Prüfung“.",
        "en": "As it stood on the last day of the period: a complaint whose admissibility was "
        "decided later counts as pending.",
    },
    "open_at_period_end": {
        "fr": "Demandes reçues avant la fin de la période, ni répondues ni clôturées (ni "
        "transmises) à cette date.",
        "nl": "Aanvragen ontvangen vóór het einde van de periode en op die datum niet "
        "beantwoord, afgesloten of doorgestuurd.",
        "de": "Vor dem Ende des Zeitraums eingegangene Anfragen, die an diesem Tag weder "
        "beantwortet noch abgeschlossen oder weitergeleitet waren.",
        "en": "Requests received before the end of the period and not answered, closed or "
        "forwarded by then.",
    },
    "acknowledgement_days": {
        "fr": "Jours entre la réception et l'acceptation de l'accusé de réception par le "
        "serveur de courrier ; « dans le délai » : au plus le nombre de jours configuré.",
        "nl": "Dagen tussen de ontvangst en de aanvaarding van de ontvangstbevestiging door de "
        "mailserver; „binnen de termijn”: ten hoogste het ingestelde aantal dagen.",
        "de": "Tage zwischen Eingang und Annahme der Eingangsbestätigung durch den Mailserver; "
        "„fristgerecht“: höchstens die eingestellte Zahl von Tagen.",
        "en": "Days from receipt until the mail server accepted the acknowledgement; within "
        "the deadline: at most the configured number of days.",
    },
    "answer_days": {
        "fr": "Plaintes répondues dans la période. « Dans le délai » : jours de la réception à "
        "la réponse, sans les jours où le délai était suspendu, au plus le délai légal "
        "(prolongé une fois s'il y a lieu), non la date d'échéance reportée.",
        "nl": "Klachten beantwoord in de periode. „Binnen de termijn”: dagen van ontvangst tot "
        "antwoord, zonder de dagen waarop de termijn geschorst was, ten hoogste de wettelijke "
        "termijn (eenmaal verlengd indien nodig), niet de verschoven vervaldatum.",
        "de": "Im Zeitraum beantwortete Beschwerden. „Fristgerecht“: Tage vom Eingang bis zur "
        "Antwort ohne die Tage, an denen die Frist ausgesetzt war, höchstens die gesetzliche "
        "Frist (gegebenenfalls einmal verlängert), nicht das verschobene Fälligkeitsdatum.",
        "en": "Complaints answered in the period. Within the deadline: days from receipt to "
        "answer, less the days the clock was stopped, at most the legal deadline (extended "
        "once where so), not the carried-over due date.",
    },
    "founded_resolved": {
        "fr": "Plaintes fondées ou partiellement fondées : le problème a-t-il été résolu "
        "(indiqué lors de la réponse) ?",
        "nl": "Gegronde of gedeeltelijk gegronde klachten: werd het probleem opgelost "
        "(aangegeven bij het antwoord)?",
        "de": "Begründete oder teilweise begründete Beschwerden: wurde das Problem behoben "
        "(bei der Antwort angegeben)?",
        "en": "Founded or partly founded complaints: was the problem put right (stated with "
        "the answer)?",
    },
    "escalations": {
        "fr": "Demandes dont on sait qu'elles ont été portées plus loin : médiateur, Comité P, "
        "recours administratif ou tribunal.",
        "nl": "Aanvragen waarvan bekend is dat ze verder werden gezet: ombudsman, Comité P, "
        "administratief beroep of rechtbank.",
        "de": "Anfragen, von denen bekannt ist, dass sie weitergeführt wurden: Ombudsmann, "
        "Komitee P, Verwaltungsrechtsbehelf oder Gericht.",
        "en": "Requests known to have gone further: an ombudsman, Committee P, an "
        "administrative appeal or a court.",
    },
    "daily_use": {
        "fr": "Demandes reçues divisées par le nombre de jours écoulés de la période.",
        "nl": "Ontvangen aanvragen gedeeld door het aantal verstreken dagen van de periode.",
        "de": "Eingegangene Anfragen geteilt durch die Zahl der verstrichenen Tage des Zeitraums.",
        "en": "Requests received divided by the days of the period elapsed so far.",
    },
}


def dimension_label(indicator: str, key: str, lang: str) -> str:
    """The label of the value `key` of `indicator`: "indicator.key" first, then `key`."""
    qualified = f"{indicator}.{key}"
    return label(qualified if qualified in DIMENSIONS else key, lang)


def label(key: str, lang: str, table: dict[str, dict[str, str]] | None = None) -> str:
    """The label of `key` in `lang` (then English, French, then the key itself)."""
    entry = (table if table is not None else DIMENSIONS).get(key)
    if not entry:
        return key.replace("_", " ")
    return entry.get(lang) or entry.get("en") or entry.get("fr") or key


# -- the public page, the leaflet and the form ---------------------------------------------------
# Units as they follow a number after "dans les" / "binnen" / "innerhalb von" (German dative).
UNITS = {
    "calendar": {
        "fr": "jours calendrier",
        "nl": "kalenderdagen",
        "de": "Kalendertagen",
        "en": "calendar days",
    },
    "working": {
        "fr": "jours ouvrables",
        "nl": "werkdagen",
        "de": "Werktagen",
        "en": "working days",
    },
}

PUBLIC: dict[str, dict[str, str]] = {
    "lang_name": {"fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"},
    "skip": {
        "fr": "Aller au contenu",
        "nl": "Naar de inhoud",
        "de": "Zum Inhalt",
        "en": "Skip to content",
    },
    "languages": {"fr": "Langues", "nl": "Talen", "de": "Sprachen", "en": "Languages"},
    "title": {
        "fr": "Introduire une plainte",
        "nl": "Een klacht indienen",
        "de": "Eine Beschwerde einreichen",
        "en": "Making a complaint",
    },
    "why_h": {
        "fr": "Pourquoi nous traitons les plaintes",
        "nl": "Waarom wij klachten behandelen",
        "de": "Warum wir Beschwerden bearbeiten",
        "en": "Why we handle complaints",
    },
    "why": {
        "fr": "Vos plaintes nous aident à améliorer nos services. Chaque plainte est enregistrée "
        "sous un numéro unique, examinée par le service compétent et reçoit une réponse "
        "motivée. Nous analysons les plaintes chaque année et en tirons un plan d'actions, "
        "comme le prévoit la circulaire n° 23289 relative à l'orientation client dans les "
        "administrations fédérales.",
        "nl": "Uw klachten helpen ons onze dienstverlening te verbeteren. Elke klacht krijgt een "
        "uniek nummer, wordt onderzocht door de bevoegde dienst en krijgt een gemotiveerd "
        "antwoord. Wij analyseren de klachten elk jaar en stellen een actieplan op, zoals "
        "omzendbrief nr. 23289 over klantgerichtheid bij de federale administraties "
        "voorschrijft.",
        "de": "Ihre Beschwerden helfen uns, unsere Dienstleistungen zu verbessern. Jede Beschwerde "
        "erhält eine eindeutige Nummer, wird vom zuständigen Dienst geprüft und begründet "
        "beantwortet. Wir werten die Beschwerden jährlich aus und erstellen einen "
        "Aktionsplan, wie es das Rundschreiben Nr. 23289 über die Kundenorientierung in den "
        "föderalen Verwaltungen vorsieht.",
        "en": "Your complaints help us improve our services. Every complaint gets a unique "
        "number, is examined by the competent service and receives a reasoned answer. We "
        "analyse complaints every year and draw up an action plan, as circular no. 23289 on "
        "customer orientation in the federal administrations requires.",
    },
    "what_h": {
        "fr": "Qu'est-ce qu'une plainte ?",
        "nl": "Wat is een klacht?",
        "de": "Was ist eine Beschwerde?",
        "en": "What is a complaint?",
    },
    "what": {
        "fr": "Une plainte est l'expression d'une insatisfaction sur notre service : une erreur "
        "(par exemple de calcul), un retard, un accueil ou une accessibilité insuffisants, "
        "ou la manière dont une réglementation a été appliquée.",
        "nl": "Een klacht is een uiting van ontevredenheid over onze dienstverlening: een fout "
        "(bijvoorbeeld een rekenfout), een vertraging, een onvriendelijk onthaal of een "
        "slechte bereikbaarheid, of de manier waarop een regelgeving werd toegepast.",
        "de": "Eine Beschwerde ist der Ausdruck von Unzufriedenheit mit unserer Dienstleistung: "
        "ein Fehler (zum Beispiel ein Rechenfehler), eine Verzögerung, ein unfreundlicher "
        "Empfang oder schlechte Erreichbarkeit, oder die Art, wie eine Regelung angewandt "
        "wurde.",
        "en": "A complaint expresses dissatisfaction with our service: a mistake (a calculation "
        "error, for instance), a delay, an unfriendly reception or poor accessibility, or "
        "the way a regulation was applied.",
    },
    "not_h": {
        "fr": "Ce qui n'est pas une plainte",
        "nl": "Wat geen klacht is",
        "de": "Was keine Beschwerde ist",
        "en": "What is not a complaint",
    },
    "not_appeal": {
        "fr": "Un recours contre une décision n'est pas une plainte. Pour contester une décision, "
        "utilisez la voie de recours indiquée sur la décision, dans le délai qui y est "
        "mentionné.",
        "nl": "Een beroep tegen een beslissing is geen klacht. Om een beslissing aan te vechten, "
        "gebruikt u de beroepsmogelijkheid vermeld op de beslissing, binnen de daar "
        "vermelde termijn.",
        "de": "Ein Rechtsbehelf gegen eine Entscheidung ist keine Beschwerde. Um eine Entscheidung "
        "anzufechten, nutzen Sie den auf der Entscheidung angegebenen Rechtsbehelf innerhalb "
        "der dort genannten Frist.",
        "en": "An appeal against a decision is not a complaint. To contest a decision, use the "
        "appeal route stated on the decision, within the time limit given there.",
    },
    "not_suspend": {
        "fr": "Introduire une plainte ne suspend pas les délais de recours.",
        "nl": "Het indienen van een klacht schorst de beroepstermijnen niet.",
        "de": "Die Einreichung einer Beschwerde setzt die Rechtsbehelfsfristen nicht aus.",
        "en": "Making a complaint does not suspend the time limits for an appeal.",
    },
    "not_list": {
        "fr": "Nous ne traitons pas non plus comme plaintes : les plaintes anonymes ; les faits "
        "de plus d'un an ; les plaintes sur d'autres autorités (nous les transmettons et "
        "vous en informons) ; les simples demandes d'information ; les remarques sur la "
        "réglementation ou la politique en général.",
        "nl": "Evenmin als klacht behandelen wij: anonieme klachten; feiten van meer dan een jaar "
        "oud; klachten over andere overheden (wij sturen ze door en laten het u weten); "
        "gewone informatievragen; opmerkingen over de regelgeving of het beleid in het "
        "algemeen.",
        "de": "Ebenfalls nicht als Beschwerde bearbeitet werden: anonyme Beschwerden; "
        "Sachverhalte, die älter als ein Jahr sind; Beschwerden über andere Behörden (wir "
        "leiten sie weiter und informieren Sie); bloße Informationsanfragen; Bemerkungen zu "
        "Regelungen oder zur "
        "Politik im Allgemeinen.",
        "en": "Nor do we handle as complaints: anonymous complaints; facts more than one year "
        "old; complaints about other authorities (we forward them and tell you); plain "
        "requests for information; remarks on legislation or policy in general.",
    },
    "procedure_h": {
        "fr": "La procédure",
        "nl": "De procedure",
        "de": "Das Verfahren",
        "en": "The procedure",
    },
    "step1": {
        "fr": "Vous introduisez votre plainte par le formulaire en ligne ou par courriel.",
        "nl": "U dient uw klacht in via het webformulier of per e-mail.",
        "de": "Sie reichen Ihre Beschwerde über das Online-Formular oder per E-Mail ein.",
        "en": "You send your complaint through the web form or by e-mail.",
    },
    "step2": {
        "fr": "Vous recevez un accusé de réception avec un numéro unique et la date à "
        "laquelle vous recevrez une réponse.",
        "nl": "U krijgt een ontvangstbevestiging met een uniek nummer en de datum waarop u "
        "een antwoord krijgt.",
        "de": "Sie erhalten eine Eingangsbestätigung mit einer eindeutigen Nummer und dem "
        "Datum, bis zu dem Sie eine Antwort erhalten.",
        "en": "You receive an acknowledgement with a unique number and the date by which "
        "you will get an answer.",
    },
    "step3": {
        "fr": "Le coordinateur des plaintes vérifie la recevabilité et confie l'examen au "
        "service compétent.",
        "nl": "De klachtencoördinator gaat de ontvankelijkheid na en laat de bevoegde "
        "dienst de klacht onderzoeken.",
        "de": "Der Beschwerdekoordinator prüft die Zulässigkeit und beauftragt den "
        "zuständigen Dienst mit der Prüfung.",
        "en": "The complaint coordinator checks admissibility and has the competent "
        "service examine the complaint.",
    },
    "step4": {
        "fr": "Vous recevez une réponse motivée : une explication, une correction ou une solution.",
        "nl": "U krijgt een gemotiveerd antwoord: een uitleg, een rechtzetting of een oplossing.",
        "de": "Sie erhalten eine begründete Antwort: eine Erklärung, eine Korrektur oder "
        "eine Lösung.",
        "en": "You receive a reasoned answer: an explanation, a correction or a solution.",
    },
    "deadlines_h": {
        "fr": "Les délais",
        "nl": "De termijnen",
        "de": "Die Fristen",
        "en": "Time limits",
    },
    "deadline_ack": {
        "fr": "Accusé de réception : immédiatement, par courriel.",
        "nl": "Ontvangstbevestiging: onmiddellijk, per e-mail.",
        "de": "Eingangsbestätigung: sofort, per E-Mail.",
        "en": "Acknowledgement: immediately, by e-mail.",
    },
    "deadline_adm": {
        "fr": "Décision sur la recevabilité : dans les {n} {unit}.",
        "nl": "Beslissing over de ontvankelijkheid: binnen {n} {unit}.",
        "de": "Entscheidung über die Zulässigkeit: innerhalb von {n} {unit}.",
        "en": "Decision on admissibility: within {n} {unit}.",
    },
    "deadline_answer": {
        "fr": "Réponse motivée : dans les {n} {unit}.",
        "nl": "Gemotiveerd antwoord: binnen {n} {unit}.",
        "de": "Begründete Antwort: innerhalb von {n} {unit}.",
        "en": "Reasoned answer: within {n} {unit}.",
    },
    "deadline_ext": {
        "fr": "Si l'examen demande plus de temps, le délai peut être prolongé une "
        "fois de {n} jours au plus ; nous vous en informons avec le motif.",
        "nl": "Vraagt het onderzoek meer tijd, dan kan de termijn eenmaal met ten "
        "hoogste {n} dagen worden verlengd; wij laten u dat weten met de reden.",
        "de": "Erfordert die Prüfung mehr Zeit, kann die Frist einmal um höchstens "
        "{n} Tage verlängert werden; wir teilen Ihnen dies mit Begründung mit.",
        "en": "If the examination needs more time, the time limit may be extended "
        "once by at most {n} days; we tell you so, with the reason.",
    },
    "second_h": {
        "fr": "Pas satisfait de notre réponse ?",
        "nl": "Niet tevreden met ons antwoord?",
        "de": "Mit unserer Antwort nicht zufrieden?",
        "en": "Not satisfied with our answer?",
    },
    "second_intro": {
        "fr": "Vous pouvez ensuite vous adresser à une instance de deuxième ligne. Laquelle "
        "dépend de l'objet de votre plainte ; notre réponse finale vous indique celle qui est "
        "compétente :",
        "nl": "U kunt zich daarna wenden tot een tweedelijnsinstantie. Welke, hangt af van "
        "het onderwerp van uw klacht; ons eindantwoord vermeldt de bevoegde instantie:",
        "de": "Sie können sich anschließend an eine Stelle der zweiten Linie wenden. Welche "
        "zuständig ist, hängt vom Gegenstand Ihrer Beschwerde ab; unsere abschließende Antwort "
        "nennt sie Ihnen:",
        "en": "You can then turn to a second-line body. Which one depends on what your "
        "complaint is about; our final answer names the competent body:",
    },
    "colon": {"fr": "\u00a0: ", "nl": ": ", "de": ": ", "en": ": "},
    # -- privacy notice (GDPR art. 13; framework §9.2) ------------------------------------------
    "privacy_h": {
        "fr": "Protection de vos données personnelles",
        "nl": "Bescherming van uw persoonsgegevens",
        "de": "Schutz Ihrer personenbezogenen Daten",
        "en": "Protection of your personal data",
    },
    "privacy_short": {
        "fr": "Vos données sont utilisées uniquement pour traiter votre plainte.",
        "nl": "Uw gegevens worden uitsluitend gebruikt om uw klacht te behandelen.",
        "de": "Ihre Daten werden ausschließlich zur Bearbeitung Ihrer Beschwerde verwendet.",
        "en": "Your data are used only to handle your complaint.",
    },
    "privacy_more": {
        "fr": "Qui traite vos données, pourquoi, combien de temps, vos droits",
        "nl": "Wie uw gegevens verwerkt, waarom, hoelang, uw rechten",
        "de": "Wer Ihre Daten verarbeitet, warum, wie lange, Ihre Rechte",
        "en": "Who processes your data, why, for how long, your rights",
    },
    "privacy_who": {
        "fr": "Responsable du traitement : {org}, service de gestion des plaintes ({contact}).",
        "nl": "Verwerkingsverantwoordelijke: {org}, klachtendienst ({contact}).",
        "de": "Verantwortlicher: {org}, Beschwerdestelle ({contact}).",
        "en": "Controller: {org}, complaints service ({contact}).",
    },
    "privacy_what": {
        "fr": "Données traitées : votre nom, votre adresse e-mail, votre message et ses pièces "
        "jointes, ainsi que la correspondance relative à votre dossier.",
        "nl": "Verwerkte gegevens: uw naam, uw e-mailadres, uw bericht en de bijlagen ervan, "
        "en de briefwisseling over uw dossier.",
        "de": "Verarbeitete Daten: Ihr Name, Ihre E-Mail-Adresse, Ihre Nachricht und deren "
        "Anhänge sowie der Schriftwechsel zu Ihrer Akte.",
        "en": "Data processed: your name, your e-mail address, your message and its "
        "attachments, and the correspondence about your case.",
    },
    "privacy_why": {
        "fr": "Finalité : examiner votre plainte ou votre demande et y répondre, et établir des "
        "statistiques anonymes sur la gestion des plaintes (circulaire n° 23289). Base "
        "juridique : l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).",
        "nl": "Doel: uw klacht of vraag onderzoeken en beantwoorden, en anonieme statistieken "
        "over het klachtenmanagement opstellen (omzendbrief nr. 23289). Rechtsgrond: de "
        "uitvoering van een taak van algemeen belang (artikel 6.1.e van de AVG).",
        "de": "Zweck: Prüfung und Beantwortung Ihrer Beschwerde oder Anfrage sowie anonyme "
        "Statistiken über das Beschwerdemanagement (Rundschreiben Nr. 23289). Rechtsgrundlage: "
        "die Wahrnehmung einer Aufgabe im öffentlichen Interesse (Artikel 6 Absatz 1 "
        "Buchstabe e DSGVO).",
        "en": "Purpose: to examine and answer your complaint or request, and to produce "
        "anonymous statistics on complaint management (circular no. 23289). Legal basis: the "
        "performance of a task carried out in the public interest (Article 6(1)(e) GDPR).",
    },
    "privacy_recipients": {
        "fr": "Destinataires : les services de {org} chargés de votre dossier et, si votre "
        "message relève d'un autre service ou d'une autre autorité, ce service ou cette "
        "autorité, à qui nous le transmettons en vous en informant.",
        "nl": "Ontvangers: de diensten van {org} die uw dossier behandelen en, als uw bericht "
        "onder een andere dienst of overheid valt, die dienst of overheid, naar wie wij het "
        "doorsturen en u daarvan op de hoogte brengen.",
        "de": "Empfänger: die mit Ihrer Akte befassten Dienste von {org} und, falls Ihre "
        "Nachricht in die Zuständigkeit eines anderen Dienstes oder einer anderen Behörde "
        "fällt, dieser Dienst oder diese Behörde, an den bzw. die wir sie unter Mitteilung an "
        "Sie weiterleiten.",
        "en": "Recipients: the services of {org} handling your case and, if your message "
        "belongs to another service or authority, that service or authority, to which we "
        "forward it and tell you so.",
    },
    "privacy_keep": {
        "fr": "Durée de conservation : {retention}.",
        "nl": "Bewaartermijn: {retention}.",
        "de": "Aufbewahrungsdauer: {retention}.",
        "en": "Retention: {retention}.",
    },
    "privacy_keep_default": {
        "fr": "le temps nécessaire au traitement de votre dossier, puis selon le tableau de "
        "tri des archives de notre administration",
        "nl": "zolang nodig is om uw dossier te behandelen, daarna volgens de "
        "archiefselectielijst van onze administratie",
        "de": "so lange, wie es für die Bearbeitung Ihrer Akte erforderlich ist, danach gemäß "
        "der Archivauswahlliste unserer Verwaltung",
        "en": "as long as needed to handle your case, then as our administration's archive "
        "selection list provides",
    },
    "privacy_rights": {
        "fr": "Vos droits : vous pouvez accéder à vos données, les faire rectifier ou effacer, "
        "en limiter le traitement ou vous y opposer. Adressez-vous au délégué à la protection "
        "des données : {dpo}. Vous pouvez aussi introduire une réclamation auprès de l'Autorité "
        "de protection des données (www.autoriteprotectiondonnees.be).",
        "nl": "Uw rechten: u kunt uw gegevens inzien, laten verbeteren of wissen, de verwerking "
        "ervan laten beperken of er bezwaar tegen maken. Richt u tot de functionaris voor "
        "gegevensbescherming: {dpo}. U kunt ook een klacht indienen bij de "
        "Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be).",
        "de": "Ihre Rechte: Sie können Auskunft über Ihre Daten verlangen, sie berichtigen oder "
        "löschen lassen, ihre Verarbeitung einschränken lassen oder ihr widersprechen. Wenden "
        "Sie sich an den Datenschutzbeauftragten: {dpo}. Sie können auch eine Beschwerde bei "
        "der Datenschutzbehörde einreichen (www.datenschutzbehorde.be).",
        "en": "Your rights: you may access your data, have them corrected or erased, restrict "
        "or object to their processing. Contact the data protection officer: {dpo}. You may "
        "also lodge a complaint with the Data Protection Authority "
        "(www.dataprotectionauthority.be).",
    },
    "covers": {
        "fr": "pour",
        "nl": "voor",
        "de": "für",
        "en": "for",
    },
    "how_h": {
        "fr": "Introduire une plainte",
        "nl": "Een klacht indienen",
        "de": "Beschwerde einreichen",
        "en": "Make a complaint",
    },
    "form_link": {
        "fr": "Formulaire de plainte en ligne",
        "nl": "Online klachtenformulier",
        "de": "Online-Beschwerdeformular",
        "en": "Online complaint form",
    },
    "by_mail": {
        "fr": "Par courriel :",
        "nl": "Per e-mail:",
        "de": "Per E-Mail:",
        "en": "By e-mail:",
    },
    "leaflet": {
        "fr": "Dépliant imprimable",
        "nl": "Afdrukbare folder",
        "de": "Druckbares Faltblatt",
        "en": "Printable leaflet",
    },
    "logo_alt": {
        "fr": "Logo gestion des plaintes",
        "nl": "Logo klachtenmanagement",
        "de": "Logo Beschwerdemanagement",
        "en": "Complaint management logo",
    },
    "courtesy": {
        "fr": "",
        "nl": "",
        "de": "",
        "en": "English is a courtesy language: we answer in French, Dutch or German "
        "if you write to us in one of them.",
    },
}

FORM: dict[str, dict[str, str]] = {
    "title": {
        "fr": "Formulaire de plainte",
        "nl": "Klachtenformulier",
        "de": "Beschwerdeformular",
        "en": "Complaint form",
    },
    "intro": {
        "fr": "Les champs marqués * sont obligatoires. Vous recevrez un accusé de réception "
        "par courriel.",
        "nl": "Velden met * zijn verplicht. U krijgt een ontvangstbevestiging per e-mail.",
        "de": "Mit * markierte Felder sind Pflichtfelder. Sie erhalten eine "
        "Eingangsbestätigung per E-Mail.",
        "en": "Fields marked * are required. You will receive an acknowledgement by e-mail.",
    },
    "name": {
        "fr": "Nom et prénom *",
        "nl": "Naam en voornaam *",
        "de": "Name und Vorname *",
        "en": "Full name *",
    },
    "email": {
        "fr": "Adresse e-mail *",
        "nl": "E-mailadres *",
        "de": "E-Mail-Adresse *",
        "en": "E-mail address *",
    },
    "subject": {"fr": "Objet *", "nl": "Onderwerp *", "de": "Betreff *", "en": "Subject *"},
    "message": {
        "fr": "Votre plainte *",
        "nl": "Uw klacht *",
        "de": "Ihre Beschwerde *",
        "en": "Your complaint *",
    },
    "message_hint": {
        "fr": "Décrivez les faits, leur date et, si vous l'avez, votre numéro de dossier.",
        "nl": "Beschrijf de feiten, de datum ervan en, als u het hebt, uw dossiernummer.",
        "de": "Beschreiben Sie den Sachverhalt, das Datum und, falls vorhanden, Ihr Aktenzeichen.",
        "en": "Describe what happened, when, and your file number if you have one.",
    },
    "files": {
        "fr": "Pièces jointes (facultatif)",
        "nl": "Bijlagen (facultatief)",
        "de": "Anhänge (optional)",
        "en": "Attachments (optional)",
    },
    "files_hint": {
        "fr": "Au plus {n} fichiers de {size} chacun.",
        "nl": "Hoogstens {n} bestanden van elk {size}.",
        "de": "Höchstens {n} Dateien zu je {size}.",
        "en": "At most {n} files of {size} each.",
    },
    "honeypot": {
        "fr": "Ne pas remplir ce champ",
        "nl": "Dit veld niet invullen",
        "de": "Dieses Feld nicht ausfüllen",
        "en": "Leave this field empty",
    },
    "submit": {
        "fr": "Envoyer la plainte",
        "nl": "Klacht versturen",
        "de": "Beschwerde senden",
        "en": "Send the complaint",
    },
    "errors_h": {
        "fr": "Le formulaire contient des erreurs",
        "nl": "Het formulier bevat fouten",
        "de": "Das Formular enthält Fehler",
        "en": "The form has errors",
    },
    "err_required": {
        "fr": "Ce champ est obligatoire.",
        "nl": "Dit veld is verplicht.",
        "de": "Dieses Feld ist erforderlich.",
        "en": "This field is required.",
    },
    "err_email": {
        "fr": "Indiquez une adresse e-mail valide, par exemple nom@exemple.be.",
        "nl": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.",
        "de": "Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.be.",
        "en": "Enter a valid e-mail address, for example name@example.be.",
    },
    "err_short": {
        "fr": "Décrivez votre plainte en au moins {n} caractères.",
        "nl": "Beschrijf uw klacht in minstens {n} tekens.",
        "de": "Beschreiben Sie Ihre Beschwerde in mindestens {n} Zeichen.",
        "en": "Describe your complaint in at least {n} characters.",
    },
    "err_long": {
        "fr": "Le texte dépasse {n} caractères.",
        "nl": "De tekst is langer dan {n} tekens.",
        "de": "Der Text ist länger als {n} Zeichen.",
        "en": "The text is longer than {n} characters.",
    },
    "err_file_size": {
        "fr": "Le fichier « {name} » dépasse {size}.",
        "nl": "Het bestand \u201c{name}\u201d is groter dan {size}.",
        "de": "Die Datei \u201e{name}\u201c ist größer als {size}.",
        "en": "The file \u201c{name}\u201d is larger than {size}.",
    },
    "err_file_count": {
        "fr": "Joignez au plus {n} fichiers.",
        "nl": "Voeg hoogstens {n} bestanden toe.",
        "de": "Fügen Sie höchstens {n} Dateien bei.",
        "en": "Attach at most {n} files.",
    },
    "err_csrf": {
        "fr": "Le formulaire a expiré ou n'a pas été envoyé depuis notre site. "
        "Rechargez la page et réessayez.",
        "nl": "Het formulier is verlopen of werd niet vanaf onze site verstuurd. "
        "Laad de pagina opnieuw en probeer het nog eens.",
        "de": "Das Formular ist abgelaufen oder wurde nicht von unserer Website "
        "gesendet. Laden Sie die Seite neu und versuchen Sie es erneut.",
        "en": "The form has expired or was not sent from our site. Reload the page and try again.",
    },
    "err_rate": {
        "fr": "Vous avez envoyé beaucoup de plaintes en peu de temps. Réessayez plus "
        "tard ou écrivez-nous par courriel.",
        "nl": "U hebt veel klachten verstuurd in korte tijd. Probeer het later opnieuw "
        "of schrijf ons per e-mail.",
        "de": "Sie haben in kurzer Zeit viele Beschwerden gesendet. Versuchen Sie es "
        "später erneut oder schreiben Sie uns per E-Mail.",
        "en": "You have sent many complaints in a short time. Try again later or write "
        "to us by e-mail.",
    },
    "err_failed": {
        "fr": "Votre plainte n'a pas pu être enregistrée. Réessayez ou écrivez-nous par courriel.",
        "nl": "Uw klacht kon niet worden geregistreerd. Probeer het opnieuw of "
        "schrijf ons per e-mail.",
        "de": "Ihre Beschwerde konnte nicht erfasst werden. Versuchen Sie es erneut "
        "oder schreiben Sie uns per E-Mail.",
        "en": "Your complaint could not be recorded. Try again or write to us by e-mail.",
    },
    "thanks_h": {
        "fr": "Votre plainte est enregistrée",
        "nl": "Uw klacht is geregistreerd",
        "de": "Ihre Beschwerde ist erfasst",
        "en": "Your complaint has been recorded",
    },
    "thanks_number": {
        "fr": "Numéro de dossier :",
        "nl": "Dossiernummer:",
        "de": "Aktenzeichen:",
        "en": "Case number:",
    },
    "thanks_text": {
        "fr": "Vous recevrez un accusé de réception par courriel à l'adresse {email}. "
        "Mentionnez ce numéro dans toute correspondance.",
        "nl": "U krijgt een ontvangstbevestiging per e-mail op {email}. Vermeld dit "
        "nummer in elke briefwisseling.",
        "de": "Sie erhalten eine Eingangsbestätigung per E-Mail an {email}. Geben Sie "
        "diese Nummer bei jedem Schriftwechsel an.",
        "en": "You will receive an acknowledgement by e-mail at {email}. Quote this "
        "number in any correspondence.",
    },
    "thanks_filed": {
        "fr": "Votre message a bien été reçu ; il sera traité par nos services.",
        "nl": "Uw bericht werd goed ontvangen; onze diensten behandelen het.",
        "de": "Ihre Nachricht ist eingegangen; unsere Dienste bearbeiten sie.",
        "en": "Your message has been received; our services will handle it.",
    },
    "mail_heading": {
        "fr": "Plainte introduite via le formulaire en ligne",
        "nl": "Klacht ingediend via het webformulier",
        "de": "Beschwerde über das Online-Formular eingereicht",
        "en": "Complaint sent through the web form",
    },
}


def t(table: dict[str, dict[str, str]], key: str, lang: str, **kw: object) -> str:
    """The text of `key` in `lang`. No fall-back to another language: a French, Dutch or
    German page must never show an English sentence; an entry that is deliberately empty in a
    language (the English courtesy note) stays empty, a missing one is a KeyError."""
    entry = table[key]
    text = entry[lang]
    return text.format(**kw) if kw else text
