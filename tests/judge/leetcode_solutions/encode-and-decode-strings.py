class Codec:
    # Fixed-width header: every string is preceded by its length as 4 hex digits.
    def encode(self, strs: List[str]) -> str:
        parts = []
        for s in strs:
            parts.append("%04x" % len(s))
            parts.append(s)
        return "".join(parts)

    def decode(self, s: str) -> List[str]:
        out = []
        i = 0
        while i < len(s):
            n = int(s[i:i + 4], 16)
            out.append(s[i + 4:i + 4 + n])
            i += 4 + n
        return out
