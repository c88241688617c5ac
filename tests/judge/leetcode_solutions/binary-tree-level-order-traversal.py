class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = defaultdict(list)

        def dfs(node: Optional[TreeNode], depth: int) -> None:
            if node:
                levels[depth].append(node.val)
                dfs(node.left, depth + 1)
                dfs(node.right, depth + 1)

        dfs(root, 0)
        return [levels[d] for d in range(len(levels))]
