# expect: WA
class Solution:
    def hammingWeight(self, n: int) -> int:
        # Tests bit positions 1..31 and never looks at bit 0: odd numbers come out one short.
        return sum(1 for k in range(1, 32) if n >> k & 1)
