# expect: WA
class Solution:
    def reverse(self, x: int) -> int:
        # Python integers never overflow, so this forgets the 32-bit range entirely.
        sign = -1 if x < 0 else 1
        return sign * int(str(abs(x))[::-1])
