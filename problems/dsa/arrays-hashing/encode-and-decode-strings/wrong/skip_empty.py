# expect: WA
class Codec:
    # Escapes the separator correctly, but drops empty strings when decoding.
    def encode(self, strs: List[str]) -> str:
        return "".join(s.replace("/", "//").replace(";", "/;") + ";" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, cur, i = [], [], 0
        while i < len(s):
            ch = s[i]
            if ch == "/":
                cur.append(s[i + 1])
                i += 2
                continue
            if ch == ";":
                if cur:
                    out.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
            i += 1
        return out
