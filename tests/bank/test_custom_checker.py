"""A per-problem checker function (``checker = "custom"`` with ``checker.py``)."""
from __future__ import annotations

import shutil

import pytest

from app.bank.check import check_folder
from app.bank.loader import BankError, PROBLEMS_ROOT, load_problem
from app.bank.materialise import materialise
from app.judge.runner import judge
from app.judge.verdicts import Verdict

CHECKER = '''
def check(expected, actual, args):
    """Any two distinct indices whose values add up to the target."""
    nums, target = args
    if not isinstance(actual, list) or len(actual) != 2:
        return False
    i, j = actual
    return (type(i) is int and type(j) is int and i != j and 0 <= i < len(nums)
            and 0 <= j < len(nums) and nums[i] + nums[j] == target)
'''


@pytest.fixture
def custom_two_sum(tmp_path):
    target = tmp_path / "two-sum"
    shutil.copytree(next(PROBLEMS_ROOT.rglob("two-sum")), target)
    toml = target / "problem.toml"
    toml.write_text(toml.read_text().replace('checker = "unordered"', 'checker = "custom"'))
    (target / "checker.py").write_text(CHECKER)
    return target


def test_custom_checker_judges_with_the_inputs(pool, custom_two_sum):
    spec, _ = materialise(pool, load_problem(custom_two_sum))
    reversed_pair = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
                     "        for i, n in enumerate(nums):\n            if target - n in seen:\n"
                     "                return [i, seen[target - n]]\n            seen[n] = i\n")
    assert judge(pool, spec, reversed_pair).verdict is Verdict.AC
    assert judge(pool, spec, "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"
                 ).verdict is Verdict.WA
    assert check_folder(pool, custom_two_sum).ok


def test_custom_checker_without_checker_py_is_refused(custom_two_sum):
    (custom_two_sum / "checker.py").unlink()
    with pytest.raises(BankError, match=r"checker\.py: file is missing"):
        load_problem(custom_two_sum)
