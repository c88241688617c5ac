# expect: WA
class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Picks the two tallest boards, ignoring the width.
        order = sorted(range(len(height)), key=lambda i: height[i])
        i, j = order[-1], order[-2]
        return abs(i - j) * min(height[i], height[j])
