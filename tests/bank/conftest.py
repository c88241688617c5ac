"""Bank fixtures: a scratch copy of a few real problems to sync and to break."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.bank.loader import PROBLEMS_ROOT

SAMPLE = ("two-sum", "min-stack", "rotate-image")


@pytest.fixture
def bank_root(tmp_path) -> Path:
    root = tmp_path / "problems"
    for folder in PROBLEMS_ROOT.rglob("problem.toml"):
        if folder.parent.name in SAMPLE:
            shutil.copytree(folder.parent, root / folder.parent.relative_to(PROBLEMS_ROOT))
    return root


@pytest.fixture
def session(database_url):
    engine = create_engine(database_url)
    with Session(engine) as session:
        yield session
    engine.dispose()
