# expect: WA
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        queens = []

        def backtrack(r: int) -> bool:
            if r == n:
                return True
            for c in range(n):
                if all(c != q and abs(c - q) != r - i for i, q in enumerate(queens)):
                    queens.append(c)
                    if backtrack(r + 1):
                        return True  # bug: stops at the first solution
                    queens.pop()
            return False

        if not backtrack(0):
            return []
        return [["." * c + "Q" + "." * (n - c - 1) for c in queens]]
