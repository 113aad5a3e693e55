"""The monitoring listener of `complaintbot run`: GET /healthz and GET /metrics.

A small threaded stdlib HTTP server in a daemon thread: it never shares the service's event
loop (a slow scrape cannot delay intake) and needs no framework. Loopback by default.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy.engine import Engine

from bot.ops import metrics
from bot.ops.health import snapshot
from bot.settings import Settings

log = logging.getLogger(__name__)


class MonitoringServer:
    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        clock: Callable[[], datetime],
        started_at: datetime,
    ) -> None:
        self.engine, self.settings, self.clock, self.started_at = (
            engine,
            settings,
            clock,
            started_at,
        )
        self.registry = metrics.registry(engine, settings, clock, started_at)
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    def health(self) -> tuple[int, bytes]:
        snap = snapshot(
            self.engine,
            self.settings,
            now=self.clock(),
            started_at=self.started_at,
            counts=False,
        )
        body = {
            "status": "ok" if snap.healthy else "failing",
            "checks": {k: {"ok": c.ok, "detail": c.detail} for k, c in snap.checks.items()},
        }
        return (200 if snap.healthy else 503), json.dumps(body).encode()

    def start(self) -> int:
        """Listen on [monitoring] host:port; the port actually bound (port 0 in tests)."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = self.path.split("?", 1)[0]
                try:
                    if path == "/healthz":
                        code, body = server.health()
                        ctype = "application/json"
                    elif path == "/metrics":
                        code, body = 200, metrics.render(server.registry)
                        ctype = metrics.CONTENT_TYPE
                    else:
                        code, body, ctype = 404, b"not found\n", "text/plain"
                except Exception:  # noqa: BLE001 - a bad scrape must not kill the listener
                    log.exception("monitoring: %s failed", path)
                    code, body, ctype = 500, b"internal error\n", "text/plain"
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                log.debug("monitoring: " + format, *args)

        m = self.settings.monitoring
        self.httpd = ThreadingHTTPServer((m.host, m.port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, name="monitoring", daemon=True
        )
        self.thread.start()
        port = int(self.httpd.server_address[1])
        log.info("monitoring on http://%s:%d/healthz and /metrics", m.host, port)
        return port

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
