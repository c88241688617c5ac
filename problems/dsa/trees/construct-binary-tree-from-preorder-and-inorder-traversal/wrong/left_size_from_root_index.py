# expect: WA
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Uses the root's ABSOLUTE in-order index as the left-subtree size inside sub-ranges.
        where = {v: i for i, v in enumerate(inorder)}

        def build(p, lo, hi):
            if lo > hi or p >= len(preorder):
                return None
            node = TreeNode(preorder[p])
            mid = where[preorder[p]]
            left_size = mid  # should be mid - lo
            node.left = build(p + 1, lo, mid - 1)
            node.right = build(p + 1 + left_size, mid + 1, hi)
            return node

        return build(0, 0, len(inorder) - 1)
