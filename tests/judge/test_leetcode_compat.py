"""Solutions written for LeetCode, pasted unchanged: implicit imports, prelude classes, every style."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.bank.loader import PROBLEMS_ROOT, find_problem_folders, load_problem
from app.bank.materialise import materialise
from app.judge.runner import judge
from app.judge.verdicts import Verdict

FOLDERS = {folder.name: folder for folder in find_problem_folders(PROBLEMS_ROOT / "dsa")}  # LeetCode's problems
_SPECS: dict = {}


def spec_for(pool, slug):
    if slug not in _SPECS:
        _SPECS[slug] = materialise(pool, load_problem(FOLDERS[slug]))[0]
    return _SPECS[slug]


SOLUTIONS = {
    "two-sum": [
        """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index = defaultdict(list)
        for i, n in enumerate(nums):
            index[n].append(i)
        for i, n in enumerate(nums):
            for j in index.get(target - n, []):
                if j != i:
                    return [i, j]
""",
        """
from typing import List
import collections
class Solution(object):
    def twoSum(self, nums, target):
        order = sorted(range(len(nums)), key=lambda k: nums[k])
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            s = nums[order[lo]] + nums[order[hi]]
            if s == target:
                return (order[lo], order[hi])
            if s < target:
                lo += 1
            else:
                hi -= 1
""",
    ],
    "reverse-linked-list": [
        """
# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        return prev
""",
        """
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        values = []
        while head:
            values.append(head.val)
            head = head.next
        dummy = tail = ListNode()
        for v in reversed(values):
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
""",
    ],
    "maximum-depth-of-binary-tree": [
        """
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        q, depth = deque([root]), 0
        while q:
            depth += 1
            for _ in range(len(q)):
                node = q.popleft()
                if node.left: q.append(node.left)
                if node.right: q.append(node.right)
        return depth
""",
        """
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        @cache
        def depth(node):
            return 0 if node is None else 1 + max(depth(node.left), depth(node.right))
        return depth(root)
""",
    ],
    "min-stack": [
        """
class MinStack:

    def __init__(self):
        self.stack = []
        self.mins = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.mins.append(val if not self.mins else min(val, self.mins[-1]))

    def pop(self) -> None:
        self.stack.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.mins[-1]


# Your MinStack object will be instantiated and called as such:
# obj = MinStack()
# obj.push(val)
""",
        """
from dataclasses import dataclass, field
@dataclass
class MinStack:
    _items: list = field(default_factory=list)
    def push(self, val: int) -> None:
        low = self._items[-1][1] if self._items else val
        self._items.append((val, min(low, val)))
    def pop(self) -> None:
        return self._items.pop()[0]  # LeetCode ignores what a void method returns
    def top(self) -> int:
        return self._items[-1][0]
    def getMin(self) -> int:
        return self._items[-1][1]
""",
    ],
    "rotate-image": [
        """
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        \"\"\"
        Do not return anything, modify matrix in-place instead.
        \"\"\"
        matrix.reverse()
        for i in range(len(matrix)):
            for j in range(i):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
""",
        """
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix[:] = [list(row) for row in zip(*matrix[::-1])]
""",
    ],
    "subsets": [
        """
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res = [[]]
        for n in nums:
            res += [s + [n] for s in res]
        return res
""",
        """
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = []
        def backtrack(i, path):
            if i == len(nums):
                out.append(path[::-1])
                return
            backtrack(i + 1, path)
            path.append(nums[i])
            backtrack(i + 1, path)
            path.pop()
        backtrack(0, [])
        return [list(c) for k in range(len(nums) + 1) for c in itertools.combinations(nums, k)][::-1]
""",
    ],
}


@pytest.mark.parametrize("slug, index", [(slug, i) for slug, codes in SOLUTIONS.items()
                                         for i in range(len(codes))])
def test_leetcode_solution_is_accepted_unchanged(pool, slug, index):
    result = judge(pool, spec_for(pool, slug), SOLUTIONS[slug][index])
    assert result.verdict is Verdict.AC, (result.message, result.first_failure, result.error)


PASTED = sorted((Path(__file__).parent / "leetcode_solutions").glob("*.py"))


@pytest.mark.parametrize("path", PASTED, ids=[path.stem for path in PASTED])
def test_pasted_leetcode_solution_is_accepted(pool, path):
    """One more solution per problem, in a different style from the reference (leetcode_solutions/)."""
    result = judge(pool, spec_for(pool, path.stem), path.read_text())
    assert result.verdict is Verdict.AC, (result.message, result.first_failure, result.error)


def test_every_problem_has_a_pasted_solution():
    covered = {path.stem for path in PASTED} | set(SOLUTIONS)
    assert set(FOLDERS) <= covered, sorted(set(FOLDERS) - covered)


def test_reference_solutions_of_the_bank_are_accepted(pool):
    for slug in SOLUTIONS:
        problem = load_problem(FOLDERS[slug])
        assert judge(pool, spec_for(pool, slug), problem.solution).verdict is Verdict.AC, slug


@pytest.mark.parametrize("cheat", [
    # The encoder keeps the input in a class attribute; the decoder hands it back.
    """
class Codec:
    def encode(self, strs):
        Codec.kept = list(strs)
        return "x"
    def decode(self, s):
        return Codec.kept
""",
    # The same through a module global.
    """
kept = []
class Codec:
    def encode(self, strs):
        kept.append(list(strs))
        return "x"
    def decode(self, s):
        return kept[-1]
""",
])
def test_a_codec_cannot_smuggle_its_input_past_the_string(pool, cheat):
    """encode-and-decode-strings: the decoder comes from a fresh run of the module, so only the
    string carries information from encode to decode."""
    result = judge(pool, spec_for(pool, "encode-and-decode-strings"), cheat)
    assert result.verdict is not Verdict.AC, result
