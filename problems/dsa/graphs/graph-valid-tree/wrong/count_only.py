# expect: WA
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Only checks the edge count; n - 1 edges can still hide a cycle plus a lone node.
        return len(edges) == n - 1
