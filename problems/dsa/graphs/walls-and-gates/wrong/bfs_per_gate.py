# expect: TLE
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # A full BFS from every gate separately, relaxing distances: O(gates * m * n).
        EMPTY = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        for gr in range(rows):
            for gc in range(cols):
                if rooms[gr][gc] != 0:
                    continue
                dist = {(gr, gc): 0}
                queue = deque([(gr, gc)])
                while queue:
                    r, c = queue.popleft()
                    d = dist[(r, c)] + 1
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and rooms[x][y] > 0 and (x, y) not in dist:
                            dist[(x, y)] = d
                            if d < rooms[x][y]:
                                rooms[x][y] = d
                            queue.append((x, y))
