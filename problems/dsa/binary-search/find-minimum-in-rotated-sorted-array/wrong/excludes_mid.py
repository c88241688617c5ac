# expect: WA
class Solution:
    def findMin(self, nums: List[int]) -> int:
        # hi = mid - 1 throws away mid even when mid itself is the minimum.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[lo]
