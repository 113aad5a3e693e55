"""Every error complaintbot raises on purpose, in one tree, and what each means on the CLI.

A caller that wants "any of ours" catches `ComplaintbotError`; the command line turns each
leaf into one line on stderr and an exit code from `EXIT_CODES` (never a traceback). Errors
about input a person can fix also subclass ValueError, as the code that raises them inside
pydantic validators and parsers expects. At the bottom of the stack: imports nothing of bot.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

# Exit codes of `complaintbot` (README "Commands").
EXIT_FAILURE = 1  # the bot's own failure: a bug or a state it cannot handle
EXIT_USAGE = 2  # configuration, arguments or a refused action: the user can fix it
EXIT_SERVER = 3  # a server (IMAP, SMTP, database) cannot be reached or used


class ComplaintbotError(Exception):
    """Base of the tree. str(exc) is one line for a person: what is wrong, and where."""


class ConfigError(ComplaintbotError):
    """The configuration cannot be used (bot.settings.load). str() names the file, the key
    path and the problem."""


class UserError(ComplaintbotError):
    """A command-line mistake the user can fix: a wrong argument, an unknown case number."""


class ImportSourceError(ComplaintbotError):
    """`complaintbot import PATH`: the path is not an mbox, a Maildir or .eml files."""


class MailboxError(ComplaintbotError):
    """The mailbox cannot be used (connection, TLS, login, folder). The service retries later."""


class ConnectFailed(ComplaintbotError):
    """The SMTP connection could not be opened, secured or authenticated; nothing was sent.

    Raised for a refused or timed-out connection, a server without STARTTLS when STARTTLS was
    asked for, a TLS handshake or certificate failure, and rejected credentials. The worker
    leaves every row waiting (attempts unchanged): an outage of our own relay is not the
    message's fault and must not use up its attempts.
    """


class ParseError(ComplaintbotError):
    """The bytes cannot be turned into a ParsedMail; str(exc) is the quarantine reason.

    Raised when the input is empty or whitespace only, when no header field can be read
    (e.g. a bare file or binary junk: there is no sender, subject or structure to trust),
    or when the email package gives up on the MIME structure (absurd nesting).
    """


class DraftError(ComplaintbotError, ValueError):
    """A draft that cannot become a message: unusable stored JSON, a missing attachment, …"""


class TokenKeyError(ComplaintbotError, ValueError):
    """The signing key is missing, too short or a placeholder. Raised at start-up."""


# The words that fill a refusal's localised detail ({word}, {choices}, {date}, ...).
Params = Mapping[str, str | int | date]


class Refusable:
    """An error a handler may read in a refusal mail, in the staff language: `detail` names
    the text of the REFUSAL catalog table (bot/locale) that says what was wrong, `params`
    fill its placeholders; str(exc) stays the English line for logs and the command line."""

    detail: str | None = None
    params: Params = {}

    def _refusal(self, detail: str | None, params: Params | None) -> None:
        self.detail = detail
        self.params = dict(params or {})


class CommandError(ComplaintbotError, ValueError, Refusable):
    """A handler's mail command cannot be understood. `message` is meant for the handler;
    `code` is stable (for translation); `line` is the 1-based line of the mail body, when
    known."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        line: int | None = None,
        detail: str | None = None,
        params: Params | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.line = line
        self._refusal(detail, params)
        super().__init__(f"line {line}: {message}" if line else message)


class ActionError(ComplaintbotError, ValueError, Refusable):
    """A case action (assign, answer, extend, wait, close, …) is not possible in the case's
    current state; str() says why."""

    def __init__(
        self, message: str, *, detail: str | None = None, params: Params | None = None
    ) -> None:
        self._refusal(detail, params)
        super().__init__(message)


class DeadlineError(ComplaintbotError, ValueError, Refusable):
    """An action on a deadline is not allowed (second extension, extension after expiry, …)."""

    def __init__(
        self, message: str, *, detail: str | None = None, params: Params | None = None
    ) -> None:
        self._refusal(detail, params)
        super().__init__(message)


# Leaf -> (exit code, what the one line on stderr starts with). The command line looks the
# raised error's class up here (bot.cli.main), the nearest listed ancestor first.
EXIT_CODES: dict[type[ComplaintbotError], tuple[int, str]] = {
    ConfigError: (EXIT_USAGE, "configuration error: "),
    TokenKeyError: (EXIT_USAGE, "configuration error: "),
    UserError: (EXIT_USAGE, ""),
    ImportSourceError: (EXIT_USAGE, ""),
    ActionError: (EXIT_USAGE, ""),
    DeadlineError: (EXIT_USAGE, ""),
    CommandError: (EXIT_USAGE, ""),
    MailboxError: (EXIT_SERVER, "mailbox unavailable: "),
    ConnectFailed: (EXIT_SERVER, "mail server unavailable: "),
    ParseError: (EXIT_FAILURE, ""),
    DraftError: (EXIT_FAILURE, ""),
    ComplaintbotError: (EXIT_FAILURE, ""),
}


def exit_code(exc: ComplaintbotError) -> tuple[int, str]:
    """(exit code, one line for stderr) for an error of ours."""
    for cls in type(exc).__mro__:
        if cls in EXIT_CODES:
            code, prefix = EXIT_CODES[cls]
            return code, f"{prefix}{exc}"
    raise AssertionError("unreachable: ComplaintbotError is listed")  # pragma: no cover
