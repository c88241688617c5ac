class Solution:
    def findMin(self, nums: List[int]) -> int:
        # Recursive divide and conquer: a sorted window answers immediately.
        def solve(lo, hi):
            if nums[lo] <= nums[hi]:
                return nums[lo]
            mid = (lo + hi) // 2
            return min(solve(lo, mid), solve(mid + 1, hi))

        return solve(0, len(nums) - 1)
