# expect: RE
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        copies = {}

        def clone(n):
            if n in copies:
                return copies[n]
            copy = Node(n.val)
            for nb in n.neighbors:
                copy.neighbors.append(clone(nb))
            copies[n] = copy  # bug: registered too late; a cycle recurses forever
            return copy

        return clone(node) if node else None
