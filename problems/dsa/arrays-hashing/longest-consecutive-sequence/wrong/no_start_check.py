# expect: TLE
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Uses a set, but walks forward from EVERY value: a single long run costs O(n^2).
        values = set(nums)
        best = 0
        for x in values:
            y = x + 1
            while y in values:
                y += 1
            best = max(best, y - x)
        return best
