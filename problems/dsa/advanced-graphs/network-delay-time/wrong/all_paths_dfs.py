# expect: TLE
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        best = [float("inf")] * (n + 1)
        on_path = [False] * (n + 1)

        def dfs(u: int, t: int) -> None:
            # Tries every simple path from k: correct, but the number of paths is exponential.
            best[u] = min(best[u], t)
            on_path[u] = True
            for v, w in graph[u]:
                if not on_path[v]:
                    dfs(v, t + w)
            on_path[u] = False

        dfs(k, 0)
        worst = max(best[1:])
        return -1 if worst == float("inf") else worst
