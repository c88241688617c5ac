class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Keep the whole root-to-node path and rescan it at every node.
        count = 0

        def walk(node, path):
            nonlocal count
            if not node:
                return
            if all(v <= node.val for v in path):
                count += 1
            path.append(node.val)
            walk(node.left, path)
            walk(node.right, path)
            path.pop()

        walk(root, [])
        return count
