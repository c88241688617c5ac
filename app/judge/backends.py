"""Judge backends. ``inline``: an in-process pool of sandbox slots (``rq`` workers come later).

The Flask app holds one backend in ``app.extensions["judge"]``; its ``status()`` feeds /api/health.
The pool starts on first use, so start-up stays fast and a process that never judges pays nothing.
"""
from __future__ import annotations

import atexit
import os
from typing import Any

from app.judge.pool import SandboxPool


class InlineBackend:
    name = "inline"

    def __init__(self, slots: int, required_layers: str) -> None:
        self.pool = SandboxPool(slots or (os.cpu_count() or 1) + 1, required_layers)
        atexit.register(self.pool.close)

    def status(self) -> dict[str, Any]:
        status = {"ok": self.pool.start_error is None, "backend": self.name, "slots": self.pool.size,
                  "started": bool(self.pool.active_layers),
                  "layers": sorted(k for k, v in self.pool.active_layers.items() if v == "on")}
        if self.pool.start_error:
            status["error"] = self.pool.start_error
        return status


def init_app(app) -> None:
    # JUDGE_BACKEND was validated with the settings; "inline" is the only backend so far.
    app.extensions["judge"] = InlineBackend(app.config["JUDGE_SLOTS"], app.config["JUDGE_REQUIRED_LAYERS"])
