# expect: WA
class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Halves the exponent but forgets the extra factor x when the exponent is odd.
        def power(k):
            if k == 0:
                return 1.0
            half = power(k // 2)
            return half * half

        return power(n) if n >= 0 else 1 / power(-n)
