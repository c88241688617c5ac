class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # Every column permutation already avoids shared rows and columns; keep those whose
        # diagonals are all distinct.
        res = []
        for p in itertools.permutations(range(n)):
            if len({r - c for r, c in enumerate(p)}) == n and len({r + c for r, c in enumerate(p)}) == n:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in p])
        return res
