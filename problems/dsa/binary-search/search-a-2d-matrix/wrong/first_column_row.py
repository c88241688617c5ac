# expect: WA
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Picks the first row whose first value is >= target, but the target usually lives in the
        # row BEFORE that one.
        row = len(matrix) - 1
        for i, r in enumerate(matrix):
            if r[0] >= target:
                row = i
                break
        return target in matrix[row]
