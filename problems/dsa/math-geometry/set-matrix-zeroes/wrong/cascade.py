# expect: WA
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Clears row and column as soon as a zero is seen: the freshly written zeros spread too.
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    for k in range(n):
                        matrix[r][k] = 0
                    for k in range(m):
                        matrix[k][c] = 0
