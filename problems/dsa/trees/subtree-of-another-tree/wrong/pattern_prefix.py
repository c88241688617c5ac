# expect: WA
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Accepts a node whose subtree merely STARTS like subRoot: extra descendants are ignored.
        def covers(a, b):
            if b is None:
                return True
            return a is not None and a.val == b.val and covers(a.left, b.left) \
                and covers(a.right, b.right)

        if root is None:
            return subRoot is None
        return covers(root, subRoot) or self.isSubtree(root.left, subRoot) \
            or self.isSubtree(root.right, subRoot)
