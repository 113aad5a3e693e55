"""The classifier's fast paths decide exactly as the plain definitions they replace.

For every mail of every labelled corpus (tests/data/classify/*/, bench/heldout/) the shipped
classifier must give the same decision — kind, language, category, needs_review, refers_to,
the rule hits and the model's probabilities — as the same classifier with every shortcut
taken out: every rule evaluated, searching its own keywords (no RuleGate), phrases searched
without the word pre-test, and the text model fed the feature strings that training sees,
looked up one by one. The probabilities must also be those of the model's
formula, computed here from the strings in float64. The rewritten text helpers must equal the
regular expressions and loops they replace, on the corpora and on random text. Holds for any
rules file and any retrained model, so it stays valid when they change.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from harness.classify import classifier

from bot import numbers
from bot.classify import chain as chain_module
from bot.classify import checks
from bot.classify import model as model_module
from bot.classify import text as text_module
from bot.classify.model import TextModel
from bot.classify.rules import Needles, RuleGate, _WordNeedles, rules_from_data
from bot.classify.text import _NON_WORD, normalise
from bot.intake.parse import parse
from bot.mail import Decision, ParsedMail
from bot.numbers import CaseNumberFormat

ROOT = Path(__file__).resolve().parents[2]
CORPORA = sorted(p for p in (ROOT / "tests" / "data" / "classify").iterdir() if p.is_dir())
CORPORA += sorted(p for p in (ROOT / "bench" / "heldout").iterdir() if p.is_dir())
FORMATS = (CaseNumberFormat(), CaseNumberFormat("{year}/{seq:04d}", check=True))


@pytest.fixture(scope="module")
def mails() -> list[tuple[str, ParsedMail]]:
    out = [(p.name, parse(p.read_bytes())) for d in CORPORA for p in sorted(d.glob("*.eml"))]
    assert len(out) > 700  # every corpus found
    return out


def _plain_matches(
    self: Needles, text: str, limit: int, tokens: frozenset[str] | None = None
) -> list[str]:
    """Needles.matches as first written: every phrase whose first word occurs is searched;
    a keyword inside another keyword found counts once (the outer one)."""
    if tokens is None:
        tokens = frozenset(text.split())
    found = [self.words[w] for w in self.wordset.intersection(tokens)]
    for first in self.firstset.intersection(tokens):
        found += [i for i, _ in self.firsts[first] if self.items[i][0] in text]
    found += [i for i in self.loose if self.items[i][0] in text]
    found = [i for i in found if not set(found).intersection(self.inside.get(i, ()))]
    return [self.items[i][1] for i in sorted(found)[:limit]]


def _exact(model: TextModel, head: str, feats: list[str]) -> dict[str, float]:
    """The model's formula in float64: softmax((sum of the known features' weights /
    sqrt(number of features) + bias) / temperature)."""
    h = model.heads[head]
    rows = [model.index[f] for f in set(feats) if f in model.index]
    z = h.bias.astype(np.float64).copy()
    if rows:
        z += h.weights[rows].astype(np.float64).sum(axis=0) / math.sqrt(len(feats))
    t = model.temperature
    if head == "category" and model.category_temperature is not None:
        t = model.category_temperature  # the category head's own calibration
    z = np.exp(z / t - (z / t).max())
    return dict(zip(h.labels, (z / z.sum()).tolist(), strict=True))


def _same(fast: Decision, plain: Decision) -> None:
    for name in ("kind", "language", "category", "needs_review", "refers_to", "request_type"):
        assert getattr(fast, name) == getattr(plain, name), name
    assert [(h.rule, h.kind, h.weight, h.reason) for h in fast.hits] == [
        (h.rule, h.kind, h.weight, h.reason) for h in plain.hits
    ]


def test_fast_paths_decide_as_the_plain_definitions(mails, monkeypatch):
    fast = classifier()
    predictions: list[tuple[str, dict[str, float]]] = []
    predict_rows = TextModel.predict_rows

    def recording(self, head, rows, **kw):
        pred = predict_rows(self, head, rows, **kw)
        predictions.append((head, pred.probabilities))
        return pred

    monkeypatch.setattr(TextModel, "predict_rows", recording)
    decisions = []
    for _, mail in mails:
        decisions.append((fast.classify(mail), list(predictions)))
        predictions.clear()

    # the same classifier with every shortcut taken out
    monkeypatch.setattr(RuleGate, "scan", lambda self, tokens, texts, headers: (set(), None))
    monkeypatch.setattr(Needles, "matches", _plain_matches)
    features: list[list[str]] = []

    def plain_rows(self, mail):
        """The rows of the feature strings that training sees, looked up one by one."""
        feats = mail.strings()
        features.append(feats)
        found = np.array([self.index.get(f, -1) for f in feats], dtype=np.intp)
        return self._gather(np.sort(found[found >= 0]), len(feats))

    monkeypatch.setattr(TextModel, "mail_rows", plain_rows)
    plain = classifier()
    assert plain.model is not None
    n_predictions = 0
    for (name, mail), (decision, fast_probs) in zip(mails, decisions, strict=True):
        _same(decision, plain.classify(mail))
        assert len(fast_probs) == len(predictions), name
        assert len(features) <= 1, name  # a mail's features are looked up once for all heads
        for (head, probs), (_, plain_probs) in zip(fast_probs, predictions, strict=True):
            exact = _exact(plain.model, head, features[0])
            for label, p in probs.items():
                assert abs(p - plain_probs[label]) <= 1e-9, (name, head, label)
                assert abs(p - exact[label]) <= 1e-9, (name, head, label)
            n_predictions += head == "kind"
        predictions.clear()
        features.clear()
    assert n_predictions >= 0.9 * len(mails)  # the model ran on nearly every mail (not where
    # a final rule, such as a delivery report, decided)


@pytest.mark.parametrize("cache_size", [3, 10_000])
def test_the_gate_finds_the_needles_the_text_holds(cache_size, monkeypatch):
    # RuleGate finds `*` needles of one word ("steuer*", "*beihilfe", "*ab*") through the
    # words of the text, each word tested once and kept; it must find what a search through
    # the text finds, also once the cache of words is full (new words then count for one
    # mail only), and phrases and whole words as before, in one field or both.
    monkeypatch.setattr(_WordNeedles, "MAX", cache_size)
    keywords = ["steuer*", "*beihilfe", "*ab*", "a*", "*b", "gift*", "ta", "ab gift"]
    rules = rules_from_data(
        {
            "rules": {
                f"r_{fld}": {
                    "kind": "complaint",
                    "field": fld,
                    "max_matches": 99,
                    "keywords": keywords,
                }
                for fld in ("subject", "body", "text")
            }
        }
    )
    gate = RuleGate(rules.rules)
    rnd = random.Random(7)
    for _ in range(300):
        fields = [
            normalise(
                " ".join(
                    rnd.choices(
                        ["steuer", "beihilfe", "ab", "gift", "ta", "t"], k=rnd.randint(0, 3)
                    )
                    + [
                        "".join(rnd.choices("abgiftsteuerhl", k=rnd.randint(1, 9)))
                        for _ in range(rnd.randint(0, 6))
                    ]
                )
            )
            for _ in range(2)
        ]
        texts = {"subject": fields[0], "body": fields[1], "text": fields[0] + fields[1]}
        tokens = {f: frozenset(t.split()) for f, t in texts.items()}
        asleep, found = gate.scan(tokens, texts, {})
        for rule in rules.rules:
            assert rule.keywords is not None
            plain = _plain_matches(rule.keywords, texts[rule.field], 99)
            assert rule.keywords.pick(found.get((rule.name, 0), []), 99) == plain, texts
            assert (rule.name in asleep) == (not plain)
    assert len(gate._needles_of._seen) <= cache_size


def test_patterns_on_normalised_text_find_what_case_blind_ones_find(mails):
    # Patterns on subject/body/text are compiled case-sensitive where that cannot matter
    # (rules._cased): they must find what the case-blind pattern finds in normalised text.
    clf = classifier()
    ctx = clf._chain.ctx
    rules = [r for r in clf.rules.rules if r.patterns and r.field in ("subject", "body", "text")]
    assert any(p.flags & re.IGNORECASE == 0 for r in rules for p in r.patterns)
    texts = [chain_module.build_view(mail, ctx).text for _, mail in mails]
    texts += [normalise(t) for t in _random_texts(3)]
    for rule in rules:
        for pattern in rule.patterns:
            blind = re.compile(pattern.pattern, re.IGNORECASE)
            for text in texts:
                assert bool(pattern.search(text)) == bool(blind.search(text)), rule.name


_OLD_MONEY = re.compile(
    r"(?:[€$£]\s?\d[\d., ]{2,}|\d[\d.,]{2,}\s?(?:€|eur|euros?|usd|dollars?|gbp|£|chf|btc)\b)",
    re.IGNORECASE,
)
_OLD_NUMBER = re.compile(r"(?<= )\d+(?= )")


def _old_number(m: re.Match[str]) -> str:
    return f"d{min(len(m.group()), 5)}"


def _features_as_first_written(subject, body, mail, *, lookalike, own="", fired=()):
    """bot.classify.model.features before it was split into mail_features + strings."""
    m = model_module
    out: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for prefix, text in (("s:", subject), ("w:", body)):
        tokens = _OLD_NUMBER.sub(_old_number, text).split()[: m._MAX_TOKENS]
        out.update(prefix + t for t in set(tokens))
        pairs.update(zip(tokens, tokens[1:], strict=False))
        for w in set(tokens):
            out.update(m._word_features(w))
    out.update(f"b:{a}_{b}" for a, b in pairs)
    out.update("r:" + name for name in fired)
    out.update(m.shape(mail, body, own, lookalike=lookalike))
    return out


def test_features_are_those_training_saw(mails):
    clf = classifier()
    for _, mail in mails:
        view = chain_module.build_view(mail, clf._chain.ctx)
        fired = ["appeal_wording", "question_mark"]
        feats = clf._chain.features(view, fired)
        assert len(feats) == len(set(feats))
        assert set(feats) == _features_as_first_written(
            view.subject,
            view.body,
            mail,
            lookalike=bool(clf._chain._lookalike(view)),
            own=view.own,
            fired=fired,
        )


def _random_texts(seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    pools = [
        [chr(c) for c in range(128)],
        [chr(c) for c in range(0x300)],
        [chr(c) for c in range(0x2100)] + ["\U0001f600", "’", "€", "ß", "İ", "ﬁ"],
    ]
    return ["".join(rnd.choice(pools[i % 3]) for _ in range(rnd.randint(0, 40))) for i in range(n)]


def _old_own_text(body: str, limit: int = 4000) -> str:
    body = body[: limit * 3]
    m = text_module._CUT.search(body)
    if m:
        body = body[: m.start()]
    lines = [ln for ln in body.splitlines() if not ln.lstrip().startswith(">")]
    return "\n".join(lines)[:limit]


def _old_normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return " " + _NON_WORD.sub(" ", ascii_text).strip() + " "


def test_text_helpers_equal_the_regular_expressions_they_replace(mails):
    texts = _random_texts(1) + ["http://a.be/x mail@x.be WWW.X.BE Www.y HTTPS://B.BE", "a@b", ""]
    texts += ["PLT-2026-000901", "plt 2026 901-12", "Dossier PLT–2026–000417."]
    texts += ["€ 1.500 ok", "850,000.00 uſd 4.500 EUROS 9,99 Dollars 0,5 btc 1 000 £"]
    texts += ["Le 3 mai, X a écrit :\n> cité\nsuite", "-- \nsignature", "a\r\nb\x85c"]
    rnd = random.Random(2)  # links and addresses across lines: "a@b.c\nwww.x", "ww\nw.x"
    texts += [
        "".join(rnd.choices("ab.+-@_ \nx1:/wWhHtps", k=rnd.randint(0, 40))) for _ in range(3000)
    ]
    money = "€$£12 .,eurEURbtcs\u00a0x"  # amounts: "€ 1.5", "12,5 eur", "1 000 £"
    texts += ["".join(rnd.choices(money, k=rnd.randint(0, 30))) for _ in range(3000)]
    for _, mail in mails:
        texts += [mail.subject, mail.text[:3000]]
    for text in texts:
        assert normalise(text) == _old_normalise(text)
        assert text_module.normalised_words(text) == _old_normalise(text).split()
        assert text_module.own_text(text) == _old_own_text(text)
        assert text_module.count_letters(text) == sum(map(str.isalpha, text))
        padded = normalise(text) + text + " 1 22 333 4444 55555 666666 7a 8 "
        assert model_module._NUMBER.sub(model_module._number, padded) == _OLD_NUMBER.sub(
            _old_number, padded
        )
        words = normalise(padded).split()  # numbers named word by word, as the text model does
        assert (
            model_module._numbers_named(words)
            == _OLD_NUMBER.sub(_old_number, normalise(padded)).split()
        )
        assert chain_module._strip_links(text) == chain_module._LINK.sub(" ", text)
        assert checks.link_hosts(text) == checks._URL_HOST.findall(text)
        assert model_module._amounts(text) == _OLD_MONEY.findall(text)
        for fmt in FORMATS:  # find() looks for a year first: never misses a number
            assert not fmt._regex.search(text) or numbers._YEAR.search(text)
        for rest, table in (
            (model_module._NOT_LETTER, model_module._LATIN1_NOT_LETTER),
            (model_module._NOT_CAPITAL, model_module._LATIN1_NOT_CAPITAL),
        ):
            assert model_module._count(text, rest, table) == len(rest.sub("", text))
