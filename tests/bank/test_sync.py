"""``flask bank sync``: idempotent, all or nothing, retires instead of deleting."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from app.bank.loader import BankError
from app.bank.sync import PartialSync, sync_bank
from app.models import Problem, TestCase, Topic, TopicEdge


def _snapshot(session):
    session.expire_all()
    problems = {(p.slug, p.source_hash, p.retired, p.version) for p in session.scalars(select(Problem))}
    return problems, session.scalar(select(func.count()).select_from(TestCase))


def test_sync_loads_problems_tests_and_topics(session, pool, bank_root):
    summary = sync_bank(session, pool, bank_root)
    assert sorted(summary.added) == ["min-stack", "rotate-image", "two-sum"]
    assert summary.topics_added == 27  # 18 algorithm topics, 9 ML and statistics topics
    assert session.scalar(select(func.count()).select_from(TopicEdge)) == 30
    two_sum = session.scalar(select(Problem).where(Problem.slug == "two-sum"))
    assert two_sum.topic.name == "Arrays & Hashing" and two_sum.lists == ["neetcode150", "blind75"]
    assert two_sum.signature["method"] == "twoSum" and two_sum.reference_runtime_ms is not None
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in two_sum.starter_code
    samples = [t for t in two_sum.test_cases if t.is_sample]
    assert len(samples) >= 2 and len(two_sum.test_cases) >= 15
    assert all(isinstance(t.expected, list) and len(t.expected) == 2 for t in two_sum.test_cases)
    min_stack = session.scalar(select(Problem).where(Problem.slug == "min-stack"))
    assert "def getMin(self) -> int:" in min_stack.starter_code


def test_second_sync_changes_nothing_and_says_so(session, pool, bank_root):
    sync_bank(session, pool, bank_root)
    before = _snapshot(session)
    summary = sync_bank(session, pool, bank_root)
    assert summary.describe().startswith("bank up to date: nothing changed (3 problems)")
    assert _snapshot(session) == before


def test_unchanged_folders_are_not_loaded_again(session, pool, bank_root, monkeypatch):
    """A second start-up must not regenerate 150 problems' cases (about 40 s of CPU)."""
    import app.bank.sync as sync_module
    sync_bank(session, pool, bank_root)
    asked = []
    real = sync_module.load_problems
    monkeypatch.setattr(sync_module, "load_problems", lambda folders: asked.append(folders) or real(folders))
    statement = next(bank_root.rglob("min-stack/statement.md"))
    statement.write_text(statement.read_text() + "\nEdited.\n")
    sync_bank(session, pool, bank_root)
    assert [[folder.name for folder in folders] for folders in asked] == [["min-stack"]]


def test_failing_reference_keeps_out_only_its_problem(session, pool, bank_root):
    sync_bank(session, pool, bank_root)
    solution = next(bank_root.rglob("two-sum/solution.py"))
    solution.write_text(solution.read_text().replace("class Solution", "class Unused") + "\nclass Solution:\n"
                        "    def twoSum(self, nums, target):\n        raise ValueError('broken reference')\n")
    statement = next(bank_root.rglob("min-stack/statement.md"))
    statement.write_text(statement.read_text() + "\nEdited.\n")
    with pytest.raises(PartialSync) as info:
        sync_bank(session, pool, bank_root)
    assert f"{solution}: the reference solution got RE" in str(info.value)
    assert info.value.summary.changed == ["min-stack"]
    session.expire_all()
    rows = {p.slug: p for p in session.scalars(select(Problem))}
    assert rows["two-sum"].version == 1 and rows["min-stack"].version == 2


def test_changed_problem_is_updated_and_versioned(session, pool, bank_root):
    sync_bank(session, pool, bank_root)
    statement = next(bank_root.rglob("two-sum/statement.md"))
    statement.write_text(statement.read_text() + "\nOne more line.\n")
    summary = sync_bank(session, pool, bank_root)
    assert summary.changed == ["two-sum"] and summary.unchanged == 2
    row = session.scalar(select(Problem).where(Problem.slug == "two-sum"))
    assert row.version == 2 and row.statement_md.endswith("One more line.\n")


def test_removed_problem_is_retired_not_deleted(session, pool, bank_root):
    sync_bank(session, pool, bank_root)
    shutil.rmtree(next(bank_root.rglob("rotate-image")))
    summary = sync_bank(session, pool, bank_root)
    assert summary.retired == ["rotate-image"]
    row = session.scalar(select(Problem).where(Problem.slug == "rotate-image"))
    assert row is not None and row.retired and len(row.test_cases) > 0


def _break(bank_root, slug, filename, old, new):
    path = next(bank_root.rglob(f"{slug}/{filename}"))
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize("slug, filename, old, new, message", [
    ("two-sum", "problem.toml", 'difficulty = "Easy"\n', "", "field 'difficulty': Field required"),
    ("two-sum", "problem.toml", 'method = "twoSum"', 'method = "two sum"',
     "field 'signature': Value error, method 'two sum' is not a Python method name"),
    ("two-sum", "problem.toml", '{ name = "target", type = "int" }', '{ name = "class", type = "int" }',
     "field 'signature.params.1.name': Value error, 'class' is not a Python parameter name"),
    ("rotate-image", "problem.toml", 'inplace = "matrix"', 'inplace = "grid"',
     "inplace names 'grid', which is not a parameter"),
    ("two-sum", "problem.toml", 'topic = "Arrays & Hashing"', 'topic = "Arrays"', "unknown topic(s) ['Arrays']"),
])
def test_malformed_problem_is_refused_precisely_and_nothing_changes(session, pool, bank_root, slug,
                                                                     filename, old, new, message):
    sync_bank(session, pool, bank_root)
    before = _snapshot(session)
    path = _break(bank_root, slug, filename, old, new)
    # Touch another problem too: a refused sync must not half-apply the good change.
    other = next(bank_root.rglob("min-stack/statement.md"))
    other.write_text(other.read_text() + "\nEdited.\n")
    with pytest.raises(BankError) as info:
        sync_bank(session, pool, bank_root)
    assert message in str(info.value)
    if "topic" not in message:
        assert str(path) in str(info.value)
    assert _snapshot(session) == before


def test_expected_value_the_reference_disagrees_with_is_refused(session, pool, bank_root):
    sync_bank(session, pool, bank_root)
    before = _snapshot(session)
    tests_py = next(bank_root.rglob("two-sum/tests.py"))
    tests_py.write_text(tests_py.read_text() + '''
_original_cases = cases
def cases():
    found = _original_cases()
    found[0] = dict(found[0], expected=[7, 8])
    return found
''')
    with pytest.raises(BankError) as info:
        sync_bank(session, pool, bank_root)
    assert f"{tests_py}: case 0: expected [7, 8] but the reference returns" in str(info.value)
    assert _snapshot(session) == before


def test_missing_file_is_named(session, pool, bank_root):
    next(bank_root.rglob("two-sum/solution.py")).unlink()
    with pytest.raises(BankError, match=r"two-sum/solution\.py: file is missing"):
        sync_bank(session, pool, bank_root)
    assert session.scalar(select(func.count()).select_from(Topic)) == 0
