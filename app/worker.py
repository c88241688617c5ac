"""``flask judge worker``: judge submissions from the Redis queue (``JUDGE_BACKEND=rq``).

The command starts a supervisor that runs one worker process per core (``--processes``) and,
every few seconds, ``requeue``: stored submissions that waited too long (their job was lost, say
with a Redis restart) or that a dead judge left running past its lease are enqueued again. A
worker that dies (even by SIGKILL) is replaced. Each worker is an RQ ``SimpleWorker``: it runs
jobs in its own process, so its sandbox slots (started once, reused for every job) survive from
job to job.

A job carries only a submission id. Judging claims the row (a conditional UPDATE with a lease) and
writes the verdict only while that claim holds, so a submission judged twice (a re-enqueued job
racing a slow judge) still gets exactly one verdict.
"""
from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)
REQUEUE_EVERY_SECONDS = 5


@dataclass
class _Context:
    session_factory: object
    pool: object
    specs: object
    lease: timedelta
    name: str


_CONTEXT: _Context | None = None


def judge_job(submission_id: int) -> bool:
    """The RQ job: judge one stored submission in this worker's sandbox slots."""
    from app.services import submissions
    ctx = _CONTEXT
    if ctx is None:
        raise RuntimeError("judge_job runs only inside `flask judge worker`")
    try:
        return submissions.judge_stored(ctx.session_factory, ctx.pool, ctx.specs, submission_id,
                                        worker=ctx.name, lease=ctx.lease)
    except SQLAlchemyError:
        # The database is away (a restart): leave the row as it is; requeue retakes it later.
        log.warning("database error judging submission %s; it will be requeued", submission_id, exc_info=True)
        raise
    except Exception:
        log.exception("judging submission %s failed", submission_id)
        submissions.mark_failed(ctx.session_factory, submission_id, "The judge failed; please retry.")
        return False


def work_forever(app) -> None:
    """One worker process: claim jobs from the queue until told to stop."""
    global _CONTEXT
    from rq import SimpleWorker

    from app.services.submissions import SpecCache
    backend = app.extensions["judge"]
    name = f"{socket.gethostname()}-{os.getpid()}"
    _CONTEXT = _Context(app.extensions["db"].session_factory, backend.pool, SpecCache(),
                        timedelta(seconds=app.config["JUDGE_LEASE_SECONDS"]), name)
    backend.pool.start()
    worker = SimpleWorker([backend.queue], connection=backend.redis, name=name)
    worker.work(with_scheduler=False, logging_level=app.config["LOG_LEVEL"])


def supervise(app, processes: int) -> None:
    """Run ``processes`` workers, replace any that dies, requeue what is stale; stop on SIGTERM/SIGINT."""
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "judge", "worker", "--single"]
    children: list[subprocess.Popen] = []
    stopping = False

    def stop(_signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    backend = app.extensions["judge"]
    next_requeue = 0.0
    try:
        while not stopping:
            children = [child for child in children if child.poll() is None]
            while len(children) < processes:
                children.append(subprocess.Popen(command, cwd=os.getcwd()))
                log.info("started judge worker pid %s", children[-1].pid)
            if time.monotonic() >= next_requeue:
                try:
                    requeued = backend.requeue()
                    if requeued:
                        log.info("requeued %s stale submission(s)", requeued)
                except Exception:  # the database or Redis is away: try again next round
                    log.warning("requeue failed", exc_info=True)
                next_requeue = time.monotonic() + REQUEUE_EVERY_SECONDS
            time.sleep(0.2)
    finally:
        for child in children:
            child.terminate()
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
