class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Serialize both trees in pre-order with explicit markers for empty children and compare.
        def ser(node, out):
            if node is None:
                out.append("#")
                return out
            out.append(str(node.val))
            ser(node.left, out)
            ser(node.right, out)
            return out

        return ser(p, []) == ser(q, [])
