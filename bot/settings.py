"""Settings: one TOML file plus COMPLAINTBOT_* environment variables, loaded once, typed.

A wrong file stops the start with the file, the key path and what is wrong (`ConfigError`).
Secrets never live in TOML: passwords, tokens and signing keys come from the environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.deadlines.calendar import CalendarSettings
from bot.errors import ConfigError
from bot.handling.settings import HandlingSettings
from bot.numbers import CaseNumberFormat
from bot.reports.settings import ReportSettings
from bot.vocab import CITIZEN_KINDS, Language

ENV_PREFIX = "COMPLAINTBOT_"
DEFAULT_CONFIG = Path("config/example.toml")
SECRET_KEYS = {"password", "token", "secret", "key", "access_token", "hmac_key"}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Security = Literal["none", "starttls", "tls"]


def _absolute_urls(value: str | dict[str, str]) -> str | dict[str, str]:
    """A URL, or one per language: absolute (http/https), because a mail has no base URL."""
    urls = value.values() if isinstance(value, dict) else [value]
    for url in urls:
        if url and not url.startswith(("https://", "http://")):
            raise ValueError(f"'{url}' is not an absolute URL (https://…): a mail has no base URL")
    if isinstance(value, dict):
        unknown = sorted(set(value) - {lang.value for lang in Language})
        if unknown:
            raise ValueError(f"unknown language(s) {', '.join(unknown)}; use fr, nl, de, en")
    return value


LocalisedUrl = str | dict[str, str]


def _pick(value: str | dict[str, str], lang: str) -> str:
    if isinstance(value, str):
        return value
    return next((value[c] for c in (lang, "fr", "nl", *value) if value.get(c)), "")


class Organisation(_Section):
    name: dict[str, str] = Field(default_factory=lambda: {"fr": "Administration fédérale"})
    domain: str = "federal.example.be"
    # The public page of the complaint procedure (criterion 4), one URL or one per language.
    procedure_url: LocalisedUrl = "https://federal.example.be/plaintes"
    # The complaint form and the privacy notice (GDPR art. 13), one URL or one per language;
    # "" = derived from reports.public_url (<public_url>/<lang>/…) when that is set.
    form_url: LocalisedUrl = ""
    privacy_url: LocalisedUrl = ""
    # Contact of the data protection officer, named in the privacy notice (GDPR art. 13 §1 b).
    dpo_contact: str = ""
    # How long case files are kept (privacy notice), per language.
    retention: dict[str, str] = Field(default_factory=dict)
    # The complaint coordinators: an address, or {address = "…", language = "nl"} for one who
    # reads the digest in another language than the first of fallback_languages.
    coordinators: list[str] = Field(default_factory=list)
    # Filled from the {address, language} entries of `coordinators` (or written directly).
    coordinator_languages: dict[str, Language] = Field(default_factory=dict)
    # Languages answered in that language (art. 41 §1 coordinated language laws for fr/nl/de).
    languages: list[Language] = Field(default_factory=lambda: list(Language))
    # When the language is unclear the citizen gets these languages, one after the other.
    fallback_languages: list[Language] = Field(default_factory=lambda: [Language.FR, Language.NL])

    _urls = field_validator("procedure_url", "form_url", "privacy_url")(_absolute_urls)

    @model_validator(mode="before")
    @classmethod
    def _coordinator_entries(cls, data: Any) -> Any:
        """`coordinators` entries may be {address, language} tables: split them into the plain
        address list every reader of `coordinators` expects and `coordinator_languages`."""
        if not isinstance(data, dict) or not isinstance(data.get("coordinators"), list):
            return data
        addresses: list[Any] = []
        languages = dict(data.get("coordinator_languages") or {})
        for i, entry in enumerate(data["coordinators"]):
            if not isinstance(entry, dict):
                addresses.append(entry)
                continue
            unknown = sorted(set(entry) - {"address", "language"})
            if unknown or not isinstance(entry.get("address"), str):
                raise ValueError(
                    f"coordinators[{i}]: an address, or a table with the keys address and "
                    f'language (e.g. {{ address = "b@x.be", language = "nl" }})'
                    + (f"; unknown key(s): {', '.join(unknown)}" if unknown else "")
                )
            addresses.append(entry["address"])
            if "language" in entry:
                languages[entry["address"]] = entry["language"]
        return {**data, "coordinators": addresses, "coordinator_languages": languages}

    @model_validator(mode="after")
    def _languages_of_coordinators(self) -> Organisation:
        known = {c.lower() for c in self.coordinators}
        strangers = sorted(a for a in self.coordinator_languages if a.lower() not in known)
        if strangers:
            raise ValueError(
                f"coordinator_languages: {', '.join(strangers)} is not one of the coordinators"
            )
        return self

    def coordinator_language(self, address: str) -> Language:
        """The language `address` reads the digest in: its own, else the first fallback."""
        own = {a.lower(): lang for a, lang in self.coordinator_languages.items()}
        return own.get(address.lower()) or next(iter(self.fallback_languages), Language.FR)


class Imap(_Section):
    host: str = "127.0.0.1"
    port: int = Field(993, ge=1, le=65535)
    security: Security = "tls"
    username: str = ""
    password: SecretStr | None = None  # environment only: COMPLAINTBOT_IMAP_PASSWORD
    auth: Literal["password", "xoauth2"] = "password"
    # XOAUTH2 (Microsoft 365, Gmail): the access token comes from this variable or command.
    oauth2_token_env: str = "COMPLAINTBOT_IMAP_OAUTH2_TOKEN"
    oauth2_token_command: str | None = None
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    batch_size: int = Field(200, ge=1, le=5000)
    idle: bool = True  # use IMAP IDLE when the server offers it, else poll
    poll_seconds: int = Field(60, ge=1)
    idle_seconds: int = Field(300, ge=10, le=1740)  # RFC 2177: re-issue IDLE before 29 minutes
    timeout_seconds: int = Field(60, ge=1)
    tls_verify: bool = True
    ca_file: str | None = None


class Smtp(_Section):
    host: str = "127.0.0.1"
    port: int = Field(587, ge=1, le=65535)
    security: Security = "starttls"
    username: str = ""
    password: SecretStr | None = None  # environment only: COMPLAINTBOT_SMTP_PASSWORD
    from_address: str = "plaintes.klachten@federal.example.be"
    from_name: str = "Service des plaintes / Klachtendienst"
    timeout_seconds: int = Field(30, ge=1)
    tls_verify: bool = True
    ca_file: str | None = None
    # No sender gets more automatic mails than this per day; past that mail is recorded only.
    max_auto_replies_per_day: int = Field(5, ge=0)
    max_attempts: int = Field(8, ge=1)
    # A hard bounce (5.x.x) or an abuse complaint stops automatic mail to that address for
    # this many days (mail a person writes still goes out).
    suppression_days: int = Field(90, ge=1)
    # Feedback loops (ARF, RFC 5965) whose abuse reports are believed: addresses, or "@domain"
    # for a whole domain. A report from anyone else, or whose From the mail system does not
    # prove (handling.command_auth), is filed and suppresses nobody (anyone can write one).
    feedback_loop_senders: list[str] = Field(default_factory=list)
    batch_size: int = Field(100, ge=1)
    connections: int = Field(2, ge=1, le=16)

    @field_validator("feedback_loop_senders")
    @classmethod
    def _feedback_senders(cls, value: list[str]) -> list[str]:
        return _addresses_or_domains(value)

    def trusts_feedback_sender(self, address: str) -> bool:
        return _listed_address(self.feedback_loop_senders, address)


class Database(_Section):
    url: str = "sqlite:///var/complaintbot.db"
    echo: bool = False


class Storage(_Section):
    data_dir: str = "var"
    max_message_bytes: int = Field(50 * 1024 * 1024, ge=1024)
    max_attachment_bytes: int = Field(20 * 1024 * 1024, ge=0)
    max_attachments: int = Field(50, ge=0)


class Intake(_Section):
    # A message that fails this many times is quarantined with the reason (raw kept).
    max_attempts: int = Field(3, ge=1, le=20)
    # Senders whose mail forwards a citizen's message (one message/rfc822 part): the inner
    # sender is then the complainant. Addresses, or "@domain" for a whole domain. From anyone
    # else an attached message is evidence, never the complainant (issue 12 point 5).
    trusted_forwarders: list[str] = Field(default_factory=list)

    @field_validator("trusted_forwarders")
    @classmethod
    def _forwarders(cls, value: list[str]) -> list[str]:
        return _addresses_or_domains(value)

    def trusts_forwarder(self, address: str) -> bool:
        return _listed_address(self.trusted_forwarders, address)


def _addresses_or_domains(value: list[str]) -> list[str]:
    """A list of addresses and "@domain" entries, checked and lower-cased."""
    for item in value:
        local, at, domain = item.strip().partition("@")
        if not at or "@" in domain or "." not in domain or any(c.isspace() for c in item):
            raise ValueError(f"{item!r}: give an address or '@domain'")
    return [v.strip().lower() for v in value]


def _listed_address(listed: list[str], address: str) -> bool:
    """`address` is one of `listed` (addresses and "@domain" entries), exactly."""
    addr = address.strip().lower()
    return addr in listed or "@" + addr.rpartition("@")[2] in listed


class Numbering(_Section):
    template: str = "PLT-{year}-{seq:06d}"
    check: bool = False

    @field_validator("template")
    @classmethod
    def _template_ok(cls, value: str) -> str:
        CaseNumberFormat(value)  # raises ValueError with a readable message
        return value

    def format(self) -> CaseNumberFormat:
        return CaseNumberFormat(self.template, self.check)


class Category(_Section):
    address: str
    label: dict[str, str] = Field(default_factory=dict)
    second_line: str = "federal_ombudsman"
    appeal_route: dict[str, str] = Field(default_factory=dict)


class SecondLine(_Section):
    name: dict[str, str]
    # What the body covers, for the public page and the assignment mail ("complaints about a
    # statutory pension"); the body named in a final answer is decided per case.
    covers: dict[str, str] = Field(default_factory=dict)
    text: dict[str, str] = Field(default_factory=dict)
    url: LocalisedUrl = ""

    _url = field_validator("url")(_absolute_urls)

    def url_for(self, lang: str) -> str:
        return _pick(self.url, lang)


class Classification(_Section):
    rules_file: str = "rules.toml"  # relative to the config file
    information_service: str = "info@federal.example.be"


class Deadlines(_Section):
    answer_days: int = Field(30, ge=1)
    answer_unit: Literal["calendar", "working"] = "calendar"
    admissibility_days: int = Field(10, ge=1)
    admissibility_unit: Literal["calendar", "working"] = "working"
    max_extension_days: int = Field(15, ge=0)


class Templates(_Section):
    override_dir: str | None = None  # relative to the config file
    logo: str | None = None


class Scheduler(_Section):
    intake_seconds: int = Field(60, ge=1)
    outbox_seconds: int = Field(30, ge=1)


class Monitoring(_Section):
    """`complaintbot run` answers /healthz and /metrics over HTTP; alerts go to coordinators."""

    host: str = "127.0.0.1"  # loopback: a scraper or a proxy on the same host
    port: int = Field(9465, ge=0, le=65535)  # 0: no listener
    # /healthz turns 503 when the last successful mailbox pass is older than this.
    intake_max_age_minutes: int = Field(15, ge=1)
    # ... or when the oldest mail still waiting in the outbox is older than this.
    outbox_max_age_minutes: int = Field(60, ge=1)
    # Intake or sending failing this long sends one alert mail (and one when it recovers).
    alert_after_minutes: int = Field(30, ge=1)
    # Also alerted, next to [organisation].coordinators (the IT team's address).
    admin_address: str | None = None


class Privacy(_Section):
    """Personal data that expires (GDPR art. 5(1)(e)): see bot.ops.privacy."""

    # Closed cases are anonymised this many months after closing, per case kind; figures
    # (kind, dates, category, outcome, every indicator) stay. A kind not listed is kept.
    retention_months: dict[str, int] = Field(
        default_factory=lambda: {"complaint": 24, "appeal": 24, "information_request": 12}
    )
    # Filed mail that never became a case (auto-replies, bounces, spam, resends): months
    # after receipt before its sender, subject and raw bytes are removed.
    filed_months: int = Field(6, ge=1)
    # When the daily retention job runs (cron, in [calendar].timezone).
    cron: str = "30 3 * * *"

    @field_validator("retention_months")
    @classmethod
    def _months_ok(cls, value: dict[str, int]) -> dict[str, int]:
        for kind, months in value.items():
            if kind not in CITIZEN_KINDS:
                raise ValueError(f"{kind!r} is not a case kind ({', '.join(CITIZEN_KINDS)})")
            if months < 1:
                raise ValueError(f"{kind}: at least 1 month")
        return value


# What one [[mailboxes]] entry may set for itself; every other key is the instance's.
MAILBOX_SECTIONS = (
    "imap",
    "organisation",
    "smtp",
    "numbering",
    "classification",
    "templates",
    "categories",
    "second_line",
)
MAILBOX_SMTP_KEYS = {"from_address", "from_name"}  # one SMTP connection serves every mailbox
DEFAULT_MAILBOX = "default"
INTERNAL_KEYS = ("mailbox", "number_counter", "entry")  # set by mailbox_settings, not the file


class MailboxEntry(_Section):
    """One [[mailboxes]] entry: an id and the sections it overrides (checked when merged)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")
    imap: dict[str, Any] = Field(default_factory=dict)
    organisation: dict[str, Any] = Field(default_factory=dict)
    smtp: dict[str, Any] = Field(default_factory=dict)
    numbering: dict[str, Any] = Field(default_factory=dict)
    classification: dict[str, Any] = Field(default_factory=dict)
    templates: dict[str, Any] = Field(default_factory=dict)
    categories: dict[str, Any] = Field(default_factory=dict)
    second_line: dict[str, Any] = Field(default_factory=dict)

    @field_validator("smtp")
    @classmethod
    def _smtp_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - MAILBOX_SMTP_KEYS)
        if unknown:
            raise ValueError(
                f"{', '.join(unknown)}: a mailbox sets only from_address and from_name "
                "(one SMTP connection serves every mailbox)"
            )
        return value


class Settings(_Section):
    organisation: Organisation = Organisation()
    imap: Imap = Imap()
    smtp: Smtp = Smtp()
    database: Database = Database()
    storage: Storage = Storage()
    intake: Intake = Intake()
    numbering: Numbering = Numbering()
    classification: Classification = Classification()
    deadlines: Deadlines = Deadlines()
    calendar: CalendarSettings = CalendarSettings()
    handling: HandlingSettings = HandlingSettings()
    reports: ReportSettings = ReportSettings()
    templates: Templates = Templates()
    scheduler: Scheduler = Scheduler()
    monitoring: Monitoring = Monitoring()
    privacy: Privacy = Privacy()
    categories: dict[str, Category] = Field(default_factory=dict)
    second_line: dict[str, SecondLine] = Field(default_factory=dict)
    # Several mailboxes served by one instance (bot.settings.mailbox_settings); empty: [imap]
    # is the one mailbox, "default".
    mailboxes: list[MailboxEntry] = Field(default_factory=list)
    # Set by mailbox_settings, never in the file: which mailbox these settings are for, and
    # the counter its case numbers come from ("case": the instance's [numbering]).
    mailbox: str = DEFAULT_MAILBOX
    number_counter: str = "case"
    # True for a [[mailboxes]] entry's settings: its mail carries its own From (bot.outbox.mime).
    entry: bool = False

    # Where the file was read from; relative paths in it are resolved against its folder.
    source: Path = Path(".")

    def link(self, kind: Literal["procedure", "form", "privacy"], lang: str) -> str:
        """The absolute URL of the procedure page, the form or the privacy notice in `lang`.

        A per-language value falls back to fr, then nl; an unset form/privacy URL is derived
        from reports.public_url (the published pages: <public_url>/form/<lang>,
        <public_url>/<lang>/privacy.html); without it the privacy notice is the procedure page
        ("" for the form, which then is not advertised)."""
        org = self.organisation
        value = {"procedure": org.procedure_url, "form": org.form_url, "privacy": org.privacy_url}
        url = _pick(value[kind], lang)
        base = self.reports.public_url.rstrip("/")
        if url or kind == "procedure":
            return url
        if kind == "form":
            return f"{base}/form/{lang}" if base else ""
        return f"{base}/{lang}/privacy.html" if base else self.link("procedure", lang)

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else self.source.parent / p

    def mailbox_ids(self) -> list[str]:
        """The ids of the mailboxes this instance serves, in configuration order."""
        return [m.id for m in self.mailboxes] or [DEFAULT_MAILBOX]


def mailbox_password_env(mailbox_id: str) -> str:
    """The variable with the IMAP password of a [[mailboxes]] entry (else the instance's)."""
    return f"{ENV_PREFIX}MAILBOX_{mailbox_id.upper().replace('-', '_')}_IMAP_PASSWORD"


class MailboxError(ValueError):
    """A [[mailboxes]] entry that does not make valid settings once merged (`where` names it)."""

    def __init__(self, where: str, exc: ValidationError | str) -> None:
        super().__init__(where)
        self.where, self.exc = where, exc


def mailbox_settings(
    settings: Settings, environ: dict[str, str] | os._Environ[str] | None = None
) -> list[Settings]:
    """Each served mailbox's effective settings: the instance's, with the entry's sections
    merged key by key (imap, organisation, smtp, numbering, classification, templates) or
    entry by entry (categories, second_line). Without [[mailboxes]]: [settings] itself.

    Raises MailboxError for an entry whose merged settings are invalid, and for two mailboxes
    with one id or one case-number template (numbers must stay unique in the instance).
    """
    if not settings.mailboxes:
        return [settings]
    env = os.environ if environ is None else environ
    base = settings.model_dump(exclude={"mailboxes", *INTERNAL_KEYS})
    out: list[Settings] = []
    seen_ids: dict[str, int] = {}
    seen_numbers: dict[str, int] = {}
    seen_folders: dict[tuple[str, int, str, str], int] = {}
    for i, entry in enumerate(settings.mailboxes):
        where = f"mailboxes[{i}]"
        if entry.id in seen_ids:
            raise MailboxError(
                f"{where}.id", f"'{entry.id}' is already mailboxes[{seen_ids[entry.id]}]"
            )
        seen_ids[entry.id] = i
        data = dict(base)
        for section in MAILBOX_SECTIONS:
            override = getattr(entry, section)
            if override:
                data[section] = {**data[section], **override}
        if "coordinators" in entry.organisation:  # their languages are the entry's own
            data["organisation"]["coordinator_languages"] = entry.organisation.get(
                "coordinator_languages", {}
            )
        password = env.get(mailbox_password_env(entry.id))
        if password:
            data["imap"] = {**data["imap"], "password": password}
        # The mailbox numbering with the instance's prefix continues its counter (so a
        # single-mailbox instance can become [[mailboxes]]); another prefix counts on its own.
        template = data["numbering"]["template"]
        same_prefix = _number_key(template) == _number_key(settings.numbering.template)
        data["mailbox"], data["entry"] = entry.id, True
        data["number_counter"] = "case" if same_prefix else f"case:{entry.id}"
        try:
            merged = Settings.model_validate(data)
        except ValidationError as exc:
            raise MailboxError(where, exc) from None
        problems = _cross_checks(merged)
        if problems:
            raise MailboxError(where, "; ".join(problems))
        key = _number_key(merged.numbering.template)
        if key in seen_numbers:
            j = seen_numbers[key]
            raise MailboxError(
                f"{where}.numbering.template",
                f"'{merged.numbering.template}' numbers the cases of mailboxes[{j}] too; "
                "give each mailbox its own prefix (case numbers are unique in the instance)",
            )
        seen_numbers[key] = i
        overlap = _numbers_overlap(merged, out)
        if overlap:
            raise MailboxError(f"{where}.numbering.template", overlap)
        imap = merged.imap
        folder = (imap.host.lower(), imap.port, imap.username.lower(), imap.folder)
        if folder in seen_folders:
            raise MailboxError(
                f"{where}.imap",
                f"reads {imap.username}'s {imap.folder} on {imap.host} like "
                f"mailboxes[{seen_folders[folder]}]; give each mailbox its own account or folder",
            )
        seen_folders[folder] = i
        out.append(merged)
    return out


def _numbers_overlap(merged: Settings, earlier: list[Settings]) -> str | None:
    """Why `merged`'s case numbers and an earlier mailbox's cannot be told apart, or None: one
    mailbox's pattern must find nothing in the other's numbers (a follow-up quoting
    "PEN-P-2026-000001" would otherwise reach case "P-2026-000001" of another mailbox)."""
    mine = merged.numbering.format()
    for j, other in enumerate(earlier):
        theirs = other.numbering.format()
        for reader, writer, written_by in ((theirs, mine, "this"), (mine, theirs, "that")):
            for seq in (1, 123456789):
                sample = writer.format(2026, seq)
                if reader.find(sample):
                    return (
                        f"'{merged.numbering.template}' and mailboxes[{j}]'s "
                        f"'{other.numbering.template}' overlap: {sample} (a number of {written_by} "
                        "mailbox) reads as a number of the other; give each mailbox a prefix "
                        "that is not part of another's (case numbers are unique in the instance)"
                    )
    return None


def _number_key(template: str) -> str:
    """What tells two case-number templates apart for a reader: their literal text."""
    import string

    literal = "".join(part for part, *_ in string.Formatter().parse(template))
    return "".join(ch for ch in literal.lower() if ch.isalnum())


_ENV_SECTIONS = ("imap", "smtp", "database", "storage", "intake", "scheduler", "monitoring")


def _env_overrides(
    data: dict[str, Any], environ: os._Environ[str] | dict[str, str]
) -> dict[tuple[str, str], str]:
    """Apply COMPLAINTBOT_<SECTION>_<KEY> variables onto the raw TOML data; which key came
    from which variable (so that a bad value is blamed on the variable, not on the file)."""
    origin: dict[tuple[str, str], str] = {}
    for section in _ENV_SECTIONS:
        model = Settings.model_fields[section].annotation
        assert isinstance(model, type) and issubclass(model, BaseModel)
        for key in model.model_fields:
            name = f"{ENV_PREFIX}{section.upper()}_{key.upper()}"
            value = environ.get(name)
            if value is not None:
                data.setdefault(section, {})[key] = value
                origin[(section, key)] = name
    return origin


def _reject_secrets(data: dict[str, Any], path: str = "", mailbox: str | None = None) -> None:
    for key, value in data.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            _reject_secrets(value, where, mailbox)
        elif key == "mailboxes" and not path and isinstance(value, list):
            for i, entry in enumerate(value):
                if isinstance(entry, dict):
                    _reject_secrets(entry, f"mailboxes[{i}]", str(entry.get("id", "ID")))
        elif key in SECRET_KEYS:
            env = f"{ENV_PREFIX}{where.replace('.', '_').upper()}"
            if mailbox is not None and where.endswith("imap.password"):
                env = mailbox_password_env(mailbox)
            raise ConfigError(f"{where}: secrets never live in the TOML file; set {env} instead")


def _loc(parts: tuple[int | str, ...], prefix: str = "") -> str:
    """('mailboxes', 1, 'imap', 'port') -> mailboxes[1].imap.port."""
    out = prefix
    for p in parts:
        out += (
            f"[{p}]"
            if isinstance(p, int) and out.endswith("mailboxes")
            else (f".{p}" if out else str(p))
        )
    return out or "(top level)"


def _format_error(
    exc: ValidationError,
    path: Path,
    env_origin: dict[tuple[str, str], str] | None = None,
    prefix: str = "",
) -> str:
    """One line per problem: `file: key: what` or `VARIABLE (environment): what`."""
    lines = []
    for err in exc.errors():
        loc = _loc(err["loc"], prefix)
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key (misspelt?)"
        variable = None if prefix else (env_origin or {}).get(tuple(str(p) for p in err["loc"][:2]))  # type: ignore[arg-type]
        if variable:
            lines.append(f"{variable} (environment): {msg}")
        else:
            lines.append(f"{path}: {loc}: {msg}")
    return "; ".join(lines)


def read_toml(path: Path, content: bytes | None = None) -> dict[str, Any]:
    """A TOML file (or its `content`, already read) as data, or a ConfigError naming the file
    and what is wrong."""
    try:
        if content is None:
            content = path.read_bytes()
        return tomllib.loads(content.decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


FILE_SUFFIX = "_FILE"


def resolve_secret_files(environ: MutableMapping[str, str]) -> None:
    """COMPLAINTBOT_<NAME>_FILE=/run/secrets/x sets COMPLAINTBOT_<NAME> to that file's content
    (Docker and systemd credentials: the secret never appears in the environment listing of
    the container or the unit). Every COMPLAINTBOT_* variable can be given this way.

    The CLI applies it to os.environ once at start, so every reader of a secret (SMTP, IMAP,
    the signing key, the form secret, the database URL) sees the value.
    """
    settings_names = _override_names()  # COMPLAINTBOT_IMAP_CA_FILE is a setting, not a secret
    for name in [k for k in environ if k.startswith(ENV_PREFIX) and k.endswith(FILE_SUFFIX)]:
        if name in settings_names:
            continue
        target = name.removesuffix(FILE_SUFFIX)
        if environ.get(target):
            raise ConfigError(f"{name}: {target} is set as well; set one of them, not both")
        path = Path(environ[name])
        try:
            value = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{name}: {path}: file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{name}: {path}: cannot read: {exc}") from None
        value = value.rstrip("\r\n")  # `echo secret > file` adds a newline
        if not value:
            raise ConfigError(f"{name}: {path}: the file is empty")
        environ[target] = value


def _override_names() -> set[str]:
    """Every COMPLAINTBOT_<SECTION>_<KEY> that overrides a setting."""
    names = set()
    for section in _ENV_SECTIONS:
        model = Settings.model_fields[section].annotation
        assert isinstance(model, type) and issubclass(model, BaseModel)
        for key in model.model_fields:
            names.add(f"{ENV_PREFIX}{section.upper()}_{key.upper()}")
    return names


def _default_config() -> Path:
    if DEFAULT_CONFIG.is_file():
        return DEFAULT_CONFIG
    from bot.resources import default_config

    return default_config()


def load(path: str | Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read the config file (or COMPLAINTBOT_CONFIG, or config/example.toml) and the environment.

    Without either, ./config/example.toml is used when it exists (a source checkout), else the
    copy installed with the package, so that `complaintbot demo` works in an empty folder.
    """
    env = dict(os.environ) if environ is None else dict(environ)
    resolve_secret_files(env)
    path = Path(path or env.get(f"{ENV_PREFIX}CONFIG") or _default_config())
    data = read_toml(path)
    try:
        _reject_secrets(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    env_origin = _env_overrides(data, env)
    for section in ("imap", "smtp"):
        secret = env.get(f"{ENV_PREFIX}{section.upper()}_PASSWORD")
        if secret:
            data.setdefault(section, {})["password"] = secret
    internal = sorted({*INTERNAL_KEYS, "source"} & set(data))
    if internal:
        raise ConfigError(f"{path}: {', '.join(internal)}: unknown key (misspelt?)")
    data["source"] = path
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_error(exc, path, env_origin)) from None
    problems = _cross_checks(settings)
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    try:
        mailbox_settings(settings, env)
    except MailboxError as exc:
        if isinstance(exc.exc, ValidationError):
            raise ConfigError(_format_error(exc.exc, path, prefix=exc.where)) from None
        raise ConfigError(f"{path}: {exc.where}: {exc.exc}") from None
    return settings


def _cross_checks(s: Settings) -> list[str]:
    problems = []
    for name, cat in s.categories.items():
        if cat.second_line not in s.second_line and s.second_line:
            problems.append(
                f"categories.{name}.second_line: '{cat.second_line}' is not a [second_line] entry"
            )
    if s.imap.security == "none" and s.imap.host not in {"127.0.0.1", "localhost", "::1"}:
        problems.append("imap.security: 'none' is allowed on loopback only; use starttls or tls")
    if s.smtp.security == "none" and s.smtp.host not in {"127.0.0.1", "localhost", "::1"}:
        problems.append("smtp.security: 'none' is allowed on loopback only; use starttls or tls")
    return problems


def warnings(settings: Settings, environ: dict[str, str] | os._Environ[str]) -> list[str]:
    """What a working configuration still lacks for production (`config check` prints them):
    the logo every decision letter must carry (criterion 3), the key that signs handler reply
    addresses, the mail passwords (or an XOAUTH2 token source)."""
    out = []
    if not settings.templates.logo:
        out.append("templates.logo: no complaint-management logo; decision letters go without it")
    key_env = settings.handling.hmac_key_env
    if not environ.get(key_env):
        out.append(f"{key_env} is not set: handler mail commands are off (no signing key)")
    for box in mailbox_settings(settings, environ):
        imap = box.imap
        which = f"mailbox {box.mailbox}" if settings.mailboxes else "the mailbox"
        if imap.auth == "xoauth2":
            if not (imap.oauth2_token_command or environ.get(imap.oauth2_token_env)):
                out.append(
                    f"imap ({which}): no XOAUTH2 token "
                    f"({imap.oauth2_token_env} or oauth2_token_command)"
                    if settings.mailboxes
                    else f"imap: no XOAUTH2 token ({imap.oauth2_token_env} or oauth2_token_command)"
                )
        elif imap.password is None:
            variable = f"{ENV_PREFIX}IMAP_PASSWORD"
            if settings.mailboxes:
                variable = f"{mailbox_password_env(box.mailbox)} (or {variable})"
            out.append(f"{variable} is not set: {which} cannot be read")
    if settings.smtp.username and settings.smtp.password is None:
        # The sender then uses no SMTP AUTH at all (a relay that takes mail from us by address).
        out.append(
            f"smtp.username is '{settings.smtp.username}' but {ENV_PREFIX}SMTP_PASSWORD is not "
            "set: mail is sent without SMTP AUTH"
        )
    return out


def effective(settings: Settings) -> dict[str, Any]:
    """The settings as plain data with secrets masked, for `complaintbot config check`."""
    data = settings.model_dump(mode="json", exclude={"source", *INTERNAL_KEYS})
    for section in ("imap", "smtp"):
        if data[section].get("password"):
            data[section]["password"] = "********"
    data["database"]["url"] = _mask_url(data["database"]["url"])
    return data


_SECRET_PARAMS = {"password", "pass", "passwd", "pwd", "secret", "token", "sslpassword"}


def _mask_url(url: str) -> str:
    """postgresql://user:secret@host/db?password=x -> postgresql://user:***@host/db?password=***
    (libpq and SQLAlchemy both accept the password as a query parameter too)."""
    from urllib.parse import parse_qsl, urlencode

    head, sep, tail = url.partition("://")
    if sep and "@" in tail.split("?", 1)[0]:
        cred, _, rest = tail.partition("?")[0].rpartition("@")
        query = tail.partition("?")[2]
        if ":" in cred:
            cred = cred.split(":", 1)[0] + ":***"
        tail = f"{cred}@{rest}" + (f"?{query}" if query else "")
    base, q, query = (f"{head}{sep}{tail}").partition("?")
    if not q:
        return base
    pairs = [
        (k, "***" if k.lower() in _SECRET_PARAMS else v)
        for k, v in parse_qsl(query, keep_blank_values=True)
    ]
    return f"{base}?{urlencode(pairs, safe='*:/')}"
