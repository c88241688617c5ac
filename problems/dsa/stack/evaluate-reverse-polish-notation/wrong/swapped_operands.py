# expect: WA
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Pops the operands in the wrong order: computes b - a and b / a.
        stack = []
        for tok in tokens:
            if tok in ("+", "-", "*", "/"):
                a = stack.pop()
                b = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    stack.append(int(a / b) if b else 0)
            else:
                stack.append(int(tok))
        return stack[-1]
