class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Decide, candidate by candidate, how many copies to take (0, 1, 2, ...): every multiset
        # is produced exactly once.
        res = []

        def choose(i: int, remaining: int, taken: List[int]) -> None:
            if i == len(candidates):
                if remaining == 0:
                    res.append(taken)
                return
            c = candidates[i]
            for copies in range(remaining // c + 1):
                choose(i + 1, remaining - copies * c, taken + [c] * copies)

        choose(0, target, [])
        return res
