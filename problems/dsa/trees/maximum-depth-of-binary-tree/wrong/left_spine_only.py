# expect: WA
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Follows left children only, as if the tree were complete.
        depth = 0
        while root:
            depth += 1
            root = root.left
        return depth
