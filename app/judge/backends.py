"""Judge backends. ``inline``: an in-process pool of sandbox slots. ``rq``: submissions go by id to
a Redis queue and ``flask judge worker`` processes (any number of machines) judge them.

The Flask app holds one backend in ``app.extensions["judge"]``; its ``status()`` feeds /api/health.
The pool starts on first use, so start-up stays fast and a process that never judges pays nothing.
In ``rq`` mode the web process never runs submitted code: its pool only ever runs the bank's
reference solutions, to compute expected values for a learner's custom inputs.
"""
from __future__ import annotations

import atexit
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from typing import Any

from app.config import ConfigError
from app.judge.pool import SandboxPool

log = logging.getLogger(__name__)


class InlineBackend:
    name = "inline"

    def __init__(self, slots: int, required_layers: str, session_factory=None,
                 lease: timedelta = timedelta(minutes=2)) -> None:
        self.pool = SandboxPool(slots or (os.cpu_count() or 1) + 1, required_layers)
        self.session_factory = session_factory
        self.lease = lease
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
            submissions.judge_stored(self.session_factory, self.pool, self._specs, submission_id, lease=self.lease)
        except Exception:  # never leave a submission running: record the judge's failure
            log.exception("judging submission %s failed", submission_id)
            submissions.mark_failed(self.session_factory, submission_id, "The judge failed; please retry.")

    def _recover(self) -> None:
        """Submissions stored but not finished by an earlier process are judged now."""
        from app.services import submissions
        with self.session_factory() as session:
            stale = submissions.stale(session, datetime.now(timezone.utc), queued_for=timedelta(0))
        for submission_id in stale:
            self._executor.submit(self._judge, submission_id)

    def close_executor(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=False)
            self._executor = None

    def close(self) -> None:
        self.close_executor()
        self.pool.close()


class RQBackend:
    """Enqueue by id; the database row is the truth, the Redis job only a wake-up call.

    A submission is committed before it is enqueued, so Redis being down loses nothing: ``requeue``
    (run by every worker supervisor and web process) enqueues again what has waited too long and
    what a dead judge left running past its lease. Jobs carry only the submission id.
    """

    name = "rq"
    QUEUE = "judge"

    def __init__(self, redis_url: str, slots: int, required_layers: str, session_factory,
                 requeue_after: timedelta) -> None:
        from redis import Redis
        from rq import Queue
        self.redis = Redis.from_url(redis_url, socket_timeout=5, socket_connect_timeout=2)
        self.queue = Queue(self.QUEUE, connection=self.redis)
        self.pool = SandboxPool(slots or 1, required_layers)  # reference runs for custom inputs only
        self.session_factory = session_factory
        self.requeue_after = requeue_after
        atexit.register(self.close)

    def submit(self, submission_id: int) -> None:
        try:
            self.queue.enqueue("app.worker.judge_job", submission_id, job_id=job_id(submission_id),
                               job_timeout=600, result_ttl=0, failure_ttl=3600)
        except Exception:  # Redis is down: the stored submission is enqueued again by requeue()
            log.warning("could not enqueue submission %s; it will be requeued", submission_id, exc_info=True)

    def requeue(self, now: datetime | None = None) -> int:
        """Enqueue again every stored submission that waited too long or whose judge died."""
        from app.services import submissions
        with self.session_factory() as session:
            ids = submissions.stale(session, now or datetime.now(timezone.utc), self.requeue_after)
        for submission_id in ids:
            self.submit(submission_id)
        return len(ids)

    def status(self) -> dict[str, Any]:
        from rq import Worker
        try:
            depth = self.queue.count
            workers = Worker.count(queue=self.queue)
        except Exception as exc:  # Redis unreachable
            return {"ok": False, "backend": self.name, "error": f"redis: {type(exc).__name__}"}
        return {"ok": True, "backend": self.name, "queue_depth": depth, "workers": workers}

    def close(self) -> None:
        self.pool.close()


def job_id(submission_id: int) -> str:
    """One job id per submission: enqueueing again replaces the job instead of adding a second."""
    return f"submission-{submission_id}"


def init_app(app) -> None:
    # JUDGE_BACKEND was validated with the settings.
    config, session_factory = app.config, app.extensions["db"].session_factory
    if config["JUDGE_BACKEND"] == "rq":
        backend = RQBackend(config["REDIS_URL"], config["JUDGE_SLOTS"], config["JUDGE_REQUIRED_LAYERS"],
                            session_factory, timedelta(seconds=config["JUDGE_REQUEUE_AFTER_SECONDS"]))
        if config["CHECK_SERVICES_ON_START"]:
            try:
                backend.redis.ping()
            except Exception as exc:
                raise ConfigError(f"JUDGE_BACKEND=rq but Redis at REDIS_URL={config['REDIS_URL']} does not answer "
                                  f"({type(exc).__name__}); start Redis or use JUDGE_BACKEND=inline") from None
    else:
        backend = InlineBackend(config["JUDGE_SLOTS"], config["JUDGE_REQUIRED_LAYERS"], session_factory,
                                timedelta(seconds=config["JUDGE_LEASE_SECONDS"]))
    app.extensions["judge"] = backend
