# expect: WA
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Forgets to sort by position: processes the cars in input order.
        stack = []
        for p, s in zip(position, speed):
            t = (target - p) / s
            if not stack or t > stack[-1]:
                stack.append(t)
        return len(stack)
