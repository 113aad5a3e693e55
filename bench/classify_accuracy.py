"""Classification accuracy on labelled corpora: per kind, language and category, and speed.

    python bench/classify_accuracy.py [--set NAME=DIR ...] [--rules FILE] [--rules-only] [-v]

Default sets: every corpus in tests/data/classify/ (dev, dev2, own, ho1, tr: the model is
trained on all of them, so these figures are in-sample) and ../shared/corpus/real-world/alaveteli
when present. The honest figure for unseen mail comes first: the leave-one-corpus-out
cross-validation that scripts/train_classifier.py ran when it trained the shipped model (each
corpus predicted by rules + a model trained on the other corpora), stored in model.npz.
A labels.json entry with kind null is unlabelled: those filed as non-cases are listed for a
person to check (in the real-world set they are delivery reports the label file leaves
unlabelled). Per set it prints kind accuracy, precision and recall per kind, appeal recall,
language, category, the non-cases that would be acknowledged, the people's mails filed as
non-cases, needs_review, and a confusion matrix; then the classifier's speed (parsing
excluded; CPU time of this process, as the machine is shared, and wall time).
Exit status 1 when a non-case would be acknowledged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.classify import Classifier, load_rules
from bot.intake.parse import parse
from bot.mail import ParsedMail
from bot.numbers import CaseNumberFormat
from bot.vocab import SILENT_KINDS, Kind

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "classify"
PERSON = ("complaint", "appeal", "information_request", "follow_up")


@dataclass
class Item:
    name: str
    label: dict
    mail: ParsedMail


@dataclass
class Result:
    n: int = 0
    kind_ok: int = 0
    lang: Counter[str] = field(default_factory=Counter)
    lang_ok: Counter[str] = field(default_factory=Counter)
    cat_n: int = 0
    cat_ok: int = 0
    # the same without follow-ups: through the mailbox a follow-up takes its case's category
    cat_new_n: int = 0
    cat_new_ok: int = 0
    # people's mail only (machine mail is always "other"): label -> decided category -> count
    cat_confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    acked_silent: list[str] = field(default_factory=list)
    person_filed: list[str] = field(default_factory=list)
    unlabelled_filed: list[str] = field(default_factory=list)
    review: int = 0
    misses: list[str] = field(default_factory=list)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"


def load_set(folder: Path, only: set[str] | None = None, prefix: str = "") -> list[Item]:
    """The labelled mails of `folder`, or of its sub-folders (one per author) when it has none."""
    labels_file = folder / "labels.json"
    if not labels_file.exists():
        parts = sorted(sub for sub in folder.glob("*/") if (sub / "labels.json").exists())
        return [item for sub in parts for item in load_set(sub, only, prefix)]
    items = []
    for label in json.loads(labels_file.read_text(encoding="utf-8")):
        key = f"{prefix}{label['file']}"
        if only is not None and key not in only:
            continue
        path = folder / label["file"]
        try:
            mail = parse(path.read_bytes())
        except Exception as exc:  # the parser's job, not ours: report and go on
            print(f"  parse error {path}: {type(exc).__name__}: {exc}")
            continue
        items.append(Item(key, label, mail))
    return items


def evaluate(clf: Classifier, items: list[Item], verbose: bool) -> Result:
    r = Result()
    for item in items:
        d = clf.classify(item.mail)
        want = item.label.get("kind")
        r.review += d.needs_review
        if d.acknowledge and want in SILENT_KINDS:
            r.acked_silent.append(f"{item.name} ({want} -> {d.kind})")
        if want in PERSON and d.kind in SILENT_KINDS:
            r.person_filed.append(f"{item.name} ({want} -> {d.kind})")
        if want is None:
            if d.kind in SILENT_KINDS:
                why = next((h.reason for h in d.hits if h.rule == "chain.decision"), "")
                r.unlabelled_filed.append(f"{item.name} ({d.kind}: {why[:70]})")
            continue
        r.n += 1
        r.confusion[want][d.kind] += 1
        r.kind_ok += d.kind == want
        detail = [] if d.kind == want else [f"kind {want} -> {d.kind}"]
        if "language" in item.label:
            r.lang[item.label["language"]] += 1
            if d.language == item.label["language"]:
                r.lang_ok[item.label["language"]] += 1
            else:
                detail.append(f"language {item.label['language']} -> {d.language}")
        if "category" in item.label:
            r.cat_n += 1
            r.cat_ok += d.category == item.label["category"]
            if want != "follow_up":
                r.cat_new_n += 1
                r.cat_new_ok += d.category == item.label["category"]
            if want in PERSON:
                r.cat_confusion[item.label["category"]][d.category] += 1
            if d.category != item.label["category"]:
                detail.append(f"category {item.label['category']} -> {d.category}")
        if detail:
            line = f"{item.name}: " + "; ".join(detail)
            if verbose:
                line += "".join(
                    f"\n      {h.rule} -> {h.kind} {h.weight:g}: {h.reason}" for h in d.hits
                )
            r.misses.append(line)
    return r


def report(name: str, r: Result, verbose: bool) -> None:
    print(f"\n=== {name}: {r.n} labelled mails ===")
    print(f"kind accuracy            {_pct(r.kind_ok, r.n)}")
    appeal = r.confusion.get("appeal", Counter())
    print(f"appeal recall            {_pct(appeal['appeal'], sum(appeal.values()))}")
    print(f"language accuracy        {_pct(sum(r.lang_ok.values()), sum(r.lang.values()))}")
    print(f"category accuracy        {_pct(r.cat_ok, r.cat_n)}")
    print(
        f"  without follow-ups     {_pct(r.cat_new_ok, r.cat_new_n)}  (a follow-up takes its "
        "case's category in the pipeline; its own text often names no service)"
    )
    print(f"non-cases acknowledged   {len(r.acked_silent)}")
    print(f"person's mail filed      {len(r.person_filed)}  (as auto_reply/bounce/spam)")
    if r.unlabelled_filed:
        print(f"unlabelled mail filed    {len(r.unlabelled_filed)}  (check by hand: listed below)")
    print(f"needs_review             {r.review}")
    print("per kind        precision            recall")
    for kind in Kind:
        tp = r.confusion[kind][kind] if kind in r.confusion else 0
        predicted = sum(row[kind] for row in r.confusion.values())
        actual = sum(r.confusion[kind].values()) if kind in r.confusion else 0
        if predicted or actual:
            print(f"  {kind:20s} {_pct(tp, predicted):18s} {_pct(tp, actual)}")
    print("per language")
    for lang in sorted(r.lang):
        print(f"  {lang:20s} {_pct(r.lang_ok[lang], r.lang[lang])}")
    if r.cat_confusion:
        print("per category, people's mail  precision            recall")
        cats = set(r.cat_confusion) | {c for row in r.cat_confusion.values() for c in row}
        for cat in sorted(cats):  # categories are configuration (config.toml), not a fixed list
            tp = r.cat_confusion[cat][cat] if cat in r.cat_confusion else 0
            predicted = sum(row[cat] for row in r.cat_confusion.values())
            actual = sum(r.cat_confusion[cat].values()) if cat in r.cat_confusion else 0
            if predicted or actual:
                print(f"  {cat:27s} {_pct(tp, predicted):18s} {_pct(tp, actual)}")
    print("confusion (rows: label, columns: decision)")
    print(" " * 22 + " ".join(f"{k[:6]:>6}" for k in Kind))
    for kind in Kind:
        if kind in r.confusion:
            print(f"  {kind:20s}" + " ".join(f"{r.confusion[kind][k]:>6}" for k in Kind))
    for line in r.acked_silent:
        print(f"  !! acknowledged: {line}")
    for line in r.person_filed:
        print(f"  !! person filed: {line}")
    for line in r.unlabelled_filed:
        print(f"  ?? unlabelled, filed: {line}")
    if verbose:
        for line in r.misses:
            print(f"  miss {line}")


def speed(clf: Classifier, mails: list[ParsedMail], seconds: float = 2.0) -> tuple[float, float]:
    """Mails per second of CPU time and of wall time."""
    for mail in mails:
        clf.classify(mail)
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        for mail in mails:
            clf.classify(mail)
        n += len(mails)
    return n / (time.process_time() - c0), n / (time.perf_counter() - t0)


def loco_report(clf: Classifier) -> None:
    """The leave-one-corpus-out figures stored by the trainer with the shipped model."""
    if clf.model is None or not clf.model.loco:
        print("(no leave-one-corpus-out figures in the model: retrain it)")
        return
    info = json.loads(clf.model.loco)
    print(
        "=== leave-one-corpus-out (the trainer, rules + a model that never saw the corpus; "
        f"C={info['c']:g}, temperature {info['temperature']:g}) ==="
    )
    for name, f in info["corpora"].items():
        n = f["n"]
        print(
            f"  {name:6s} {n:4d} mails  kind {_pct(f.get('kind_ok', 0), n)}  appeal recall "
            f"{_pct(f.get('appeal_ok', 0), f.get('appeal', 0))}  language "
            f"{_pct(f.get('language_ok', 0), n)}  category {_pct(f.get('category_ok', 0), n)}"
        )
        print(
            f"  {'':6s} non-cases acknowledged {f.get('non_case_acknowledged', 0)}, people's "
            f"mail filed {f.get('person_filed', 0)}, needs_review "
            f"{_pct(f.get('needs_review', 0), n)} (errors flagged "
            f"{f.get('errors_flagged', 0)}/{f.get('errors', 0)})"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=[], metavar="NAME=DIR", help="extra set")
    ap.add_argument("--data", type=Path, default=DATA, help="corpora: <name>/labels.json")
    ap.add_argument(
        "--real", type=Path, default=ROOT.parent / "shared" / "corpus" / "real-world" / "alaveteli"
    )
    ap.add_argument(
        "--heldout",
        type=Path,
        default=ROOT / "bench" / "heldout",
        help="the independent held-out set: never trained or tuned on",
    )
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    ap.add_argument("--rules-only", action="store_true", help="without the text model")
    ap.add_argument("-v", "--verbose", action="store_true", help="every miss with its hits")
    args = ap.parse_args(argv)
    clf = Classifier(
        load_rules(args.rules),
        CaseNumberFormat(),
        "federal.example.be",
        ["fr", "nl", "de", "en"],
        **({"model": None} if args.rules_only else {}),
    )
    if not args.rules_only:
        loco_report(clf)
    sets = {
        f"{folder.name} (in-sample)": load_set(folder)
        for folder in sorted(args.data.iterdir())
        if (folder / "labels.json").exists()
    }
    sets[f"held-out {args.heldout.name} (unseen: never trained or tuned on)"] = load_set(
        args.heldout
    )
    sets[f"real-world {args.real}"] = load_set(args.real)
    for spec in args.set:
        name, _, folder = spec.partition("=")
        sets[name] = load_set(Path(folder))
    bad = 0
    for name, items in sets.items():
        if not items:
            print(f"\n(skipping {name}: no labelled mail found)")
            continue
        r = evaluate(clf, items, args.verbose)
        bad += len(r.acked_silent)
        report(name, r, args.verbose)
    mails = [i.mail for items in sets.values() for i in items]
    cpu, wall = speed(clf, mails)
    print(
        f"\nspeed: {cpu:,.0f} mails per CPU second ({wall:,.0f} per wall second on this shared "
        f"machine) over {len(mails)} mails (parsing excluded)"
    )
    unseen = [i.mail for name, items in sets.items() if name.startswith("held-out") for i in items]
    if unseen:  # the mails the speed aim is about: unseen, and twice as long as dev's
        cpu, wall = speed(clf, unseen)
        print(
            f"       {cpu:,.0f} per CPU second ({wall:,.0f} per wall second) over the held-out set"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
