"""Jinja filters the pages use to show judge data as a learner reads it."""
from __future__ import annotations

import json
import re
from typing import Any

from flask import Flask
from markupsafe import Markup

_LEADING_H1 = re.compile(r"\A\s*<h1>.*?</h1>\s*", re.S)


def json_text(value: Any) -> str:
    """A value as compact JSON text (escaped by Jinja like any text, unlike ``tojson``)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def case_lines(test_input: Any) -> str:
    """A test's input the way the custom-input box takes it: one argument per line."""
    if not isinstance(test_input, dict):
        return json_text(test_input)
    if "ops" in test_input:
        return json_text(test_input["ops"]) + "\n" + json_text(test_input.get("args"))
    return "\n".join(json_text(arg) for arg in test_input.get("args", []))


def without_title(statement_html: str) -> Markup:
    """A statement without its leading "# Title" heading: the page shows the title itself.
    (The HTML was sanitised when rendered from markdown.)"""
    return Markup(_LEADING_H1.sub("", statement_html, count=1))


def clock(seconds: float | None) -> str:
    """Seconds as m:ss (or h:mm:ss), the way a countdown shows time."""
    if seconds is None:
        return "—"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def init_app(app: Flask) -> None:
    app.add_template_filter(json_text)
    app.add_template_filter(case_lines)
    app.add_template_filter(clock)
    app.add_template_filter(without_title)
