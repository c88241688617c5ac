class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Collect every value, sort, index.
        vals, stack = [], [root]
        while stack:
            node = stack.pop()
            if node:
                vals.append(node.val)
                stack += [node.left, node.right]
        return sorted(vals)[k - 1]
