"""The public complaint page and the printable leaflet, static HTML in FR, NL, DE and EN.

Circular 23289: the website says why complaints are handled, what a complaint is, the
procedure and the deadlines (criterion 4), shows the logo (criterion 3), names the second line
(criterion 9); a leaflet is distributed (criterion 5). Everything comes from the settings, so
the page says what the bot does. WCAG 2.1 AA: lang attributes, a skip link, one h1 and ordered
headings, visible focus, text contrast >= 4.5:1, links that say where they go.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from bot.reports import i18n
from bot.reports.render import environment
from bot.settings import Settings

PAGES = ("index", "leaflet", "privacy")


def page_context(
    settings: Settings, lang: str, *, logo: str | None, form_url: str
) -> dict[str, Any]:
    d = settings.deadlines
    org = settings.organisation.name
    T = {k: i18n.t(i18n.PUBLIC, k, lang) for k in i18n.PUBLIC}
    T["deadline_adm"] = i18n.t(
        i18n.PUBLIC,
        "deadline_adm",
        lang,
        n=d.admissibility_days,
        unit=i18n.UNITS[d.admissibility_unit][lang],
    )
    T["deadline_answer"] = i18n.t(
        i18n.PUBLIC, "deadline_answer", lang, n=d.answer_days, unit=i18n.UNITS[d.answer_unit][lang]
    )
    T["deadline_ext"] = (
        i18n.t(i18n.PUBLIC, "deadline_ext", lang, n=d.max_extension_days)
        if d.max_extension_days
        else ""
    )
    # Who covers what: the specialised bodies first, the Federal Ombudsman ("any other
    # complaint") last. The "if you are not satisfied" sentence is said once, in the intro.
    bodies = [
        {
            "key": key,
            "name": sl.name.get(lang) or sl.name.get("fr") or key,
            "covers": sl.covers.get(lang) or sl.covers.get("fr") or "",
            "url": sl.url_for(lang),
        }
        for key, sl in sorted(
            settings.second_line.items(), key=lambda item: item[0] == "federal_ombudsman"
        )
    ]
    rs = settings.reports
    T.update(privacy_texts(settings, lang))
    return {
        "lang": lang,
        "langs": [(code, i18n.PUBLIC["lang_name"][code]) for code in i18n.LANGS],
        "T": T,
        "organisation": org.get(lang) or org.get("fr") or next(iter(org.values()), ""),
        "bodies": bodies,
        "logo": logo,
        "form_url": form_url,
        # printed on the leaflet: only an absolute URL means something on paper
        "form_url_print": form_url if form_url.startswith(("https://", "http://")) else "",
        "privacy_url": settings.link("privacy", lang),
        "procedure_url": settings.link("procedure", lang),
        "contact": settings.smtp.from_address,
        "canonical": f"{rs.public_url.rstrip('/')}/{lang}/" if rs.public_url else "",
    }


def privacy_texts(settings: Settings, lang: str) -> dict[str, str]:
    """The privacy notice (GDPR art. 13) in `lang`, filled from the settings: controller,
    DPO contact, retention (organisation.dpo_contact, organisation.retention)."""
    org = settings.organisation
    name = org.name.get(lang) or org.name.get("fr") or next(iter(org.name.values()), "")
    contact = settings.smtp.from_address
    retention = org.retention.get(lang) or i18n.t(i18n.PUBLIC, "privacy_keep_default", lang)
    keys = ("privacy_who", "privacy_what", "privacy_why", "privacy_recipients")
    out = {k: i18n.t(i18n.PUBLIC, k, lang, org=name, contact=contact) for k in keys}
    out["privacy_what"] = i18n.t(i18n.PUBLIC, "privacy_what", lang)
    out["privacy_why"] = i18n.t(i18n.PUBLIC, "privacy_why", lang)
    out["privacy_keep"] = i18n.t(i18n.PUBLIC, "privacy_keep", lang, retention=retention)
    out["privacy_rights"] = i18n.t(
        i18n.PUBLIC, "privacy_rights", lang, dpo=org.dpo_contact or contact
    )
    return out


def publish(settings: Settings, output: Path, *, form_url: str | None = None) -> list[Path]:
    """Write <output>/<lang>/index.html and leaflet.html (+ the logo, + an index); return them."""
    output.mkdir(parents=True, exist_ok=True)
    logo_name = None
    if settings.templates.logo:
        src = settings.resolve(settings.templates.logo)
        logo_name = "logo" + src.suffix.lower()
        shutil.copyfile(src, output / logo_name)
    env = environment(settings)
    written = []
    for lang in i18n.LANGS:
        folder = output / lang
        folder.mkdir(exist_ok=True)
        ctx = page_context(
            settings,
            lang,
            logo=f"../{logo_name}" if logo_name else None,
            form_url=form_url or settings.link("form", lang) or f"/form/{lang}",
        )
        for page in PAGES:
            path = folder / f"{page}.html"
            path.write_text(
                env.get_template(f"public/{page}.html.j2").render(**ctx), encoding="utf-8"
            )
            written.append(path)
    index = output / "index.html"
    index.write_text(
        env.get_template("public/choose.html.j2").render(
            langs=[
                (code, i18n.PUBLIC["lang_name"][code], i18n.PUBLIC["title"][code])
                for code in i18n.LANGS
            ],
            organisation=" / ".join(dict.fromkeys(settings.organisation.name.values())),
        ),
        encoding="utf-8",
    )
    written.append(index)
    return written
