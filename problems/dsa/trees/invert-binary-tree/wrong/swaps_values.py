# expect: WA
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Reverses the VALUES of every level but keeps the shape: right only for complete trees.
        level = [root] if root else []
        while level:
            vals = [node.val for node in level]
            for node, v in zip(level, reversed(vals)):
                node.val = v
            level = [c for node in level for c in (node.left, node.right) if c]
        return root
