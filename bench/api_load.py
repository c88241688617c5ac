"""Concurrent clients against the service. By hand:

    .venv/bin/python bench/api_load.py [--clients 20] [--seconds 30]
    .venv/bin/python bench/api_load.py --distributed --clients 50 --total 1000

Default: the embedded setup (SQLite, inline judge, the dev server). ``--distributed``: PostgreSQL
(a fresh database on TEST_POSTGRES_URL's server), Redis (TEST_REDIS_URL, flushed), gunicorn with 2
workers serving the API with JUDGE_BACKEND=rq, and ``flask judge worker`` judging.

Serves the app on a free loopback port with a scratch database and the bank synced, then runs N
clients, each signed up with its own account, submitting a mix of solutions to two-sum (accepted,
wrong, too slow, crashing, not compiling) for the given time and waiting for every verdict. At the
end every submission it created is read back: none may be lost, none left unfinished, and each
must carry the verdict its code deserves. Prints throughput and time-to-verdict percentiles.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODES = {
    "AC": "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
          "        for i, n in enumerate(nums):\n            if target - n in seen:\n"
          "                return [seen[target - n], i]\n            seen[n] = i\n",
    "WA": "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    "TLE": "class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n",
    "RE": "class Solution:\n    def twoSum(self, nums, target):\n        return nums[10 ** 9]\n",
    "CE": "class Solution:\n    def twoSum(self, nums, target):\n        return nums.__class__\n",
}
WEIGHTS = {"AC": 5, "WA": 3, "RE": 2, "CE": 2, "TLE": 1}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _call(base: str, method: str, path: str, body=None, token: str | None = None, timeout: float = 60):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def serve(workdir: str, port: int, distributed: bool = False) -> list[subprocess.Popen]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir}/load.db", "SECRET_KEY": "load-test",
           "SUBMISSION_RATE_LIMIT": "100000 per minute", "LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "WARNING")}
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    if distributed:
        env.update(DATABASE_URL=_fresh_postgres(), REDIS_URL=_flushed_redis(), JUDGE_BACKEND="rq")
    subprocess.run(flask + ["db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    # Only the problem the clients submit to: a whole-bank first sync would take minutes.
    bank = Path(workdir) / "bank"
    shutil.copytree(next((ROOT / "problems").rglob("two-sum/problem.toml")).parent, bank / "two-sum")
    subprocess.run(flask + ["bank", "sync", "--root", str(bank)], cwd=ROOT, env=env, check=True, capture_output=True)
    if distributed:
        processes = [
            subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", "2", "--threads", "8",
                              "--bind", f"127.0.0.1:{port}", "--timeout", "60", "wsgi:app"],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True),
            subprocess.Popen(flask + ["judge", "worker"], cwd=ROOT, env=env, start_new_session=True,
                             stdout=None if os.environ.get("BENCH_VERBOSE") else subprocess.DEVNULL,
                             stderr=None if os.environ.get("BENCH_VERBOSE") else subprocess.DEVNULL),
        ]
    else:
        processes = [subprocess.Popen(flask + ["run", "--host", "127.0.0.1", "--port", str(port), "--no-reload"],
                                      cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      start_new_session=True)]
    for _ in range(600):
        try:
            if _call(f"http://127.0.0.1:{port}", "GET", "/api/health", timeout=2)[0] == 200:
                return processes
        except OSError:
            pass
        time.sleep(0.1)
    _stop(processes)
    raise RuntimeError("server did not come up")


def _fresh_postgres() -> str:
    import sqlalchemy as sa
    server = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    name = f"grindstone_load_{os.getpid()}_{int(time.time())}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)


def _flushed_redis() -> str:
    from redis import Redis
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
    Redis.from_url(url).flushdb()
    return url


def _stop(processes: list[subprocess.Popen]) -> None:
    import signal
    for process in processes:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def run_load(clients: int, seconds: float, total: int | None = None, distributed: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as workdir:
        port = _free_port()
        processes = serve(workdir, port, distributed)
        base = f"http://127.0.0.1:{port}"
        try:
            report = _drive(base, clients, seconds, total)
            report["setup"] = "gunicorn x2 + rq workers, PostgreSQL, Redis" if distributed else "dev server, SQLite, inline"
            return report
        finally:
            _stop(processes)


def _drive(base: str, clients: int, seconds: float, total: int | None = None) -> dict:
    created: list[tuple[int, str, str]] = []  # (id, expected verdict, token)
    latencies: list[float] = []
    problems: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + (seconds if total is None else 3600)
    budget = [total if total is not None else 10**9]  # submissions left to make

    def take() -> bool:
        with lock:
            budget[0] -= 1
            return budget[0] >= 0

    def client(number: int) -> None:
        rng = random.Random(number)
        status, body = _call(base, "POST", "/api/auth/register",
                             {"username": f"load{number}", "password": "load-test-password"})
        if status != 201:
            with lock:
                problems.append(f"client {number}: sign-up {status} {body}")
            return
        token = body["token"]
        while time.monotonic() < stop_at and take():
            expected = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            started = time.monotonic()
            status, body = _call(base, "POST", "/api/submissions",
                                 {"problem": "two-sum", "code": CODES[expected], "mode": "submit"}, token)
            if status != 202:
                with lock:
                    problems.append(f"client {number}: submit {status} {body}")
                continue
            with lock:
                created.append((body["id"], expected, token))
            while True:
                status, result = _call(base, "GET", f"/api/submissions/{body['id']}?wait=30", token=token)
                if status != 200 or result["status"] == "done":
                    break
            with lock:
                latencies.append(time.monotonic() - started)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    lost, unfinished, wrong = 0, 0, []
    for submission_id, expected, token in created:
        status, result = _call(base, "GET", f"/api/submissions/{submission_id}?wait=30", token=token)
        if status != 200:
            lost += 1
        elif result["status"] != "done":
            unfinished += 1
        elif result["verdict"] != expected:
            wrong.append((submission_id, expected, result["verdict"], result.get("message")))
    latencies.sort()
    return {"clients": clients, "seconds": round(elapsed, 1), "submissions": len(created),
            "throughput_per_s": round(len(created) / elapsed, 1),
            "p50_s": round(statistics.median(latencies), 3) if latencies else None,
            "p99_s": round(latencies[int(0.99 * (len(latencies) - 1))], 3) if latencies else None,
            "lost": lost, "unfinished": unfinished, "wrong_verdicts": wrong, "errors": problems}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--total", type=int, default=None, help="make exactly this many submissions")
    parser.add_argument("--distributed", action="store_true",
                        help="PostgreSQL + Redis + gunicorn (2 workers) + flask judge worker")
    args = parser.parse_args()
    report = run_load(args.clients, args.seconds, args.total, args.distributed)
    print(json.dumps(report, indent=2))
    print(f"setup={report['setup']!r} clients={report['clients']} submissions={report['submissions']} "
          f"throughput_per_s={report['throughput_per_s']} p50_s={report['p50_s']} p99_s={report['p99_s']} "
          f"lost={report['lost']} unfinished={report['unfinished']} wrong={len(report['wrong_verdicts'])} "
          f"errors={len(report['errors'])}")


if __name__ == "__main__":
    main()
