"""Every letter has one typed context, and its templates say nothing else.

Read with jinja2.meta.find_undeclared_variables from the built-in templates of every language,
with the macros they call from imported partials (_blocks.j2, _staff.j2, _digest_words.j2)
and the templates they include (_digest.*.j2), in every branch: a template that names a value
its letter's context does not carry is found here, not by a citizen one day on a rare branch.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass

import pytest
from jinja2 import TemplateNotFound

from bot.outbox import contexts
from bot.outbox.compose import PURPOSES, environment, template_names

LANGS = ("fr", "nl", "de", "en")
ENV = environment(None)
ALLOWED = contexts.SETTINGS_NAMES | contexts.RENDER_NAMES


def used(purpose: str, lang: str) -> frozenset[str]:
    names: set[str] = set()
    for part in ("subject", "txt", "html"):
        try:
            names |= template_names(ENV, f"{lang}/{purpose}.{part}.j2")
        except TemplateNotFound:
            continue
    return frozenset(names)


def test_every_purpose_has_one_frozen_context() -> None:
    assert set(contexts.CONTEXTS) == set(PURPOSES)
    for cls in contexts.CONTEXTS.values():
        assert is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("purpose", PURPOSES)
def test_templates_use_only_fields_of_their_letters_context(purpose: str, lang: str) -> None:
    own = contexts.field_names(contexts.CONTEXTS[purpose])
    assert sorted(used(purpose, lang) - own - ALLOWED) == []


@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_field_is_used_by_some_language(purpose: str) -> None:
    cls = contexts.CONTEXTS[purpose]
    everywhere = frozenset().union(*(used(purpose, lang) for lang in LANGS))
    assert sorted(f.name for f in fields(cls) if f.name not in everywhere) == []


def test_partials_count_for_the_letter_that_calls_them() -> None:
    """The second-line paragraph of a final answer is written in _blocks.j2, the help of a
    staff mail in _staff.j2, the digest's sections in _digest.txt.j2: their names are the
    letter's."""
    assert "second_line_text" in used("final_answer", "fr")
    assert "organisation_name" in used("final_answer", "fr")  # the signature block
    assert "second_line_name" in used("assignment", "nl")  # _staff.second_line_info
    assert "words" in used("digest", "de")  # the catalogs' words, L of _digest.txt.j2
    assert "overdue_total" in used("digest", "en")  # _digest.txt.j2, included
    assert "L" not in used("digest", "en")  # set by the includer, not by the context


def test_a_name_in_a_macro_the_letter_does_not_call_is_not_the_letters() -> None:
    """_blocks.j2's appeal route line is called by the inadmissibility letter only."""
    assert "appeal_route" in used("inadmissible", "fr")
    assert "appeal_route" not in used("final_answer", "fr")
