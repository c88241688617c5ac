# expect: WA
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        seen = set()

        def clone(n):
            copy = Node(n.val)
            seen.add(n.val)
            for nb in n.neighbors:
                # bug: an already-visited neighbour is skipped instead of being linked to its
                # copy, so only the edges of the DFS tree survive (and only one way)
                if nb.val not in seen:
                    copy.neighbors.append(clone(nb))
            return copy

        return clone(node)
