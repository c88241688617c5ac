class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Give every node its (depth, horizontal position); keep the largest position per depth.
        best = {}

        def walk(node, depth, pos):
            if node:
                if depth not in best or pos > best[depth][0]:
                    best[depth] = (pos, node.val)
                walk(node.left, depth + 1, 2 * pos)
                walk(node.right, depth + 1, 2 * pos + 1)

        walk(root, 0, 0)
        return [best[d][1] for d in range(len(best))]
