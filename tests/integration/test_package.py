"""The wheel is the product: built, installed in a fresh venv, run in an empty folder.

Guards against a package that works only from a checkout (templates, default configuration and
rules found next to the repository instead of inside the package).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH (it would put the checkout first) and no site configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    env.pop("PYTHONPATH", None)
    env["HOME"] = str(home)
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel installed; the dependencies come from this venv."""
    root = tmp_path_factory.mktemp("package")
    wheels = root / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=120,
    )
    (wheel,) = wheels.glob("complaintbot-*.whl")
    target = root / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies: this venv's site-packages as a plain path (its .pth files, among them
    # an editable install of the checkout, are not processed). --ignore-installed: the
    # checkout's own metadata is visible there too, and must not be touched.
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--ignore-installed",
            "-q",
        ]
        + [str(wheel)],
        check=True,
        timeout=120,
    )
    return target


def _run(venv_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv_dir / "bin" / "complaintbot"), *args],
        cwd=cwd,
        env=_clean_env(cwd),
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_package_comes_from_the_venv(installed: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import bot; print(bot.__file__)"],
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(installed) in out and str(REPO) not in out


def test_version(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.strip().startswith("complaintbot ")


def test_demo_and_publish_in_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    demo = _run(installed, tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "Traceback" not in demo.stderr + demo.stdout
    assert "TemplateNotFound" not in demo.stderr + demo.stdout
    assert '"quarantined": 0' in demo.stdout
    assert list((tmp_path / "var" / "demo" / "outbox").glob("*ack_complaint*.eml"))

    pub = _run(installed, tmp_path, "publish", "--output", "site")
    assert pub.returncode == 0, pub.stderr
    assert "Traceback" not in pub.stderr
    for lang in ("fr", "nl", "de", "en"):
        assert list((tmp_path / "site" / lang).glob("*.html")), lang
    # The page texts come from the gettext catalogs shipped in the wheel (bot/locale).
    german = "".join(p.read_text() for p in (tmp_path / "site" / "de").glob("*.html"))
    assert "Eine Beschwerde einreichen" in german


def test_init_writes_a_config_that_checks(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "init", "etc")
    assert done.returncode == 0, done.stderr
    config = tmp_path / "etc" / "complaintbot.toml"
    assert config.read_text().startswith("# Site configuration written by `complaintbot init`")
    check = _run(installed, tmp_path, "--config", str(config), "config", "check")
    assert check.returncode == 0, check.stderr
    again = _run(installed, tmp_path, "init", "etc")
    assert again.returncode == 2 and "already exists" in again.stderr
