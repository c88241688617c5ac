class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Snapshot the original grid; a cell becomes 0 if its row or its column held a 0 there.
        original = [row[:] for row in matrix]
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if any(original[r][k] == 0 for k in range(n)) or any(original[k][c] == 0 for k in range(m)):
                    matrix[r][c] = 0
