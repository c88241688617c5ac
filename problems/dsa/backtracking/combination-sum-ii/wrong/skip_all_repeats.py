# expect: WA
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        c = sorted(candidates)
        res, path = [], []

        def backtrack(start: int, remain: int) -> None:
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(c)):
                if i > 0 and c[i] == c[i - 1]:
                    continue  # bug: also forbids using two equal values together, e.g. [1, 1, 6]
                if c[i] > remain:
                    break
                path.append(c[i])
                backtrack(i + 1, remain - c[i])
                path.pop()

        backtrack(0, target)
        return res
