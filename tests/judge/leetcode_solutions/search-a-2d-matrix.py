class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Two bisects: pick the row by its first element, then look inside that row.
        r = bisect_right([row[0] for row in matrix], target) - 1
        if r < 0:
            return False
        row = matrix[r]
        c = bisect_left(row, target)
        return c < len(row) and row[c] == target
