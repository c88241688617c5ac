# expect: WA
class Solution:
    def reverse(self, x: int) -> int:
        # Checks only the upper bound after restoring the sign: negative overflows slip through.
        sign = -1 if x < 0 else 1
        r = sign * int(str(abs(x))[::-1])
        return 0 if r > 2**31 - 1 else r
