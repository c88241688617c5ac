"""The custom-input box, LeetCode style: one JSON value per line, the parameters in order, case after
case (design problems: a line of operations, then a line of their arguments). Blank lines are ignored.

Turned into the API's ``tests`` shape (``{"args": [...]}`` or ``{"ops": [...], "args": [...]}``);
``services.submissions`` then checks counts against the signature and runs the reference on them.
"""
from __future__ import annotations

import json
from typing import Any


class CustomInputError(ValueError):
    pass


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity: Python accepts them, JSON does not


def parse(text: str, kind: str, params: list[dict]) -> list[dict[str, Any]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    values = []
    for number, line in enumerate(lines, 1):
        try:
            values.append(json.loads(line, parse_constant=_refuse_constant))
        except ValueError:
            raise CustomInputError(f"line {number} is not a JSON value: {line[:60]!r}") from None
    per_case = 2 if kind == "design" else len(params)
    if per_case == 0 or len(values) % per_case:
        names = "operations, arguments" if kind == "design" else ", ".join(p["name"] for p in params)
        raise CustomInputError(f"give {per_case} line(s) per case ({names}); found {len(values)} line(s)")
    cases = [values[i:i + per_case] for i in range(0, len(values), per_case)]
    if kind == "design":
        return [{"ops": ops, "args": args} for ops, args in cases]
    return [{"args": args} for args in cases]


def example_text(examples: list[dict]) -> str:
    """The sample cases written the way the box reads them: a starting point to edit."""
    lines = []
    for example in examples:
        data = example.get("input") or {}
        if "ops" in data:
            lines += [json.dumps(data["ops"]), json.dumps(data["args"])]
        else:
            lines += [json.dumps(value) for value in data.get("args", [])]
    return "\n".join(lines)
