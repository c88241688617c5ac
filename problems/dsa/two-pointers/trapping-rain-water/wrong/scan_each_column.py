# expect: TLE
class Solution:
    def trap(self, height: List[int]) -> int:
        # For each column, scan left and right for the tallest bars: O(n^2).
        n = len(height)
        total = 0
        for i in range(n):
            left_max = 0
            for j in range(i + 1):
                if height[j] > left_max:
                    left_max = height[j]
            right_max = 0
            for j in range(i, n):
                if height[j] > right_max:
                    right_max = height[j]
            total += min(left_max, right_max) - height[i]
        return total
