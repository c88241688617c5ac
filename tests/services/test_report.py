"""Reviews' ratings and the weak-topic report, on a seeded simulated learner."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fsrs import Rating
from sqlalchemy import select

from app.extensions import db
from app.models import Problem, Topic
from app.services import accounts
from app.services.report import weak_topic_report
from app.services.reviews import SolveFacts, rate
from app.simulate import Learner, catalogue, simulate

WEAK = {"graphs", "advanced-graphs", "1-d-dynamic-programming", "2-d-dynamic-programming"}


@pytest.mark.parametrize("facts, rating", [
    (SolveFacts(0, 0, 300, 900), Rating.Easy),     # clean and within half the target
    (SolveFacts(0, 0, None, 900), Rating.Good),    # clean, time unknown (accepted at once)
    (SolveFacts(0, 0, 600, 900), Rating.Good),     # clean, within the target
    (SolveFacts(0, 0, 1200, 900), Rating.Hard),    # over the target
    (SolveFacts(1, 0, 300, 900), Rating.Hard),     # one failure
    (SolveFacts(0, 1, 300, 900), Rating.Hard),     # one hint
    (SolveFacts(3, 0, 300, 900), Rating.Again),    # three failures
    (SolveFacts(0, 2, 300, 900), Rating.Again),    # two hints
])
def test_how_a_solve_went_maps_to_a_rating(facts, rating):
    assert rate(facts) is rating


@pytest.fixture
def learner_report(app):
    """60 days of a learner strong in arrays and weak in graphs and dynamic programming."""
    with app.app_context():
        session = db.session
        catalogue(session)
        user = accounts.register(session, "sim", "correct horse battery", "UTC")
        session.commit()
        learner = Learner({"arrays-hashing": 0.95, "graphs": 0.2, "advanced-graphs": 0.25,
                           "1-d-dynamic-programming": 0.2, "2-d-dynamic-programming": 0.2}, default=0.7, seed=11)
        made = simulate(session, user, learner, datetime(2026, 1, 1, tzinfo=timezone.utc), days=60)
        report = weak_topic_report(session, user.id, datetime(2026, 3, 2, tzinfo=timezone.utc))
        yield report, made, session


def test_simulated_learner_is_ranked_weak_in_graphs_and_dp(learner_report):
    report, made, _ = learner_report
    assert made > 300
    ranked = [t["topic"] for t in report["topics"]]
    weak_attempted = [t for t in ranked if t in WEAK]
    assert len(weak_attempted) >= 2
    # The weakest topics are exactly the graph and DP ones the learner reached.
    assert set(ranked[:len(weak_attempted)]) == set(weak_attempted), ranked
    assert ranked.index("arrays-hashing") >= len(ranked) // 2, ranked
    weakest = report["topics"][0]
    assert weakest["reasons"] and weakest["reasons"] != ["no weak signal"]
    assert any("accepted" in reason for reason in weakest["reasons"])
    assert weakest["acceptance"] < 0.4 and weakest["weakness"] > report["topics"][-1]["weakness"]


def test_recommendations_come_from_weak_topics_whose_prerequisites_are_met(learner_report):
    report, _, session = learner_report
    recommendations = report["recommendations"]
    assert len(recommendations) == 5
    topic_of_problem = dict(session.execute(select(Problem.slug, Topic.slug).join(Topic)).all())
    ready = {t["topic"] for t in report["topics"] if t["ready"]}
    for item in recommendations:
        topic = topic_of_problem[item["problem"]]
        assert topic in WEAK and topic in ready, (item, topic)
    kinds = [item["kind"] for item in recommendations]
    assert kinds == sorted(kinds, key=lambda kind: kind != "review")  # due reviews first


def test_a_new_user_gets_an_empty_report_that_points_at_the_start_of_the_roadmap(app):
    with app.app_context():
        catalogue(db.session)
        user = accounts.register(db.session, "new", "correct horse battery", "UTC")
        db.session.commit()
        report = weak_topic_report(db.session, user.id, datetime(2026, 3, 2, tzinfo=timezone.utc))
    assert report["topics"] == []
    ready = {t["topic"] for t in report["untouched"] if t["ready"]}
    assert "arrays-hashing" in ready  # the roadmap's start
    assert not ready & {"two-pointers", "trees", "graphs", "1-d-dynamic-programming"}  # all need solves first
    assert [r["kind"] for r in report["recommendations"]] == ["practice"] * 5
    assert all("roadmap" in r["reason"] for r in report["recommendations"])
