"""Classification accuracy on labelled corpora: kinds, languages, confusion matrix, categories.

    .venv/bin/python bench/classify_accuracy.py [DEV_DIR] [REAL_WORLD_DIR] [--rules FILE] [-v]

A labels.json entry with kind null means "ordinary mail": it must not become auto_reply/bounce.
Exit status 1 when an auto_reply, bounce or spam would be acknowledged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bot.classify import Classifier, load_rules
from bot.intake.parse import parse
from bot.numbers import CaseNumberFormat
from bot.vocab import SILENT_KINDS
from bot.vocab import Kind as KINDS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = Path("/work/shared/corpus/dev")
DEFAULT_REAL = Path("/work/shared/corpus/real-world/alaveteli")


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "   n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", type=Path, default=DEFAULT_DEV)
    ap.add_argument("real", nargs="?", type=Path, default=DEFAULT_REAL)
    ap.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    ap.add_argument("--domain", default="federal.example.be")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss with its hits")
    args = ap.parse_args(argv)
    clf = Classifier(
        load_rules(args.rules), CaseNumberFormat(), args.domain, ["fr", "nl", "de", "en"]
    )

    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    kind_ok = kind_n = lang_ok = lang_n = cat_ok = cat_n = ref_ok = ref_n = 0
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    acked_silent: list[str] = []
    null_n = null_machine = 0
    null_kinds: Counter[str] = Counter()
    misses: list[str] = []
    parse_errors: list[str] = []

    for folder in (args.dev, args.real):
        labels_file = folder / "labels.json"
        if not labels_file.exists():
            print(f"(skipping {folder}: no labels.json)")
            continue
        for label in json.loads(labels_file.read_text(encoding="utf-8")):
            path = folder / label["file"]
            try:
                mail = parse(path.read_bytes())
            except Exception as exc:  # the parser is another module's job: count, carry on
                parse_errors.append(f"{path.name}: {type(exc).__name__}: {exc}")
                continue
            d = clf.classify(mail)
            want = label.get("kind")
            silent_wanted = want in SILENT_KINDS
            if d.acknowledge and silent_wanted:
                acked_silent.append(f"{folder.name}/{label['file']} ({want} -> {d.kind})")
            if want is None:
                null_n += 1
                null_kinds[d.kind] += 1
                if d.kind in {"auto_reply", "bounce"}:
                    null_machine += 1
                    misses.append(f"{folder.name}/{label['file']}: null -> {d.kind}")
                continue
            kind_n += 1
            confusion[want][d.kind] += 1
            ok = d.kind == want
            kind_ok += ok
            detail = []
            if not ok:
                detail.append(f"kind {want} -> {d.kind}")
            if "language" in label:
                lang_n += 1
                per_lang[label["language"]][1] += 1
                if d.language == label["language"]:
                    lang_ok += 1
                    per_lang[label["language"]][0] += 1
                else:
                    detail.append(f"language {label['language']} -> {d.language}")
            if "category" in label:
                cat_n += 1
                cat_ok += d.category == label["category"]
                if d.category != label["category"]:
                    detail.append(f"category {label['category']} -> {d.category}")
            if "refers_to" in label:
                ref_n += 1
                ref_ok += d.refers_to == label["refers_to"]
                if d.refers_to != label["refers_to"]:
                    detail.append(f"refers_to {label['refers_to']} -> {d.refers_to}")
            if detail:
                text = f"{folder.name}/{label['file']}: " + "; ".join(detail)
                if args.verbose:
                    text += "".join(
                        f"\n      {h.rule} -> {h.kind} {h.weight:g}: {h.reason}" for h in d.hits
                    )
                misses.append(text)

    print(f"kind accuracy      {_pct(kind_ok, kind_n)}")
    for kind in KINDS:
        row = confusion.get(kind)
        if row:
            print(f"  {kind:20s} {_pct(row[kind], sum(row.values()))}")
    print(f"language accuracy  {_pct(lang_ok, lang_n)}")
    for lang, (ok, n) in sorted(per_lang.items()):
        print(f"  {lang:20s} {_pct(ok, n)}")
    print(f"category accuracy  {_pct(cat_ok, cat_n)}")
    print(f"refers_to accuracy {_pct(ref_ok, ref_n)}")
    print(
        f"unlabelled ordinary mail filed as auto_reply/bounce: {null_machine}/{null_n}  "
        f"(kinds: {dict(null_kinds)})"
    )
    print("\nconfusion matrix (rows: label, columns: decision)")
    short = [k[:6] for k in KINDS]
    print(" " * 21 + " ".join(f"{s:>6}" for s in short))
    for kind in KINDS:
        if kind in confusion:
            print(f"  {kind:19s}" + " ".join(f"{confusion[kind][k]:>6}" for k in KINDS))
    print(f"\nauto_reply/bounce/spam that would be acknowledged: {len(acked_silent)}")
    for line in acked_silent:
        print(f"  !! {line}")
    if parse_errors:
        print(f"\nparse errors (not counted): {len(parse_errors)}")
        for line in parse_errors:
            print(f"  {line}")
    if misses:
        print("\nmisses:")
        for line in misses:
            print(f"  {line}")
    return 1 if acked_silent else 0


if __name__ == "__main__":
    sys.exit(main())
