# expect: WA
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        c = sorted(set(candidates))
        res, path = [], []

        def backtrack(start: int, remain: int) -> None:
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(c)):
                if c[i] > remain:
                    break
                path.append(c[i])
                backtrack(i, remain - c[i])  # bug: the same candidate may be picked again
                path.pop()

        backtrack(0, target)
        return res
