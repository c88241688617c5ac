class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # O(m + n) memory: remember the rows and columns holding a zero, then rewrite row by row.
        zero_rows = set()
        zero_cols = set()
        for r, row in enumerate(matrix):
            for c, x in enumerate(row):
                if x == 0:
                    zero_rows.add(r)
                    zero_cols.add(c)
        n = len(matrix[0])
        for r, row in enumerate(matrix):
            if r in zero_rows:
                row[:] = [0] * n
            else:
                for c in zero_cols:
                    row[c] = 0
