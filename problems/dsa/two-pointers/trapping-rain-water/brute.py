class Solution:
    def trap(self, height: List[int]) -> int:
        total = 0
        for i, h in enumerate(height):
            level = min(max(height[:i + 1]), max(height[i:]))
            total += level - h
        return total
