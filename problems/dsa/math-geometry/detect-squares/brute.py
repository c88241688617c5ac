class DetectSquares:

    def __init__(self):
        self.points = Counter()

    def add(self, point: List[int]) -> None:
        self.points[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        # Try every possible signed side length d in both directions.
        px, py = point
        c = self.points
        total = 0
        for dx in range(-1000, 1001):
            if dx == 0:
                continue
            for dy in (dx, -dx):
                total += c[(px + dx, py)] * c[(px, py + dy)] * c[(px + dx, py + dy)]
        return total
