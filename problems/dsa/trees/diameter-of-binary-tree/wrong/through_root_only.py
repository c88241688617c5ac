# expect: WA
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Assumes the longest path passes through the root.
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        return height(root.left) + height(root.right) if root else 0
