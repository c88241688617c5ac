# expect: WA
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Treats every dead-end pad before the last as fatal, though a longer leap can skip it.
        return 0 not in nums[:-1]
