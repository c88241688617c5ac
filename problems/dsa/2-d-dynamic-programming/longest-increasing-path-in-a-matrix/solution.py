class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]  # best[r][c]: longest increasing walk starting at (r, c)
        cells = sorted(((matrix[r][c], r, c) for r in range(m) for c in range(n)), reverse=True)
        answer = 1
        for v, r, c in cells:  # higher cells are final before any lower neighbour reads them
            b = 1
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < m and 0 <= cc < n and matrix[rr][cc] > v and best[rr][cc] + 1 > b:
                    b = best[rr][cc] + 1
            best[r][c] = b
            if b > answer:
                answer = b
        return answer
