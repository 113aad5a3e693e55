"""Write constraints.txt: the pinned versions of complaintbot's runtime dependencies.

Walks the installed distribution's requirements (markers evaluated for this machine, extras
followed) in the current environment, so an image built with `-c constraints.txt` gets exactly
what the tests ran against. Run from the repository root with the project's venv:
    .venv/bin/python scripts/constraints.py > constraints.txt
"""

from __future__ import annotations

import importlib.metadata as md
import re

from packaging.requirements import Requirement


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(root: str) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(root, ())]
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
    seen.pop(_key(root), None)
    return seen


def main() -> None:
    print(
        "# Pinned versions of complaintbot's runtime dependencies, as resolved in the development"
    )
    print("# venv; for reproducible images:  pip install -c constraints.txt .")
    print("# Regenerate after a dependency change: python scripts/constraints.py > constraints.txt")
    for name, version in sorted(closure("complaintbot").items()):
        print(f"{name}=={version}")


if __name__ == "__main__":
    main()
