class Solution:
    def partition(self, s: str) -> List[List[str]]:
        # Every set of cut positions; keep the ones whose pieces are all palindromes.
        n = len(s)
        res = []
        for mask in range(1 << (n - 1)):
            pieces, start = [], 0
            for k in range(1, n):
                if mask >> (k - 1) & 1:
                    pieces.append(s[start:k])
                    start = k
            pieces.append(s[start:])
            if all(p == p[::-1] for p in pieces):
                res.append(pieces)
        return res
