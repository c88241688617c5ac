class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Turn the tree into an undirected graph and BFS from every node: the longest shortest path.
        adj = {}
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            adj.setdefault(node, [])
            for c in (node.left, node.right):
                if c:
                    adj[node].append(c)
                    adj.setdefault(c, []).append(node)
                    stack.append(c)
        best = 0
        for start in adj:
            dist = {start: 0}
            queue = deque([start])
            while queue:
                u = queue.popleft()
                for v in adj[u]:
                    if v not in dist:
                        dist[v] = dist[u] + 1
                        queue.append(v)
            best = max(best, max(dist.values()))
        return best
