# expect: WA
class Solution:
    def reverseBits(self, n: int) -> int:
        # Loops while n is non-zero instead of exactly 32 times.
        result = 0
        while n:
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
