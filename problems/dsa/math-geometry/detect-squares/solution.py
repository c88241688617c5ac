class DetectSquares:

    def __init__(self):
        self.points = defaultdict(int)       # (x, y) -> how many times it was added
        self.columns = defaultdict(Counter)  # x -> Counter of the y values added at that x
        self.rows = defaultdict(Counter)     # y -> Counter of the x values added at that y

    def add(self, point: List[int]) -> None:
        x, y = point
        self.points[(x, y)] += 1
        self.columns[x][y] += 1
        self.rows[y][x] += 1

    def count(self, point: List[int]) -> int:
        px, py = point
        column, row = self.columns.get(px), self.rows.get(py)
        if not column or not row:
            return 0
        points = self.points
        total = 0
        # A square is fixed by its corner on the query's column (or, equally, on its row):
        # walk whichever of the two lines holds fewer distinct points.
        if len(column) <= len(row):
            for y, same_x in column.items():
                d = y - py
                if d:
                    for x in (px + d, px - d):
                        total += same_x * points.get((x, py), 0) * points.get((x, y), 0)
        else:
            for x, same_y in row.items():
                d = x - px
                if d:
                    for y in (py + d, py - d):
                        total += same_y * points.get((px, y), 0) * points.get((x, y), 0)
        return total
