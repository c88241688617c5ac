class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # For every node as the turning point, recompute the best downward branches from scratch.
        def down(node):
            if node is None:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best, stack = None, [root]
        while stack:
            node = stack.pop()
            here = node.val + max(0, down(node.left)) + max(0, down(node.right))
            best = here if best is None else max(best, here)
            stack += [c for c in (node.left, node.right) if c]
        return best
