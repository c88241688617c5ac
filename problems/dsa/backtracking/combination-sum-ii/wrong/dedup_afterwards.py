# expect: TLE
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        # Explores every index combination and removes duplicates at the end: exponential
        # blow-up when a small value repeats many times.
        c = sorted(candidates)
        found = set()
        path = []

        def backtrack(start: int, remain: int) -> None:
            if remain == 0:
                found.add(tuple(path))
                return
            for i in range(start, len(c)):
                if c[i] > remain:
                    break
                path.append(c[i])
                backtrack(i + 1, remain - c[i])
                path.pop()

        backtrack(0, target)
        return [list(t) for t in found]
