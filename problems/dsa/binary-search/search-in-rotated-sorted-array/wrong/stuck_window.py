# expect: TLE
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Moves `lo = mid` instead of `mid + 1`: once the window is two elements wide and the
        # answer is not nums[lo], mid stays equal to lo and the loop never ends.
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid
                else:
                    hi = mid - 1
        return -1
