class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Straight from the definition: every node of the left subtree smaller, every node of the
        # right subtree larger, and both subtrees valid.
        def values(node):
            return values(node.left) + [node.val] + values(node.right) if node else []

        if root is None:
            return True
        return (all(v < root.val for v in values(root.left))
                and all(v > root.val for v in values(root.right))
                and self.isValidBST(root.left) and self.isValidBST(root.right))
