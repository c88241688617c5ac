class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        return max((j - i) * min(height[i], height[j]) for i in range(n) for j in range(i + 1, n))
