class Solution:
    def numDecodings(self, s: str) -> int:
        # Enumerate every split explicitly (no memo) and count the valid ones.
        def count(i: int) -> int:
            if i == len(s):
                return 1
            total = 0
            for length in (1, 2):
                piece = s[i:i + length]
                if len(piece) == length and piece[0] != "0" and 1 <= int(piece) <= 26:
                    total += count(i + length)
            return total

        return count(0)
