# expect: WA
class Codec:
    # Escapes ';' as '\;' but forgets to escape the backslash itself: a string ending in '\'
    # swallows the terminator that follows it.
    def encode(self, strs: List[str]) -> str:
        return "".join(s.replace(";", "\\;") + ";" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, cur, i = [], [], 0
        while i < len(s):
            if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == ";":
                cur.append(";")
                i += 2
            elif s[i] == ";":
                out.append("".join(cur))
                cur = []
                i += 1
            else:
                cur.append(s[i])
                i += 1
        if cur:
            out.append("".join(cur))
        return out
