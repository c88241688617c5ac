class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Two phases: binary-search the rotation point (index of the minimum), then bisect the
        # sorted run that can hold the target.
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if pivot and target >= nums[0]:
            lo, hi = 0, pivot
        else:
            lo, hi = pivot, n
        i = bisect_left(nums, target, lo, hi)
        return i if i < hi and nums[i] == target else -1
