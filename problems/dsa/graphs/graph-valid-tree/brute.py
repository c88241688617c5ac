class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # A tree: connected, and removing any single edge disconnects it.
        def connected(es):
            label = list(range(n))
            changed = True
            while changed:
                changed = False
                for a, b in es:
                    low = min(label[a], label[b])
                    if label[a] != low or label[b] != low:
                        label[a] = label[b] = low
                        changed = True
            return len(set(label)) == 1

        if not connected(edges):
            return False
        return all(not connected(edges[:i] + edges[i + 1:]) for i in range(len(edges)))
