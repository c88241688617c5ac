# expect: WA
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Level-order walk that stops at the first leaf: that is the MINIMUM depth.
        if root is None:
            return 0
        level, depth = [root], 1
        while level:
            if any(node.left is None and node.right is None for node in level):
                return depth
            level = [c for node in level for c in (node.left, node.right) if c]
            depth += 1
        return depth
