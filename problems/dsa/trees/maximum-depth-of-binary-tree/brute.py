class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # The definition, written directly.
        if root is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
