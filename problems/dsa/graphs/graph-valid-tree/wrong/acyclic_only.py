# expect: WA
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Checks for cycles with Union-Find but forgets that a forest is not a tree.
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
        return True
