# expect: WA
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Best prefix sum: never lets the run start anywhere but day 0.
        best = total = nums[0]
        for x in nums[1:]:
            total += x
            best = max(best, total)
        return best
