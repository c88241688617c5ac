# expect: TLE
class Solution:
    def numDecodings(self, s: str) -> int:
        # Right recursion, no memo: one call per partial split, i.e. about as many calls as the
        # answer itself (up to 2^31).
        def count(i: int) -> int:
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += count(i + 2)
            return total

        return count(0)
