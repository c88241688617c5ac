# expect: WA
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Skips i when the NEXT value is equal: drops triplets that use a repeated first value,
        # like [-4, -4, 8].
        nums = sorted(nums)
        n = len(nums)
        res = []
        for i in range(n - 2):
            if nums[i] == nums[i + 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    res.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return res
