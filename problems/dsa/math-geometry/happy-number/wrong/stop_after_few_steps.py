# expect: WA
class Solution:
    def isHappy(self, n: int) -> bool:
        # Gives up after 5 steps, but some happy numbers need more.
        for _ in range(5):
            if n == 1:
                return True
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
