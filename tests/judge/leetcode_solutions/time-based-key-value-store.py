class TimeMap:
    # Hand-written binary search over a list of (timestamp, value) pairs per key.

    def __init__(self):
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        pairs = self.store.get(key, [])
        lo, hi, found = 0, len(pairs) - 1, ""
        while lo <= hi:
            mid = (lo + hi) // 2
            if pairs[mid][0] <= timestamp:
                found = pairs[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return found
