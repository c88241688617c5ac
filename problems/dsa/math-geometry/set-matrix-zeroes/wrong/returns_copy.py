# expect: WA
class Solution:
    def setZeroes(self, matrix: List[List[int]]):
        # Builds the right grid but returns it; the caller's matrix is never modified.
        rows = {r for r, row in enumerate(matrix) for x in row if x == 0}
        cols = {c for row in matrix for c, x in enumerate(row) if x == 0}
        return [[0 if r in rows or c in cols else x for c, x in enumerate(row)]
                for r, row in enumerate(matrix)]
