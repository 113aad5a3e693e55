"""Handler commands at the top of a reply: each verb, quote markers in four languages, errors."""

from __future__ import annotations

import pytest

from bot.commands.parse import (
    USAGE,
    Answer,
    Assign,
    CommandError,
    Extend,
    Inadmissible,
    Note,
    Verb,
    Wait,
    fresh_lines,
    parse_commands,
)
from bot.vocab import InadmissibleReason, Outcome, Typology


def one(body: str, **kw):
    commands = parse_commands(body, **kw)
    assert len(commands) == 1, commands
    return commands[0]


def error(body: str, **kw) -> CommandError:
    with pytest.raises(CommandError) as info:
        parse_commands(body, **kw)
    return info.value


# --- #answer ----------------------------------------------------------------------------------


def test_answer() -> None:
    body = "#answer founded processing\nMadame,\n\nVotre dossier est corrigé.\nCordialement\n"
    cmd = one(body)
    assert cmd == Answer(
        outcome=Outcome.FOUNDED,
        typology=Typology.PROCESSING,
        text="Madame,\n\nVotre dossier est corrigé.\nCordialement",
        line=1,
    )
    assert cmd.verb is Verb.ANSWER


@pytest.mark.parametrize(
    ("head", "outcome", "typology"),
    [
        ("#answer founded behaviour", Outcome.FOUNDED, Typology.BEHAVIOUR),
        ("#ANSWER Partly-Founded Quality", Outcome.PARTLY_FOUNDED, Typology.QUALITY),
        (
            "#answer partly_founded complaint_handling",
            Outcome.PARTLY_FOUNDED,
            Typology.COMPLAINT_HANDLING,
        ),
        ("#answer founded behavior", Outcome.FOUNDED, Typology.BEHAVIOUR),  # US spelling
        ("#answer unfounded", Outcome.UNFOUNDED, None),  # typology optional when unfounded
        ("#answer unfounded processing", Outcome.UNFOUNDED, Typology.PROCESSING),
        ("#answer no-judgement", Outcome.NO_JUDGEMENT, None),
        ("#answer no-judgment", Outcome.NO_JUDGEMENT, None),
        ("   \t#answer   unfounded  ", Outcome.UNFOUNDED, None),  # leading/trailing blanks
        ("# answer unfounded", Outcome.UNFOUNDED, None),  # a space after '#'
        ("#answer\u00a0unfounded", Outcome.UNFOUNDED, None),  # no-break space from HTML
    ],
)
def test_answer_values(head: str, outcome: Outcome, typology: Typology | None) -> None:
    cmd = one(f"{head}\nText for the citizen.")
    assert isinstance(cmd, Answer)
    assert (cmd.outcome, cmd.typology, cmd.text) == (outcome, typology, "Text for the citizen.")


def test_answer_after_blank_lines_and_with_crlf() -> None:
    cmd = one("\r\n\r\n#answer unfounded\r\nLine one\r\n\r\nLine two\r\n")
    assert cmd.text == "Line one\n\nLine two"
    assert cmd.line == 3


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [
        ("#answer\nText", "missing_outcome", "needs an outcome"),
        ("#answer grounded\nText", "unknown_outcome", "'grounded' is not an outcome"),
        ("#answer unfouned\nText", "unknown_outcome", "Did you mean unfounded?"),
        ("#answer founded\nText", "missing_typology", "needs a typology"),
        ("#answer partly-founded\nText", "missing_typology", "needs a typology"),
        ("#answer founded rudeness\nText", "answer_syntax", "'rudeness'"),
        ("#answer unfounded Thank you for your mail", "answer_syntax", "on the next lines"),
        ("#answer founded quality extra\nText", "answer_syntax", "'extra'"),
        ("#answer unfounded\n\n   \n", "missing_text", "is empty"),
        ("#answer unfounded\n-- \nJean Dupont", "missing_text", "is empty"),
    ],
)
def test_answer_errors(body: str, code: str, fragment: str) -> None:
    err = error(body)
    assert err.code == code
    assert fragment in err.message
    assert err.line == 1
    assert str(err).startswith("line 1: ")


def test_typology_can_be_optional_by_choice() -> None:
    cmd = one("#answer founded\nText", require_typology_when_founded=False)
    assert (cmd.outcome, cmd.typology) == (Outcome.FOUNDED, None)


# --- #inadmissible ------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", list(InadmissibleReason))
def test_inadmissible_every_reason(reason: InadmissibleReason) -> None:
    for spelling in (reason.value, reason.value.replace("_", "-"), reason.value.upper()):
        cmd = one(f"#inadmissible {spelling}")
        assert cmd == Inadmissible(reason=reason, text="", line=1)


def test_inadmissible_text_on_the_line_and_below() -> None:
    cmd = one("#inadmissible old-facts The facts date from 2019.\nSee our procedure.\n")
    assert cmd.reason is InadmissibleReason.OLD_FACTS
    assert cmd.text == "The facts date from 2019.\nSee our procedure."


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [
        ("#inadmissible", "missing_reason", "needs a reason"),
        ("#inadmissible too-old", "unknown_reason", "'too-old' is not a reason"),
        ("#inadmissible oldfacts", "unknown_reason", "Did you mean old-facts?"),
    ],
)
def test_inadmissible_errors(body: str, code: str, fragment: str) -> None:
    err = error(body)
    assert (err.code, err.line) == (code, 1)
    assert fragment in err.message


# --- #assign, #extend, #wait, #note --------------------------------------------------------------


@pytest.mark.parametrize(
    "arg",
    [
        "marie.martin@federal.example.be",
        "Marie.Martin@Federal.Example.BE",
        "<marie.martin@federal.example.be>",
        "mailto:marie.martin@federal.example.be",
    ],
)
def test_assign(arg: str) -> None:
    cmd = one(f"#assign {arg}")
    assert cmd == Assign(address="marie.martin@federal.example.be", line=1)


def test_assign_with_a_note_for_the_colleague() -> None:
    cmd = one("#assign marie.martin@federal.example.be\nMarie, this one is about your file.")
    assert cmd.text == "Marie, this one is about your file."


@pytest.mark.parametrize(
    "body",
    [
        "#assign",
        "#assign marie",
        "#assign a@b.be c@d.be",
        "#assign marie@localhost",
        "#assign Marie Martin <marie@x.be>",
    ],
)
def test_assign_errors(body: str) -> None:
    assert error(body).code == "assign_address"


@pytest.mark.parametrize(
    ("body", "days", "reason"),
    [
        ("#extend 15 the file is at the regional office", 15, "the file is at the regional office"),
        ("#EXTEND 10 days waiting for the pension service", 10, "waiting for the pension service"),
        ("#extend 10d waiting", 10, "waiting"),
        ("#extend 7 jours dossier incomplet", 7, "dossier incomplet"),
        ("#extend 7 dagen dossier onvolledig", 7, "dossier onvolledig"),
        ("#extend 5 dossier at the archive", 5, "dossier at the archive"),  # 'd…' is not a unit
        ("#extend 3\nreason on the next line", 3, "reason on the next line"),
    ],
)
def test_extend(body: str, days: int, reason: str) -> None:
    assert one(body) == Extend(days=days, reason=reason, line=1)


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [
        ("#extend", "extend_days", "needs a number of days"),
        ("#extend fifteen days", "extend_days", "needs a number of days"),
        ("#extend -3 oops", "extend_days", "needs a number of days"),
        ("#extend 0 nothing", "extend_days", "not 0"),
        ("#extend 16 too long", "extend_days", "1 to 15 days, not 16"),
        ("#extend 15", "extend_reason", "needs a reason"),
        ("#extend 15 days", "extend_reason", "needs a reason"),
    ],
)
def test_extend_errors(body: str, code: str, fragment: str) -> None:
    err = error(body, max_extension_days=15)
    assert err.code == code
    assert fragment in err.message


def test_wait_and_note() -> None:
    assert one("#wait Could you send the letter of 3 March?") == Wait(
        text="Could you send the letter of 3 March?", line=1
    )
    assert one("#wait\nCould you send\nthe letter?").text == "Could you send\nthe letter?"
    assert one("#note called the citizen, 10 min") == Note(
        text="called the citizen, 10 min", line=1
    )


@pytest.mark.parametrize("verb", ["wait", "note"])
def test_wait_and_note_need_text(verb: str) -> None:
    err = error(f"#{verb}\n\n")
    assert err.code == "missing_text"


# --- several commands --------------------------------------------------------------------------


def test_several_commands() -> None:
    body = (
        "#note Spoke to the team leader.\n"
        "It was a misunderstanding.\n"
        "#assign marie.martin@federal.example.be\n"
        "#extend 10 the team needs the archived file\n"
        "#note second note\n"
    )
    commands = parse_commands(body)
    assert [c.verb for c in commands] == [Verb.NOTE, Verb.ASSIGN, Verb.EXTEND, Verb.NOTE]
    assert commands[0].text == "Spoke to the team leader.\nIt was a misunderstanding."
    assert [c.line for c in commands] == [1, 3, 4, 5]


def test_wait_with_extend() -> None:
    commands = parse_commands("#extend 10 waiting for documents\n#wait Please send the invoice.")
    assert [c.verb for c in commands] == [Verb.EXTEND, Verb.WAIT]


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ("#answer unfounded\nText\n#wait Question?", "several_decisions", 3),
        ("#wait Question?\n#inadmissible vague", "several_decisions", 2),
        ("#assign a@x.be\n#assign b@x.be", "repeated", 2),
        ("#extend 5 a\n#extend 5 b", "repeated", 2),
        ("#answer unfounded\nText\n#assign a@x.be", "closed_by_decision", 3),
        ("#extend 5 reason\n#inadmissible vague", "closed_by_decision", 1),
    ],
)
def test_forbidden_combinations(body: str, code: str, line: int) -> None:
    err = error(body)
    assert (err.code, err.line) == (code, line)


def test_a_hash_word_inside_a_text_stays_text() -> None:
    cmd = one("#answer unfounded\n#1 the amount was right\n#hashtag\nEnd.")
    assert cmd.text == "#1 the amount was right\n#hashtag\nEnd."


def test_a_mistyped_second_command_is_not_mailed_to_the_citizen() -> None:
    err = error("#wait Please send the form.\n#anwser unfounded\nNo.")
    assert (err.code, err.line) == ("mistyped_command", 2)
    assert "#answer" in err.message


# --- no command, wrong place -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    ["", "\n\n  \n", "Thanks, I will look into it.", "> #answer founded quality\n> quoted"],
)
def test_no_command(body: str) -> None:
    assert parse_commands(body) == []


def test_command_below_a_greeting_is_refused() -> None:
    err = error("Hello,\n\n#answer unfounded\nText")
    assert (err.code, err.line) == ("command_not_first", 3)
    assert "first line" in err.message


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("#reply founded\nText", "#reply is not a command"),
        ("#anwser founded\nText", "Did you mean #answer?"),
        ("#assing a@x.be", "Did you mean #assign?"),
    ],
)
def test_unknown_command(body: str, fragment: str) -> None:
    err = error(body)
    assert (err.code, err.line) == ("unknown_command", 1)
    assert fragment in err.message
    assert "#inadmissible" in err.message  # lists the commands


# --- end of the fresh text: signature and quoted original --------------------------------------

ANSWER = "#answer unfounded\nDear Sir,\nYour pension was computed correctly.\n"


@pytest.mark.parametrize(
    "tail",
    [
        # RFC 3676 signature delimiter, with and without its trailing space
        "-- \nJean Dupont\nSPF Exemple",
        "--\nJean Dupont",
        # quoted lines
        "> On 2 March you wrote …",
        "  > indented quote",
        # English (Gmail, Thunderbird, Apple Mail)
        "On Mon, 2 Mar 2026 at 10:00, Citizen <c@example.org> wrote:\n> complaint",
        "On 02/03/2026 10:00, Citizen wrote:\n> complaint",
        # Gmail wraps a long attribution
        "On Mon, 2 Mar 2026 at 10:00, A Very Long Citizen Name <\nc@example.org> wrote:\n> x",
        # French, with the no-break spaces of French typography
        "Le lun. 2 mars 2026 à 10:00, Citoyen <c@example.org> a écrit :\n> plainte",
        "Le 02/03/2026 à 10:00, Citoyen a\u00a0écrit\u202f:\n> plainte",
        # Dutch
        "Op ma 2 mrt. 2026 om 10:00 schreef Burger <c@example.org>:\n> klacht",
        "Op 2 maart 2026 schreef Burger:\n> klacht",
        # German
        "Am 02.03.2026 um 10:00 schrieb Bürger <c@example.org>:\n> Beschwerde",
        # Outlook header blocks, EN/FR/NL/DE, with the ruler above them
        "________________________________\nFrom: Citizen <c@example.org>\nSent: Monday\nTo: x",
        "De : Citoyen <c@example.org>\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : plaintes",
        "Van: Burger <c@example.org>\nVerzonden: maandag 2 maart 2026 10:00\nAan: klachten",
        "Von: Bürger <c@example.org>\nGesendet: Montag, 2. März 2026 10:00\nAn: beschwerden",
        "-----Original Message-----\nFrom: c@example.org",
        "-----Message d'origine-----\nDe : c@example.org",
        "-----Oorspronkelijk bericht-----\nVan: c@example.org",
        "-----Ursprüngliche Nachricht-----\nVon: c@example.org",
        "---------- Forwarded message ---------\nFrom: c@example.org",
        # mobile signatures
        "Sent from my iPhone",
        "Envoyé de mon iPhone",
        "Verzonden vanaf mijn iPhone",
        "Von meinem iPhone gesendet",
    ],
)
def test_text_stops_at_signature_or_quote(tail: str) -> None:
    cmd = one(ANSWER + "\n" + tail + "\n#note this is quoted and must not count\n")
    assert cmd.text == "Dear Sir,\nYour pension was computed correctly."


@pytest.mark.parametrize(
    "line",
    [
        "Le citoyen a écrit : il conteste le montant.",  # no date, no address: not an attribution
        "Le citoyen a écrit :",
        "On the phone he said he wrote:",
        "Van: de dienst pensioenen werd uw dossier doorgestuurd.",  # 'Van:' without 'Verzonden:'
        "--- a dash line that is not a signature",
    ],
)
def test_look_alikes_of_quote_markers_stay_in_the_text(line: str) -> None:
    cmd = one(f"#answer unfounded\nFirst.\n{line}\nLast.")
    assert cmd.text == f"First.\n{line}\nLast."


def test_fresh_lines() -> None:
    assert fresh_lines("a\r\nb\r\n> c\r\nd") == ["a", "b"]
    assert fresh_lines("\ufeff#note x\u200b") == ["#note x"]


def test_usage_lists_every_verb() -> None:
    for verb in Verb:
        assert f"#{verb}" in USAGE


# --- #type (Network indicator 1) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("suggestion", "suggestion"),
        ("Information-Request", "information_request"),
        ("information_request", "information_request"),
        ("signalement", "report"),
        ("thanks", "other"),
        ("complaint", "complaint"),
    ],
)
def test_type(word: str, expected: str) -> None:
    from bot.commands.parse import SetRequestType

    command = one(f"#type {word}\n")
    assert isinstance(command, SetRequestType) and command.request_type == expected


def test_type_errors() -> None:
    assert error("#type\n").code == "missing_type"
    err = error("#type sugestion\n")
    assert err.code == "unknown_type" and "suggestion" in str(err)
    assert error("#type report\n#type other\n").code == "repeated"
    assert "#type" in USAGE
