"""A short run of bench/api_load.py: concurrent clients on the real dev server lose nothing."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "api_load.py"


@pytest.mark.slow
def test_concurrent_clients_lose_nothing_and_get_deserved_verdicts():
    spec = importlib.util.spec_from_file_location("api_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report = module.run_load(clients=8, seconds=8)
    assert report["submissions"] >= 8
    assert report["lost"] == 0 and report["unfinished"] == 0
    assert report["wrong_verdicts"] == [] and report["errors"] == []
