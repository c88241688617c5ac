# expect: WA
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def backtrack(i: int) -> None:
            if i == len(s):
                res.append(path)  # bug: no copy; every entry ends up as the same empty list
                return
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    path.append(piece)
                    backtrack(j)
                    path.pop()

        backtrack(0)
        return res
