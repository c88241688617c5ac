# expect: WA
class TimeMap:
    # A lookup before the key's first timestamp should return "", but this returns the oldest value
    # (the index is clamped to 0).

    def __init__(self):
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect_right(self.times[key], timestamp)
        return self.values[key][max(i - 1, 0)]
