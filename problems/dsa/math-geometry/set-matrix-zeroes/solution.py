class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        m, n = len(matrix), len(matrix[0])
        first_row = any(x == 0 for x in matrix[0])
        first_col = any(matrix[r][0] == 0 for r in range(m))
        # row 0 remembers the columns to clear, column 0 the rows
        for r in range(1, m):
            row = matrix[r]
            for c in range(1, n):
                if row[c] == 0:
                    row[0] = 0
                    matrix[0][c] = 0
        for r in range(1, m):
            row = matrix[r]
            if row[0] == 0:
                for c in range(1, n):
                    row[c] = 0
        for c in range(1, n):
            if matrix[0][c] == 0:
                for r in range(1, m):
                    matrix[r][c] = 0
        if first_row:
            for c in range(n):
                matrix[0][c] = 0
        if first_col:
            for r in range(m):
                matrix[r][0] = 0
