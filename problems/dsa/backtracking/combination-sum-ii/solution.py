class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        c = sorted(candidates)
        res, path = [], []

        def backtrack(start: int, remain: int) -> None:
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(c)):
                if i > start and c[i] == c[i - 1]:
                    continue  # this value already started a branch at this depth
                if c[i] > remain:
                    break     # sorted: every later value is too big as well
                path.append(c[i])
                backtrack(i + 1, remain - c[i])
                path.pop()

        backtrack(0, target)
        return res
