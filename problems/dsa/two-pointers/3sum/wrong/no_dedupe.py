# expect: WA
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Two pointers without skipping equal values: the same triplet is reported several times.
        nums = sorted(nums)
        n = len(nums)
        res = []
        for i in range(n - 2):
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
        return res
