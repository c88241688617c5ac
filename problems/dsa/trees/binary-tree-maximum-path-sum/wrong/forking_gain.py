# expect: WA
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Passes the two-branch sum up to the parent: the "path" forks, so it is not a path.
        best = float("-inf")

        def gain(node):
            nonlocal best
            if not node:
                return 0
            here = node.val + max(gain(node.left), 0) + max(gain(node.right), 0)
            best = max(best, here)
            return here

        gain(root)
        return best
