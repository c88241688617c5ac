class Solution:
    def hammingWeight(self, n: int) -> int:
        # SWAR popcount: add neighbouring bit counts in parallel (2-, 4-, 8-bit fields), then sum bytes.
        n = n - ((n >> 1) & 0x55555555)
        n = (n & 0x33333333) + ((n >> 2) & 0x33333333)
        n = (n + (n >> 4)) & 0x0F0F0F0F
        return ((n * 0x01010101) & 0xFFFFFFFF) >> 24
