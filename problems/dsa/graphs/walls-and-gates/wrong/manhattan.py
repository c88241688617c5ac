# expect: WA
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Uses the straight-line (Manhattan) distance to the closest gate, ignoring walls.
        EMPTY = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        gates = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
        if not gates:
            return
        for r in range(rows):
            for c in range(cols):
                if rooms[r][c] == EMPTY:
                    rooms[r][c] = min(abs(r - gr) + abs(c - gc) for gr, gc in gates)
