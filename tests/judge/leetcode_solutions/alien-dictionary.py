import sys


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # DFS post-order topological sort with three colours.
        sys.setrecursionlimit(10000)
        graph = {ch: set() for w in words for ch in w}
        for a, b in zip(words, words[1:]):
            k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), None)
            if k is None:
                if len(a) > len(b):
                    return ""
            else:
                graph[a[k]].add(b[k])
        colour = {}
        out = []

        def dfs(ch: str) -> bool:
            colour[ch] = 1
            for nxt in graph[ch]:
                if colour.get(nxt) == 1 or (nxt not in colour and not dfs(nxt)):
                    return False
            colour[ch] = 2
            out.append(ch)
            return True

        for ch in graph:
            if ch not in colour and not dfs(ch):
                return ""
        return "".join(reversed(out))
