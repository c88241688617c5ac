class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Bottom-up: ways[s] lists the combinations of the candidates seen so far summing to s.
        # Processing candidates one at a time (outer loop) keeps every combination unique.
        ways = [[] for _ in range(target + 1)]
        ways[0].append([])
        for c in candidates:
            for s in range(c, target + 1):
                for combo in ways[s - c]:
                    ways[s].append(combo + [c])
        return ways[target]
