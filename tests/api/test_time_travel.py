"""The clock matters: streaks at local midnight and reviews due when FSRS says, with time travel."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import time_machine
from fsrs import Card
from sqlalchemy import select

from app.extensions import db
from app.models import ReviewCard, ReviewLog
from app.services.reviews import SCHEDULER, SolveFacts, rate

from tests.api.conftest import Account
from tests.api.test_submissions import TWO_SUM, WRONG

TOKYO = ZoneInfo("Asia/Tokyo")


def _solve(account, code=TWO_SUM):
    created = account.client.post("/api/submissions", headers=account.bearer,
                                  json={"problem": "two-sum", "code": code}).get_json()
    body = account.client.get(f"/api/submissions/{created['id']}?wait=25", headers=account.bearer).get_json()
    assert body["status"] == "done", body
    return body


def _streak(account):
    return account.client.get("/api/me/streak", headers=account.bearer).get_json()


def test_streak_survives_local_midnight_and_breaks_after_a_missed_day(judged_app):
    with time_machine.travel(datetime(2026, 3, 10, 23, 50, tzinfo=TOKYO), tick=True) as traveller:
        kim = Account(judged_app.test_client(), "kim", tz="Asia/Tokyo")
        assert _solve(kim)["verdict"] == "AC"
        assert _streak(kim)["current"] == 1
        traveller.move_to(datetime(2026, 3, 11, 0, 10, tzinfo=TOKYO))  # 15:10 UTC: a new day in Tokyo only
        streak = _streak(kim)
        assert streak["current"] == 1 and not streak["today_done"]  # alive until the end of the 11th
        assert datetime.fromisoformat(streak["next_reset_at"]) == datetime(2026, 3, 12, tzinfo=TOKYO)
        assert _solve(kim)["verdict"] == "AC"
        assert _streak(kim)["current"] == 2
        traveller.move_to(datetime(2026, 3, 12, 23, 59, tzinfo=TOKYO))
        assert _streak(kim)["current"] == 2  # the 12th is not over yet
        traveller.move_to(datetime(2026, 3, 13, 0, 1, tzinfo=TOKYO))  # the 12th was missed
        streak = _streak(kim)
        assert streak["current"] == 0 and streak["longest"] == 2


def _card(app):
    with app.app_context():
        db.session.expire_all()
        return db.session.scalar(select(ReviewCard))


def _reviews(account):
    return account.client.get("/api/me/reviews", headers=account.bearer).get_json()


def test_a_review_is_due_when_fsrs_says_and_not_before(judged_app):
    start = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
    with time_machine.travel(start, tick=True) as traveller:
        ann = Account(judged_app.test_client(), "ann")
        assert _solve(ann, WRONG)["verdict"] == "WA"
        assert _solve(ann)["verdict"] == "AC"  # one failure first: rated Hard
        card = _card(judged_app)
        assert card is not None and card.reps == 1
        expected, _ = SCHEDULER.review_card(Card(), rate(SolveFacts(1, 0, None, 900)), card.last_review)
        assert card.due == expected.due and card.due > start + timedelta(hours=12)
        assert _reviews(ann)["due"] == [] and _reviews(ann)["upcoming"] == 1

        traveller.move_to(card.due - timedelta(minutes=1))
        assert _reviews(ann)["due_total"] == 0
        assert _solve(ann)["verdict"] == "AC"  # practice before it is due: not a review
        assert _card(judged_app).reps == 1

        traveller.move_to(card.due + timedelta(minutes=1))
        queue = _reviews(ann)
        assert queue["due_total"] == 1 and queue["due"][0]["problem"] == "two-sum"
        assert 0 < queue["due"][0]["retrievability"] <= 1
        assert _solve(ann)["verdict"] == "AC"  # the review: a fresh solve
        reviewed = _card(judged_app)
        assert reviewed.reps == 2 and reviewed.due > card.due + timedelta(days=1)
        assert _reviews(ann)["due_total"] == 0
        with judged_app.app_context():
            assert len(db.session.scalars(select(ReviewLog)).all()) == 2
