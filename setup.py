"""Build hook: the package list is `bot*` plus the two data packages mapped from the top level.

pyproject.toml cannot say "find these, and add those": `bot.templates` (templates/) and
`bot.defaults` (config/) are mapped by `[tool.setuptools.package-dir]` and are not found by a
search under bot/. Everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["bot", "bot.*"]), "bot.templates", "bot.defaults"])
