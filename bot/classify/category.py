"""The category head: a linear model over the kind head's features plus the category rules' votes.

Keyword category rules (config/rules.toml) fit the mails they were written from; on mail from
other authors they missed a benefit or a service named in other words. This head, trained by
scripts/train_category.py on the labelled cases, reuses the features the kind head already
computed for the mail (no second pass over the text) and sees which category rules fired, so it
learns how far to trust each. Shipped as its own `.npz` of arrays (no pickle).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bot.classify.model import Head, TextModel
from bot.mail import RuleHit

CATEGORY_MODEL = Path(__file__).with_name("category.npz")


def rule_scores(hits: Iterable[RuleHit]) -> dict[str, float]:
    """The category rules' votes per category."""
    score: dict[str, float] = {}
    for h in hits:
        if h.kind and h.rule.startswith("category_"):  # config/rules.toml names them so
            score[h.kind] = score.get(h.kind, 0.0) + h.weight
    return score


def rule_features(score: dict[str, float]) -> list[str]:
    """Which category rules fired: "g:<category>", and "g2:<category>" at weight 2 or more."""
    out = [f"g:{c}" for c in score]
    out += [f"g2:{c}" for c, w in score.items() if w >= 2]
    return out


# How sure the head must be to name a category that no rule voted for. Where a rule fires the
# rules are right more often than the head; where none fires an unsure head is mostly wrong.
# Leave-one-corpus-out (scripts/train_category.py, 723 cases) favours 0.5 (89.5 % against
# 88.2 % at 0.8), but there the head learns words such as "dossier" as a service and gives a
# complaint naming no service at all a category (a wrong team, a wrong second line offered to
# the handler); at 0.8 such a complaint stays "other".
HEAD_SURE = 0.8


def fuse(
    probabilities: dict[str, float],
    votes: dict[str, float],
    sure: float = HEAD_SURE,
    min_score: float = 1.0,
) -> str:
    """The category: the rules' best when it reaches `min_score`, else the head's when sure."""
    best = max(votes.items(), key=lambda kv: kv[1], default=("other", 0.0))
    if best[1] >= min_score:
        return best[0]
    label = max(probabilities, key=probabilities.__getitem__)
    return label if probabilities[label] >= sure else "other"


def load_category(path: str | Path = CATEGORY_MODEL) -> TextModel:
    with np.load(Path(path), allow_pickle=False) as data:
        head = Head(
            tuple(str(x) for x in data["category_labels"]),
            data["category_weights"].astype(np.float32),
            data["category_bias"].astype(np.float32),
        )
        vocabulary = [str(x) for x in data["vocabulary"]]
        return TextModel(vocabulary, {"category": head}, str(data["version"]))


# Of the kind head's features, those about the subject: words, stems, 4-letter n-grams. Word
# pairs, the mail's shape and the kind rules say how a mail is written, not what it is about.
_TOPICAL = ("w:", "s:", "p:", "c:")


def text_features(feats: list[str]) -> list[str]:
    return [f for f in feats if f.startswith(_TOPICAL)]
