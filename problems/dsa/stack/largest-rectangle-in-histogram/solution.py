class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []  # indices with increasing heights
        best = 0
        n = len(heights)
        for i in range(n + 1):
            h = heights[i] if i < n else 0  # sentinel flushes the stack
            while stack and heights[stack[-1]] > h:
                top = heights[stack.pop()]
                left = stack[-1] if stack else -1
                area = top * (i - left - 1)
                if area > best:
                    best = area
            stack.append(i)
        return best
