class TimeMap:

    def __init__(self):
        self.times = defaultdict(list)   # key -> increasing timestamps
        self.values = defaultdict(list)  # key -> values, parallel to self.times

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if not times:
            return ""
        i = bisect_right(times, timestamp)
        return self.values[key][i - 1] if i else ""
