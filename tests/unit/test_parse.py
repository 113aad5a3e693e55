"""bot.intake.parse: bytes -> ParsedMail on the kinds of mail real servers deliver."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.errors import ParseError
from bot.intake.parse import parse
from bot.mail import ParsedMail

DATA = Path(__file__).parent.parent / "data" / "parse"


def load(name: str, **limits: int) -> ParsedMail:
    return parse((DATA / name).read_bytes(), **limits)


def mail(*headers: str, body: str | bytes = "Hello.", sep: str = "\n") -> bytes:
    """A message from header lines and a body; `sep` picks LF or CRLF files."""
    head = sep.join(headers).encode("utf-8", "surrogateescape")
    payload = body if isinstance(body, bytes) else body.encode()
    return head + sep.encode() + sep.encode() + payload


# ---------------------------------------------------------------- headers


def test_plain_mail_fields() -> None:
    parsed = parse(
        mail(
            'From: "Dupont, Jean" <Jean.Dupont@Example.BE>',
            "To: a@example.be, B <b@example.be>",
            "Cc: c@example.be",
            "Reply-To: <Reply@Example.be>",
            "Subject: Ma plainte",
            "Date: Tue, 10 Mar 2026 09:15:00 +0100",
            "Message-ID: <abc@example.be>",
            "In-Reply-To: <ack.plt-2026-000901@federal.example.be> (your message of Monday)",
            "References: <one@x.be>\n <ack.plt-2026-000901@federal.example.be>",
            "Content-Type: text/plain; charset=utf-8",
            body="Bonjour.\n",
        )
    )
    assert parsed.from_addr == "jean.dupont@example.be"
    assert parsed.from_name == "Dupont, Jean"
    assert parsed.to == ("a@example.be", "b@example.be")
    assert parsed.cc == ("c@example.be",)
    assert parsed.reply_to == "reply@example.be"
    assert parsed.message_id == "abc@example.be"
    assert parsed.in_reply_to == "ack.plt-2026-000901@federal.example.be"
    assert parsed.references == ("one@x.be", "ack.plt-2026-000901@federal.example.be")
    assert parsed.date == datetime(2026, 3, 10, 8, 15, tzinfo=UTC)
    assert parsed.date is not None and parsed.date.utcoffset() == timedelta(hours=1)
    assert parsed.text == "Bonjour."
    assert parsed.html is None
    assert parsed.content_type == "text/plain"
    assert parsed.header("SUBJECT") == "Ma plainte"
    assert parsed.headers["references"] == ("<one@x.be> <ack.plt-2026-000901@federal.example.be>",)


def test_rfc2047_subject_and_name() -> None:
    parsed = parse(
        mail(
            "From: =?iso-8859-1?Q?Andr=E9_L=E9onard?= <andre@example.com>",
            "Subject: =?UTF-8?B?UsOpY2xhbWF0aW9u?= =?UTF-8?Q?_contre_la_d=C3=A9cision?=",
        )
    )
    assert parsed.from_name == "André Léonard"
    assert parsed.subject == "Réclamation contre la décision"


def test_encoded_word_split_inside_a_character() -> None:
    # "é" is C3 A9: one encoder put C3 in one word and A9 in the next.
    parsed = parse(mail("From: a@b.be", "Subject: =?utf-8?b?UsM=?= =?utf-8?b?qWNsYW1l?="))
    assert parsed.subject == "Réclame"


@pytest.mark.parametrize(
    "subject",
    [
        "=?UTF-8?B?aGVsbG/w?=",  # truncated UTF-8 in base64
        "=?UTF-8?Q?hello=F0=?=",  # truncated UTF-8 and a dangling "=" in QP
        "=?UTF-8?B?aGVsbG8?=",  # missing padding
        "=?UTF-8?B?aGVsbG8=!!?=",  # junk after the padding
        "=?x-unknown?Q?hello?=",  # charset nobody knows
        "=?utf-7?B?aGVsbG8=?=",  # UTF-7, unknown to policy.default
    ],
)
def test_broken_encoded_words_give_text(subject: str) -> None:
    parsed = parse(mail("From: a@b.be", f"Subject: {subject}"))
    assert parsed.subject.startswith("hello")


def test_header_values_have_no_line_breaks() -> None:
    # A decoded CR/LF would let "X: y" become a header when the value is copied downstream.
    parsed = parse(
        mail(
            "From: =?utf-8?q?Eve=0D=0ABcc:_victim@example.org?= <eve@example.org>",
            "Subject: =?utf-8?q?Hi=0D=0AX-Injected:_yes?=",
            "X-Folded: first\n\tsecond",
        )
    )
    for values in parsed.headers.values():
        assert all("\r" not in v and "\n" not in v for v in values)
    assert "\n" not in parsed.subject and "\r" not in parsed.subject
    assert "\n" not in parsed.from_name
    assert parsed.from_addr == "eve@example.org"
    assert parsed.header("x-folded") == "first second"


def test_eight_bit_headers() -> None:
    raw = b"From: Jos\xe9 <jose@example.be>\nSubject: R\xc3\xa9clamation\n\nx"
    parsed = parse(raw)
    assert parsed.from_name == "José"
    assert parsed.subject == "Réclamation"


def test_malformed_addresses_do_not_crash() -> None:
    parsed = parse(
        mail(
            "From: quux@example.org",
            "To: <bar@example.org",
            "Cc: baz@example.org>, ,;; <<>>",
            "Reply-To: not an address",
        )
    )
    assert parsed.to == ("bar@example.org",)
    assert parsed.cc == ("baz@example.org",)
    assert parsed.reply_to is None


def test_missing_sender_ids_and_date() -> None:
    parsed = parse(mail("Subject: nothing else", "Date: the day after tomorrow"))
    assert parsed.from_addr == ""
    assert parsed.from_name == ""
    assert parsed.message_id is None
    assert parsed.in_reply_to is None
    assert parsed.references == ()
    assert parsed.date is None


def test_in_reply_to_junk_and_naive_date() -> None:
    parsed = parse(
        mail(
            "From: a@b.be",
            "In-Reply-To: Your message of Mon, 9 Mar 2026 <m1@x.be> and <m2@x.be>",
            "Date: Mon, 9 Mar 2026 10:00:00 -0000",
        )
    )
    assert parsed.in_reply_to == "m1@x.be"
    assert parsed.date == datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
    assert parsed.date.tzinfo is not None


# ---------------------------------------------------------------- charsets


def test_utf8_declared_windows_1252_is_read_as_utf8() -> None:
    body = "J'étais convoqué à 9h « déjà »".encode()
    parsed = parse(
        mail("From: a@b.be", "Content-Type: text/plain; charset=windows-1252", body=body)
    )
    assert parsed.text == "J'étais convoqué à 9h « déjà »"


def test_real_windows_1252_stays_windows_1252() -> None:
    body = "Réclamation – 15 € “urgent”".encode("cp1252")
    parsed = parse(mail("From: a@b.be", "Content-Type: text/plain; charset=iso-8859-1", body=body))
    assert parsed.text == "Réclamation – 15 € “urgent”"


def test_html_part_without_mime_charset_uses_its_meta_charset() -> None:
    # Cyrillic in KOI8-R decodes as (wrong) cp1252 text unless the <meta> declaration is read.
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        "</head><body><p>Жалоба на задержку</p></body></html>"
    ).encode("koi8-r")
    parsed = parse(mail("From: a@b.be", "Content-Type: text/html", body=html))
    assert parsed.text == "Жалоба на задержку"


def test_latin1_bytes_declared_utf8() -> None:
    body = "Numéro de dossier refusé".encode("latin-1")
    parsed = parse(mail("From: a@b.be", "Content-Type: text/plain; charset=utf-8", body=body))
    assert parsed.text == "Numéro de dossier refusé"


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/plain", "Gefährdet".encode(), "Gefährdet"),  # missing charset: UTF-8 first
        ("text/plain", "Gefährdet".encode("cp1252"), "Gefährdet"),  # then cp1252
        ('text/plain; charset=""', "Gefährdet".encode(), "Gefährdet"),
        ("text/plain; charset=x-unknown", "Gefährdet".encode("cp1252"), "Gefährdet"),
        ("text/plain; charset=unicode-1-1-utf-7", b"Gef+AOQ-hrdet", "Gefährdet"),
        ("text/plain; charset=utf-7", b"Gef+AOQ-hrdet", "Gefährdet"),
        ("text/plain; charset=hz-gb-2312", b"~{<:Ky2;S{#,NpJ)l6HK!#~}", "己所不欲，勿施於人。"),
    ],
)
def test_charset_fallbacks(content_type: str, body: bytes, expected: str) -> None:
    parsed = parse(mail("From: a@b.be", f"Content-Type: {content_type}", body=body))
    assert parsed.text == expected


def test_double_encoded_utf8_is_repaired() -> None:
    body = "Ã©tÃ© dÃ©jÃ\xa0 payÃ©".encode()  # UTF-8 of text that was already mojibake
    parsed = parse(mail("From: a@b.be", "Content-Type: text/plain; charset=utf-8", body=body))
    assert parsed.text == "été déjà payé"


def test_missing_body_charset_taken_from_the_headers() -> None:
    # Webmail that labels the Subject GB2312 but sends the body without any charset.
    body = "您好，我的申请没有回复。".encode("gb18030")
    parsed = parse(mail("From: a@b.be", "Subject: =?GB2312?B?yM7A1svJ?=", body=body))
    assert parsed.text == "您好，我的申请没有回复。"


def test_eight_bit_charset_name_does_not_crash() -> None:
    raw = b'From: a@b.be\nContent-Type: text/plain; charset="utf\xe9-8"\n\nd\xc3\xa9j\xc3\xa0'
    assert parse(raw).text == "déjà"


# ---------------------------------------------------------------- bodies


def test_html_only_becomes_clean_text() -> None:
    parsed = load("html_only.eml")
    assert parsed.html is not None and "<script>" in parsed.html
    text = parsed.text
    assert text.startswith("Bonjour,\n\nMon dossier de pension est bloqué depuis trois mois.\n")
    assert "Merci de réagir." in text
    assert "Dossier PEN-123\nStatut bloqué" in text
    assert text.endswith("Jean Dupont")
    for hidden in ("evil", "color", "Newsletter title", "comment", "preheader", "javascript"):
        assert hidden not in text
    assert "PIXEL" not in text and "track.example.net" not in text
    assert "  " not in text and "\n\n\n" not in text
    assert parsed.from_name == "Service Pensions"
    assert parsed.attachments == ()


def test_alternative_prefers_plain_and_keeps_html(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.intake.parse as module

    def no_html(*args: object, **kwargs: object) -> None:
        raise AssertionError("HTML-to-text must not run when text/plain exists")

    monkeypatch.setattr(module, "_html_to_text", no_html)
    raw = mail(
        "From: a@b.be",
        'Content-Type: multipart/alternative; boundary="b"',
        body="--b\nContent-Type: text/plain\n\nPlain body\n--b\nContent-Type: text/html\n\n"
        "<p>HTML body</p>\n--b--\n",
    )
    parsed = parse(raw)
    assert parsed.text == "Plain body"
    assert parsed.html == "<p>HTML body</p>"


def test_blank_plain_alternative_falls_back_to_html() -> None:
    raw = mail(
        "From: a@b.be",
        'Content-Type: multipart/alternative; boundary="b"',
        body="--b\nContent-Type: text/plain\n\n \n--b\nContent-Type: text/html\n\n"
        "<div>Only here</div>\n--b--\n",
    )
    assert parse(raw).text == "Only here"


@pytest.mark.parametrize(
    "markup",
    ["https://example.org/a-link-only", "fichier.html", '<?xml version="1.0"?><doc>x</doc>'],
)
def test_html_that_is_hardly_markup(markup: str) -> None:
    # filterwarnings=error: a parser warning would fail here (and spam logs in production).
    parsed = parse(mail("From: a@b.be", "Content-Type: text/html", body=markup))
    assert parsed.text


def test_crlf_and_lf_files_parse_alike() -> None:
    headers = ("From: a@b.be", "Subject: Ligne", "Content-Type: text/plain; charset=utf-8")
    body = "un\ndeux\n\ntrois\n"
    lf = parse(mail(*headers, body=body))
    crlf = parse(mail(*headers, body=body.replace("\n", "\r\n"), sep="\r\n"))
    assert lf.text == crlf.text == "un\ndeux\n\ntrois"
    assert lf.subject == crlf.subject == "Ligne"


def test_empty_body_and_no_body() -> None:
    assert parse(b"From: a@b.be\nSubject: empty\n\n").text == ""
    assert parse(b"From: a@b.be\nSubject: no separator").subject == "no separator"
    no_body = parse(b"From: a@b.be\nContent-Type: multipart/mixed; boundary=x\n\n")
    assert no_body.text == "" and no_body.attachments == ()


def test_multipart_without_final_boundary() -> None:
    parsed = load("no_final_boundary.eml")
    assert parsed.text == "Je n'ai toujours pas reçu la décision."
    [pdf] = parsed.attachments
    assert (pdf.filename, pdf.content_type) == ("scan.pdf", "application/pdf")
    assert pdf.data is not None and pdf.data.startswith(b"%PDF-1.4")
    assert "missing final boundary" in parsed.defects


def test_nul_bytes_never_reach_text() -> None:
    parsed = parse(mail("From: a@b.be", body=b"a\x00b"))
    assert parsed.text == "ab"


# ---------------------------------------------------------------- attachments


def attachment_mail(filename_param: str, data: bytes = b"%PDF-1.4 x", ctype: str = "") -> bytes:
    return mail(
        "From: a@b.be",
        'Content-Type: multipart/mixed; boundary="b"',
        body=(
            "--b\nContent-Type: text/plain\n\nSee attached.\n--b\n"
            f"Content-Type: {ctype or 'application/pdf'}\n"
            f"Content-Disposition: attachment{filename_param}\n"
            "Content-Transfer-Encoding: base64\n\n"
            f"{base64.encodebytes(data).decode()}\n--b--\n"
        ),
    )


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        ('; filename="../../etc/passwd"', "passwd"),
        ('; filename="C:\\\\Users\\\\x\\\\evil.exe"', "evil.exe"),
        ("; filename*=utf-8''con%0D%0AX%3A%20y", "conX_ y"),  # decodes to "con\r\nX: y"
        ('; filename="=?utf-8?q?con=0D=0AX:_y?="', "conX_ y"),
        ('; filename="con.txt"', "_con.txt"),
        ('; filename=".."', "attachment-1.pdf"),
        ('; filename=""', "attachment-1.pdf"),
        ("", "attachment-1.pdf"),
        ('; filename="gpj\u202e.exe"', "gpj.exe"),  # right-to-left override removed
        ('; filename="=?utf-8?q?d=C3=A9cision.pdf?="', "décision.pdf"),  # RFC 2047 (not allowed)
        ("; filename*=utf-8''d%C3%A9cision%20finale.pdf", "décision finale.pdf"),  # RFC 2231
        ("; filename*=iso-8859-1''d%E9cision.pdf", "décision.pdf"),
    ],
)
def test_safe_file_names(param: str, expected: str) -> None:
    [attachment] = parse(attachment_mail(param)).attachments
    assert attachment.filename == expected


def test_long_file_name_keeps_extension() -> None:
    [attachment] = parse(attachment_mail(f'; filename="{"é" * 300}.pdf"')).attachments
    assert len(attachment.filename.encode("utf-8")) <= 255
    assert attachment.filename.endswith("é.pdf")


def test_header_injection_in_file_name_raw_crlf() -> None:
    raw = attachment_mail('; filename="con\r\nX: y"'.replace("\r\n", "\r\n "))  # folded
    [attachment] = parse(raw).attachments
    assert "\r" not in attachment.filename and "\n" not in attachment.filename


def test_attachment_over_limit_is_listed_without_data() -> None:
    parsed = parse(attachment_mail('; filename="big.pdf"', b"x" * 1000), max_attachment_bytes=999)
    [big] = parsed.attachments
    assert big.data is None
    assert big.size == 1000
    assert big.skipped == "too large (1000 bytes > 999)"
    assert parsed.text == "See attached."


def test_too_many_attachments() -> None:
    parts = "".join(
        f"--b\nContent-Type: image/png\nContent-Disposition: attachment; filename=p{i}.png\n\n"
        "data\n"
        for i in range(4)
    )
    raw = mail("From: a@b.be", 'Content-Type: multipart/mixed; boundary="b"', body=parts + "--b--")
    parsed = parse(raw, max_attachments=2)
    assert [a.filename for a in parsed.attachments] == ["p0.png", "p1.png", "p2.png", "p3.png"]
    assert [a.data is not None for a in parsed.attachments] == [True, True, False, False]
    assert parsed.attachments[3].skipped == "more than 2 attachments"


def test_same_name_twice_gets_distinct_names() -> None:
    part = "--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\nx\n"
    raw = mail("From: a@b.be", 'Content-Type: multipart/mixed; boundary="b"', body=part * 2)
    assert [a.filename for a in parse(raw).attachments] == ["a.txt", "a-2.txt"]


def test_broken_base64_keeps_what_decodes() -> None:
    good = base64.b64encode(b"%PDF-1.4 hello world").decode()
    parsed = parse(attachment_mail("", ctype="application/pdf").replace(good[:4].encode(), b"!"))
    [attachment] = parsed.attachments
    assert attachment.data is not None
    broken = "JVBERi0xLjQgaGVsbG8gd29ybGQ=X"  # a stray char after the padding: 1 mod 4
    raw = mail(
        "From: a@b.be",
        "Content-Type: application/pdf",
        "Content-Transfer-Encoding: base64",
        body=broken,
    )
    [attachment] = parse(raw).attachments
    assert attachment.data == b"%PDF-1.4 hello world"
    with pytest.raises(binascii.Error):
        binascii.a2b_base64(broken.encode(), strict_mode=True)


def test_inline_image_with_content_id() -> None:
    raw = mail(
        "From: a@b.be",
        'Content-Type: multipart/related; boundary="b"',
        body="--b\nContent-Type: text/html\n\n<p>Voir <img src=cid:logo1></p>\n--b\n"
        "Content-Type: image/png\nContent-ID: <logo1>\nContent-Disposition: inline\n\nxx\n--b--\n",
    )
    [image] = parse(raw).attachments
    assert image.inline and image.content_id == "logo1"
    assert image.filename == "attachment-1.png"


def test_tnef_is_kept_as_attachment() -> None:
    raw = mail(
        "From: a@b.be",
        'Content-Type: multipart/mixed; boundary="b"',
        body="--b\nContent-Type: text/plain\n\nSee attached.\n--b\n"
        "Content-Type: application/ms-tnef\nContent-Transfer-Encoding: base64\n\n"
        "eJ8+IgEAAQ==\n--b--\n",
    )
    [tnef] = parse(raw).attachments
    assert tnef.filename == "winmail.dat"
    assert tnef.content_type == "application/ms-tnef"
    assert tnef.data == b"\x78\x9f\x3e\x22\x01\x00\x01"


def test_inline_uuencode_becomes_attachment() -> None:
    encoded = binascii.b2a_uu(b"Hello uuencode\n").decode()
    body = f"Voici le fichier.\n\nbegin 644 note.txt\n{encoded}`\nend\n\nCordialement\n"
    parsed = parse(mail("From: a@b.be", body=body))
    [note] = parsed.attachments
    assert (note.filename, note.data, note.content_type) == (
        "note.txt",
        b"Hello uuencode\n",
        "text/plain",
    )
    assert "begin 644" not in parsed.text
    assert parsed.text.startswith("Voici le fichier.") and parsed.text.endswith("Cordialement")


def test_bad_uuencode_stays_text() -> None:
    body = "begin 644 weird.doc\nthis is not uuencode at all, just text éé\nend\n"
    parsed = parse(mail("From: a@b.be", body=body))
    assert parsed.attachments == ()
    assert "begin 644 weird.doc" in parsed.text


# ---------------------------------------------------------------- forwards and reports


def test_forwarded_message_is_parsed() -> None:
    parsed = load("forward.eml")
    assert parsed.text.startswith("Bonjour, nous vous transmettons")
    assert parsed.attachments == ()  # the forward's image belongs to the forward
    [original] = parsed.forwarded
    assert original.from_addr == "andre.leonard@example.com"
    assert original.from_name == "André Léonard"
    assert original.subject == "Remboursement attendu depuis 3 mois"
    assert original.message_id == "orig-42@example.com"
    assert original.text == "J'attends mon remboursement depuis trois mois."
    assert [a.filename for a in original.attachments] == ["preuve payée.png"]


def test_forward_nesting_is_bounded() -> None:
    inner = b"From: deep@x.be\nSubject: level\n\nbottom"
    for _ in range(6):
        inner = b"From: a@b.be\nContent-Type: message/rfc822\n\n" + inner
    parsed = parse(inner)
    depth, node = 0, parsed
    while node.forwarded:
        node, depth = node.forwarded[0], depth + 1
    assert depth == 3
    assert node.attachments and node.attachments[0].content_type == "message/rfc822"


def test_dsn_with_rfc822_headers() -> None:
    parsed = load("dsn_headers_only.eml")
    assert parsed.content_type == "multipart/report"
    assert parsed.report_type == "delivery-status"
    assert parsed.from_addr == "mailer-daemon@mx1.example.org"
    assert parsed.text.startswith("This is the mail system")
    [returned] = parsed.forwarded
    assert returned.message_id == "ack.plt-2026-000925@federal.example.be"
    assert returned.subject == "[PLT-2026-000925] Accusé de réception"
    assert returned.text == "" and returned.html is None
    [status] = parsed.attachments
    assert status.content_type == "message/delivery-status"
    assert status.data is not None and b"Status: 5.1.1" in status.data


# ---------------------------------------------------------------- what is not a mail


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \r\n\r\n", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x00\x01\x02binary"],
)
def test_not_a_mail_raises_parse_error(raw: bytes) -> None:
    with pytest.raises(ParseError):
        parse(raw)


def test_leading_blank_lines_are_tolerated() -> None:
    parsed = parse(b"\r\n\r\nFrom: a@b.be\r\nSubject: late start\r\n\r\nbody")
    assert parsed.subject == "late start" and parsed.text == "body"


def test_absurd_nesting_does_not_escape_as_another_exception() -> None:
    raw = b"From: a@b.be\n"
    for i in range(400):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
    raw += b"Content-Type: text/plain\n\ndeep\n"
    try:
        parsed = parse(raw)
    except ParseError:
        return
    assert any("nested deeper" in d for d in parsed.defects)


def test_size_is_raw_length() -> None:
    raw = mail("From: a@b.be", body="x" * 10)
    assert parse(raw).size == len(raw)


def test_datetime_is_aware_for_odd_zones() -> None:
    parsed = parse(mail("From: a@b.be", "Date: Thu, 12 Mar 2026 10:00:00 +0530"))
    assert parsed.date is not None
    assert parsed.date.tzinfo is not None
    assert parsed.date.utcoffset() == timedelta(hours=5, minutes=30)
    assert parsed.date == datetime(2026, 3, 12, 10, 0, tzinfo=timezone(timedelta(hours=5.5)))


@pytest.mark.parametrize("tag", ["<br>", "<p>x", "<li>x", "<div>", "<div>a"])
def test_html_with_50000_elements_keeps_the_text_after_them(tag: str) -> None:
    # The former converter went quadratic here (minutes); bench/parse_html.py measures it.
    markup = f"<html><body>{tag * 50_000}<p>Ma plainte porte sur mon dossier.</p></body></html>"
    parsed = parse(mail("From: a@b.be", "Content-Type: text/html; charset=utf-8", body=markup))
    assert parsed.text.endswith("Ma plainte porte sur mon dossier.")


def test_html_nested_deeper_than_libxml2_goes_still_gives_its_text() -> None:
    markup = "<div>" * 5000 + "début<script>x()</script> milieu" + "</div>" * 5000 + "<p>fin</p>"
    text = parse(mail("From: a@b.be", "Content-Type: text/html; charset=utf-8", body=markup)).text
    assert "début" in text and "milieu" in text and text.endswith("fin")
    assert "x()" not in text


def test_html_over_its_time_budget_is_a_parse_error() -> None:
    from bot.intake.parse import HtmlBudgetError, _html_to_text

    with pytest.raises(HtmlBudgetError):
        _html_to_text("<p>x</p>" * 10, budget=-1.0)


def test_dropped_elements_keep_the_text_that_follows_them() -> None:
    from bot.intake.parse import _html_to_text

    markup = '<p>a<script>s()</script>b<span style="display:none">h</span>c</p><p>d</p>'
    assert _html_to_text(markup) == "abc\n\nd"


def test_a_message_forwarded_inside_itself_500_deep_still_parses() -> None:
    raw = mail("From: a@b.be", "Subject: Plainte", body="Mon dossier est introuvable.")
    for depth in range(500):
        raw = (
            f"From: loop{depth}@b.be\nSubject: Fwd\nMIME-Version: 1.0\n"
            "Content-Type: message/rfc822\n\n"
        ).encode() + raw
    parsed = parse(raw)
    assert parsed.from_addr == "loop499@b.be"
    defects, level = [], parsed
    while level.forwarded:
        level = level.forwarded[0]
        defects += level.defects
    assert any("nested too deeply" in d for d in defects)
