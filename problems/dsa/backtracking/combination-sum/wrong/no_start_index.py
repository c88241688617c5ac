# expect: WA
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res, path = [], []

        def backtrack(remaining: int) -> None:
            if remaining == 0:
                res.append(path[:])
                return
            for c in candidates:  # bug: restarts from the first candidate, so [2, 3] and
                if c <= remaining:  # [3, 2] are both reported
                    path.append(c)
                    backtrack(remaining - c)
                    path.pop()

        backtrack(target)
        return res
