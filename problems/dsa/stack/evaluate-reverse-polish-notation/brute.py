class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Build the expression tree recursively from the right end, then evaluate it.
        pos = len(tokens)

        def parse():
            nonlocal pos
            pos -= 1
            tok = tokens[pos]
            if tok not in ("+", "-", "*", "/"):
                return int(tok)
            right = parse()
            left = parse()
            if tok == "+":
                return left + right
            if tok == "-":
                return left - right
            if tok == "*":
                return left * right
            return int(left / right)

        return parse()
