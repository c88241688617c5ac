# expect: WA
class Solution:
    def trap(self, height: List[int]) -> int:
        # Fills every column up to the tallest bar on its left, forgetting the right side.
        total, level = 0, 0
        for h in height:
            level = max(level, h)
            total += level - h
        return total
