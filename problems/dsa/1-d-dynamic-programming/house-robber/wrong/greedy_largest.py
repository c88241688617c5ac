# expect: WA
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Greedy: repeatedly take the largest house whose neighbours are not taken.
        n = len(nums)
        taken = [False] * n
        total = 0
        for i in sorted(range(n), key=lambda k: -nums[k]):
            if (i > 0 and taken[i - 1]) or (i + 1 < n and taken[i + 1]):
                continue
            taken[i] = True
            total += nums[i]
        return total
