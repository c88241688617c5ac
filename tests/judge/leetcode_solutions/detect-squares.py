class DetectSquares:
    # Counter of points; count walks the distinct stored points as possible opposite corners.

    def __init__(self):
        self.cnt = Counter()

    def add(self, point: List[int]) -> None:
        self.cnt[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        px, py = point
        res = 0
        for (x, y), c in list(self.cnt.items()):
            if x == px or abs(x - px) != abs(y - py):
                continue
            res += c * self.cnt.get((x, py), 0) * self.cnt.get((px, y), 0)
        return res
