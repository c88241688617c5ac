# expect: WA
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Measures the path in nodes instead of edges (off by one).
        best = 0

        def height(node):
            nonlocal best
            if not node:
                return 0
            lh, rh = height(node.left), height(node.right)
            best = max(best, lh + rh + 1)
            return 1 + max(lh, rh)

        height(root)
        return best
