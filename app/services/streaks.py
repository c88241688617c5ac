"""Daily streaks: the user's activity per local day, the current and longest streak, the calendar.

Every day is a day in the user's own IANA time zone. A day counts towards a streak when it has at
least one accepted submission. ``record_activity`` is an atomic upsert, so two judges finishing
submissions of the same user at the same moment both get counted, on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import DailyActivity, User

# Letters, digits, '_', '+', '-' in '/'-separated parts: no '..', no leading '/', no NUL.
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")
_NOT_ZONES = frozenset({"localtime", "posixrules"})  # files in the zoneinfo folder, not IANA names
_UPSERT_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


@lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_ZONES


def timezone_names() -> list[str]:
    """Every time zone a user may choose, sorted (for pickers)."""
    return sorted(_known_zones())


def validate_timezone(name: str) -> str:
    """Return ``name`` if it is an IANA time zone spelt exactly right; raise ``ValueError`` otherwise."""
    if not isinstance(name, str) or not _ZONE_NAME.fullmatch(name) or name not in _known_zones():
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as Europe/Paris")
    try:
        ZoneInfo(name)
    except (ValueError, OSError) as exc:  # listed but unreadable: treat as unknown
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as Europe/Paris") from exc
    return name


def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(validate_timezone(name))


def _require_aware(instant: datetime) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("naive datetime; pass an aware UTC instant such as datetime.now(timezone.utc)")
    return instant


def local_day(instant_utc: datetime, tz_name: str) -> date:
    """The calendar day in ``tz_name`` at the instant ``instant_utc`` (an aware datetime)."""
    return _require_aware(instant_utc).astimezone(_zone(tz_name)).date()


def _start_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first UTC instant whose local date is ``day``, even where local midnight is skipped or repeated."""
    candidates = (
        datetime.combine(day, time(0), tzinfo=zone).replace(fold=fold).astimezone(timezone.utc)
        for fold in (0, 1)
    )
    return min(c for c in candidates if c.astimezone(zone).date() == day)


def record_activity(session: Session, user: User, at: datetime, accepted: bool,
                    first_solve: bool) -> DailyActivity:
    """Count one judged submission on the user's local day of ``at``. Flushes; the caller commits."""
    day = local_day(at, user.timezone)
    session.flush()  # the user needs an id
    dialect = session.get_bind().dialect.name
    try:
        insert = _UPSERT_INSERTS[dialect]
    except KeyError:
        raise RuntimeError(f"record_activity has no upsert for the {dialect!r} dialect") from None
    table = DailyActivity.__table__
    stmt = insert(DailyActivity).values(
        user_id=user.id, day=day, submissions=1, accepted=int(bool(accepted)), solved=int(bool(first_solve)))
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.user_id, table.c.day],
        set_={
            "submissions": table.c.submissions + stmt.excluded.submissions,
            "accepted": table.c.accepted + stmt.excluded.accepted,
            "solved": table.c.solved + stmt.excluded.solved,
        },
    ).returning(DailyActivity)
    row = session.scalars(stmt, execution_options={"populate_existing": True}).one()
    session.flush()
    return row


def _active_days(session: Session, user: User) -> list[date]:
    return list(session.scalars(
        select(DailyActivity.day)
        .where(DailyActivity.user_id == user.id, DailyActivity.accepted > 0)
        .order_by(DailyActivity.day)))


def _run_ending(days: set[date], last: date) -> int:
    count = 0
    while last - timedelta(days=count) in days:
        count += 1
    return count


def _longest_run(days: list[date]) -> int:
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return longest


def streak(session: Session, user: User, now: datetime) -> dict:
    """The user's streak at ``now``: a streak not yet extended today stays alive until local midnight."""
    zone = _zone(user.timezone)
    today = _require_aware(now).astimezone(zone).date()
    days = [d for d in _active_days(session, user) if d <= today]
    active = set(days)
    today_done = today in active
    current = _run_ending(active, today if today_done else today - timedelta(days=1))
    reset_day = today + timedelta(days=2 if today_done else 1)
    return {
        "current": current,
        "longest": _longest_run(days),
        "today_done": today_done,
        "last_active_day": days[-1].isoformat() if days else None,
        "next_reset_at": _start_of_day(reset_day, zone).isoformat(),
        "timezone": user.timezone,
    }


def calendar(session: Session, user: User, start: date, end: date) -> list[dict]:
    """Every local day from ``start`` to ``end`` (inclusive) with any activity, oldest first."""
    rows = session.scalars(
        select(DailyActivity)
        .where(DailyActivity.user_id == user.id, DailyActivity.day >= start, DailyActivity.day <= end,
               or_(DailyActivity.submissions > 0, DailyActivity.accepted > 0))
        .order_by(DailyActivity.day))
    return [{"day": r.day.isoformat(), "accepted": r.accepted, "submissions": r.submissions,
             "solved": r.solved} for r in rows]
