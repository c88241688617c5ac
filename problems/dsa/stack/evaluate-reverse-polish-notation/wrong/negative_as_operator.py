# expect: WA
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Recognises numbers with isdigit(): "-3" is not all digits, so it is mistaken for an operator.
        stack = []
        for tok in tokens:
            if tok.isdigit():
                stack.append(int(tok))
                continue
            if len(stack) < 2:
                return 0
            b = stack.pop()
            a = stack.pop()
            if tok[0] == "+":
                stack.append(a + b)
            elif tok[0] == "-":
                stack.append(a - b)
            elif tok[0] == "*":
                stack.append(a * b)
            else:
                stack.append(int(a / b) if b else 0)
        return stack[-1]
