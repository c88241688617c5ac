class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k]: smallest last value of a strictly increasing subsequence of length k + 1
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
