class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        lo, hi = min(p.val, q.val), max(p.val, q.val)
        node = root
        while True:
            if hi < node.val:    # both in the left subtree
                node = node.left
            elif lo > node.val:  # both in the right subtree
                node = node.right
            else:                # they split here, or node is p or q
                return node
