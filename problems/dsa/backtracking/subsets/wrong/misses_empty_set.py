# expect: WA
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Starts from the one-element subsets and never produces [].
        res = []
        for x in nums:
            res += [s + [x] for s in res] + [[x]]
        return res
