# expect: WA
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Stops the pointer scan at the first hit: only one triplet per first value.
        nums = sorted(nums)
        n = len(nums)
        res = []
        for i in range(n - 2):
            if i > 0 and nums[i] == nums[i - 1]:
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
                    break
        return res
