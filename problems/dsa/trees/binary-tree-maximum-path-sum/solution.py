class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Iterative post-order; gain[node] = best downward path sum starting at node.
        best = -inf
        gain = {None: 0}
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                left = max(gain[node.left], 0)
                right = max(gain[node.right], 0)
                best = max(best, node.val + left + right)
                gain[node] = node.val + max(left, right)
            else:
                stack.append((node, True))
                if node.left:
                    stack.append((node.left, False))
                if node.right:
                    stack.append((node.right, False))
        return best
