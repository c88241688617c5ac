# expect: WA
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Converts the flat index with the number of ROWS instead of columns: only right when square.
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            r, c = mid // m, mid % m
            if r >= m or c >= n:
                hi = mid - 1
                continue
            value = matrix[r][c]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
