# expect: WA
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Measures the width from the popped index itself, forgetting that the rectangle also
        # extends left over the taller bars popped earlier.
        stack = []
        best = 0
        n = len(heights)
        for i in range(n + 1):
            h = heights[i] if i < n else 0
            while stack and heights[stack[-1]] > h:
                j = stack.pop()
                best = max(best, heights[j] * (i - j))
            stack.append(i)
        return best
