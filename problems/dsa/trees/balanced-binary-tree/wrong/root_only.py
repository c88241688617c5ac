# expect: WA
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Compares the two subtree heights at the root only.
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        return root is None or abs(height(root.left) - height(root.right)) <= 1
