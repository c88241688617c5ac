"""Nothing is lost: RQ workers killed mid-judge, Redis and PostgreSQL restarted during a stream of
submissions; afterwards every submission has exactly one verdict, the one its code deserves."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app import create_app, migrate
from app.models import ProblemProgress, Submission

ROOT = Path(__file__).resolve().parents[2]

CODES = {
    "AC": "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
          "        for i, n in enumerate(nums):\n            if target - n in seen:\n"
          "                return [seen[target - n], i]\n            seen[n] = i\n",
    "WA": "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    "RE": "class Solution:\n    def twoSum(self, nums, target):\n        return nums[10 ** 9]\n",
    "TLE": "class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n",
}
# Accepted, but its module body spends about a second of CPU first: long enough to be killed in
# the middle of judging (the module body is not part of any test's time).
SLOW_AC = "n = 0\nfor _ in range(5_000_000):\n    n += 1\n" + CODES["AC"]
PATTERN = ["AC", "WA", "AC", "RE", "AC", "TLE", "WA", "AC"]


def _sync_two_sum(url: str, pool, tmp_path) -> None:
    import shutil

    from app.bank.loader import PROBLEMS_ROOT
    from app.bank.sync import sync_bank
    shutil.copytree(next(PROBLEMS_ROOT.rglob("two-sum/problem.toml")).parent, tmp_path / "bank" / "two-sum")
    engine = sa.create_engine(url)
    with Session(engine) as session:
        sync_bank(session, pool, tmp_path / "bank")
    engine.dispose()


@pytest.fixture
def stack(private_postgres, private_redis, pool, tmp_path):
    """A private PostgreSQL and Redis, the bank's two-sum, a worker supervisor with two workers,
    and the web app (rq backend) whose test client plays the users."""
    url = private_postgres.url
    migrate.upgrade(url)
    _sync_two_sum(url, pool, tmp_path)
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": private_redis.url, "JUDGE_BACKEND": "rq",
           "JUDGE_LEASE_SECONDS": "6", "JUDGE_REQUEUE_AFTER_SECONDS": "3", "SECRET_KEY": "faults",
           "LOG_LEVEL": "WARNING"}
    supervisor = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "judge", "worker",
                                   "--processes", "2"], cwd=ROOT, env=env, start_new_session=True)
    app = create_app({"DATABASE_URL": url, "REDIS_URL": private_redis.url, "JUDGE_BACKEND": "rq",
                      "SECRET_KEY": "faults", "MAINTENANCE_INTERVAL_SECONDS": 0})
    engine = sa.create_engine(url, pool_pre_ping=True)
    try:
        yield app, engine, supervisor
    finally:
        engine.dispose()
        app.extensions["db"].engine.dispose()
        os.killpg(supervisor.pid, signal.SIGTERM)
        try:
            supervisor.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(supervisor.pid, signal.SIGKILL)


def _post_until_stored(client, headers, body) -> int:
    """A client that retries while the service is away (503, a dropped connection)."""
    for _ in range(200):
        try:
            response = client.post("/api/submissions", json=body, headers=headers)
        except Exception:  # noqa: BLE001 - the test client surfaces a dead connection as an exception
            response = None
        if response is not None and response.status_code == 202:
            return response.get_json()["id"]
        assert response is None or response.status_code in (500, 503), response.get_json()
        time.sleep(0.25)
    raise AssertionError("the service never came back")


def _query(engine, statement):
    for _ in range(100):  # PostgreSQL may be restarting
        try:
            with Session(engine) as session:
                return session.execute(statement).all()
        except sa.exc.OperationalError:
            time.sleep(0.2)
    raise AssertionError("database never came back")


def test_killed_worker_and_restarted_redis_and_postgres_lose_nothing(stack, private_redis, private_postgres):
    app, engine, _ = stack
    client = app.test_client()
    body = client.post("/api/auth/register", json={"username": "ann", "password": "correct horse battery"})
    headers = {"Authorization": f"Bearer {body.get_json()['token']}"}
    expected: dict[int, str] = {}

    # 1. A slow submission, and SIGKILL to the worker holding it mid-judge.
    slow = _post_until_stored(client, headers, {"problem": "two-sum", "code": SLOW_AC})
    expected[slow] = "AC"
    killed = None
    for _ in range(3000):  # the workers may still be starting (imports, sandbox slots)
        rows = _query(engine, sa.select(Submission.status, Submission.worker).where(Submission.id == slow))
        status, worker = rows[0]
        if status == "running" and worker:
            killed = int(worker.rsplit("-", 1)[1])
            os.kill(killed, signal.SIGKILL)
            break
        time.sleep(0.02)
    assert killed is not None, "the slow submission was never seen running"

    # 2. A stream of submissions while Redis and then PostgreSQL restart.
    stream_done = threading.Event()

    def stream():
        try:
            for i in range(24):
                verdict = PATTERN[i % len(PATTERN)]
                expected[_post_until_stored(client, headers, {"problem": "two-sum", "code": CODES[verdict]})] = verdict
                time.sleep(0.2)
        finally:
            stream_done.set()

    thread = threading.Thread(target=stream)
    thread.start()
    time.sleep(1.5)
    private_redis.restart()
    time.sleep(2.0)
    private_postgres.restart()
    thread.join(timeout=240)
    assert stream_done.is_set() and len(expected) == 25

    # 3. Everything judged, once, rightly.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        rows = _query(engine, sa.select(Submission.id, Submission.status, Submission.verdict,
                                        Submission.judge_attempts))
        if all(status == "done" for _, status, _, _ in rows):
            break
        time.sleep(0.5)
    by_id = {row[0]: row for row in rows}
    assert set(by_id) == set(expected), "a submission was lost or invented"
    wrong = {sid: (by_id[sid][1], by_id[sid][2], want) for sid, want in expected.items()
             if (by_id[sid][1], by_id[sid][2]) != ("done", want)}
    assert not wrong, wrong
    assert by_id[slow][3] >= 2  # judged again after its worker was killed
    (attempts,) = _query(engine, sa.select(ProblemProgress.attempts))[0]
    assert attempts == len(expected)  # each verdict recorded exactly once
