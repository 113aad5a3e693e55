"""The retry policy as a table: sort the failure, then retry later or give up."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta

import aiosmtplib
import pytest

from bot.outbox.retry import (
    Failure,
    FailureKind,
    GiveUp,
    Retry,
    RetryPolicy,
    classify,
    classify_reply,
)

T, P, B = FailureKind.TEMPORARY, FailureKind.PERMANENT, FailureKind.BUG
NOW = datetime(2026, 3, 2, 9, 0)
POLICY = RetryPolicy()  # first 1 min, factor 3, cap 6 h, 8 attempts
MIN = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("attempts", "expected"),
    [
        (1, 1 * MIN),  # 1 min * 3**0
        (2, 3 * MIN),  # 1 min * 3**1
        (3, 9 * MIN),  # 1 min * 3**2
        (4, 27 * MIN),  # 1 min * 3**3
        (5, 81 * MIN),  # 1 min * 3**4 = 1 h 21 min
        (6, 243 * MIN),  # 1 min * 3**5 = 4 h 03 min
        (7, 360 * MIN),  # 1 min * 3**6 = 729 min > cap 6 h = 360 min
        (50, 360 * MIN),  # 3**49 would overflow timedelta; the cap is reached first
    ],
)
def test_delay_table(attempts: int, expected: timedelta) -> None:
    assert POLICY.delay(attempts) == expected


def test_total_time_before_giving_up() -> None:
    # 1 + 3 + 9 + 27 + 81 + 243 + 360 = 724 min ≈ 12 h between the 1st and the 8th attempt.
    assert sum((POLICY.delay(n) for n in range(1, 8)), timedelta()) == 724 * MIN


@pytest.mark.parametrize(
    ("policy", "attempts", "expected"),
    [
        # 30 s * 2**(3-1) = 120 s
        (RetryPolicy(first_delay=timedelta(seconds=30), factor=2), 3, timedelta(seconds=120)),
        # 30 s * 2**(10-1) = 15360 s > cap 600 s
        (
            RetryPolicy(first_delay=timedelta(seconds=30), factor=2, cap=timedelta(minutes=10)),
            10,
            timedelta(minutes=10),
        ),
        # factor 1: constant delay, 5 min every time
        (RetryPolicy(first_delay=timedelta(minutes=5), factor=1), 6, timedelta(minutes=5)),
    ],
)
def test_delay_other_policies(policy: RetryPolicy, attempts: int, expected: timedelta) -> None:
    assert policy.delay(attempts) == expected


def test_delay_needs_at_least_one_attempt() -> None:
    with pytest.raises(ValueError):
        POLICY.delay(0)


TEMP = Failure(T, 451, "try later")
PERM = Failure(P, 550, "no such user")
BUG = Failure(B, None, "KeyError: 'x'")


@pytest.mark.parametrize(
    ("attempts", "failure", "expected"),
    [
        (1, TEMP, Retry(NOW + 1 * MIN)),  # first failure: 1 min
        (3, TEMP, Retry(NOW + 9 * MIN)),  # third failure: 1 * 3**2 = 9 min
        (7, TEMP, Retry(NOW + 360 * MIN)),  # 7 < 8: still retried, delay capped at 6 h
        (8, TEMP, GiveUp("gave up after 8 attempts; last: temporary: 451 try later")),
        (1, PERM, GiveUp("permanent: 550 no such user")),  # 5xx: no second attempt
        (1, BUG, GiveUp("bug: KeyError: 'x'")),  # our own error: set aside, not repeated
    ],
)
def test_after_failure_table(attempts: int, failure: Failure, expected: Retry | GiveUp) -> None:
    assert POLICY.after_failure(attempts=attempts, failure=failure, now=NOW) == expected


def test_max_attempts_comes_from_settings() -> None:
    from bot.settings import Smtp

    policy = RetryPolicy.from_settings(Smtp(max_attempts=2))
    assert policy.after_failure(attempts=1, failure=TEMP, now=NOW) == Retry(NOW + MIN)
    assert isinstance(policy.after_failure(attempts=2, failure=TEMP, now=NOW), GiveUp)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (421, T),  # service not available, closing channel
        (450, T),  # mailbox unavailable (busy, greylisted)
        (451, T),  # local error in processing
        (452, T),  # insufficient storage
        (500, P),  # syntax error
        (550, P),  # mailbox unavailable (no such user, policy)
        (552, P),  # exceeded storage allocation
        (554, P),  # transaction failed
        (-1, T),  # aiosmtplib: garbled reply; nothing definite was said
    ],
)
def test_reply_codes(code: int, kind: FailureKind) -> None:
    assert classify_reply(code) is kind


def refused(*codes: int) -> aiosmtplib.SMTPRecipientsRefused:
    return aiosmtplib.SMTPRecipientsRefused(
        [aiosmtplib.SMTPRecipientRefused(c, "refused", f"r{c}@example.org") for c in codes]
    )


@pytest.mark.parametrize(
    ("exc", "kind", "code"),
    [
        (refused(550), P, 550),
        (refused(450), T, 450),
        (refused(550, 451), T, 550),  # one recipient may succeed later: temporary
        (aiosmtplib.SMTPSenderRefused(553, "sender rejected", "us@example.be"), P, 553),
        (aiosmtplib.SMTPDataError(554, "5.7.1 message rejected as spam"), P, 554),
        (aiosmtplib.SMTPDataError(451, "4.7.1 greylisted"), T, 451),
        (aiosmtplib.SMTPResponseException(421, "closing"), T, 421),
        (aiosmtplib.SMTPServerDisconnected("lost"), T, None),
        (aiosmtplib.SMTPReadTimeoutError("timed out"), T, None),
        (aiosmtplib.SMTPConnectError("refused"), T, None),
        (ConnectionResetError(104, "reset by peer"), T, None),
        (TimeoutError(), T, None),
        (socket.gaierror(-2, "Name or service not known"), T, None),
        (aiosmtplib.SMTPNotSupported("SMTPUTF8 is not supported"), P, None),
        (KeyError("raw"), B, None),
        (ValueError("bad"), B, None),
    ],
)
def test_classify_exceptions(exc: BaseException, kind: FailureKind, code: int | None) -> None:
    failure = classify(exc)
    assert (failure.kind, failure.code) == (kind, code)
    assert failure.message


def test_description_is_one_line_and_bounded() -> None:
    failure = classify(aiosmtplib.SMTPDataError(554, "line one\r\nline two " + "x" * 2000))
    assert "\n" not in failure.describe()
    assert len(failure.describe()) <= 1000


def test_a_section_without_max_attempts_gets_the_default_of_eight() -> None:
    """Was a TypeError: the fallback read the slot descriptor `cls.max_attempts`, not 8."""
    policy = RetryPolicy.from_settings(object())
    assert policy.max_attempts == 8
    assert policy.after_failure(attempts=7, failure=TEMP, now=NOW) == Retry(
        NOW + timedelta(hours=6)
    )
    assert isinstance(policy.after_failure(attempts=8, failure=TEMP, now=NOW), GiveUp)
