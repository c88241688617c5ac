# expect: WA
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Python's // floors: -7 // 2 is -4, but the task truncates toward zero (-3).
        stack = []
        for tok in tokens:
            if tok in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    stack.append(a // b)
            else:
                stack.append(int(tok))
        return stack[-1]
