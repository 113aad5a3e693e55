"""The layers of bot/ point one way: a module never imports one from a higher layer.

Read from the source with `ast` (nothing is imported), so an import inside a function or under
`if TYPE_CHECKING:` counts as much as one at the top. The layer order below is the one the
README describes; a new package must be placed here, or the test says so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"

# Lowest first. A module belongs to the layer of its longest listed prefix. Within a layer
# modules may import each other; across layers only downwards.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("vocabulary", ("bot.vocab", "bot.errors", "bot.faults")),
    # Pure helpers and each package's TOML section: bot.settings is built from the sections,
    # so they sit below it and import nothing of bot but the vocabulary.
    (
        "domain",
        (
            "bot.mail",
            "bot.filetypes",
            "bot.terminal",
            "bot.numbers",
            "bot.deadlines",
            "bot.commands",
            "bot.handling.settings",
            "bot.reports.settings",
        ),
    ),
    ("settings", ("bot.settings",)),
    (
        "store and rules",
        ("bot.models", "bot.db", "bot.events", "bot.views", "bot.migrations", "bot.classify"),
    ),
    ("context", ("bot.context",)),
    ("intake and outbox", ("bot.intake", "bot.outbox")),
    ("pipeline", ("bot.pipeline",)),
    ("handling and reports", ("bot.handling", "bot.reports")),
    ("doors and schedule", ("bot.form", "bot.schedule")),
    ("composition and command line", ("bot.app", "bot.cli", "bot.demo", "bot.__main__")),
]
RANK = {prefix: i for i, (_, prefixes) in enumerate(LAYERS) for prefix in prefixes}


def layer_of(module: str) -> int | None:
    if module == "bot":  # the package's own __init__: a docstring and the version
        return 0
    parts = module.split(".")
    for n in range(len(parts), 1, -1):
        rank = RANK.get(".".join(parts[:n]))
        if rank is not None:
            return rank
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _own_module(name: str) -> str:
    """`bot.x.y` when it is a module or package of bot, else its parent (a name in a module)."""
    parts = name.split(".")
    while len(parts) > 1:
        candidate = ROOT.joinpath(*parts)
        if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return "bot"


def imported(module: str, source: str, *, package: bool = False) -> list[tuple[int, str]]:
    """(line, module) for every bot module that `source` imports, relative ones resolved."""
    here = module if package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = node.module or ""
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            # `from bot.x import y` may name a module y: the deeper name decides the layer.
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return [(line, _own_module(name)) for line, name in found if name.split(".")[0] == "bot"]


def upward_imports(module: str, source: str, *, package: bool = False) -> list[str]:
    own = layer_of(module)
    assert own is not None, f"place {module} in LAYERS"
    return [
        f"line {line}: {target} ({LAYERS[rank][0]})"
        for line, target in imported(module, source, package=package)
        if (rank := layer_of(target)) is not None and rank > own
    ]


SOURCES = sorted(BOT.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    missing = [module_name(p) for p in SOURCES if layer_of(module_name(p)) is None]
    assert not missing, f"place these modules in LAYERS: {missing}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_a_higher_layer(path: Path) -> None:
    module = module_name(path)
    wrong = upward_imports(
        module, path.read_text(encoding="utf-8"), package=path.name == "__init__.py"
    )
    assert not wrong, f"{module} ({LAYERS[layer_of(module) or 0][0]}) imports upwards: {wrong}"


@pytest.mark.parametrize(
    "source",
    [
        "def f():\n    from bot.handling import hooks\n",  # inside a function
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.app import App\n",
        "import bot.cli.main\n",
        "from ..handling.routing import route\n",  # relative
    ],
)
def test_an_upward_import_is_found_wherever_it_hides(source: str) -> None:
    assert upward_imports("bot.pipeline.steps", source)


def test_downward_and_sideways_imports_pass() -> None:
    source = (
        "from bot.intake import ledger\nfrom bot.pipeline.cases import Batch\nimport bot.vocab\n"
    )
    assert upward_imports("bot.pipeline.steps", source) == []


def test_no_import_cycles_between_modules() -> None:
    """Within a layer too: a cycle hidden by an import inside a function is still a cycle."""
    graph = {}
    for path in SOURCES:
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        targets = imported(module, source, package=path.name == "__init__.py")
        graph[module] = {t for _, t in targets if t != module and t != "bot"}
    cycles = []
    for start in graph:
        # depth-first from `start`: does any path lead back to it?
        seen, stack = set(), [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    cycles.append(" -> ".join([*trail, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    assert not cycles, cycles[:5]
