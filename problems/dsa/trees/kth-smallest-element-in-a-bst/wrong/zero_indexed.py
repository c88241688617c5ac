# expect: WA
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Treats k as 0-indexed: returns the (k+1)-th smallest (or crashes when k = n).
        vals = []

        def inorder(node):
            if node:
                inorder(node.left)
                vals.append(node.val)
                inorder(node.right)

        inorder(root)
        return vals[k] if k < len(vals) else vals[-1]
