# expect: WA
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # The transpose loop visits every pair twice, swapping each back: only the row mirror remains.
        n = len(matrix)
        for r in range(n):
            for c in range(n):
                matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
        for row in matrix:
            row.reverse()
