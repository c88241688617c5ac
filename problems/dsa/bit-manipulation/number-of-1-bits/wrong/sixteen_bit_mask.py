# expect: WA
class Solution:
    def hammingWeight(self, n: int) -> int:
        # A 16-bit lookup-style loop: the upper half of the register is silently dropped.
        n &= 0xFFFF
        count = 0
        while n:
            count += n & 1
            n >>= 1
        return count
