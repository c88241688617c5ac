# expect: WA
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Swaps the root's children but not the children of anything below.
        if root:
            root.left, root.right = root.right, root.left
        return root
