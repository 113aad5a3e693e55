"""Compose outgoing mail: Jinja templates per language -> subject, text, HTML -> Draft -> MIME.

``compose`` renders the templates and returns a ``Draft`` (plain strings, stored as JSON in the
outbox row inside the caller's transaction); the outbox worker turns it into MIME bytes
(``Draft.to_bytes``) just before the first send, because building MIME costs milliseconds and
intake must not pay them per message.

Templates live in ``templates/<lang>/<purpose>.{subject,txt,html}.j2`` at the repository root;
``settings.templates.override_dir`` is searched first, with the same layout, so an administrator
can replace any single template (or ``_layout.html.j2``) without touching the others.

Each purpose has one typed context (``bot.outbox.contexts``), built by the code that queues
the letter; ``render`` adds the names it fills from the settings (organisation_name,
contact_address, procedure_url, form_url, privacy_url) and picks each language's text of a
``{lang: text}`` value.

``render`` also sets ``lang`` for each language version, and templates can use the filters
``longdate`` ("3 mars 2026" / "3 maart 2026" / "3. März 2026" / "3 March 2026"), ``number``,
``percent`` (Babel, Belgian usage of each language) and ``localtime``.

Header safety lives in ``bot.outbox.headers``, the MIME building in ``bot.outbox.mime``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound, meta, nodes
from markupsafe import Markup

from bot.outbox.contexts import CONTEXTS, Letter, values
from bot.outbox.headers import BRUSSELS, clean_header
from bot.outbox.htmltext import text_to_html
from bot.outbox.mime import Draft, DraftFile, logo_cid_for
from bot.resources import templates_dir
from bot.settings import Settings

PURPOSES = (
    "ack_complaint",
    "ack_appeal",
    "forward_appeal",
    "ack_information",
    "forward_information",
    # thank-you notes and suggestions (request types other and suggestion, issue 11 point 5)
    "ack_thanks",
    "ack_suggestion",
    # case handling (bot.handling)
    "assignment",
    "final_answer",
    "inadmissible",
    "extension_notice",
    "ask_details",
    "reminder",
    "admissibility_reminder",
    "escalation",
    "digest",
    "command_refused",
    "command_done",
    "citizen_reply",
    "reassigned",
)
LOCALISED_KEYS = (
    "organisation_name",
    "category_label",
    "appeal_route",
    "information_service",
    "procedure_url",
    "form_url",
    "privacy_url",
    "second_line_name",
    "second_line_text",
    "second_line_url",
    "detail",
    "command_lines",
    "language",
)
TEXT_SEPARATOR = "\n\n" + "-" * 64 + "\n\n"
SUBJECT_SEPARATOR = " / "


def _as_local(value: date | datetime, tz: ZoneInfo = BRUSSELS) -> datetime | date:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)  # naive = UTC
        return aware.astimezone(tz)
    return value


def _locale(lang: str) -> str:
    """Belgian usage of the language (Babel): "fr_BE", "nl_BE", "de_BE", "en_BE"."""
    return f"{lang}_BE" if lang in ("fr", "nl", "de", "en") else "en_BE"


def longdate(value: date | datetime, lang: str) -> str:
    """A date written out in `lang` (Babel's long format), in Brussels time for datetimes;
    French writes the first of the month "1er"."""
    d = _as_local(value)
    return _longdate(d.date() if isinstance(d, datetime) else d, lang)


@lru_cache(maxsize=512)
def _longdate(day: date, lang: str) -> str:
    # Every letter writes two or three dates, nearly always today's and the due day's: Babel
    # (about 70 µs a date) runs once per day and language, not once per letter.
    text = format_date(day, "long", locale=_locale(lang))
    if lang == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


def number(value: float, lang: str) -> str:
    """A count as a reader of `lang` writes it in Belgium ("12 345", "12.345")."""
    return format_decimal(value, locale=_locale(lang))


def percent(value: float, lang: str) -> str:
    """A percentage given as 0-100 ("87 %" in French and German, "87%" in Dutch and English)."""
    return format_percent(value / 100, locale=_locale(lang))


def localtime(value: date | datetime) -> str:
    """HH:MM in Brussels time for a datetime; "" for a plain date (templates test for it)."""
    if not isinstance(value, datetime):
        return ""
    return _as_local(value).strftime("%H:%M")


@lru_cache(maxsize=8)
def _environment(override_dir: str | None) -> Environment:
    paths = [override_dir] if override_dir else []
    paths.append(str(templates_dir()))
    env = Environment(
        loader=FileSystemLoader(paths),
        undefined=StrictUndefined,
        # HTML templates only: text and subject must not turn "&" into "&amp;".
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    env.filters["longdate"] = longdate
    env.filters["number"] = number
    env.filters["percent"] = percent
    env.filters["localtime"] = localtime
    env.filters["capitalize_first"] = lambda text: str(text)[:1].upper() + str(text)[1:]
    return env


def environment(settings: Settings | None = None) -> Environment:
    """The Jinja environment: override_dir (if set) first, then the repository's templates."""
    override = None
    if settings is not None and settings.templates.override_dir:
        override = str(settings.resolve(settings.templates.override_dir))
    return _environment(override)


def _localise(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping):
        for candidate in (lang, "fr", "nl"):
            if value.get(candidate):
                return value[candidate]
        return next(iter(value.values()), "")
    return value


def _defaults(settings: Settings | None) -> dict[str, Any]:
    if settings is None:
        return {}
    langs = ("fr", "nl", "de", "en")
    return {
        "organisation_name": dict(settings.organisation.name),
        "procedure_url": {lang: settings.link("procedure", lang) for lang in langs},
        "form_url": {lang: settings.link("form", lang) for lang in langs},
        "privacy_url": {lang: settings.link("privacy", lang) for lang in langs},
        "contact_address": settings.smtp.from_address,
    }


def render(
    purpose: str,
    *,
    languages: Sequence[str],
    context: Letter,
    settings: Settings | None = None,
    logo_cid: str | None = None,
) -> tuple[str, str, str]:
    """(subject, text, html) for `purpose` in each of `languages`, one after the other.

    Several languages (unclear language -> settings.organisation.fallback_languages, FR+NL):
    subjects are joined with " / " (the "[number] " prefix is kept once), texts with a rule line,
    HTML fragments inside one layout. `context` is the purpose's own context
    (bot.outbox.contexts.CONTEXTS); a template that uses a name it lacks raises ContextError.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}; known: {', '.join(PURPOSES)}")
    expected = CONTEXTS[purpose]
    if type(context) is not expected:
        raise TypeError(f"{purpose} takes a {expected.__name__}, not {type(context).__name__}")
    langs = list(dict.fromkeys(languages))
    if not langs:
        raise ValueError("at least one language is required")
    env = environment(settings)
    subjects: list[str] = []
    texts: list[str] = []
    fragments: list[Markup] = []
    base = {**_defaults(settings), **values(context)}
    for lang in langs:
        missing = sorted(required_keys(env, lang, purpose) - base.keys() - {"lang"})
        if missing:
            raise ContextError(f"{lang}/{purpose}: the context lacks {', '.join(missing)}")
    for lang in langs:
        ctx = {k: (_localise(v, lang) if k in LOCALISED_KEYS else v) for k, v in base.items()}
        ctx["lang"] = lang
        subjects.append(clean_header(env.get_template(f"{lang}/{purpose}.subject.j2").render(ctx)))
        text = env.get_template(f"{lang}/{purpose}.txt.j2").render(ctx).strip()
        texts.append(text)
        fragments.append(_html_fragment(env, f"{lang}/{purpose}.html.j2", ctx, text, lang))
    subject = _join_subjects(subjects)
    text = TEXT_SEPARATOR.join(texts) + "\n"
    html = env.get_template("_layout.html.j2").render(
        parts=fragments, langs=langs, title=subject, logo_cid=logo_cid
    )
    return subject, text, html


class ContextError(ValueError):
    """A letter was asked for without a value its templates use (named in the message)."""


_REQUIRED: dict[tuple[int, str, str], frozenset[str]] = {}


def required_keys(env: Environment, lang: str, purpose: str) -> frozenset[str]:
    """Every variable the purpose's templates in `lang` use, in any branch, with the macros
    they call from imported partials and the templates they include: the names the letter's
    context must give (an override declares its own).

    StrictUndefined only fails on a branch that runs; checking the whole set before rendering
    makes a caller that forgets a key fail on every render, in the tests, not one day in
    production on the rare branch."""
    cache_key = (id(env), lang, purpose)
    found = _REQUIRED.get(cache_key)
    if found is None:
        names: set[str] = set()
        for part in ("subject", "txt", "html"):
            try:
                names |= template_names(env, f"{lang}/{purpose}.{part}.j2")
            except TemplateNotFound:
                continue
        found = _REQUIRED[cache_key] = frozenset(names - set(env.globals))
    return found


def template_names(env: Environment, name: str) -> frozenset[str]:
    """The context variables the template `name` uses in any branch, including those used by
    the macros it calls from partials it imports, by the partials' top-level code (which runs
    on import), and by the templates it includes."""
    return frozenset(_names(env, _parse(env, name)))


def _parse(env: Environment, name: str) -> nodes.Template:
    assert env.loader is not None  # environment() always sets the FileSystemLoader
    return env.parse(env.loader.get_source(env, name)[0])


def _free(env: Environment, body: Sequence[nodes.Node]) -> set[str]:
    template = nodes.Template(list(body), lineno=1)
    template.set_environment(env)
    return set(meta.find_undeclared_variables(template))


def _macro_names(
    env: Environment, macros: Mapping[str, nodes.Macro], name: str, seen: set[str]
) -> set[str]:
    """Free names of macro `name`, through the sibling macros it calls."""
    if name in seen:
        return set()
    seen.add(name)
    macro = macros[name]
    own = {arg.name for arg in macro.args} | {"caller", "varargs", "kwargs"}
    out: set[str] = set()
    for free in _free(env, macro.body) - own:
        out |= _macro_names(env, macros, free, seen) if free in macros else {free}
    return out


def _names(env: Environment, template: nodes.Template) -> set[str]:
    macros = {m.name: m for m in template.body if isinstance(m, nodes.Macro)}
    top = [n for n in template.body if not isinstance(n, nodes.Macro)]
    out: set[str] = set()
    seen: set[str] = set()
    for free in _free(env, top):
        out |= _macro_names(env, macros, free, seen) if free in macros else {free}
    declared = set(macros)  # what an included template may take from this one
    for assign in template.find_all(nodes.Assign):
        if isinstance(assign.target, nodes.Name):
            declared.add(assign.target.name)
    imports: list[nodes.Import | nodes.FromImport] = [
        *template.find_all(nodes.Import),
        *template.find_all(nodes.FromImport),
    ]
    for imp in imports:
        partial = _parse(env, imp.template.as_const())
        body = [n for n in partial.body if not isinstance(n, nodes.Macro)]
        out |= _names(env, nodes.Template(body))  # the partial's top level runs on import
        pmacros = {m.name: m for m in partial.body if isinstance(m, nodes.Macro)}
        if isinstance(imp, nodes.Import):
            declared.add(imp.target)
            used = {
                g.attr
                for g in template.find_all(nodes.Getattr)
                if isinstance(g.node, nodes.Name) and g.node.name == imp.target
            }
        else:
            used = {n if isinstance(n, str) else n[0] for n in imp.names}
        pseen: set[str] = set()
        for attr in used & pmacros.keys():
            out |= _macro_names(env, pmacros, attr, pseen)
    for include in template.find_all(nodes.Include):
        out |= _names(env, _parse(env, include.template.as_const())) - declared
    return out


def _html_fragment(
    env: Environment, name: str, ctx: Mapping[str, Any], text: str, lang: str
) -> Markup:
    """The purpose's own HTML template when there is one (built-in or override_dir), else the
    HTML derived from the letter's text (bot.outbox.htmltext): one wording, two formats."""
    try:
        template = env.get_template(name)
    except TemplateNotFound:
        return text_to_html(text, lang)
    return Markup(template.render(ctx))


def _join_subjects(subjects: list[str]) -> str:
    first = subjects[0]
    prefix = first[: first.index("] ") + 2] if first.startswith("[") and "] " in first else ""
    rest = [s[len(prefix) :] if prefix and s.startswith(prefix) else s for s in subjects[1:]]
    return clean_header(SUBJECT_SEPARATOR.join([first, *rest]))


def compose(
    settings: Settings,
    purpose: str,
    *,
    languages: Sequence[str],
    context: Letter,
    to_addr: str,
    message_id: str,
    to_name: str = "",
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    reply_to: str | None = None,
    date: datetime | None = None,
    attachments: Iterable[DraftFile] = (),
) -> Draft:
    """render + the headers: the Draft the pipeline queues (bot.outbox.enqueue).

    No MIME is built here (the outbox worker does it); `Draft.build(settings)` gives the
    EmailMessage when one is wanted now (a dry run, a test).
    """
    cid = logo_cid_for(settings)
    subject, text, html = render(
        purpose, languages=languages, context=context, settings=settings, logo_cid=cid
    )
    return Draft(
        to_addr=to_addr,
        to_name=to_name,
        subject=subject,
        text=text,
        html=html,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=tuple(references),
        reply_to=reply_to,
        auto_submitted="auto-generated" if purpose.startswith("forward_") else "auto-replied",
        date=date or datetime.now(UTC),
        logo_cid=cid,
        attachments=tuple(attachments),
        # A [[mailboxes]] entry's mail carries its From; the worker sends with the instance's.
        from_addr=settings.smtp.from_address if settings.entry else "",
        from_name=settings.smtp.from_name if settings.entry else "",
    )
