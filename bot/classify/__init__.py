"""Classification of one parsed mail: kind, language, category, with the rule hits that decided.

Pure: no database, no network. Build a `Classifier` once (it loads the rules, the language
models and the text model shipped as `bot/classify/model.npz`) and call `classify` per mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.classify.chain import Chain, build_view
from bot.classify.checks import Context
from bot.classify.language import LanguageGuesser
from bot.classify.model import DEFAULT_MODEL, TextModel
from bot.classify.rules import RuleSet, load_rules, rules_from_data
from bot.errors import ConfigError
from bot.mail import Decision, ParsedMail
from bot.numbers import CaseNumberFormat

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["Classifier", "RuleSet", "TextModel", "load_rules", "rules_from_data"]

_SHIPPED: list[TextModel] = []


def shipped_model() -> TextModel:
    """The model trained by scripts/train_classifier.py, loaded once per process."""
    if not _SHIPPED:
        if not DEFAULT_MODEL.exists():
            raise ConfigError(
                f"{DEFAULT_MODEL}: the classifier's text model is missing "
                "(run scripts/train_classifier.py)"
            )
        _SHIPPED.append(TextModel.load(DEFAULT_MODEL))
    return _SHIPPED[0]


class Classifier:
    def __init__(
        self,
        rules: RuleSet,
        number_format: CaseNumberFormat,
        domain: str,
        languages: Sequence[str],
        *,
        model: TextModel | None | str = "shipped",
    ) -> None:
        """`model=None` runs the rules alone (training does); default: the shipped model."""
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
        text_model = shipped_model() if model == "shipped" else model
        assert not isinstance(text_model, str)
        self.model = text_model
        self._chain = Chain(rules, ctx, LanguageGuesser(self.languages), text_model)

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

    def features(self, mail: ParsedMail) -> list[str]:
        """What the text model sees of a mail (training uses exactly this)."""
        return self._chain.features(build_view(mail, self._chain.ctx))
