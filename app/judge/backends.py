"""Judge backends. ``inline``: an in-process pool of sandbox slots (``rq`` workers come later).

The Flask app holds one backend in ``app.extensions["judge"]``; its ``status()`` feeds /api/health.
The pool starts on first use, so start-up stays fast and a process that never judges pays nothing.
"""
from __future__ import annotations

import atexit
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

from app.judge.pool import SandboxPool

log = logging.getLogger(__name__)


class InlineBackend:
    name = "inline"

    def __init__(self, slots: int, required_layers: str, session_factory=None) -> None:
        self.pool = SandboxPool(slots or (os.cpu_count() or 1) + 1, required_layers)
        self.session_factory = session_factory
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._specs = None
        atexit.register(self.close)

    def status(self) -> dict[str, Any]:
        status = {"ok": self.pool.start_error is None, "backend": self.name, "slots": self.pool.size,
                  "started": bool(self.pool.active_layers),
                  "layers": sorted(k for k, v in self.pool.active_layers.items() if v == "on")}
        if self.pool.start_error:
            status["error"] = self.pool.start_error
        return status

    def submit(self, submission_id: int) -> None:
        """Judge a stored submission in the background (it is already committed as ``queued``)."""
        self._ensure_started().submit(self._judge, submission_id)

    def _ensure_started(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                from app.services.submissions import SpecCache
                self._specs = SpecCache()
                # One thread per slot of each flavour: the threads mostly wait on their child.
                self._executor = ThreadPoolExecutor(max_workers=2 * self.pool.size,
                                                    thread_name_prefix="judge")
                self._executor.submit(self._recover)
            return self._executor

    def _judge(self, submission_id: int) -> None:
        from app.services import submissions
        try:
            submissions.judge_stored(self.session_factory, self.pool, self._specs, submission_id)
        except Exception:  # never leave a submission running: record the judge's failure
            log.exception("judging submission %s failed", submission_id)
            submissions.mark_failed(self.session_factory, submission_id, "The judge failed; please retry.")

    def _recover(self) -> None:
        """Submissions stored but not finished by an earlier process are judged now."""
        from sqlalchemy import select

        from app.models import Submission
        now = datetime.now(timezone.utc)
        with self.session_factory() as session:
            stale = session.scalars(select(Submission.id).where(
                (Submission.status == "queued")
                | ((Submission.status == "running") & (Submission.lease_expires_at < now)))).all()
        for submission_id in stale:
            self._executor.submit(self._judge, submission_id)

    def close_executor(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=False)
            self._executor = None

    def close(self) -> None:
        self.close_executor()
        self.pool.close()


def init_app(app) -> None:
    # JUDGE_BACKEND was validated with the settings; "inline" is the only backend so far.
    app.extensions["judge"] = InlineBackend(app.config["JUDGE_SLOTS"], app.config["JUDGE_REQUIRED_LAYERS"],
                                            app.extensions["db"].session_factory)
