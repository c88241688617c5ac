class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Peel off the top row, then rotate the rest counter-clockwise and repeat.
        out = []
        rows = [row[:] for row in matrix]
        while rows:
            out.extend(rows.pop(0))
            rows = [list(col) for col in zip(*rows)][::-1]
        return out
