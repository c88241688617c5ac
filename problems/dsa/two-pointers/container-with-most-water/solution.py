class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            h_left, h_right = height[left], height[right]
            if h_left < h_right:
                best = max(best, (right - left) * h_left)
                left += 1
            else:
                best = max(best, (right - left) * h_right)
                right -= 1
        return best
