class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        # pal[i][j]: s[i..j] (inclusive) is a palindrome
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        res, path = [], []

        def backtrack(i: int) -> None:
            if i == n:
                res.append(path[:])
                return
            for j in range(i, n):
                if pal[i][j]:
                    path.append(s[i:j + 1])
                    backtrack(j + 1)
                    path.pop()

        backtrack(0)
        return res
