# expect: WA
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Merges +s and -s into one entry when they are equal: a zero (or a zero running total)
        # contributes one way where there are two.
        reach = {0: 1}
        for x in nums:
            nxt = {}
            for s, k in reach.items():
                for t in {s + x, s - x}:
                    nxt[t] = nxt.get(t, 0) + k
            reach = nxt
        return reach.get(target, 0)
