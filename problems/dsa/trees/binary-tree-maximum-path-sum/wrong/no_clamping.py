# expect: WA
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Always adds both children's gains, even negative ones (missing children count as 0).
        best = float("-inf")

        def gain(node):
            nonlocal best
            if not node:
                return 0
            left, right = gain(node.left), gain(node.right)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
