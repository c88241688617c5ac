# expect: WA
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # The O(1) trick, but matrix[0][0] is used as the mark for BOTH row 0 and column 0: a zero
        # anywhere in row 0 also wipes column 0 (and vice versa).
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    matrix[r][0] = 0
                    matrix[0][c] = 0
        for r in range(1, m):
            for c in range(1, n):
                if matrix[r][0] == 0 or matrix[0][c] == 0:
                    matrix[r][c] = 0
        if matrix[0][0] == 0:
            for c in range(n):
                matrix[0][c] = 0
            for r in range(m):
                matrix[r][0] = 0
