# expect: WA
class MinStack:

    def __init__(self):
        self.items = []
        self.smallest = float("inf")

    def push(self, val: int) -> None:
        self.items.append(val)
        self.smallest = min(self.smallest, val)

    def pop(self) -> None:
        # Bug: the minimum is never restored when the minimum itself is popped.
        self.items.pop()
        if not self.items:
            self.smallest = float("inf")

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.smallest
