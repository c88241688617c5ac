# expect: TLE
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # Generates all n! column orders and checks every pair of queens afterwards:
        # no pruning of a partial board that is already in conflict.
        res = []
        for p in itertools.permutations(range(n)):
            ok = True
            for i in range(n):
                for j in range(i + 1, n):
                    if abs(p[i] - p[j]) == j - i:
                        ok = False
            if ok:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in p])
        return res
