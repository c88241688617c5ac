class Solution:
    def jump(self, nums: List[int]) -> int:
        # Shortest-path DP: fewest[j] = 1 + min fewest[i] over every i that can reach j.
        n = len(nums)
        fewest = [0] + [n] * (n - 1)
        for i in range(n):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                fewest[j] = min(fewest[j], fewest[i] + 1)
        return fewest[-1]
