class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Every string of 2n brackets, kept if its running balance never dips below zero and ends at 0.
        result = []
        for chars in itertools.product("()", repeat=2 * n):
            balance = 0
            for c in chars:
                balance += 1 if c == "(" else -1
                if balance < 0:
                    break
            if balance == 0:
                result.append("".join(chars))
        return result
