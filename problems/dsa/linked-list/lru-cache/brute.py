class LRUCache:
    # A plain list of [key, value] pairs, least recently used first; every operation scans it.

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.pairs = []

    def _take(self, key):
        for i, pair in enumerate(self.pairs):
            if pair[0] == key:
                return self.pairs.pop(i)
        return None

    def get(self, key: int) -> int:
        pair = self._take(key)
        if pair is None:
            return -1
        self.pairs.append(pair)
        return pair[1]

    def put(self, key: int, value: int) -> None:
        self._take(key)
        self.pairs.append([key, value])
        if len(self.pairs) > self.capacity:
            self.pairs.pop(0)
