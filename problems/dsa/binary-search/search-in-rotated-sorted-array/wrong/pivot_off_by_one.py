# expect: WA
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Finds the rotation point correctly, then picks the side with `target > nums[0]`:
        # a target equal to nums[0] is searched for in the wrong half.
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:                         # index of the minimum
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if pivot == 0:
            lo, hi = 0, n - 1
        elif target > nums[0]:
            lo, hi = 0, pivot - 1
        else:
            lo, hi = pivot, n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
