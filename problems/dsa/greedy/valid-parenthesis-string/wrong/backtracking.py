# expect: TLE
class Solution:
    def checkValidString(self, s: str) -> bool:
        # Tries every reading of every star, with no memo: correct, but 3^stars branches when the
        # open count never goes negative (e.g. many '(' followed by many '*').
        def go(i, depth):
            if depth < 0:
                return False
            if i == len(s):
                return depth == 0
            if s[i] == "(":
                return go(i + 1, depth + 1)
            if s[i] == ")":
                return go(i + 1, depth - 1)
            return go(i + 1, depth + 1) or go(i + 1, depth) or go(i + 1, depth - 1)

        return go(0, 0)
