class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Skip-ahead variant: after moving past the shorter wall, keep skipping walls that are
        # not taller than it (they cannot give a larger area).
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            h = min(height[i], height[j])
            best = max(best, h * (j - i))
            while i < j and height[i] <= h:
                i += 1
            while i < j and height[j] <= h:
                j -= 1
        return best
