# expect: WA
class Solution:
    def hammingWeight(self, n: int) -> int:
        # Counts the binary DIGITS of n (position of the highest 1), not the number of 1s.
        return n.bit_length()
