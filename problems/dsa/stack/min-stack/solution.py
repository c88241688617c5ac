class MinStack:

    def __init__(self):
        self.stack = []  # pairs (value, minimum of the stack up to and including this value)

    def push(self, val: int) -> None:
        if self.stack and self.stack[-1][1] < val:
            self.stack.append((val, self.stack[-1][1]))
        else:
            self.stack.append((val, val))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
