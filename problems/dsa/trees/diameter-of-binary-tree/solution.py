class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Iterative post-order: height[node] = number of nodes on the longest downward path.
        best = 0
        height = {None: 0}
        stack = [(root, False)] if root else []
        while stack:
            node, done = stack.pop()
            if done:
                lh, rh = height[node.left], height[node.right]
                best = max(best, lh + rh)
                height[node] = 1 + max(lh, rh)
            else:
                stack.append((node, True))
                if node.left:
                    stack.append((node.left, False))
                if node.right:
                    stack.append((node.right, False))
        return best
