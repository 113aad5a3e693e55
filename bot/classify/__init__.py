"""Classification of one parsed mail: kind, language, category, with the rule hits that decided.

Pure: no database, no network. Build a `Classifier` once (it loads the rules and the language
models) and call `classify` per mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.classify.chain import Chain
from bot.classify.checks import Context
from bot.classify.language import LanguageGuesser
from bot.classify.rules import RuleSet, load_rules, rules_from_data
from bot.mail import Decision, ParsedMail
from bot.numbers import CaseNumberFormat

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["Classifier", "RuleSet", "load_rules", "rules_from_data"]


class Classifier:
    def __init__(
        self,
        rules: RuleSet,
        number_format: CaseNumberFormat,
        domain: str,
        languages: Sequence[str],
    ) -> None:
        domain = domain.lower()
        c = rules.chain

        def ours(values: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(v.replace("{domain}", domain) for v in values)

        self.rules = rules
        self.domain = domain
        # Our own web form's notifications: the citizen is in Reply-To (bot.pipeline.steps).
        self.form_senders = frozenset(ours(c.trusted_form_senders))
        self.languages = tuple(languages)
        ctx = Context(
            domain=domain,
            number_format=number_format,
            loop_header=c.loop_header,
            trusted_form_senders=frozenset(ours(c.trusted_form_senders)),
            protected_names=c.protected_names,
            trusted_domains=ours(c.trusted_domains) + (domain,),
        )
        self._chain = Chain(rules, ctx, LanguageGuesser(self.languages))

    @classmethod
    def from_settings(cls, settings: Settings) -> Classifier:
        path = settings.resolve(settings.classification.rules_file)
        return cls(
            load_rules(path),
            settings.numbering.format(),
            settings.organisation.domain,
            settings.organisation.languages,
        )

    def classify(self, mail: ParsedMail) -> Decision:
        return self._chain.classify(mail)
