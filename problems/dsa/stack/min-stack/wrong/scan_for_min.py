# expect: TLE
class MinStack:

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        # O(n) per call: 2 * 10^4 calls on a stack of 10^4 elements is too slow.
        return min(self.items)
