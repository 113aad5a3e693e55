"""Signed reply tokens: round trip, tampering, expiry, wrong handler, key checks, addresses."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.commands.tokens import (
    TOKEN_LENGTH,
    ReplyAddress,
    TokenKeyError,
    TokenStatus,
    check_key,
    key_from_env,
    make_token,
    parse_reply_address,
    reply_address,
    verify_token,
)

KEY = b"0123456789abcdefghijklmnopqrstuvwxyz-KEY"  # 40 bytes, test only
OTHER_KEY = b"ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210-key"
ISSUED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HANDLER = "Jean.Dupont@Federal.example.be"


def _token(**kw) -> str:
    args = {"case_id": 123, "handler": HANDLER, "key": KEY, "issued": ISSUED} | kw
    case_id, handler = args.pop("case_id"), args.pop("handler")
    return make_token(case_id, handler, **args)


def _verify(token: str, **kw):
    args = {
        "key": KEY,
        "case_id": 123,
        "handler": HANDLER,
        "now": ISSUED + timedelta(days=3),
        "max_age_days": 30,
    } | kw
    return verify_token(token, **args)


def test_token_shape() -> None:
    token = _token()
    assert len(token) == TOKEN_LENGTH == 24
    assert re.fullmatch(r"[a-z2-7]+", token)  # lower-case base32, no padding
    assert _token() == token  # deterministic
    assert _token(case_id=124) != token


def test_round_trip() -> None:
    check = _verify(_token())
    assert check.ok and bool(check)
    assert check.status is TokenStatus.OK
    assert check.issued == ISSUED


@pytest.mark.parametrize(
    "handler",
    [
        "jean.dupont@federal.example.be",
        "JEAN.DUPONT@FEDERAL.EXAMPLE.BE",
        "  Jean.Dupont@federal.example.be ",
        "Jean Dupont <jean.dupont@Federal.Example.be>",
    ],
)
def test_handler_compared_case_insensitively(handler: str) -> None:
    assert _verify(_token(), handler=handler).ok


def test_token_survives_upper_casing() -> None:
    # Some mail systems upper-case the local part of an address.
    assert _verify(_token().upper()).ok


def test_wrong_handler() -> None:
    check = _verify(_token(), handler="marie.martin@federal.example.be")
    assert check.status is TokenStatus.WRONG_HANDLER
    assert "marie.martin@federal.example.be" in check.reason
    assert not check


def test_other_case_is_a_bad_signature() -> None:
    check = _verify(_token(), case_id=124)
    assert check.status is TokenStatus.BAD_SIGNATURE
    assert check.issued is None


def test_other_key_is_rejected() -> None:
    check = _verify(_token(), key=OTHER_KEY)
    # The handler tag is keyed too, so another key looks like another handler's token.
    assert check.status in (TokenStatus.WRONG_HANDLER, TokenStatus.BAD_SIGNATURE)


def test_old_key_still_accepted_during_rotation() -> None:
    token = _token(key=OTHER_KEY)
    assert _verify(token, key=KEY, old_keys=[OTHER_KEY]).ok


def _flip(token: str, index: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    c = token[index]
    return token[:index] + alphabet[(alphabet.index(c) + 1) % 32] + token[index + 1 :]


@pytest.mark.parametrize("index", range(TOKEN_LENGTH))
def test_every_tampered_character_is_rejected(index: int) -> None:
    check = _verify(_flip(_token(), index))
    assert not check.ok
    assert check.status in (
        TokenStatus.BAD_SIGNATURE,  # issued date or MAC changed
        TokenStatus.WRONG_HANDLER,  # handler tag changed
        TokenStatus.MALFORMED,  # version byte changed
    )


def test_pushing_the_issued_date_forward_breaks_the_signature() -> None:
    # Decode, add a year to the issued field, re-encode: the MAC no longer matches.
    token = _token()
    raw = bytearray(base64.b32decode(token.upper()))
    seconds = int.from_bytes(raw[1:5], "big") + 365 * 86400
    raw[1:5] = seconds.to_bytes(4, "big")
    forged = base64.b32encode(bytes(raw)).decode().lower()
    assert _verify(forged).status is TokenStatus.BAD_SIGNATURE


@pytest.mark.parametrize(
    ("age", "status"),
    [
        (timedelta(days=30), TokenStatus.OK),  # exactly max_age_days: still valid
        (timedelta(days=30, seconds=1), TokenStatus.EXPIRED),  # one second past
        (timedelta(days=400), TokenStatus.EXPIRED),
        (timedelta(minutes=-4), TokenStatus.OK),  # issued 4 min "later": clock skew allowed
        (timedelta(hours=-1), TokenStatus.MALFORMED),  # issued in the future
    ],
)
def test_expiry(age: timedelta, status: TokenStatus) -> None:
    check = _verify(_token(), now=ISSUED + age, max_age_days=30)
    assert check.status is status, check.reason
    if status is TokenStatus.EXPIRED:
        assert "2026-03-02" in check.reason
        assert check.issued == ISSUED


@pytest.mark.parametrize(
    "token",
    [
        "",
        "short",
        "a" * 23,
        "a" * 25,
        "0" * 24,  # 0, 1, 8, 9 are not base32
        "abcdefghijklmnopqrstuvw!",
        "aaaaaaaaaaaaaaaaaaaaaaaa",  # decodes, but version 0
    ],
)
def test_malformed(token: str) -> None:
    check = _verify(token)
    assert check.status is TokenStatus.MALFORMED


def test_sender_that_is_not_an_address() -> None:
    assert _verify(_token(), handler="not an address").status is TokenStatus.WRONG_HANDLER


@pytest.mark.parametrize(
    ("key", "fragment"),
    [
        (b"", "0 bytes"),
        (b"s3cret", "6 bytes"),
        (b"x" * 31, "31 bytes"),
        (b"changeme" * 4, "placeholder"),  # 32 bytes, only 7 distinct
        ("a-string-key-of-more-than-32-characters", "must be bytes"),
    ],
)
def test_short_or_placeholder_key(key, fragment: str) -> None:
    with pytest.raises(TokenKeyError, match=fragment):
        make_token(1, HANDLER, key=key, issued=ISSUED)
    with pytest.raises(TokenKeyError, match=fragment):
        verify_token("a" * 24, key=key, case_id=1, handler=HANDLER, now=ISSUED, max_age_days=1)


def test_short_old_key_is_rejected_too() -> None:
    with pytest.raises(TokenKeyError):
        _verify(_token(), old_keys=[b"short"])


def test_key_from_env() -> None:
    assert key_from_env({"COMPLAINTBOT_HMAC_KEY": KEY.decode()}) == KEY
    with pytest.raises(TokenKeyError, match="COMPLAINTBOT_HMAC_KEY is not set"):
        key_from_env({})
    with pytest.raises(TokenKeyError, match="at least 32"):
        key_from_env({"COMPLAINTBOT_HMAC_KEY": "too-short"})
    assert check_key(KEY) == KEY


@pytest.mark.parametrize(
    "bad",
    [
        {"case_id": 0},
        {"case_id": -5},
        {"case_id": True},
        {"handler": "nobody"},
        {"issued": datetime(2026, 3, 2, 9, 0)},  # naive
    ],
)
def test_make_token_input_errors(bad: dict) -> None:
    with pytest.raises(ValueError):
        _token(**bad)


# --- reply addresses ---------------------------------------------------------------------------


def test_reply_address_round_trip() -> None:
    token = _token()
    addr = reply_address("plaintes@federal.example.be", 123, token)
    assert addr == f"plaintes+c123.{token}@federal.example.be"
    local = addr.split("@")[0]
    assert len(local) <= 64
    assert re.fullmatch(r"[a-z0-9.+-]+", local)
    assert parse_reply_address(addr) == ReplyAddress(123, token)
    assert parse_reply_address(addr) == (123, token)  # a plain tuple too


@pytest.mark.parametrize(
    "form",
    [
        "{addr}",
        "{upper}",
        "Service des plaintes <{addr}>",
        '"Plaintes, Klachten" <{upper}>',
    ],
)
def test_parse_reply_address_forms(form: str) -> None:
    token = _token()
    addr = reply_address("plaintes@federal.example.be", 123, token)
    value = form.format(addr=addr, upper=addr.upper())
    assert parse_reply_address(value, mailbox="Plaintes@Federal.Example.be") == (123, token)


@pytest.mark.parametrize(
    "addr",
    [
        "plaintes@federal.example.be",  # no sub-address
        "plaintes+hello@federal.example.be",
        "plaintes+c123@federal.example.be",  # no token
        "plaintes+c0123.abcdefghijklmnopqrstuvwx@federal.example.be",  # leading zero
        "plaintes+cabc.abcdefghijklmnopqrstuvwx@federal.example.be",
        "plaintes+c123.abc!defghijklmnopqrstuvw@federal.example.be",
        "not an address",
        "",
    ],
)
def test_parse_reply_address_rejects(addr: str) -> None:
    assert parse_reply_address(addr) is None


def test_parse_reply_address_checks_the_mailbox() -> None:
    addr = reply_address("plaintes@federal.example.be", 7, _token(case_id=7))
    assert parse_reply_address(addr, mailbox="klachten@federal.example.be") is None
    assert parse_reply_address(addr, mailbox="plaintes@other.example.be") is None
    assert parse_reply_address(addr, mailbox="plaintes@federal.example.be") is not None


@pytest.mark.parametrize(
    ("mailbox", "token", "fragment"),
    [
        ("plaintes", "a" * 24, "not a mail address"),
        ("plaintes+x@federal.example.be", "a" * 24, "already has"),
        ("plaintes@federal.example.be", "NOT-BASE32!", "a-z and 2-7"),
        ("a-very-long-mailbox-name-for-complaints@x.be", "a" * 24, "longer than 64"),
    ],
)
def test_reply_address_errors(mailbox: str, token: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        reply_address(mailbox, 123, token)


def test_reply_address_other_separator() -> None:
    addr = reply_address("plaintes@x.be", 5, "a" * 24, separator="-")
    assert addr == f"plaintes-c5.{'a' * 24}@x.be"
    assert parse_reply_address(addr, separator="-") == (5, "a" * 24)
