"""Where the built-in templates and default configuration live, installed or not.

The repository keeps `templates/` and `config/` at the top level; the build maps them into the
package as `bot.templates` and `bot.defaults` (pyproject `package-dir`). A wheel or an editable
install therefore finds them through importlib; a source tree that is only on PYTHONPATH finds
them next to the `bot` folder. Jinja's FileSystemLoader needs a real folder, so a `Path` is
returned (wheels are installed unzipped).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

_TREE = Path(__file__).resolve().parent.parent  # the repository root in a source checkout


@cache
def _folder(package: str, tree_folder: str) -> Path:
    tree = _TREE / tree_folder
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location)
        if path.is_dir():
            return path
    if tree.is_dir():
        return tree
    raise FileNotFoundError(
        f"built-in {tree_folder}/ not found (neither package {package} nor {tree}): "
        "reinstall complaintbot"
    )


def templates_dir() -> Path:
    """The built-in mail, report and public-page templates."""
    return _folder("bot.templates", "templates")


def defaults_dir() -> Path:
    """The default configuration (example.toml) and classification rules (rules.toml)."""
    return _folder("bot.defaults", "config")


def default_config() -> Path:
    return defaults_dir() / "example.toml"
