# expect: WA
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # `while lo < hi` stops while one candidate is still unchecked: a target that is the last
        # remaining element (a one-element array, or the array's ends) is reported missing.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
