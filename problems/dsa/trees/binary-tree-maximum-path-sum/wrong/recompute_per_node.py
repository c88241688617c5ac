# expect: TLE
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Correct, but recomputes the downward gains under every node: O(n * h).
        def down(node):
            if node is None:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best, stack = float("-inf"), [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
            stack += [c for c in (node.left, node.right) if c]
        return best
