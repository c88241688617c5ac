# expect: WA
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Serializes with a separator AFTER each value only, so "2," also matches inside "12,".
        def ser(node):
            if node is None:
                return "#,"
            return str(node.val) + "," + ser(node.left) + ser(node.right)

        return ser(subRoot) in ser(root)
