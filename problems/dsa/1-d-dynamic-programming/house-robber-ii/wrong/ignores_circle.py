# expect: WA
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Treats the houses as a straight row: may take both the first and the last house.
        a, b = 0, 0
        for x in nums:
            a, b = b, max(b, a + x)
        return b
