"""The statistical half of classification: a linear model over the sender's own words.

Keyword rules fit the mails they were written from; on unseen mail they missed scams, polite
appeals and vacation bodies (issue 15). This module applies a multinomial logistic regression,
trained offline by `scripts/train_classifier.py` on the labelled mails in `tests/data/classify/`,
to the same normalised text the rules see.

Why this model (measured, see README "Classification"):
- a linear model on words, 5-letter word stems and word pairs reached the best held-out kind
  accuracy we measured, at ~20 µs per mail in pure Python + numpy; a multilingual sentence
  embedding model would need torch (hundreds of MB) and milliseconds per mail on CPU;
- features are a readable vocabulary, not hashes, so the features that decided can be shown
  among the rule hits (`classify --json`, `show`); the vocabulary of a few thousand entries is
  small enough that hashing would save nothing;
- the weights ship as a plain `.npz` of arrays (loaded with `allow_pickle=False`, never a
  pickle), so scikit-learn is needed only to train (`train` extra), not at runtime.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.mail import ParsedMail

DEFAULT_MODEL = Path(__file__).with_name("model.npz")
_URL = re.compile(r"https?://", re.IGNORECASE)
_REPLY = re.compile(r"^\s*(?:re|aw|antw|sv|tr|wg|fwd?)\s*:", re.IGNORECASE)
_STEM = 5  # letters kept of a longer word: a cheap stemmer across FR/NL/DE/EN inflections
_MAX_TOKENS = 300
# Only the kind is learnt: on ~80 mails from people a category model reached 28 % in
# cross-validation, far below the category rules (config/rules.toml), which stay in charge.
HEADS = ("kind",)  # the opening of a long mail decides; keeps the cost per mail bounded


def features(subject: str, body: str, mail: ParsedMail, *, lookalike: bool) -> list[str]:
    """Features of a mail: words, stems, word pairs of subject and body, and a few shape marks.

    `subject` and `body` are normalised (`bot.classify.text.normalise`): lower case, no accents.
    """
    out: set[str] = set()
    stems: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for prefix, text in (("s:", subject), ("w:", body)):
        tokens = text.split()[:_MAX_TOKENS]
        words = set(tokens)  # de-duplicate before building strings: this is the hot loop
        out.update([prefix + t for t in words])
        stems.update([t[:_STEM] for t in words if len(t) > _STEM])
        pairs.update(zip(tokens, tokens[1:], strict=False))
    out.update(["p:" + t for t in stems if not t.isdigit()])
    out.update([f"b:{a}_{b}" for a, b in pairs])
    threaded = bool(mail.in_reply_to or mail.references)
    if _REPLY.match(mail.subject or "") and not threaded:
        out.add("m:reply_subject_without_thread")
    if threaded:
        out.add("m:threaded")
    links = len(_URL.findall(mail.text[:20000])) + len(_URL.findall((mail.html or "")[:50000]))
    if links:
        out.add("m:links" if links < 3 else "m:many_links")
    if any(a.content_type.lower() == "text/html" for a in mail.attachments):
        out.add("m:html_attachment")
    if lookalike:
        out.add("m:lookalike_host")
    if len(body.split()) < 40:
        out.add("m:short")
    return list(out)


@dataclass(frozen=True, slots=True)
class Head:
    """One linear classifier over the shared vocabulary: labels, weights, intercepts."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_labels), float32
    bias: np.ndarray  # (n_labels,)


@dataclass(frozen=True, slots=True)
class Prediction:
    label: str
    probabilities: dict[str, float]
    top_features: tuple[tuple[str, float], ...]  # what pushed towards `label`, strongest first

    def p(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)


class TextModel:
    """Weights loaded once; `predict` per mail. Pure numpy, no scikit-learn."""

    def __init__(self, vocabulary: Iterable[str], heads: dict[str, Head], version: str) -> None:
        self.names = tuple(vocabulary)
        self.index = {name: i for i, name in enumerate(self.names)}
        self.heads = heads
        self.version = version

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL) -> TextModel:
        with np.load(Path(path), allow_pickle=False) as data:
            heads = {}
            for head in HEADS:
                heads[head] = Head(
                    tuple(str(x) for x in data[f"{head}_labels"]),
                    data[f"{head}_weights"].astype(np.float32),
                    data[f"{head}_bias"].astype(np.float32),
                )
            return cls([str(x) for x in data["vocabulary"]], heads, str(data["version"]))

    def predict(self, head: str, feats: list[str], *, top: int = 4) -> Prediction:
        h = self.heads[head]
        rows = [i for i in map(self.index.get, feats) if i is not None]
        scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0  # l2-normalised binary vector
        if rows:
            part = h.weights[rows] * scale
            z = part.sum(axis=0) + h.bias
        else:
            part = np.zeros((0, len(h.labels)), dtype=np.float32)
            z = h.bias.copy()
        z = np.exp(z - z.max())
        probs = z / z.sum()
        best = int(probs.argmax())
        contrib = part[:, best]
        order = np.argsort(-contrib)[:top]
        tops = tuple(
            (self.names[rows[i]], round(float(contrib[i]), 3)) for i in order if contrib[i] > 0
        )
        return Prediction(
            h.labels[best],
            {label: float(p) for label, p in zip(h.labels, probs, strict=True)},
            tops,
        )
