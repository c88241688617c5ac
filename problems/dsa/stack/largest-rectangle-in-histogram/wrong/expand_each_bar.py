# expect: TLE
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Expands left and right from every bar while the neighbours are at least as tall: O(n^2)
        # when many bars share a height.
        best = 0
        n = len(heights)
        for i, h in enumerate(heights):
            left = i
            while left > 0 and heights[left - 1] >= h:
                left -= 1
            right = i
            while right < n - 1 and heights[right + 1] >= h:
                right += 1
            best = max(best, h * (right - left + 1))
        return best
