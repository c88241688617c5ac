# expect: WA
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Builds level n from level n - 1 by wrapping "(s)" or adding "()" on either side. That misses
        # strings such as "(())(())" that are two bigger groups side by side.
        level = {""}
        for _ in range(n):
            level = {"(" + s + ")" for s in level} | {"()" + s for s in level} | {s + "()" for s in level}
        return list(level)
