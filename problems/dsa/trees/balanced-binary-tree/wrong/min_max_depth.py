# expect: WA
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # A stricter (wrong) definition: all empty spots within one level of each other.
        def lo(node):
            return 1 + min(lo(node.left), lo(node.right)) if node else 0

        def hi(node):
            return 1 + max(hi(node.left), hi(node.right)) if node else 0

        return hi(root) - lo(root) <= 1
