"""``flask bank check`` over the whole bank: every problem proven by the real judge."""
from __future__ import annotations

import pytest

from app.bank.check import check_folder
from app.bank.loader import find_problem_folders

FOLDERS = find_problem_folders()


def test_the_neetcode_150_is_complete_with_its_topics_and_blind_75_marks():
    from app.bank.loader import load_metadata
    from app.bank.topics import neetcode_index
    index = neetcode_index()
    dsa = {folder.name: load_metadata(folder) for folder in FOLDERS if folder.parts[-3] == "dsa"}
    assert set(dsa) == set(index) and len(dsa) == 150, sorted(set(index) ^ set(dsa))
    for slug, meta in dsa.items():
        row = index[slug]
        assert (meta.topic, meta.title, meta.difficulty) == (row["topic"], row["title"], row["difficulty"]), slug
        assert ("blind75" in meta.lists) == (row["blind75"] == "yes") and "neetcode150" in meta.lists, slug
    assert len({meta.topic for meta in dsa.values()}) == 18


@pytest.mark.parametrize("folder", FOLDERS, ids=[folder.name for folder in FOLDERS])
def test_problem_passes_bank_check(pool, folder):
    report = check_folder(pool, folder)
    assert report.ok, "\n".join(report.errors)


def test_check_catches_a_wrong_solution_that_passes(pool, tmp_path):
    """The check must be able to fail: a 'wrong' solution that is in fact correct is reported."""
    import shutil
    source = next(folder for folder in FOLDERS if folder.name == "two-sum")
    target = tmp_path / "two-sum"
    shutil.copytree(source, target)
    (target / "wrong" / "actually_right.py").write_text("# expect: WA\n" + (target / "solution.py").read_text())
    report = check_folder(pool, target)
    assert any("actually_right.py: declares WA but got AC" in error for error in report.errors)


def test_check_catches_a_slow_reference(pool, tmp_path):
    import shutil
    source = next(folder for folder in FOLDERS if folder.name == "two-sum")
    target = tmp_path / "two-sum"
    shutil.copytree(source, target)
    toml = target / "problem.toml"
    toml.write_text(toml.read_text().replace("time_limit_ms = 2000", "time_limit_ms = 300"))
    report = check_folder(pool, target)
    assert any("more than a third of the 300 ms limit" in error for error in report.errors), report.errors


def test_cli_checks_named_problems_and_refuses_unknown_ones(runner):
    result = runner.invoke(args=["bank", "check", "two-sum", "shared-birthday"])
    assert result.exit_code == 0, result.output
    assert "ok   shared-birthday" in result.output and "ok   two-sum" in result.output
    assert "2 passed, 0 failed" in result.output
    result = runner.invoke(args=["bank", "check", "no-such-problem"])
    assert result.exit_code != 0 and "no such problem(s): no-such-problem" in result.output
