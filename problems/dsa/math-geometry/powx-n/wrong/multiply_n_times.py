# expect: TLE
class Solution:
    def myPow(self, x: float, n: int) -> float:
        # One multiplication per unit of the exponent: about 2 * 10^9 steps for the largest n.
        result = 1.0
        for _ in range(abs(n)):
            result *= x
        return 1 / result if n < 0 else result
