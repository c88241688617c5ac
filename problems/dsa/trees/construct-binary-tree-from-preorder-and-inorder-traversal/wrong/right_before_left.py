# expect: WA
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Consumes pre-order with a pointer but builds the RIGHT subtree first, so the values
        # meant for the left subtree end up on the right.
        where = {v: i for i, v in enumerate(inorder)}
        pos = 0

        def build(lo, hi):
            nonlocal pos
            if lo > hi or pos >= len(preorder):
                return None
            val = preorder[pos]
            pos += 1
            node = TreeNode(val)
            mid = where[val]
            node.right = build(mid + 1, hi)
            node.left = build(lo, mid - 1)
            return node

        return build(0, len(inorder) - 1)
