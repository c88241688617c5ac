class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        def dfs(node: Optional[TreeNode], best: int) -> int:
            if not node:
                return 0
            good = node.val >= best
            best = max(best, node.val)
            return good + dfs(node.left, best) + dfs(node.right, best)

        return dfs(root, root.val)
