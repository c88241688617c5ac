# expect: WA
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Non-strict comparisons: when the current node IS p (or q), it keeps descending past it.
        node = root
        while node:
            if p.val <= node.val and q.val <= node.val:
                node = node.left
            elif p.val >= node.val and q.val >= node.val:
                node = node.right
            else:
                return node
        return None
