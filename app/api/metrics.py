"""``GET /metrics``: Prometheus text format (queue depth, workers, time to verdict, submissions)."""
from __future__ import annotations

from flask import Blueprint, Response, current_app
from sqlalchemy.exc import SQLAlchemyError

from app.extensions import db
from app.services import metrics

bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
def prometheus() -> Response:
    lines = []

    def gauge(name: str, help_text: str, samples: list[tuple[str, float]]) -> None:
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} gauge")
        lines.extend(f"{name}{labels} {value}" for labels, value in samples)

    judge = current_app.extensions["judge"].status()
    gauge("grindstone_judge_up", "1 if the judge backend is usable", [("", int(bool(judge.get("ok"))))])
    if "queue_depth" in judge:
        gauge("grindstone_queue_depth", "jobs waiting in the Redis queue", [("", judge["queue_depth"])])
        gauge("grindstone_workers_alive", "judge workers registered with Redis", [("", judge["workers"])])
    try:
        latency = metrics.judge_latency(db.session)
        counts = metrics.submission_counts(db.session)
    except SQLAlchemyError:
        gauge("grindstone_database_up", "1 if the database answers", [("", 0)])
    else:
        gauge("grindstone_database_up", "1 if the database answers", [("", 1)])
        quantiles = [(f'{{quantile="{q}"}}', latency[key] / 1000) for q, key in
                     (("0.5", "p50_ms"), ("0.9", "p90_ms"), ("0.99", "p99_ms")) if latency[key] is not None]
        gauge("grindstone_time_to_verdict_seconds", f"time from submission to verdict, last "
              f"{metrics.LATENCY_WINDOW} judged", quantiles)
        gauge("grindstone_submissions", "stored submissions by status",
              [(f'{{status="{status}"}}', count) for status, count in sorted(counts.items())])
    return Response("\n".join(lines) + "\n", mimetype="text/plain; version=0.0.4")
