# expect: WA
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Compares each node with its parent only, not with every ancestor.
        def walk(node, parent_val):
            if not node:
                return 0
            good = 1 if node.val >= parent_val else 0
            return good + walk(node.left, node.val) + walk(node.right, node.val)

        return walk(root, root.val)
