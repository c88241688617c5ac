"""Health and /metrics: queue depth, workers alive, time-to-verdict percentiles."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.extensions import db
from app.models import Problem, Submission, Topic, User


def _judged(app, seconds: list[float]) -> None:
    with app.app_context():
        topic = Topic(slug="t", name="T", area="dsa", position=0)
        user = User(username="metrics", password_hash="x", timezone="UTC")
        db.session.add_all([topic, user])
        db.session.flush()
        problem = Problem(slug="p", title="P", kind="function", difficulty="Easy", topic_id=topic.id)
        db.session.add(problem)
        db.session.flush()
        now = datetime.now(timezone.utc)
        for s in seconds:
            db.session.add(Submission(user_id=user.id, problem_id=problem.id, mode="submit", code="x", status="done",
                                      verdict="AC", created_at=now - timedelta(seconds=s), finished_at=now))
        db.session.add(Submission(user_id=user.id, problem_id=problem.id, mode="submit", code="x", status="queued"))
        db.session.commit()


def test_metrics_report_latency_percentiles_and_counts(app, client):
    _judged(app, [0.1 * i for i in range(1, 101)])  # 0.1 s .. 10 s
    text = client.get("/metrics").get_data(as_text=True)
    assert "# TYPE grindstone_time_to_verdict_seconds gauge" in text
    values = dict(line.rsplit(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert abs(float(values['grindstone_time_to_verdict_seconds{quantile="0.5"}']) - 5.1) < 0.15
    assert abs(float(values['grindstone_time_to_verdict_seconds{quantile="0.99"}']) - 10.0) < 0.15
    assert values['grindstone_submissions{status="done"}'] == "100"
    assert values['grindstone_submissions{status="queued"}'] == "1"
    assert values["grindstone_database_up"] == "1" and values["grindstone_judge_up"] == "1"
    health = client.get("/api/health").get_json()
    assert health["judge"]["latency"]["count"] == 100 and health["judge"]["latency"]["p50_ms"] > 4000


def test_rq_backend_reports_queue_depth_and_workers(database_url, private_redis):
    from app import create_app
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "x", "JUDGE_BACKEND": "rq",
                      "REDIS_URL": private_redis.url, "MAINTENANCE_INTERVAL_SECONDS": 0})
    backend = app.extensions["judge"]
    for submission_id in (1, 2, 3):
        backend.submit(submission_id)
    backend.submit(2)  # enqueued again (a requeue): harmless, the claim lets only one judge take it
    health = app.test_client().get("/api/health").get_json()
    assert health["judge"]["backend"] == "rq" and health["judge"]["queue_depth"] >= 3
    assert health["judge"]["workers"] == 0
    text = app.test_client().get("/metrics").get_data(as_text=True)
    assert "grindstone_queue_depth " in text and "grindstone_workers_alive 0" in text
    private_redis.stop()
    down = app.test_client().get("/api/health")
    assert down.status_code == 503 and "redis" in down.get_json()["judge"]["error"]
    app.extensions["db"].engine.dispose()


def test_rq_backend_refuses_to_start_without_redis(database_url):
    import pytest

    from app import ConfigError, create_app
    with pytest.raises(ConfigError, match="Redis at REDIS_URL=redis://127.0.0.1:1/0 does not answer"):
        create_app({"DATABASE_URL": database_url, "SECRET_KEY": "x", "JUDGE_BACKEND": "rq",
                    "REDIS_URL": "redis://127.0.0.1:1/0"})
