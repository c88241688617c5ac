# expect: WA
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Pre-order values without markers for missing children: shape information is lost.
        def ser(node):
            return "," + str(node.val) + ser(node.left) + ser(node.right) if node else ""

        return ser(subRoot) in ser(root)
