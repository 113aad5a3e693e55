"""Write constraints.txt: the pinned versions of complaintbot's runtime dependencies.

Walks the requirements of pyproject.toml's [project].dependencies through the installed
distributions (markers evaluated for this machine, extras followed) in the current
environment, so an image built with `-c constraints.txt` gets exactly what the tests ran
against. Run from the repository root with the project's venv:
    .venv/bin/python scripts/constraints.py > constraints.txt
"""

from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(roots: list[str]) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = []
    for line in roots:
        req = Requirement(line)
        todo.append((req.name, tuple(req.extras)))
    while todo:
        name, extras = todo.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        if _key(name) in seen:
            continue
        seen[_key(name)] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in ("", *extras)):
                todo.append((req.name, tuple(req.extras)))
    return seen


def main() -> None:
    print(
        "# Pinned versions of complaintbot's runtime dependencies, as resolved in the development"
    )
    print("# venv; for reproducible images:  pip install -c constraints.txt .")
    print("# Regenerate after a dependency change: python scripts/constraints.py > constraints.txt")
    with open(Path(__file__).resolve().parents[1] / "pyproject.toml", "rb") as fh:
        roots = tomllib.load(fh)["project"]["dependencies"]
    for name, version in sorted(closure(roots).items()):
        print(f"{name}=={version}")


if __name__ == "__main__":
    main()
