class TimeMap:
    # One flat list of every (key, value, timestamp); get scans all of it.

    def __init__(self):
        self.entries = []

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.entries.append((key, value, timestamp))

    def get(self, key: str, timestamp: int) -> str:
        best_time, best = -1, ""
        for k, v, t in self.entries:
            if k == key and t <= timestamp and t > best_time:
                best_time, best = t, v
        return best
