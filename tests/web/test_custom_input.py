"""The custom-input box's format: one JSON value per line, the arguments in order, case after case."""
from __future__ import annotations

import pytest

from app.web.custom_input import CustomInputError, example_text, parse

PARAMS = [{"name": "nums", "type": "List[int]"}, {"name": "target", "type": "int"}]


def test_cases_are_groups_of_one_line_per_parameter():
    assert parse("[1,2]\n3\n\n[4]\n4\n", "function", PARAMS) == [{"args": [[1, 2], 3]}, {"args": [[4], 4]}]


def test_design_problems_take_operations_then_arguments():
    text = '["MinStack","push","getMin"]\n[[],[1],[]]'
    assert parse(text, "design", []) == [{"ops": ["MinStack", "push", "getMin"], "args": [[], [1], []]}]


@pytest.mark.parametrize("text, message", [
    ("[1,2]", "give 2 line(s) per case (nums, target); found 1"),
    ("[1,2]\n{oops", "line 2 is not a JSON value"),
    ("[1,2]\nNaN", "line 2 is not a JSON value"),
])
def test_malformed_input_says_what_is_wrong(text, message):
    with pytest.raises(CustomInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(text, "function", PARAMS)


def test_examples_are_written_back_in_the_same_format():
    examples = [{"input": {"args": [[2, 7], 9]}}, {"input": {"ops": ["A"], "args": [[]]}}]
    text = example_text(examples)
    assert text == '[2, 7]\n9\n["A"]\n[[]]'
    assert parse("\n".join(text.splitlines()[:2]), "function", PARAMS) == [{"args": [[2, 7], 9]}]
