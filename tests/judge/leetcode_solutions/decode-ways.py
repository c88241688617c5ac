class Solution:
    def numDecodings(self, s: str) -> int:
        @lru_cache(maxsize=None)
        def ways(i: int) -> int:
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            res = ways(i + 1)
            if i + 1 < len(s) and (s[i] == "1" or (s[i] == "2" and s[i + 1] <= "6")):
                res += ways(i + 2)
            return res

        return ways(0)
