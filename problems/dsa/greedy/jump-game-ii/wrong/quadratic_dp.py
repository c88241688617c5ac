# expect: TLE
class Solution:
    def jump(self, nums: List[int]) -> int:
        # Correct DP, but relaxes every (i, j) pair: O(n * max(nums)) is too slow.
        n = len(nums)
        fewest = [0] + [n] * (n - 1)
        for i in range(n):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                fewest[j] = min(fewest[j], fewest[i] + 1)
        return fewest[-1]
