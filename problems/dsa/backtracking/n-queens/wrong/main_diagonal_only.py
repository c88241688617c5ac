# expect: WA
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res, queens = [], []
        cols, diag = set(), set()

        def backtrack(r: int) -> None:
            if r == n:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
                return
            for c in range(n):
                # bug: checks r - c diagonals but forgets the r + c anti-diagonals
                if c in cols or r - c in diag:
                    continue
                cols.add(c); diag.add(r - c); queens.append(c)
                backtrack(r + 1)
                cols.remove(c); diag.remove(r - c); queens.pop()

        backtrack(0)
        return res
