"""Private PostgreSQL and Redis servers that a test may stop and restart at will.

The shared servers (.ci/run) stay untouched: each fault test gets its own, on free loopback ports,
started from the machine's binaries (Debian's postgresql and redis-server packages). Where the
binaries are missing the tests skip with the reason; in CI they fail instead.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import IN_CI


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if IN_CI:
            pytest.fail(reason + "; CI must provide it (.ci/run installs it)")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    def __init__(self, workdir: Path) -> None:
        self.port, self.workdir, self.process = free_port(), workdir, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: _answers(self.port), "redis")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> None:
        """Like a crash and restart without persistence: every job that was in Redis is gone."""
        self.stop()
        self.start()


class PostgresServer:
    def __init__(self, workdir: Path, bindir: str) -> None:
        self.port, self.bindir = free_port(), bindir
        self.data = workdir / "pgdata"
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [os.path.join(self.bindir, args[0]), *args[1:]]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self) -> None:
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.data / "log"),
                  "-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _wait(ready, name: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not start")


@pytest.fixture
def private_redis(tmp_path):
    _need(shutil.which("redis-server") is not None, "redis-server is not installed")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def private_postgres():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    _need(bool(found), "PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are not installed")
    # Not under pytest's tmp dir: that is private to root, and the server runs as "postgres".
    workdir = Path(tempfile.mkdtemp(prefix="grindstone-pg-"))
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
    server = PostgresServer(workdir, os.path.dirname(found[-1]))
    try:
        server.init()
        server.start()
        yield server
    finally:
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(workdir, ignore_errors=True)
