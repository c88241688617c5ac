# expect: WA
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # DFS that reports a cycle whenever it reaches ANY already-visited node, so a diamond
        # (two paths to the same course) is wrongly treated as a cycle.
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[b].append(a)
        visited = set()

        def dfs(u):
            if u in visited:
                return False
            visited.add(u)
            return all(dfs(v) for v in graph[u])

        for c in range(numCourses):
            if c not in visited and not dfs(c):
                return False
        return True
