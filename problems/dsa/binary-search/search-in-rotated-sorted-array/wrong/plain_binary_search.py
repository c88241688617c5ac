# expect: WA
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # An ordinary binary search: correct only while the array happens not to be rotated.
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
