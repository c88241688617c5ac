class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Label propagation over the edge list until stable; count distinct labels.
        label = list(range(n))
        changed = True
        while changed:
            changed = False
            for a, b in edges:
                low = min(label[a], label[b])
                if label[a] != low or label[b] != low:
                    label[a] = label[b] = low
                    changed = True
        return len(set(label))
