"""The weak-topic report: how each attempted topic is going, ranked weakest first, and what to do next.

Per topic: problems attempted and solved, acceptance rate of submits, attempts to the first AC,
median time to solve against the difficulty's target, and FSRS retrievability of its cards. Each
signal becomes a weakness between 0 and 1; their weighted sum ranks the topics, and every signal
past its threshold is said in words. Recommendations come from the weak topics whose prerequisites are
met: their due reviews first, then their unsolved problems (easiest first); then new topics the
user is ready for.

Cost: a handful of grouped queries over the user's rows (indexed by user), then Python over at
most a few hundred progress rows and cards; 10,000 submissions answer well under 100 ms on SQLite
(bench/report.py).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from statistics import median
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Problem, ProblemProgress, ReviewCard, Submission, Topic, TopicEdge
from app.services.reviews import TARGET_SECONDS, retrievability

RECOMMENDATIONS = 5
EVIDENCE = 3  # attempted problems at which a topic's signals count for 60% of its score
# Recommendations come from the weakest third of the attempted topics (at least two), if weak at all.
WEAK_FLOOR = 0.2
PREREQUISITE_SOLVES = 2  # solved problems in a topic that open the topics after it (or all it has)
DIFFICULTY_ORDER = {"Easy": 0, "Medium": 1, "Hard": 2}
# Weights of the weakness signals; they sum to 1.
WEIGHTS = {"acceptance": 0.3, "attempts": 0.2, "time": 0.2, "recall": 0.15, "unsolved": 0.15}


def weak_topic_report(session: Session, user_id: int, now: datetime) -> dict[str, Any]:
    topics = list(session.scalars(select(Topic).order_by(Topic.position, Topic.id)))
    live = _live_problems(session)
    stats = {t.id: _empty_stats(t) for t in topics}
    for problem in live.values():
        stats[problem["topic_id"]]["problems"] += 1
    _add_submissions(session, user_id, stats)
    solved_ids = _add_progress(session, user_id, stats, live)
    due = _add_cards(session, user_id, stats, live, now)

    ranked = []
    for topic_stats in stats.values():
        if topic_stats["attempted"]:
            _score(topic_stats)
            ranked.append(topic_stats)
    ranked.sort(key=lambda s: (-s["weakness"], s["position"]))
    ready = _ready_topics(session, topics, stats)
    recommendations = _recommend(due, ranked, topics, stats, ready, live, solved_ids)
    return {"topics": [_public(s, s["topic_id"] in ready) for s in ranked],
            "untouched": [{"topic": t.slug, "name": t.name, "ready": t.id in ready}
                          for t in topics if not stats[t.id]["attempted"] and stats[t.id]["problems"]],
            "recommendations": recommendations}


def _live_problems(session: Session) -> dict[int, dict]:
    rows = session.execute(select(Problem.id, Problem.slug, Problem.title, Problem.difficulty, Problem.topic_id)
                           .where(Problem.retired.is_(False)))
    return {r.id: {"slug": r.slug, "title": r.title, "difficulty": r.difficulty, "topic_id": r.topic_id}
            for r in rows}


def _empty_stats(topic: Topic) -> dict[str, Any]:
    return {"topic_id": topic.id, "topic": topic.slug, "name": topic.name, "position": topic.position,
            "problems": 0, "attempted": 0, "solved": 0, "submits": 0, "accepted": 0,
            "attempts_to_ac": [], "time_ratios": [], "recall": []}


def _add_submissions(session: Session, user_id: int, stats: dict) -> None:
    """Judged submits per topic (internal errors are the judge's, not the learner's)."""
    rows = session.execute(
        select(Problem.topic_id, func.count(), func.sum(case((Submission.verdict == "AC", 1), else_=0)))
        .join(Problem, Problem.id == Submission.problem_id)
        .where(Submission.user_id == user_id, Submission.mode == "submit",
               Submission.verdict.is_not(None), Submission.verdict != "IE")
        .group_by(Problem.topic_id))
    for topic_id, submits, accepted in rows:
        stats[topic_id]["submits"], stats[topic_id]["accepted"] = submits, accepted or 0


def _add_progress(session: Session, user_id: int, stats: dict, live: dict) -> set[int]:
    solved = set()
    for row in session.scalars(select(ProblemProgress).where(ProblemProgress.user_id == user_id)):
        problem = live.get(row.problem_id)
        if problem is None:
            continue
        topic_stats = stats[problem["topic_id"]]
        topic_stats["attempted"] += 1
        if row.solved_at is not None:
            solved.add(row.problem_id)
            topic_stats["solved"] += 1
            topic_stats["attempts_to_ac"].append(row.attempts_to_first_ac or 1)
            if row.seconds_to_solve is not None:
                topic_stats["time_ratios"].append(row.seconds_to_solve / TARGET_SECONDS[problem["difficulty"]])
    return solved


def _add_cards(session: Session, user_id: int, stats: dict, live: dict, now: datetime) -> list[dict]:
    due = []
    for card in session.scalars(select(ReviewCard).where(ReviewCard.user_id == user_id).order_by(ReviewCard.due)):
        problem = live.get(card.problem_id)
        if problem is None:
            continue
        stats[problem["topic_id"]]["recall"].append(retrievability(card, now))
        if card.due <= now:
            due.append(_recommendation(problem, "review", f"review due since {card.due.date().isoformat()}"))
    return due


def _score(s: dict) -> None:
    """Weakness signals in [0, 1] and the reasons, in words, for the ones that matter."""
    acceptance = s["accepted"] / s["submits"] if s["submits"] else None
    attempts = sum(s["attempts_to_ac"]) / len(s["attempts_to_ac"]) if s["attempts_to_ac"] else None
    time_ratio = median(s["time_ratios"]) if s["time_ratios"] else None
    recall = sum(s["recall"]) / len(s["recall"]) if s["recall"] else None
    unsolved = 1 - s["solved"] / s["attempted"]
    signals = {
        "acceptance": 1 - acceptance if acceptance is not None else 0.5,
        "attempts": min(1.0, (attempts - 1) / 3) if attempts is not None else 1.0,
        "time": min(1.0, max(0.0, (time_ratio - 0.5) / 1.5)) if time_ratio is not None else 0.5,
        "recall": 1 - recall if recall is not None else 0.5,
        "unsolved": unsolved,
    }
    reasons = []
    if acceptance is not None and acceptance < 0.5:
        reasons.append(f"only {acceptance:.0%} of submissions accepted")
    if attempts is not None and attempts >= 2:
        reasons.append(f"{attempts:.1f} attempts per first accept")
    if time_ratio is not None and time_ratio > 1:
        reasons.append(f"median solve takes {time_ratio:.1f}x the target time")
    if recall is not None and recall < 0.8:
        reasons.append(f"{recall:.0%} estimated recall of solved problems")
    if unsolved >= 0.5:
        reasons.append(f"{s['attempted'] - s['solved']} of {s['attempted']} attempted problems unsolved")
    # Few attempted problems say little: pull the score towards neutral (0.5) until there are more.
    confidence = s["attempted"] / (s["attempted"] + EVIDENCE)
    raw = sum(WEIGHTS[k] * v for k, v in signals.items())
    if s["attempted"] < EVIDENCE:
        reasons.append(f"only {s['attempted']} problem(s) attempted so far")
    s.update(acceptance=acceptance, mean_attempts_to_ac=attempts, median_time_ratio=time_ratio,
             retrievability=recall, reasons=reasons or ["no weak signal"],
             weakness=round(confidence * raw + (1 - confidence) * 0.5, 3))


def _ready_topics(session: Session, topics: list[Topic], stats: dict) -> set[int]:
    """A topic is ready when each prerequisite has PREREQUISITE_SOLVES solves (or all its problems)."""
    needs: dict[int, list[int]] = defaultdict(list)
    for before, after in session.execute(select(TopicEdge.from_topic_id, TopicEdge.to_topic_id)):
        needs[after].append(before)

    def met(topic_id: int) -> bool:
        s = stats[topic_id]
        return s["solved"] >= min(PREREQUISITE_SOLVES, s["problems"])

    return {t.id for t in topics if all(met(before) for before in needs[t.id])}


def _recommend(due, ranked, topics, stats, ready, live, solved_ids) -> list[dict]:
    """From the weak topics the user is ready for: their due reviews first (weakest topic first),
    then their unsolved problems, easiest first, the two weakest topics taking turns; then the
    next untouched topics of the roadmap."""
    weakest = ranked[:max(2, len(ranked) // 3)]
    weak = [s["topic_id"] for s in weakest if s["weakness"] >= WEAK_FLOOR and s["topic_id"] in ready]
    rank = {topic_id: i for i, topic_id in enumerate(weak)}
    picks = sorted((card for card in due if card["topic_id"] in rank),
                   key=lambda card: rank[card["topic_id"]])[:RECOMMENDATIONS]  # stable: most overdue first
    chosen = {p["problem"] for p in picks}
    by_topic: dict[int, list[dict]] = defaultdict(list)
    for problem_id, problem in sorted(live.items(), key=lambda kv: (DIFFICULTY_ORDER[kv[1]["difficulty"]], kv[0])):
        if problem_id not in solved_ids:
            by_topic[problem["topic_id"]].append(problem)
    new_topics = [t.id for t in topics if not stats[t.id]["attempted"] and t.id in ready]
    for group in (weak[:2], weak[2:], new_topics):
        queues = [(topic_id, by_topic[topic_id]) for topic_id in group]
        while len(picks) < RECOMMENDATIONS and any(queue for _, queue in queues):
            for topic_id, queue in queues:
                while queue and queue[0]["slug"] in chosen:
                    queue.pop(0)
                if queue and len(picks) < RECOMMENDATIONS:
                    problem = queue.pop(0)
                    why = (f"weak topic: {stats[topic_id]['name']}" if stats[topic_id]["attempted"]
                           else f"next topic on the roadmap: {stats[topic_id]['name']}")
                    picks.append(_recommendation(problem, "practice", why))
                    chosen.add(problem["slug"])
    return [{k: v for k, v in pick.items() if k != "topic_id"} for pick in picks]


def _recommendation(problem: dict, kind: str, reason: str) -> dict:
    return {"problem": problem["slug"], "title": problem["title"], "difficulty": problem["difficulty"],
            "kind": kind, "reason": reason, "topic_id": problem["topic_id"]}


def _public(s: dict, ready: bool) -> dict:
    return {"topic": s["topic"], "name": s["name"], "problems": s["problems"], "attempted": s["attempted"],
            "solved": s["solved"], "submits": s["submits"], "accepted": s["accepted"],
            "acceptance": _round(s["acceptance"]), "mean_attempts_to_ac": _round(s["mean_attempts_to_ac"]),
            "median_time_ratio": _round(s["median_time_ratio"]), "retrievability": _round(s["retrievability"]),
            "weakness": s["weakness"], "reasons": s["reasons"], "ready": ready}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
