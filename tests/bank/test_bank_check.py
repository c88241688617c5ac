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


def test_check_reports_a_declared_tle_that_runs_fast(pool, tmp_path):
    import shutil
    source = next(folder for folder in FOLDERS if folder.name == "two-sum")
    target = tmp_path / "two-sum"
    shutil.copytree(source, target)
    (target / "wrong" / "actually_fast.py").write_text("# expect: TLE\n" + (target / "solution.py").read_text())
    report = check_folder(pool, target)
    assert any("actually_fast.py: declares TLE but finishes within 1.5 times the limit" in error
               for error in report.errors), report.errors


def test_a_declared_tle_is_judged_with_half_as_much_time_again(pool, monkeypatch):
    """Margin: a TLE that holds only by a few percent would be AC on a faster machine."""
    from app.bank import check
    limits = {}
    real_judge = check.judge

    def spy(pool, spec, code, **kwargs):
        limits[code.splitlines()[0]] = spec.time_limit_ms
        return real_judge(pool, spec, code, **kwargs)

    monkeypatch.setattr(check, "judge", spy)
    folder = next(folder for folder in FOLDERS if folder.name == "two-sum")
    assert check_folder(pool, folder).ok
    assert limits["# expect: TLE"] == 3000 and limits["# expect: WA"] == 2000, limits


def test_check_catches_a_slow_reference(pool, monkeypatch):
    # The share, not the limit, is squeezed: the reference's runtime varies with the host, and a
    # lower limit would make it TLE instead.
    from app.bank import check
    monkeypatch.setattr(check, "REFERENCE_SHARE", 1 / 1000)
    folder = next(folder for folder in FOLDERS if folder.name == "two-sum")
    report = check_folder(pool, folder)
    assert any("more than 1/1000 of the 2000 ms limit" in error for error in report.errors), report.errors


def test_cli_checks_named_problems_and_refuses_unknown_ones(runner):
    result = runner.invoke(args=["bank", "check", "two-sum", "shared-birthday"])
    assert result.exit_code == 0, result.output
    assert "ok   shared-birthday" in result.output and "ok   two-sum" in result.output
    assert "2 passed, 0 failed" in result.output
    result = runner.invoke(args=["bank", "check", "no-such-problem"])
    assert result.exit_code != 0 and "no such problem(s): no-such-problem" in result.output
