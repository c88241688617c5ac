"""Work that must happen on time even when nobody asks: closing mock interviews at their deadline.

Every serving process runs one daemon thread, started by its first request (so CLI commands such
as ``flask db upgrade`` never start it). Closing is idempotent and takes only mocks still
``active`` past ``ends_at``, so several processes running it at once is harmless. Reads of a mock
also close it lazily; this thread is what makes the report appear when no one is reading.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone

from flask import Flask

log = logging.getLogger(__name__)


class Maintenance:
    def __init__(self, session_factory, interval_seconds: float) -> None:
        self.session_factory = session_factory
        self.interval = interval_seconds
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def run_once(self, now: datetime | None = None) -> int:
        """Close every expired mock; the number closed."""
        from app.services import mocks
        with self.session_factory() as session:
            closed = mocks.finish_expired(session, now or datetime.now(timezone.utc))
            session.commit()
        return closed

    def ensure_started(self) -> None:
        if self._thread is not None or self.interval <= 0:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="maintenance", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.run_once()
            except Exception:  # a database hiccup must not end the thread: try again next tick
                log.exception("maintenance tick failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def init_app(app: Flask) -> None:
    maintenance = Maintenance(app.extensions["db"].session_factory, app.config["MAINTENANCE_INTERVAL_SECONDS"])
    app.extensions["maintenance"] = maintenance
    app.before_request(maintenance.ensure_started)
