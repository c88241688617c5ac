class Solution:
    def countBits(self, n: int) -> List[int]:
        # Block doubling: the counts for [2^k, 2^(k+1)) are the counts for [0, 2^k) plus one.
        ans = [0]
        while len(ans) <= n:
            ans += [x + 1 for x in ans]
        return ans[:n + 1]
