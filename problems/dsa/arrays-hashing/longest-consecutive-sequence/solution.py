class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue  # not the start of a run
            y = x + 1
            while y in values:
                y += 1
            best = max(best, y - x)
        return best
