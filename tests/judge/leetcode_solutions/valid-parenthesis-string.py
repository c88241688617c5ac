class Solution:
    def checkValidString(self, s: str) -> bool:
        n = len(s)

        @lru_cache(None)
        def dfs(i, open_count):
            if open_count < 0:
                return False
            if i == n:
                return open_count == 0
            if s[i] == '(':
                return dfs(i + 1, open_count + 1)
            if s[i] == ')':
                return dfs(i + 1, open_count - 1)
            return dfs(i + 1, open_count + 1) or dfs(i + 1, open_count) or dfs(i + 1, open_count - 1)

        return dfs(0, 0)
