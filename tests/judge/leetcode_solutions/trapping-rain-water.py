class Solution:
    def trap(self, height: List[int]) -> int:
        # Monotonic stack: water is added layer by layer when a taller bar closes a dip.
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = height[stack.pop()]
                if not stack:
                    break
                left = stack[-1]
                water += (min(height[left], h) - bottom) * (i - left - 1)
            stack.append(i)
        return water
