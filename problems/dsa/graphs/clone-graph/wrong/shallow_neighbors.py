# expect: WA
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        # Bug: a new first node, but its neighbour list still holds the ORIGINAL nodes.
        return Node(node.val, list(node.neighbors))
