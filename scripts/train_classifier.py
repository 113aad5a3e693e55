"""Train the text model of bot/classify/model.py offline and export it as plain arrays (.npz).

    pip install -e '.[train]'
    python scripts/train_classifier.py            # writes bot/classify/model.npz
    python scripts/train_classifier.py --cv       # only report cross-validated accuracy per C

Reads every `<set>/labels.json` under --data (tests/data/classify: dev and dev2 copied from the
project corpus, own/ written for issue 15), so training is reproducible from the repository
alone. The files listed in `split.json` ("heldout") are left out: they are for measuring only
(bench/classify_accuracy.py), never for training or choosing C, which is picked by 5-fold
cross-validation on the rest. One head, `kind`; follow_up is learnt too, so that a citizen's
short reply is not mistaken for machine mail (the rules still decide follow_up from our
references). A category head reached 28 % in cross-validation: the category rules stay in
charge. scikit-learn is needed here only; the runtime reads the arrays with numpy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from bot.classify import Classifier, load_rules
from bot.intake.parse import parse
from bot.numbers import CaseNumberFormat

ROOT = Path(__file__).resolve().parents[1]
C_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)


def load_examples(data: Path, clf: Classifier) -> tuple[list[dict], set[str]]:
    split = json.loads((data / "split.json").read_text(encoding="utf-8"))
    heldout = set(split["heldout"])
    rows = []
    for labels in sorted(data.glob("*/labels.json")):
        folder = labels.parent
        for label in json.loads(labels.read_text(encoding="utf-8")):
            key = f"{folder.name}/{label['file']}"
            if key in heldout or label.get("kind") is None:
                continue
            mail = parse((folder / label["file"]).read_bytes())
            rows.append({**label, "key": key, "features": clf.features(mail)})
    return rows, heldout


def matrix(docs: list[list[str]], index: dict[str, int]) -> csr_matrix:
    data, cols, ptr = [], [], [0]
    for feats in docs:
        known = sorted({index[f] for f in feats if f in index})
        scale = 1.0 / np.sqrt(len(feats)) if feats else 0.0
        cols += known
        data += [scale] * len(known)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(docs), len(index)), dtype=np.float64)


def fit(x: csr_matrix, y: list[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    return model.fit(x, y)


def cv_accuracy(x: csr_matrix, y: list[str], c: float) -> float:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=15)
    pred = cross_val_predict(
        LogisticRegression(C=c, max_iter=5000, class_weight="balanced"), x, y, cv=folds
    )
    return float(np.mean(pred == np.array(y)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "classify")
    ap.add_argument("--output", type=Path, default=ROOT / "bot" / "classify" / "model.npz")
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    ap.add_argument("--c-kind", type=float, default=None, help="fix C (default: best by CV)")
    ap.add_argument("--cv", action="store_true", help="report cross-validation only, write nothing")
    args = ap.parse_args(argv)

    clf = Classifier(
        load_rules(args.rules),
        CaseNumberFormat(),
        "federal.example.be",
        ["fr", "nl", "de", "en"],
        model=None,
    )
    rows, heldout = load_examples(args.data, clf)
    # Vocabulary: features seen in at least two training mails (one-off words are noise).
    counts: dict[str, int] = {}
    for row in rows:
        for f in row["features"]:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= 2)
    index = {f: i for i, f in enumerate(vocab)}
    print(f"{len(rows)} training mails ({len(heldout)} held out), vocabulary {len(vocab)}")

    heads = {"kind": rows}
    out: dict[str, np.ndarray] = {"vocabulary": np.array(vocab), "version": np.array("1")}
    for head, head_rows in heads.items():
        x = matrix([r["features"] for r in head_rows], index)
        y = [r[head] for r in head_rows]
        scores = {c: cv_accuracy(x, y, c) for c in C_GRID}
        for c, acc in scores.items():
            print(f"  {head:8s} C={c:<6g} 5-fold CV accuracy {100 * acc:5.1f} %")
        chosen = getattr(args, f"c_{head}") or max(scores, key=lambda c: (scores[c], -c))
        if args.cv:
            continue
        model = fit(x, y, chosen)
        print(f"  {head:8s} trained with C={chosen:g} on {len(y)} mails: {list(model.classes_)}")
        out[f"{head}_labels"] = np.array([str(c) for c in model.classes_])
        out[f"{head}_weights"] = model.coef_.T.astype(np.float32)
        out[f"{head}_bias"] = model.intercept_.astype(np.float32)
        if len(model.classes_) == 2:  # sklearn keeps one row for two classes; we want one each
            out[f"{head}_weights"] = (
                np.hstack([-out[f"{head}_weights"], out[f"{head}_weights"]]) / 2
            )
            out[f"{head}_bias"] = np.array([-model.intercept_[0], model.intercept_[0]]) / 2
    if args.cv:
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.output, **out)
    print(f"wrote {args.output} ({args.output.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
