class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        # Group equal values; for each distinct value choose how many copies to use.
        groups = sorted(Counter(candidates).items())
        res = []

        @cache
        def go(i: int, remain: int) -> tuple:
            if remain == 0:
                return ((),)
            if i == len(groups) or groups[i][0] > remain:
                return ()
            v, c = groups[i]
            out = []
            for k in range(min(c, remain // v) + 1):
                for rest in go(i + 1, remain - k * v):
                    out.append((v,) * k + rest)
            return tuple(out)

        return [list(t) for t in go(0, target)]
