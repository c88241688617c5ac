class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Recursive fast power with memoised halves.
        @cache
        def power(k):
            if k == 0:
                return 1.0
            half = power(k // 2)
            return half * half * (x if k % 2 else 1.0)

        return power(n) if n >= 0 else 1 / power(-n)
