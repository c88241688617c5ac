import operator


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        ops = {
            "+": operator.add,
            "-": operator.sub,
            "*": operator.mul,
            "/": lambda a, b: int(a / b),
        }
        stack = deque()
        for tok in tokens:
            fn = ops.get(tok)
            if fn is None:
                stack.append(int(tok))
            else:
                b = stack.pop()
                stack.append(fn(stack.pop(), b))
        return stack.pop()
