# expect: WA
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Compares subtree SIZES instead of heights.
        ok = True

        def size(node):
            nonlocal ok
            if not node:
                return 0
            a, b = size(node.left), size(node.right)
            if abs(a - b) > 1:
                ok = False
            return a + b + 1

        size(root)
        return ok
