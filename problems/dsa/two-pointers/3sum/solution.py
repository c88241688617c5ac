class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        res = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:  # the two numbers after it are at least as large: no zero sum left
                break
            if i > 0 and a == nums[i - 1]:  # same first number: same triplets again
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    res.append([a, nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return res
