class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Explore every increasing walk from every cell, without remembering anything.
        m, n = len(matrix), len(matrix[0])

        def walk(r: int, c: int) -> int:
            longest = 1
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < m and 0 <= cc < n and matrix[rr][cc] > matrix[r][c]:
                    longest = max(longest, 1 + walk(rr, cc))
            return longest

        return max(walk(r, c) for r in range(m) for c in range(n))
