# expect: WA
class Codec:
    # A separator that "nobody would use": breaks on strings containing it, and on [] vs [""].
    def encode(self, strs: List[str]) -> str:
        return "|".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split("|")
