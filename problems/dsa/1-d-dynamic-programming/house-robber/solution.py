class Solution:
    def rob(self, nums: List[int]) -> int:
        # a = best over houses before the previous one, b = best so far
        a, b = 0, 0
        for x in nums:
            a, b = b, max(b, a + x)
        return b
