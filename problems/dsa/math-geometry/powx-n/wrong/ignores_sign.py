# expect: WA
class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Uses |n| and forgets to take the reciprocal for a negative exponent.
        n = abs(n)
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
