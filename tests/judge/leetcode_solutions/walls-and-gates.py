class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Level-by-level multi-source BFS with an explicit frontier list.
        INF = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        frontier = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
        step = 0
        while frontier:
            step += 1
            nxt = []
            for r, c in frontier:
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    x, y = r + dr, c + dc
                    if 0 <= x < rows and 0 <= y < cols and rooms[x][y] == INF:
                        rooms[x][y] = step
                        nxt.append((x, y))
            frontier = nxt
