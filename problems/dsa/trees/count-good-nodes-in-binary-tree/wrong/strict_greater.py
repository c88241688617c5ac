# expect: WA
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Uses > instead of >=: a node equal to the path maximum is wrongly rejected.
        def walk(node, best):
            if not node:
                return 0
            good = 1 if node.val > best else 0
            best = max(best, node.val)
            return good + walk(node.left, best) + walk(node.right, best)

        return 1 + walk(root.left, root.val) + walk(root.right, root.val)
