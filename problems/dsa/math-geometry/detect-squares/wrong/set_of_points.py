# expect: WA
class DetectSquares:
    # Stores points in a set, so a point added several times is only counted once.

    def __init__(self):
        self.points = set()

    def add(self, point: List[int]) -> None:
        self.points.add(tuple(point))

    def count(self, point: List[int]) -> int:
        px, py = point
        total = 0
        for x, y in self.points:
            if abs(x - px) != abs(y - py) or x == px:
                continue
            if (x, py) in self.points and (px, y) in self.points:
                total += 1
        return total
