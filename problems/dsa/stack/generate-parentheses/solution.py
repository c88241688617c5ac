class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []
        chars = []

        def build(open_count, close_count):
            if len(chars) == 2 * n:
                result.append("".join(chars))
                return
            if open_count < n:
                chars.append("(")
                build(open_count + 1, close_count)
                chars.pop()
            if close_count < open_count:
                chars.append(")")
                build(open_count, close_count + 1)
                chars.pop()

        build(0, 0)
        return result
