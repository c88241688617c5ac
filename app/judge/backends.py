"""Judge backends: ``inline``, an in-process pool of sandbox slots (``rq`` workers come later).

The Flask app holds one backend in ``app.extensions["judge"]``; its ``status()`` feeds /api/health.
"""
from __future__ import annotations

import os
from typing import Any


class InlineBackend:
    """Judges in this process through a pool of warm sandbox slots, started on first use."""

    name = "inline"

    def __init__(self, slots: int) -> None:
        self.slots = slots or (os.cpu_count() or 1) + 1

    def status(self) -> dict[str, Any]:
        return {"ok": True, "backend": self.name, "slots": self.slots}


def init_app(app) -> None:
    # JUDGE_BACKEND was validated by app.config; "inline" is the only backend so far.
    app.extensions["judge"] = InlineBackend(app.config["JUDGE_SLOTS"])
