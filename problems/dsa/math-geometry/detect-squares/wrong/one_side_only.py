# expect: WA
class DetectSquares:
    # Takes the side length as |y - py| and only looks for squares to the RIGHT of the query
    # point (x = px + d), missing every square that lies to its left.

    def __init__(self):
        self.points = defaultdict(int)
        self.columns = defaultdict(Counter)

    def add(self, point: List[int]) -> None:
        x, y = point
        self.points[(x, y)] += 1
        self.columns[x][y] += 1

    def count(self, point: List[int]) -> int:
        px, py = point
        total = 0
        for y, same_x in self.columns.get(px, {}).items():
            d = abs(y - py)
            if d == 0:
                continue
            x = px + d
            total += same_x * self.points.get((x, py), 0) * self.points.get((x, y), 0)
        return total
