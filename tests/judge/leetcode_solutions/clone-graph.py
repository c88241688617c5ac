class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        copies = {}

        def clone(n: 'Node') -> 'Node':
            if n in copies:
                return copies[n]
            copy = Node(n.val)
            copies[n] = copy  # register before recursing: cycles find it
            copy.neighbors = [clone(nb) for nb in n.neighbors]
            return copy

        return clone(node) if node else None
