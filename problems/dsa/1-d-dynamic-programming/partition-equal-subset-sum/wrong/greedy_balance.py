# expect: WA
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Largest bar first, always onto the lighter side: a heuristic, not an exact answer.
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
