"""Concurrent clients against the embedded default (SQLite, inline judge, the dev server). By hand:

    .venv/bin/python bench/api_load.py [--clients 20] [--seconds 30]

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


def serve(workdir: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir}/load.db", "SECRET_KEY": "load-test",
           "SUBMISSION_RATE_LIMIT": "100000 per minute", "LOG_LEVEL": "WARNING"}
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    subprocess.run(flask + ["db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run(flask + ["bank", "sync"], cwd=ROOT, env=env, check=True, capture_output=True)
    server = subprocess.Popen(flask + ["run", "--host", "127.0.0.1", "--port", str(port), "--no-reload"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            if _call(f"http://127.0.0.1:{port}", "GET", "/api/health", timeout=2)[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.1)
    server.kill()
    raise RuntimeError("server did not come up")


def run_load(clients: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as workdir:
        port = _free_port()
        server = serve(workdir, port)
        base = f"http://127.0.0.1:{port}"
        try:
            return _drive(base, clients, seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)


def _drive(base: str, clients: int, seconds: float) -> dict:
    created: list[tuple[int, str, str]] = []  # (id, expected verdict, token)
    latencies: list[float] = []
    problems: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(number)
        status, body = _call(base, "POST", "/api/auth/register",
                             {"username": f"load{number}", "password": "load-test-password"})
        if status != 201:
            with lock:
                problems.append(f"client {number}: sign-up {status} {body}")
            return
        token = body["token"]
        while time.monotonic() < stop_at:
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
    args = parser.parse_args()
    report = run_load(args.clients, args.seconds)
    print(json.dumps(report, indent=2))
    print(f"clients={report['clients']} submissions={report['submissions']} "
          f"throughput_per_s={report['throughput_per_s']} p50_s={report['p50_s']} p99_s={report['p99_s']} "
          f"lost={report['lost']} unfinished={report['unfinished']} wrong={len(report['wrong_verdicts'])} "
          f"errors={len(report['errors'])}")


if __name__ == "__main__":
    main()
