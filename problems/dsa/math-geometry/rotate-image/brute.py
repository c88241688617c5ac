class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Build the rotated grid cell by cell (new[r][c] = old[n-1-c][r]), then copy it back.
        n = len(matrix)
        rotated = [[matrix[n - 1 - c][r] for c in range(n)] for r in range(n)]
        for r in range(n):
            for c in range(n):
                matrix[r][c] = rotated[r][c]
