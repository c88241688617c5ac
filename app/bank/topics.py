"""The topics and their roadmap edges, from the data files in ``app/bank/data``.

``neetcode150.csv`` names the 18 algorithm topics (in roadmap order of first appearance),
``ml_topics.csv`` the ML and statistics topics after them; ``roadmap_edges.csv`` says which topic
should be learnt before which (the ML part joins the algorithms part at Arrays & Hashing).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def topic_slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def topic_names() -> list[str]:
    names: list[str] = []
    with open(DATA / "neetcode150.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["topic"] not in names:
                names.append(row["topic"])
    return names


def all_topics() -> list[tuple[str, str]]:
    """(name, area) of every topic in roadmap order: the algorithm topics ("dsa"), then ML and stats."""
    with open(DATA / "ml_topics.csv", newline="") as fh:
        extra = [(row["topic"], row["area"]) for row in csv.DictReader(fh)]
    return [(name, "dsa") for name in topic_names()] + extra


def roadmap_edges() -> list[tuple[str, str]]:
    with open(DATA / "roadmap_edges.csv", newline="") as fh:
        return [(row["from_topic"], row["to_topic"]) for row in csv.DictReader(fh)]


def neetcode_index() -> dict[str, dict[str, str]]:
    """slug -> the row of neetcode150.csv (topic, title, difficulty, blind75, number)."""
    with open(DATA / "neetcode150.csv", newline="") as fh:
        return {row["slug"]: row for row in csv.DictReader(fh)}
