"""Answers to numeric and choice questions: every valid form is understood, nonsense is refused."""
from __future__ import annotations

import pytest

from app.judge import answers
from app.judge.answers import AnswerError

QUARTER = {"value": 0.25, "abs_tol": 0.0005}
SINGLE = {"multiple": False, "options": [{"id": "a", "correct": False}, {"id": "b", "correct": True},
                                         {"id": "c", "correct": False}]}
MULTI = {"multiple": True, "options": [{"id": "a", "correct": True}, {"id": "b", "correct": False},
                                       {"id": "c", "correct": True}]}


@pytest.mark.parametrize("raw", [0.25, "0.25", "1/4", " 1 / 4 ", "25%", "25 %", "2.5e-1", ".25", "+0.2502",
                                 "0.2496", 1 / 4, "2/8"])
def test_equivalent_numbers_are_right(raw):
    assert answers.check("numeric", QUARTER, raw) is True


@pytest.mark.parametrize("raw", [0.26, "1/3", "2.5%", "-0.25", 0, "0.2494"])
def test_other_numbers_are_wrong(raw):
    assert answers.check("numeric", QUARTER, raw) is False


@pytest.mark.parametrize("raw, fragment", [
    ("abc", "is not a number"), ("", "give a number"), ("1/0", "is not a number"), ("nan", "is not a number"),
    ("inf", "is not a number"), (True, "not true/false"), ([0.25], "give a number"), ({"v": 1}, "give a number"),
    ("1/4/2", "is not a number"), ("0x10", "is not a number"), ("1" * 65, "at most 64"), (float("inf"), "finite"),
    ("1e999", "finite"), ("__import__('os')", "is not a number"),
])
def test_malformed_numbers_are_refused_with_a_message(raw, fragment):
    with pytest.raises(AnswerError, match=fragment.replace("(", r"\(")):
        answers.check("numeric", QUARTER, raw)


def test_relative_tolerance():
    key = {"value": 1_000_000.0, "rel_tol": 0.001}
    assert answers.check("numeric", key, "999500") and not answers.check("numeric", key, "998000")


@pytest.mark.parametrize("raw, right", [("b", True), ("B", True), (" b ", True), (["b"], True), ("a", False)])
def test_single_choice(raw, right):
    assert answers.check("choice", SINGLE, raw) is right


@pytest.mark.parametrize("raw, right", [(["a", "c"], True), (["c", "a"], True), (["C", "a", "a"], True),
                                        (["a"], False), (["a", "b", "c"], False), ("a", False)])
def test_multiple_choice_in_any_order(raw, right):
    assert answers.check("choice", MULTI, raw) is right


@pytest.mark.parametrize("key, raw, fragment", [
    (SINGLE, ["a", "b"], "exactly one"), (SINGLE, "z", "no option z"), (MULTI, ["a", "q"], "no option q"),
    (SINGLE, [], "give the id"), (SINGLE, 3, "give the id"), (MULTI, [1, 2], "give the id"),
])
def test_malformed_choices_are_refused(key, raw, fragment):
    with pytest.raises(AnswerError, match=fragment):
        answers.check("choice", key, raw)


def test_code_kinds_take_no_answer():
    with pytest.raises(ValueError, match="takes code"):
        answers.check("function", {}, "1")
