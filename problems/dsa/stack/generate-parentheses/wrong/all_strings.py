# expect: TLE
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Generates all 2^(2n) bracket strings, then validates each one with a stack: exponential
        # work, most of it on strings that were hopeless after a few characters.
        def valid(s):
            stack = []
            for c in s:
                if c == "(":
                    stack.append(c)
                elif stack:
                    stack.pop()
                else:
                    return False
            return not stack

        result = []

        def every(prefix):
            if len(prefix) == 2 * n:
                if valid(prefix):
                    result.append(prefix)
                return
            every(prefix + "(")
            every(prefix + ")")

        every("")
        return result
