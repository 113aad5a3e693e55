"""`complaintbot classify FILE.eml …`: a dry run of the rules, without side effects."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli.common import out, print_json
from bot.errors import EXIT_USAGE
from bot.intake.parse import parse

if TYPE_CHECKING:
    from bot.classify import Classifier


def classify_file(path: Path, classifier: Classifier) -> dict[str, Any]:
    """What `complaintbot classify FILE --json` shows for one file."""
    mail = parse(Path(path).read_bytes())
    decision = classifier.classify(mail)
    return {
        "file": str(path),
        "kind": decision.kind,
        "language": decision.language,
        "category": decision.category,
        "acknowledge": decision.acknowledge,
        "refers_to": decision.refers_to,
        "needs_review": decision.needs_review,
        "rules": [asdict(hit) for hit in decision.hits],
    }


def cmd_classify(args: argparse.Namespace) -> int:
    from bot.classify import Classifier

    classifier = Classifier.from_settings(args.settings)
    status = 0
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            print(f"complaintbot: {name}: no such file", file=sys.stderr)
            status = EXIT_USAGE
            continue
        row = classify_file(path, classifier)
        if args.json:
            print_json(row)
        else:
            out(
                f"{row['file']}: {row['kind']} lang={row['language']} cat={row['category']}"
                f"{' needs_review' if row['needs_review'] else ''}"
                f"{' refers_to=' + row['refers_to'] if row['refers_to'] else ''}"
            )
            for hit in row["rules"]:
                out(f"    {hit['rule']} -> {hit['kind']} ({hit['weight']}): {hit['reason']}")
    return status
