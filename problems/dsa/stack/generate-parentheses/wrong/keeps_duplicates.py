# expect: WA
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Splits s = "(" + A + ")" + B correctly, but also adds B + "(" + A + ")", which lists some
        # strings twice.
        @cache
        def gen(k):
            if k == 0:
                return [""]
            out = []
            for i in range(k):
                for a in gen(i):
                    for b in gen(k - 1 - i):
                        out.append("(" + a + ")" + b)
                        if b:
                            out.append(b + "(" + a + ")")
            return out

        return gen(n)
