# expect: WA
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Counts edges instead of nodes on the longest path: off by one for every non-empty tree.
        if root is None:
            return 0
        best = 0
        level = [root]
        while True:
            level = [c for node in level for c in (node.left, node.right) if c]
            if not level:
                return best
            best += 1
