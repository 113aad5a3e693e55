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

PAGES = ("index", "leaflet")


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
    bodies = []
    for key, sl in settings.second_line.items():
        bodies.append(
            {
                "key": key,
                "name": sl.name.get(lang) or sl.name.get("fr") or key,
                "text": sl.text.get(lang) or sl.text.get("fr") or "",
                "url": sl.url,
            }
        )
    rs = settings.reports
    return {
        "lang": lang,
        "langs": [(code, i18n.PUBLIC["lang_name"][code]) for code in i18n.LANGS],
        "T": T,
        "organisation": org.get(lang) or org.get("fr") or next(iter(org.values()), ""),
        "bodies": bodies,
        "logo": logo,
        "form_url": form_url,
        "contact": settings.smtp.from_address,
        "canonical": f"{rs.public_url.rstrip('/')}/{lang}/" if rs.public_url else "",
    }


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
            form_url=form_url or f"/form/{lang}",
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
