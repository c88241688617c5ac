# expect: TLE
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Correct, but recomputes each subtree height from scratch at every node: O(n^2) on a chain.
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        if not root:
            return 0
        through = height(root.left) + height(root.right)
        return max(through, self.diameterOfBinaryTree(root.left),
                   self.diameterOfBinaryTree(root.right))
