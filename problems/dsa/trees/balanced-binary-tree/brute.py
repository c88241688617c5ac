class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Straight from the definition: heights recomputed at every node.
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        if root is None:
            return True
        return (abs(height(root.left) - height(root.right)) <= 1
                and self.isBalanced(root.left) and self.isBalanced(root.right))
