class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Label every node with (depth, horizontal position) and sort.
        labelled = []

        def walk(node, depth, pos):
            if node:
                labelled.append((depth, pos, node.val))
                walk(node.left, depth + 1, 2 * pos)
                walk(node.right, depth + 1, 2 * pos + 1)

        walk(root, 0, 0)
        labelled.sort()
        result = []
        for depth, _, val in labelled:
            if depth == len(result):
                result.append([])
            result[depth].append(val)
        return result
