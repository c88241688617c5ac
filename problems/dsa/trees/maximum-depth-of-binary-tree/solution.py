class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Iterative DFS with an explicit stack: no recursion limit to worry about on a long chain.
        best = 0
        stack = [(root, 1)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth > best:
                best = depth
            if node.right:
                stack.append((node.right, depth + 1))
            if node.left:
                stack.append((node.left, depth + 1))
        return best
