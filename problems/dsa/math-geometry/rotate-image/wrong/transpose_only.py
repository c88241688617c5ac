# expect: WA
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Transposes but forgets to mirror the rows: a reflection, not a rotation.
        n = len(matrix)
        for r in range(n):
            for c in range(r + 1, n):
                matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
