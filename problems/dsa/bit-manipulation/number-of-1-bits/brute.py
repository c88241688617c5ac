class Solution:
    def hammingWeight(self, n: int) -> int:
        # Write n in binary and count the '1' characters.
        return bin(n).count("1")
