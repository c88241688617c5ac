# expect: WA
class LRUCache:
    # Overwriting a value in a dict keeps its old position: put on an existing key changes the
    # value but does not count as a use.

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = {}  # insertion-ordered

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        value = self.items.pop(key)
        self.items[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        self.items[key] = value
        if len(self.items) > self.capacity:
            del self.items[next(iter(self.items))]
