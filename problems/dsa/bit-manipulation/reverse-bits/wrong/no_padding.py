# expect: WA
class Solution:
    def reverseBits(self, n: int) -> int:
        # Reverses only the significant digits: the leading zeros are never counted.
        return int(bin(n)[2:][::-1], 2)
