# expect: WA
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Goes down the first column first: a counter-clockwise spiral.
        t = [list(col) for col in zip(*matrix)]
        out = []
        while t:
            out.extend(t.pop(0))
            t = [list(row) for row in zip(*t)][::-1]
        return out
