# expect: WA
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # bisect_right lets equal values extend a subsequence: counts non-decreasing ones.
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
