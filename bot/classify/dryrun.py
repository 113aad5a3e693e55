"""Classify one .eml file without side effects: what `complaintbot classify FILE --json` shows."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.intake.parse import parse

if TYPE_CHECKING:
    from bot.classify import Classifier


def classify_file(path: Path, classifier: Classifier) -> dict[str, Any]:
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
