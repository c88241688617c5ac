"""Judge figures for /api/health and /metrics: time to verdict and how many submissions wait."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Submission

LATENCY_WINDOW = 1000  # the most recent judged code submissions


def judge_latency(session: Session) -> dict[str, float | int | None]:
    """Percentiles of created -> finished for the last ``LATENCY_WINDOW`` judged code submissions."""
    rows = session.execute(select(Submission.created_at, Submission.finished_at).where(
        Submission.status == "done", Submission.code.is_not(None), Submission.finished_at.is_not(None))
        .order_by(Submission.id.desc()).limit(LATENCY_WINDOW)).all()
    seconds = sorted(max(0.0, (done - made).total_seconds()) for made, done in rows)
    if not seconds:
        return {"count": 0, "p50_ms": None, "p90_ms": None, "p99_ms": None}

    def percentile(q: float) -> float:
        return round(1000 * seconds[min(len(seconds) - 1, int(q * len(seconds)))], 1)

    return {"count": len(seconds), "p50_ms": percentile(0.5), "p90_ms": percentile(0.9), "p99_ms": percentile(0.99)}


def submission_counts(session: Session) -> dict[str, int]:
    """Submissions by status (queued, running, done), and how many waited over a minute."""
    counts = dict(session.execute(select(Submission.status, func.count()).group_by(Submission.status)).all())
    old = datetime.now(timezone.utc) - timedelta(minutes=1)
    counts["queued_over_a_minute"] = session.scalar(select(func.count()).select_from(Submission).where(
        Submission.status == "queued", Submission.created_at < old))
    for status in ("queued", "running", "done"):
        counts.setdefault(status, 0)
    return counts
