"""Retry policy for outgoing mail as pure data: sort a failure, then say when to try again or stop.

Failures are sorted three ways, as Mailman's outgoing runner does:

* temporary: a 4xx reply (RFC 5321 §4.2.1 "transient negative completion"), a dropped
  connection, a timeout. The row is retried after an exponential, capped, jitter-free delay.
* permanent: a 5xx reply ("permanent negative completion"), or something the server will never
  accept (SMTPNotSupported). The row is marked failed at once.
* bug: anything else (our own exception). The row is set aside as failed, with the error, and
  the loop goes on; retrying a bug only repeats it.

Nothing here performs I/O or reads a clock: every function is given `now`, so the whole policy
is tested with a table (tests/unit/test_retry.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import aiosmtplib


class FailureKind(StrEnum):
    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    BUG = "bug"


@dataclass(frozen=True, slots=True)
class Failure:
    """One sorted failure: its kind, the SMTP reply code when there was one, and a short text."""

    kind: FailureKind
    code: int | None
    message: str

    def describe(self) -> str:
        code = f"{self.code} " if self.code is not None else ""
        return f"{self.kind}: {code}{self.message}"[:1000]


def classify_reply(code: int) -> FailureKind:
    """Sort an SMTP reply code (RFC 5321 §4.2.1): 4yz temporary, 5yz permanent.

    Codes outside 400-599 on an error path (aiosmtplib uses -1 for a garbled reply) are treated
    as temporary: the server said nothing definite about the message.
    """
    if 500 <= code <= 599:
        return FailureKind.PERMANENT
    return FailureKind.TEMPORARY


def classify(exc: BaseException) -> Failure:
    """Sort an exception raised while handing one message to the SMTP server."""
    text = " ".join(str(exc).split())[:500] or type(exc).__name__
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        # One recipient per message here; with several, any 4xx means "worth trying again".
        codes = [r.code for r in exc.recipients] or [-1]
        kinds = {classify_reply(c) for c in codes}
        kind = FailureKind.TEMPORARY if FailureKind.TEMPORARY in kinds else FailureKind.PERMANENT
        detail = "; ".join(f"{r.code} {r.message}" for r in exc.recipients) or text
        return Failure(kind, codes[0], " ".join(detail.split())[:500])
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return Failure(classify_reply(exc.code), exc.code, " ".join(exc.message.split())[:500])
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        # e.g. an internationalised address and a server without SMTPUTF8: retrying won't help.
        return Failure(FailureKind.PERMANENT, None, text)
    if isinstance(exc, (aiosmtplib.SMTPException, ConnectionError, TimeoutError, OSError)):
        # Dropped connection, timeout, refused connection: the server judged nothing.
        return Failure(FailureKind.TEMPORARY, None, f"{type(exc).__name__}: {text}")
    return Failure(FailureKind.BUG, None, f"{type(exc).__name__}: {text}")


@dataclass(frozen=True, slots=True)
class Retry:
    at: datetime


@dataclass(frozen=True, slots=True)
class GiveUp:
    reason: str


# Attempts before a mail is marked failed when the SMTP section does not say (settings.smtp).
DEFAULT_MAX_ATTEMPTS = 8


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff: delay(n) = min(first * factor**(n-1), cap), n = attempts made so far.

    Defaults: 1 min, 3 min, 9 min, 27 min, 81 min, then capped at 6 h. With max_attempts = 8
    (settings.smtp.max_attempts) a message keeps trying for about 12 hours, then is marked failed
    and its case flagged for a human. Our SMTP server is normally the organisation's own relay,
    which queues for days itself (RFC 5321 §4.5.4.1); a 4xx from *it* is throttling or greylisting,
    for which these steps are ample. No jitter: delays are deterministic so they can be tested and
    explained; rows are claimed in batches, so synchronised retries cause no thundering herd.
    """

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    first_delay: timedelta = timedelta(minutes=1)
    factor: int = 3
    cap: timedelta = timedelta(hours=6)

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.factor < 1 or self.first_delay <= timedelta(0):
            raise ValueError("max_attempts >= 1, factor >= 1 and first_delay > 0 are required")

    def delay(self, attempts: int) -> timedelta:
        """Wait after the `attempts`-th failed attempt (attempts >= 1)."""
        if attempts < 1:
            raise ValueError("attempts counts failed attempts and starts at 1")
        # Compare in seconds before multiplying out, so a huge n cannot overflow timedelta.
        first = self.first_delay.total_seconds()
        cap = self.cap.total_seconds()
        seconds = first
        for _ in range(attempts - 1):
            seconds *= self.factor
            if seconds >= cap:
                return self.cap
        return min(timedelta(seconds=seconds), self.cap)

    def after_failure(self, *, attempts: int, failure: Failure, now: datetime) -> Retry | GiveUp:
        """What to do after the `attempts`-th attempt failed with `failure`."""
        if failure.kind is FailureKind.PERMANENT:
            return GiveUp(failure.describe())
        if failure.kind is FailureKind.BUG:
            return GiveUp(failure.describe())
        if attempts >= self.max_attempts:
            return GiveUp(f"gave up after {attempts} attempts; last: {failure.describe()}")
        return Retry(now + self.delay(attempts))

    @classmethod
    def from_settings(cls, smtp: object) -> RetryPolicy:
        """The policy for `settings.smtp` (only max_attempts is configurable).

        Not `cls.max_attempts` as the fallback: with slots=True that is the slot descriptor,
        not 8, and int() of it raised TypeError for a section without the key."""
        return cls(max_attempts=int(getattr(smtp, "max_attempts", DEFAULT_MAX_ATTEMPTS)))
