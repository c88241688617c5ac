class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Recursive, with the swap done in one tuple assignment.
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
