class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Iterative post-order computing every height once.
        height = {None: 0}
        stack = [(root, False)] if root else []
        while stack:
            node, done = stack.pop()
            if done:
                lh, rh = height[node.left], height[node.right]
                if abs(lh - rh) > 1:
                    return False
                height[node] = 1 + max(lh, rh)
            else:
                stack.append((node, True))
                if node.left:
                    stack.append((node.left, False))
                if node.right:
                    stack.append((node.right, False))
        return True
