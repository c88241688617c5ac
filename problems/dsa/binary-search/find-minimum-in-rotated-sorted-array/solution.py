class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1  # mid is in the upper run; the minimum is to its right
            else:
                hi = mid      # mid is in the lower run; the minimum is mid or to its left
        return nums[lo]
