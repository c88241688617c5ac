# expect: WA
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        # Bug: dedups with the list itself but without sorting, so [1, 2] and [2, 1] both survive.
        seen = set()
        res = [[]]
        for x in nums:
            for s in res[:]:
                t = s + [x]
                if tuple(t) not in seen:
                    seen.add(tuple(t))
                    res.append(t)
        return res
