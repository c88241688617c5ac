# expect: WA
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Depth-first from the gates, writing a distance only into untouched rooms: the first
        # path to reach a room need not be the shortest.
        EMPTY = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        for gr in range(rows):
            for gc in range(cols):
                if rooms[gr][gc] != 0:
                    continue
                stack = [(gr, gc)]
                while stack:
                    r, c = stack.pop()
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and rooms[x][y] == EMPTY:
                            rooms[x][y] = rooms[r][c] + 1
                            stack.append((x, y))
