"""Train the text model of bot/classify/model.py offline and export it as plain arrays (.npz).

    pip install -e '.[train]'
    python scripts/train_classifier.py            # writes bot/classify/model.npz
    python scripts/train_classifier.py --cv       # only report leave-one-corpus-out figures

Reads every `<corpus>/labels.json` under --data (tests/data/classify: dev and dev2 copied from
the project corpus, own/ written for issue 15, ho1/ the studied former held-out set, tr/ a
corpus written independently), so training is reproducible from the repository alone.

Everything is chosen by leave-one-corpus-out cross-validation: each corpus in turn is predicted
by a model trained on the others. Corpora have different authors, so this measures what matters
on unseen mail — generalisation across authors — where a random split would let a mail's
siblings from the same author into training. It picks C (regularisation) and the temperature
that calibrates probabilities (fitted on the out-of-corpus scores, so a probability means how
often the model is right on mail from an author it has not seen), and it reports the whole
classifier (rules + model, as `classify` runs it) per held-out corpus. The final model is then
trained on every labelled mail. The figures are stored in the .npz (`loco`) for
bench/classify_accuracy.py. scikit-learn is needed here only; the runtime reads arrays with numpy.

One head, `kind`; follow_up is learnt too, so that a citizen's short reply is not mistaken for
machine mail. The category is the category rules' (config/rules.toml), not learnt.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from bot.classify import Classifier, load_rules
from bot.classify.model import Head, TextModel
from bot.intake.parse import parse
from bot.mail import ParsedMail
from bot.numbers import CaseNumberFormat
from bot.vocab import SILENT_KINDS

ROOT = Path(__file__).resolve().parents[1]
C_GRID = (30.0, 100.0, 300.0, 1000.0)
T_GRID = tuple(round(0.4 + 0.1 * i, 1) for i in range(27))  # 0.4 … 3.0
MIN_DF = 2  # a feature seen in one training mail only is noise
# Words of every administration's mail, in the four languages: left out of what the category
# head learns from (a service is told by what the mail is about, not by "file" or "counter").
_GENERIC = re.compile(
    r"\b(?:dossiers?|demandes?|courriers?|lettres?|guichets?|formulaires?|services?|"
    r"r[ée]ponses?|d[ée]cisions?|documents?|rendez-vous|t[ée]l[ée]phone|employ[ée]e?s?|"
    r"aanvra(?:ag|gen)|brie(?:f|ven)|loket(?:ten)?|formulier(?:en)?|dienst(?:en)?|"
    r"antwoord(?:en)?|beslissing(?:en)?|afspraak|telefoon|medewerker(?:s)?|"
    r"akten?|antr(?:a|ä)ge?|briefe?|schalter|formulare?|dienste?s?|antworten?|"
    r"entscheidung(?:en)?|dokumente?|termine?|telefon|mitarbeiter(?:in)?|unterlagen|"
    r"files?|applications?|requests?|letters?|counters?|forms?|answers?|repl(?:y|ies)|"
    r"decisions?|appointments?|phone|employees?|staff)\b",
    re.IGNORECASE,
)
CASE_KINDS = ("complaint", "appeal", "information_request")
# the category head's vote: weight * p for every service with p >= floor
CATEGORY_C_GRID = (30.0, 100.0)
VOTE_GRID = tuple(
    (w, f, n) for w in (1.0, 2.0, 3.0) for f in (0.6, 0.7, 0.8, 0.9) for n in (0.0, 15.0, 30.0)
)  # (weight, floor, at least so many distinct words)
# A case sent to the wrong service costs more than one left to the coordinator ("other"): it
# waits in the wrong queue, and its final answer may name the wrong second line.
MISROUTE_COST = 2


@dataclass
class Example:
    corpus: str
    key: str
    label: dict
    mail: ParsedMail
    features: list[str]
    # the same without the words every service hears ("my file", "the counter"): what the
    # category head learns from, so that it cannot take "dossier" for a service
    category_features: list[str]


def load_examples(data: Path, clf: Classifier) -> list[Example]:
    rows = []
    for labels in sorted(data.glob("*/labels.json")):
        folder = labels.parent
        for label in json.loads(labels.read_text(encoding="utf-8")):
            if label.get("kind") is None:
                continue
            mail = parse((folder / label["file"]).read_bytes())
            key = f"{folder.name}/{label['file']}"
            cat_feats = []
            if label["kind"] in CASE_KINDS:  # the category head learns from cases only
                subject, text = _GENERIC.sub(" ", mail.subject), _GENERIC.sub(" ", mail.text)
                cat_feats = clf.features(replace(mail, subject=subject, text=text))
            rows.append(Example(folder.name, key, label, mail, clf.features(mail), cat_feats))
    return rows


def matrix(docs: list[list[str]], index: dict[str, int]) -> csr_matrix:
    """Binary features scaled by 1/sqrt(n): the same arithmetic as TextModel.predict."""
    data, cols, ptr = [], [], [0]
    for feats in docs:
        known = sorted({index[f] for f in feats if f in index})
        scale = 1.0 / np.sqrt(len(feats)) if feats else 0.0
        cols += known
        data += [scale] * len(known)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(docs), len(index)), dtype=np.float64)


def _head(x: csr_matrix, y: list[str], c: float, balanced: bool) -> Head:
    weight = "balanced" if balanced else None
    lr = LogisticRegression(C=c, max_iter=3000, class_weight=weight).fit(x, y)
    labels = tuple(str(k) for k in lr.classes_)
    weights, bias = lr.coef_.T.astype(np.float32), lr.intercept_.astype(np.float32)
    if len(labels) == 2:  # sklearn keeps one row for two classes; we want one each
        weights = np.hstack([-weights, weights]) / 2
        bias = np.array([-bias[0], bias[0]], dtype=np.float32) / 2
    return Head(labels, weights, bias)


def fit(
    rows: list[Example],
    c: float,
    temperature: float = 1.0,
    *,
    category_c: float | None = None,
    votes: tuple[float, float, float] = (0.0, 1.0, 0.0),
    category_temperature: float | None = None,
) -> TextModel:
    """The kind head on every mail; the category head (when `category_c`) on the new cases
    of people (a follow-up's own text rarely names the service: it takes its case's)."""
    counts = Counter(f for r in rows for f in set(r.features))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    y = [r.label["kind"] for r in rows]
    model = TextModel(
        vocab,
        {"kind": _head(matrix([r.features for r in rows], index), y, c, True)},
        "3",
        temperature,
    )
    if category_c is None:
        return model
    return with_category(model, rows, category_c, votes, category_temperature)


def scores(model: TextModel, feats: list[str], name: str = "kind") -> dict[str, float]:
    """Raw scores (before temperature and softmax) per label of a head."""
    head = model.heads[name]
    rows = [i for i in map(model.index.get, feats) if i is not None]
    z = head.bias.astype(np.float64).copy()
    if rows:
        z += head.weights[rows].sum(axis=0) / math.sqrt(len(feats))
    return dict(zip(head.labels, z.tolist(), strict=True))


def nll(oof: list[tuple[dict[str, float], str]], t: float) -> float:
    total = 0.0
    for z, want in oof:
        m = max(z.values())
        log_sum = m / t + math.log(sum(math.exp((v - m) / t) for v in z.values()))
        total += log_sum - z.get(want, -1e9) / t
    return total / len(oof)


def classifier(rules: Path, model: TextModel | None) -> Classifier:
    fmt = CaseNumberFormat()
    return Classifier(load_rules(rules), fmt, "federal.example.be", LANGS, model=model)


LANGS = ["fr", "nl", "de", "en"]


def system_figures(
    clf: Classifier, rows: list[Example], verbose: bool = False
) -> dict[str, float | int]:
    """The whole classifier on mails, as bench/classify_accuracy.py counts."""
    c: Counter[str] = Counter()
    for r in rows:
        d = clf.classify(r.mail)
        want = r.label["kind"]
        if verbose and d.kind != want:
            why = next(h.reason for h in d.hits if h.rule == "chain.decision")
            model = next((h.reason for h in d.hits if h.rule == "model.kind"), "")
            print(f"    {r.key}: {want} -> {d.kind} (review {d.needs_review}): {why}; {model}")
        c["n"] += 1
        c["kind_ok"] += d.kind == want
        c["appeal"] += want == "appeal"
        c["appeal_ok"] += want == "appeal" and d.kind == "appeal"
        c["language_ok"] += d.language == r.label.get("language")
        c["category_ok"] += d.category == r.label.get("category")
        c["non_case_acknowledged"] += want in SILENT_KINDS and d.acknowledge
        c["person_filed"] += want not in SILENT_KINDS and d.kind in SILENT_KINDS
        c["needs_review"] += d.needs_review
        c["errors"] += d.kind != want
        c["errors_flagged"] += d.kind != want and d.needs_review
    return dict(c)


def with_category(
    model: TextModel,
    rows: list[Example],
    category_c: float,
    votes: tuple[float, float, float],
    category_temperature: float | None = None,
) -> TextModel:
    """`model` (a kind head) with a category head trained on `rows`' cases, same vocabulary."""
    cases = [r for r in rows if r.label["kind"] in CASE_KINDS]
    x = matrix([r.category_features for r in cases], model.index)
    head = _head(x, [r.label["category"] for r in cases], category_c, False)
    heads = {"kind": model.heads["kind"], "category": head}
    return TextModel(
        model.names,
        heads,
        model.version,
        model.temperature,
        category_weight=votes[0],
        category_min=votes[1],
        category_min_words=votes[2],
        category_temperature=category_temperature,
    )


def choose_category(
    rules: Path,
    rows: list[Example],
    corpora: list[str],
    folds: dict[str, TextModel],
    temperature: float,
) -> tuple[float, tuple[float, float, float], float]:
    """C of the category head, its temperature and its vote (weight, floor, fewest words), by
    leave-one-corpus-out: the least cost over people's new cases whose category the whole
    classifier gets wrong (MISROUTE_COST for a wrong service, 1 for "other"). The temperature
    calibrates the head on the out-of-corpus scores, as for kinds."""
    print("category of people's new cases, each corpus by rules + a model that never saw it:")
    results: list[tuple[int, float, tuple[float, float, float], float]] = []
    for category_c in CATEGORY_C_GRID:
        models = {}
        oof: list[tuple[dict[str, float], str]] = []
        for corpus in corpora:
            train = [r for r in rows if r.corpus != corpus]
            models[corpus] = model = with_category(folds[corpus], train, category_c, (0, 1, 0))
            model.temperature = temperature
            oof += [
                (scores(model, r.features, "category"), r.label["category"])
                for r in rows
                if r.corpus == corpus and r.label["kind"] in CASE_KINDS
            ]
        t_cat = min(T_GRID, key=lambda t: nll(oof, t))
        ok: Counter[tuple[float, float, float]] = Counter()
        cost: Counter[tuple[float, float, float]] = Counter()
        n = 0
        for corpus in corpora:
            model = models[corpus]
            model.category_temperature = t_cat
            clf = classifier(rules, model)
            cases = [r for r in rows if r.corpus == corpus and r.label["kind"] in CASE_KINDS]
            n += len(cases)
            for votes in ((0.0, 1.0, 0.0), *VOTE_GRID):
                model.category_weight, model.category_min, model.category_min_words = votes
                got = [(clf.classify(r.mail).category, r.label["category"]) for r in cases]
                ok[votes] += sum(have == want for have, want in got)
                cost[votes] += sum(
                    0 if have == want else 1 if have == "other" else MISROUTE_COST
                    for have, want in got
                )
        none = (0.0, 1.0, 0.0)
        print(
            f"  C={category_c:g}: temperature {t_cat:g}; no vote {ok[none]}/{n} right, cost "
            f"{cost[none]}"
        )
        for votes, good in sorted(ok.items(), key=lambda kv: cost[kv[0]])[:5]:
            print(
                f"    vote {votes[0]:g} x p >= {votes[1]:g} from {votes[2]:g} words: {good}/{n}"
                f" right, cost {cost[votes]}"
            )
        results += [(cost[votes], category_c, votes, t_cat) for votes in ok]
    # The most cautious vote (the smallest weight, then the highest floor, then the most
    # words) whose cost is within one standard error of the least: a count of errors varies
    # by about its square root, and closer than that the corpora cannot tell the votes apart.
    least = min(r[0] for r in results)
    near = [r for r in results if r[0] <= least + math.sqrt(least)]
    _, c_best, votes_best, t_best = min(near, key=lambda r: (r[2][0], -r[2][1], -r[2][2], r[0]))
    chosen = (c_best, votes_best, t_best)
    c, (w, f, words), t = chosen
    print(f"  chosen: C={c:g}, temperature {t:g}, vote {w:g} x p >= {f:g} from {words:g} words")
    return chosen


def line(name: str, f: dict) -> str:
    n = f["n"]
    return (
        f"  {name:6s} {n:4d} mails  kind {100 * f['kind_ok'] / n:5.1f} %  appeal recall "
        f"{f.get('appeal_ok', 0)}/{f.get('appeal', 0)}  "
        f"language {100 * f['language_ok'] / n:5.1f} %  "
        f"category {100 * f['category_ok'] / n:5.1f} %  non-cases acknowledged "
        f"{f.get('non_case_acknowledged', 0)}  people filed {f.get('person_filed', 0)}  "
        f"needs_review {f.get('needs_review', 0)} ({100 * f.get('needs_review', 0) / n:.0f} %, "
        f"errors flagged {f.get('errors_flagged', 0)}/{f.get('errors', 0)})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "classify")
    ap.add_argument("--output", type=Path, default=ROOT / "bot" / "classify" / "model.npz")
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    ap.add_argument("--c", type=float, default=None, help="fix C (default: best by LOCO)")
    ap.add_argument("--cv", action="store_true", help="report cross-validation only, write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the out-of-corpus misses")
    args = ap.parse_args(argv)

    rows = load_examples(args.data, classifier(args.rules, None))
    corpora = sorted({r.corpus for r in rows})
    print(f"{len(rows)} labelled mails in {len(corpora)} corpora: " + ", ".join(corpora))
    # Leave one corpus out: for each C, every mail scored by a model that never saw its corpus.
    grid = (args.c,) if args.c else C_GRID
    oof: dict[float, list[tuple[dict[str, float], str]]] = {}
    folds: dict[float, dict[str, TextModel]] = {}
    for c in grid:
        oof[c], folds[c] = [], {}
        for corpus in corpora:
            model = fit([r for r in rows if r.corpus != corpus], c)
            folds[c][corpus] = model
            oof[c] += [
                (scores(model, r.features), r.label["kind"]) for r in rows if r.corpus == corpus
            ]
        acc = np.mean([max(z, key=z.__getitem__) == want for z, want in oof[c]])
        print(f"  C={c:<6g} model alone, leave-one-corpus-out accuracy {100 * acc:5.1f} %")
    chosen = max(
        grid, key=lambda c: (np.mean([max(z, key=z.__getitem__) == w for z, w in oof[c]]), -c)
    )
    temperature = min(T_GRID, key=lambda t: nll(oof[chosen], t))
    print(
        f"  chosen C={chosen:g}; temperature {temperature:g} (out-of-corpus log-loss "
        f"{nll(oof[chosen], 1.0):.3f} -> {nll(oof[chosen], temperature):.3f})"
    )
    category_c, votes, t_cat = choose_category(
        args.rules, rows, corpora, folds[chosen], temperature
    )
    for corpus in corpora:
        train = [r for r in rows if r.corpus != corpus]
        folds[chosen][corpus] = with_category(
            folds[chosen][corpus], train, category_c, votes, t_cat
        )
    loco: dict[str, dict] = {}
    total: Counter[str] = Counter()
    print(
        "whole classifier (rules + model), each corpus predicted by a model trained on the others:"
    )
    for corpus in corpora:
        model = folds[chosen][corpus]
        model.temperature = temperature
        figures = system_figures(
            classifier(args.rules, model), [r for r in rows if r.corpus == corpus], args.verbose
        )
        loco[corpus] = figures
        total.update(figures)
        print(line(corpus, figures))
    loco["all"] = dict(total)
    print(line("all", loco["all"]))
    if args.cv:
        return 0
    model = fit(
        rows, chosen, temperature, category_c=category_c, votes=votes, category_temperature=t_cat
    )
    out = {
        "vocabulary": np.array(model.names),
        "version": np.array(model.version),
        "temperature": np.array(temperature),
        "category_weight": np.array(votes[0]),
        "category_min": np.array(votes[1]),
        "category_min_words": np.array(votes[2]),
        "category_temperature": np.array(t_cat),
        "loco": np.array(
            json.dumps(
                {
                    "c": chosen,
                    "temperature": temperature,
                    "category_c": category_c,
                    "category_votes": list(votes),
                    "category_temperature": t_cat,
                    "corpora": loco,
                }
            )
        ),
    }
    for name, head in model.heads.items():
        out[f"{name}_labels"] = np.array(head.labels)
        out[f"{name}_weights"] = head.weights
        out[f"{name}_bias"] = head.bias
    args.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.output, **out)
    print(
        f"trained with C={chosen:g} on {len(rows)} mails, vocabulary {len(model.names)}: wrote "
        f"{args.output} ({args.output.stat().st_size / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
