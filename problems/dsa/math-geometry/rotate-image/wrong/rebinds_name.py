# expect: WA
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Builds the right answer but only rebinds the local name: the caller's grid is unchanged.
        matrix = [list(row) for row in zip(*matrix[::-1])]
