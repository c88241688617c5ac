# expect: TLE
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Ignores the BST order: at every step searches a whole subtree for p and q, which is
        # O(n * h), quadratic on a path-shaped tree.
        def contains(node, target):
            stack = [node] if node else []
            while stack:
                cur = stack.pop()
                if cur is target:
                    return True
                if cur.left:
                    stack.append(cur.left)
                if cur.right:
                    stack.append(cur.right)
            return False

        node = root
        while True:
            if contains(node.left, p) and contains(node.left, q):
                node = node.left
            elif contains(node.right, p) and contains(node.right, q):
                node = node.right
            else:
                return node
