"""The complaint form as its tests need it (tests/integration/test_form.py and
tests/security/test_form_attacks.py): the bot behind the form, on the test's SMTP sink and
database, and the form served by a real uvicorn on a loopback port, in a thread.

Fixtures (registered in tests/conftest.py): `form_bot`, on `form_database_url`, a SQLite file
unless a module overrides that fixture (the attacks run on `database_url`: both engines).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .dovecot import free_port
from .smtp import SmtpSink

if TYPE_CHECKING:  # the bot is imported when a form test runs, not for every test session
    from bot.app import App
    from bot.models import Case

CONFIG = Path(__file__).resolve().parents[2] / "config" / "example.toml"


@pytest.fixture
def form_database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'form.db'}"


@pytest.fixture
def form_bot(tmp_path: Path, smtp_sink: SmtpSink, form_database_url: str) -> Iterator[App]:
    """The bot the form hands submissions to; attachments capped at 64 kB."""
    from bot.app import App
    from bot.settings import load

    ((user, password),) = smtp_sink.auth.items()
    env = {
        "COMPLAINTBOT_SMTP_USERNAME": user,
        "COMPLAINTBOT_SMTP_PASSWORD": password,
        "COMPLAINTBOT_DATABASE_URL": form_database_url,
        "COMPLAINTBOT_SMTP_HOST": smtp_sink.host,
        "COMPLAINTBOT_SMTP_PORT": str(smtp_sink.port),
        "COMPLAINTBOT_SMTP_SECURITY": "none",
        "COMPLAINTBOT_STORAGE_DATA_DIR": str(tmp_path / "var"),
        "COMPLAINTBOT_STORAGE_MAX_ATTACHMENT_BYTES": "65536",
    }
    app = App.build(load(CONFIG, environ=env))
    yield app
    app.engine.dispose()


@contextmanager
def serve_form(app: App, *, secret: bytes, **options: Any) -> Iterator[tuple[str, int]]:
    """The form of `app` (bot.form.create_app with `options`) on a free loopback port:
    (host, port) once it accepts connections; stopped on leaving."""
    import uvicorn

    from bot.form import create_app

    port = free_port()
    web = create_app(app, secret=secret, **options)
    srv = uvicorn.Server(
        uvicorn.Config(web, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield "127.0.0.1", port
    finally:
        srv.should_exit = True
        thread.join(10)


def cases_of(app: App) -> list[Case]:
    from sqlalchemy import select
    from sqlmodel import Session

    from bot.models import Case

    with Session(app.engine) as session:
        return list(session.execute(select(Case).order_by(Case.id)).scalars())


def csrf_token(client: Any) -> str:
    """The CSRF field of the English form (the httpx `client` keeps the cookie)."""
    from bot.form import CSRF_FIELD

    page = client.get("/form/en")
    assert page.status_code == 200
    return re.search(rf'name="{CSRF_FIELD}" value="([^"]+)"', page.text)[1]  # type: ignore[index]
