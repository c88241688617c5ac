# expect: TLE
class TimeMap:
    # Walks each key's history from the newest entry backwards: O(n) per get for old timestamps.

    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, v in reversed(self.history.get(key, [])):
            if t <= timestamp:
                return v
        return ""
