# expect: WA
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Two separate assignments: the second line reads root.left AFTER it was replaced, so the
        # original left subtree is lost and the mirrored right one appears twice.
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
