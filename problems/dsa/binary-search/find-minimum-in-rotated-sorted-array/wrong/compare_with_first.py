# expect: WA
class Solution:
    def findMin(self, nums: List[int]) -> int:
        # Compares with the window's FIRST element: an unrotated window sends the search right,
        # away from the minimum.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
