"""Train the category head (bot/classify/category.npz) offline; report leave-one-corpus-out.

    python scripts/train_category.py          # writes bot/classify/category.npz
    python scripts/train_category.py --cv     # only report the figures

The category of a case (complaint, appeal, information_request, follow_up) was decided by the
keyword rules alone; on mail from authors they were not written from they missed many. This
trains a linear head (scikit-learn here only; numpy at runtime) on the kind head's own features
(words, stems, word pairs, 4-letter n-grams: no second feature extraction per mail) plus which
category rules fired ("g:<category>", "g2:<category>" when strongly). Machine mail is always
category other and is not trained on. C is chosen by leave-one-corpus-out (each corpus, written
by other authors, predicted by a head trained on the others), and the figures per corpus —
rules alone and rules + head, as `classify` runs — are printed and stored in the .npz.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from bot.classify import Classifier, TextModel
from bot.classify.category import (
    CATEGORY_MODEL,
    HEAD_SURE,
    fuse,
    rule_features,
    rule_scores,
    text_features,
)
from bot.classify.model import Head
from scripts.train_classifier import ROOT, Example, classifier, load_examples, matrix

CASES = ("complaint", "appeal", "information_request", "follow_up")
C_GRID = (30.0, 100.0)
A_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: rules alone
MIN_DF = 2


def head_features(clf: Classifier, r: Example) -> list[str]:
    d = clf.classify(r.mail)  # rules alone: which category rules fired, how strongly
    return text_features(r.features) + rule_features(rule_scores(d.hits))


def pct(right: Counter[str], rows: list[Example]) -> str:
    return f"{100 * sum(right.values()) / len(rows):5.1f} %"


def fit(rows: list[tuple[list[str], str]], c: float) -> TextModel:
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    x = matrix([feats for feats, _ in rows], index)
    lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    lr.fit(x, [y for _, y in rows])
    head = Head(
        tuple(str(k) for k in lr.classes_),
        lr.coef_.T.astype(np.float32),
        lr.intercept_.astype(np.float32),
    )
    return TextModel(vocab, {"category": head}, "1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "classify")
    ap.add_argument("--output", type=Path, default=CATEGORY_MODEL)
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    ap.add_argument("--cv", action="store_true", help="report cross-validation only, write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the out-of-corpus misses")
    args = ap.parse_args(argv)

    rules_only = classifier(args.rules, None)
    rows = [r for r in load_examples(args.data, rules_only) if r.label["kind"] in CASES]
    corpora = sorted({r.corpus for r in rows})
    data = {r.key: (head_features(rules_only, r), r.label["category"]) for r in rows}
    rules_cat = {r.key: rules_only.classify(r.mail).category for r in rows}
    print(f"{len(rows)} cases in {len(corpora)} corpora")
    oof: dict[float, dict[str, dict[str, float]]] = {c: {} for c in C_GRID}
    votes = {r.key: rule_scores(rules_only.classify(r.mail).hits) for r in rows}
    for c in C_GRID:
        for corpus in corpora:
            model = fit([data[r.key] for r in rows if r.corpus != corpus], c)
            for r in rows:
                if r.corpus == corpus:
                    oof[c][r.key] = model.predict("category", data[r.key][0]).probabilities
    right: dict[tuple[float, float], Counter[str]] = {}
    for c in C_GRID:
        for a in A_GRID:
            right[c, a] = Counter(
                r.corpus
                for r in rows
                if fuse(oof[c][r.key], votes[r.key], a) == r.label["category"]
            )
            print(f"  C={c:<5g} head sure at {a:<5g} LOCO category {pct(right[c, a], rows)}")
    chosen, a = max(right, key=lambda ca: (sum(right[ca].values()), ca[1] == HEAD_SURE, -ca[0]))
    if a != HEAD_SURE:
        print(
            f"  note: the best head threshold is {a:g}, bot/classify/category.py uses {HEAD_SURE:g}"
        )
    rules_right = Counter(r.corpus for r in rows if rules_cat[r.key] == r.label["category"])
    head_right = right[chosen, HEAD_SURE]
    loco = {}
    for corpus in corpora:
        n = sum(r.corpus == corpus for r in rows)
        loco[corpus] = {"n": n, "rules": rules_right[corpus], "head": head_right[corpus]}
        print(
            f"  {corpus:5s} {n:4d} cases  rules alone {100 * rules_right[corpus] / n:5.1f} %  "
            f"rules + head {100 * head_right[corpus] / n:5.1f} %"
        )
        if args.verbose:
            for r in rows:
                got = fuse(oof[chosen][r.key], votes[r.key])
                if r.corpus == corpus and got != r.label["category"]:
                    print(f"    {r.key}: {r.label['category']} -> {got} (rules {rules_cat[r.key]})")
    print(
        f"  all   {len(rows):4d} cases  rules alone {pct(rules_right, rows)}  "
        f"rules + head {pct(head_right, rows)}  (C={chosen:g})"
    )
    if args.cv:
        return 0
    model = fit(list(data.values()), chosen)
    head = model.heads["category"]
    np.savez_compressed(
        args.output,
        vocabulary=np.array(model.names),
        version=np.array(model.version),
        category_labels=np.array(head.labels),
        category_weights=head.weights,
        category_bias=head.bias,
        loco=np.array(json.dumps({"c": chosen, "corpora": loco})),
    )
    print(
        f"wrote {args.output} ({args.output.stat().st_size / 1024:.0f} KiB, "
        f"vocabulary {len(model.names)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
