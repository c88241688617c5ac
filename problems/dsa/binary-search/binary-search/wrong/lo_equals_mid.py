# expect: TLE
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # `lo = mid` does not shrink a two-element window (mid rounds down to lo): when the target
        # is larger than nums[lo], or missing, the loop spins forever.
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid
            else:
                hi = mid - 1
        return -1
