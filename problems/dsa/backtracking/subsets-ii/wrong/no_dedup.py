# expect: WA
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        # Bug: plain subsets, so repeated values give repeated subsets.
        res = [[]]
        for x in nums:
            res += [s + [x] for s in res]
        return res
