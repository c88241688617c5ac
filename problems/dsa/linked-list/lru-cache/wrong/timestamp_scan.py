# expect: TLE
class LRUCache:
    # Stamps each key with a counter and, on eviction, scans the whole cache for the oldest stamp:
    # O(capacity) per eviction.

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.clock = 0
        self.values = {}
        self.stamp = {}

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.stamp[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.stamp, key=self.stamp.get)
            del self.values[oldest], self.stamp[oldest]
        self.clock += 1
        self.values[key] = value
        self.stamp[key] = self.clock
