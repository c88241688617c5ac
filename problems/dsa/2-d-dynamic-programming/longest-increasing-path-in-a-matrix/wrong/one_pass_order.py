# expect: WA
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Relaxes the cells once in row-major order instead of by value: a neighbour's value may not
        # be final yet when it is read.
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]
        for r in range(m - 1, -1, -1):
            for c in range(n - 1, -1, -1):
                for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= rr < m and 0 <= cc < n and matrix[rr][cc] > matrix[r][c]:
                        best[r][c] = max(best[r][c], best[rr][cc] + 1)
        return max(max(row) for row in best)
