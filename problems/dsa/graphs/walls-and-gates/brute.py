class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # A separate BFS from every gate, keeping the minimum distance seen for each room.
        EMPTY = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        best = [[EMPTY] * cols for _ in range(rows)]
        for gr in range(rows):
            for gc in range(cols):
                if rooms[gr][gc] != 0:
                    continue
                dist = {(gr, gc): 0}
                queue = deque([(gr, gc)])
                while queue:
                    r, c = queue.popleft()
                    best[r][c] = min(best[r][c], dist[(r, c)])
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and rooms[x][y] != -1 and (x, y) not in dist:
                            dist[(x, y)] = dist[(r, c)] + 1
                            queue.append((x, y))
        for r in range(rows):
            for c in range(cols):
                if rooms[r][c] == EMPTY:
                    rooms[r][c] = best[r][c]
