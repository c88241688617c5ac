# expect: WA
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Sorts, but treats a duplicate as the end of a run.
        if not nums:
            return 0
        nums = sorted(nums)
        best = cur = 1
        for a, b in zip(nums, nums[1:]):
            cur = cur + 1 if b == a + 1 else 1
            best = max(best, cur)
        return best
