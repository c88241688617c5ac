# expect: WA
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Mirrors the rows first and transposes second: that is a counter-clockwise turn.
        n = len(matrix)
        for row in matrix:
            row.reverse()
        for r in range(n):
            for c in range(r + 1, n):
                matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
