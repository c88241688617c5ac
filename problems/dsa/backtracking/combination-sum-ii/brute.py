class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        # Every subset of indices, deduplicated through sorted tuples (non-large cases only).
        n = len(candidates)
        found = set()
        for m in range(1 << n):
            pick = [candidates[i] for i in range(n) if m >> i & 1]
            if sum(pick) == target:
                found.add(tuple(sorted(pick)))
        return [list(t) for t in found]
