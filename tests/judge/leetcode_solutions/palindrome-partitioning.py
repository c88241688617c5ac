class Solution:
    def partition(self, s: str) -> List[List[str]]:
        # Memoised: all partitions of the suffix starting at i.
        @cache
        def parts(i: int) -> tuple:
            if i == len(s):
                return ((),)
            out = []
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    out.extend((piece,) + rest for rest in parts(j))
            return tuple(out)

        return [list(p) for p in parts(0)]
