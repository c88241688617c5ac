"""Answers to ``numeric`` and ``choice`` questions: parsed leniently, judged exactly.

No code runs, so no sandbox: the answer is data. A learner may write a number as ``0.25``,
``1/4``, ``25%``, ``2.5e-1`` (or a JSON number); choices as one id, or ids in any order and case.
Something that is not an answer at all (``"abc"``, an unknown option, two picks on a single-choice
question) raises ``AnswerError`` with a message saying what a valid answer looks like: it is
refused, never judged wrong.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
MAX_ANSWER_CHARS = 64


class AnswerError(ValueError):
    """The answer is malformed (not wrong): the message says what is expected."""


def parse_number(raw: Any) -> float:
    if isinstance(raw, bool):
        raise AnswerError("give a number, not true/false")
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str):
        value = _parse_text(raw)
    else:
        raise AnswerError("give a number such as 0.25, 1/4 or 25%")
    if not math.isfinite(value):
        raise AnswerError("give a finite number")
    return value


def _parse_text(raw: str) -> float:
    text = "".join(raw.split())
    if not text or len(text) > MAX_ANSWER_CHARS:
        raise AnswerError(f"give a number such as 0.25, 1/4 or 25% (at most {MAX_ANSWER_CHARS} characters)")
    scale = 1.0
    if text.endswith("%"):
        text, scale = text[:-1], 0.01
    try:
        if "/" in text:
            top, bottom = text.split("/", 1)
            if not (_NUMBER.match(top) and _NUMBER.match(bottom)):
                raise ValueError
            return float(Fraction(top) / Fraction(bottom)) * scale
        if not _NUMBER.match(text):
            raise ValueError
        return float(text) * scale
    except (ValueError, ZeroDivisionError, OverflowError):
        raise AnswerError(f"{raw.strip()[:MAX_ANSWER_CHARS]!r} is not a number; write it like 0.25, "
                          "1/4, 25% or 2.5e-1") from None


def check_numeric(key: dict, raw: Any) -> bool:
    value = parse_number(raw)
    return math.isclose(value, key["value"], rel_tol=key.get("rel_tol", 0.0), abs_tol=key.get("abs_tol", 0.0))


def parse_choice(key: dict, raw: Any) -> frozenset[str]:
    ids = [option["id"] for option in key["options"]]
    picks = [raw] if isinstance(raw, str) else raw
    if not isinstance(picks, list) or not picks or not all(isinstance(p, str) for p in picks):
        raise AnswerError(f"give the id of an option ({', '.join(ids)})"
                          + (" or a list of ids" if key.get("multiple") else ""))
    chosen = frozenset(p.strip().lower() for p in picks)
    unknown = sorted(chosen - set(ids))
    if unknown:
        raise AnswerError(f"no option {', '.join(unknown)}; the options are {', '.join(ids)}")
    if not key.get("multiple") and len(chosen) != 1:
        raise AnswerError("this question has exactly one correct option: give one id")
    return chosen


def check_choice(key: dict, raw: Any) -> bool:
    return parse_choice(key, raw) == correct_ids(key)


def correct_ids(key: dict) -> frozenset[str]:
    return frozenset(option["id"] for option in key["options"] if option["correct"])


def check(kind: str, key: dict, raw: Any) -> bool:
    """True when right, False when wrong; ``AnswerError`` when it is not an answer."""
    if kind == "numeric":
        return check_numeric(key, raw)
    if kind == "choice":
        return check_choice(key, raw)
    raise ValueError(f"kind {kind!r} takes code, not an answer")
