# expect: WA
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Not a copy at all: hands back the input graph itself.
        return node
