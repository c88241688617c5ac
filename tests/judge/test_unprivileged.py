"""The judge as an ordinary user: the layers that need no root still hold; asking for more fails closed.

Runs a small script as uid 65534 through a throw-away venv on the system Python (the project's own
interpreter may sit in a directory other users cannot enter), with the project's site-packages on
its path. Needs root to switch users; skips elsewhere with the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")

SCRIPT = r'''
import json, sys
from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec, TestData, judge
from app.judge.sandbox.slot import SandboxError

spec = ProblemSpec("add-one", "function", {"class": "Solution", "method": "addOne",
                   "params": [{"name": "x", "type": "int"}], "returns": "int"},
                   [TestData({"args": [1]}, 2)], time_limit_ms=500)
out = {}
try:
    SandboxPool(1, "rlimits,uid_switch").start()
    out["root_layer"] = "started"
except SandboxError as exc:
    out["root_layer"] = str(exc)
pool = SandboxPool(1, "auto")
pool.start()
out["layers"] = pool.active_layers
body = "class Solution:\n    def addOne(self, x):\n        {}\n"
out["ac"] = judge(pool, spec, body.format("return x + 1")).verdict
out["read"] = judge(pool, spec, "import numpy as np\n" + body.format(
    "np.fromfile('/etc/passwd', dtype=np.uint8)\n        return x + 1")).verdict
out["write"] = judge(pool, spec, "import numpy as np\n" + body.format(
    "np.save('/tmp/grindstone-unprivileged-mark.npy', np.ones(1))\n        return x + 1")).verdict
out["loop"] = judge(pool, spec, body.format("while True: pass")).verdict
pool.close()
print(json.dumps(out))
'''


def _same_minor(python: Path) -> bool:
    probe = subprocess.run([str(python), "-c", "import sys; print(sys.version_info[:2])"],
                           capture_output=True, text=True)
    return probe.stdout.strip() == str(sys.version_info[:2])


@pytest.fixture(scope="module")
def unprivileged_python():
    if os.geteuid() != 0:
        pytest.skip("needs root to run the judge as another user")
    if not SYSTEM_PYTHON.exists() or not _same_minor(SYSTEM_PYTHON) or not shutil.which("setpriv"):
        pytest.skip(f"needs {SYSTEM_PYTHON} at Python {sys.version_info[:2]} and setpriv")
    # Not under pytest's tmp dir: that one is private to root.
    base = Path(tempfile.mkdtemp(prefix="grindstone-unprivileged-"))
    base.chmod(0o755)
    venv = base / "venv"
    subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python3*/site-packages"))
    (site / "grindstone.pth").write_text(f"{sysconfig.get_paths()['purelib']}\n{ROOT}\n")
    yield venv / "bin" / "python"
    shutil.rmtree(base, ignore_errors=True)


def test_judge_runs_as_an_ordinary_user(unprivileged_python):
    mark = Path("/tmp/grindstone-unprivileged-mark.npy")
    mark.unlink(missing_ok=True)
    proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                           str(unprivileged_python), "-I", "-c", SCRIPT],
                          capture_output=True, text=True, timeout=120, cwd="/tmp",
                          env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    on = {name for name, state in out["layers"].items() if state == "on"}
    assert on == {"rlimits", "no_new_privs", "landlock", "seccomp"}
    assert "required isolation layer(s) not active: uid_switch" in out["root_layer"]
    assert out["ac"] == "AC"
    assert out["read"] == "RE" and out["write"] == "RE" and not mark.exists()
    assert out["loop"] == "TLE"
