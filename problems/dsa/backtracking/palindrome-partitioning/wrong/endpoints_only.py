# expect: WA
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def backtrack(i: int) -> None:
            if i == len(s):
                res.append(path[:])
                return
            for j in range(i + 1, len(s) + 1):
                if s[i] == s[j - 1]:  # bug: only compares the two end letters ("abca" passes)
                    path.append(s[i:j])
                    backtrack(j)
                    path.pop()

        backtrack(0)
        return res
