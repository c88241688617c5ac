class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Monotonic stack of arrival times (floats), closest car first.
        stack = []
        for p, s in sorted(zip(position, speed), key=lambda c: -c[0]):
            t = (target - p) / s
            stack.append(t)
            if len(stack) >= 2 and stack[-1] <= stack[-2]:
                stack.pop()
        return len(stack)
