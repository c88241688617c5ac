# expect: WA
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Bug: only the cyclic rotations and their reversals, far fewer than n! for n > 3.
        n = len(nums)
        out = []
        for i in range(n):
            r = nums[i:] + nums[:i]
            for p in (r, r[::-1]):
                if p not in out:
                    out.append(p)
        return out
