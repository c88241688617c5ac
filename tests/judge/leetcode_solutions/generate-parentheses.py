class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Iterative BFS over (prefix, open, close) states.
        queue = deque([("", 0, 0)])
        result = []
        while queue:
            s, o, c = queue.popleft()
            if len(s) == 2 * n:
                result.append(s)
                continue
            if o < n:
                queue.append((s + "(", o + 1, c))
            if c < o:
                queue.append((s + ")", o, c + 1))
        return result
