# expect: WA
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Starts the answer at 1, so an empty list reports a streak of length 1.
        values = set(nums)
        best = 1
        for x in values:
            if x - 1 not in values:
                y = x + 1
                while y in values:
                    y += 1
                best = max(best, y - x)
        return best
