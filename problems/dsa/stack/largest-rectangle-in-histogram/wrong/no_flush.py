# expect: WA
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Never empties the stack after the scan: rectangles reaching the right edge are missed.
        stack = []
        best = 0
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] > h:
                top = heights[stack.pop()]
                left = stack[-1] if stack else -1
                best = max(best, top * (i - left - 1))
            stack.append(i)
        return best
