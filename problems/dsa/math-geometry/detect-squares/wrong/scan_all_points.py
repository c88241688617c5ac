# expect: TLE
class DetectSquares:
    # Keeps every added point in a list; count tries each stored point as the opposite corner and
    # counts the two remaining corners with list.count: O(n^2) per query.

    def __init__(self):
        self.points = []

    def add(self, point: List[int]) -> None:
        self.points.append(point)

    def count(self, point: List[int]) -> int:
        px, py = point
        total = 0
        for x, y in self.points:
            if abs(x - px) != abs(y - py) or x == px:
                continue
            total += self.points.count([x, py]) * self.points.count([px, y])
        return total
