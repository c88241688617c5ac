class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        self.best = 0

        def depth(node: Optional[TreeNode]) -> int:
            if not node:
                return 0
            left, right = depth(node.left), depth(node.right)
            self.best = max(self.best, left + right)
            return 1 + max(left, right)

        depth(root)
        return self.best
