# expect: WA
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Forgets to compare the values once both nodes exist: checks shape only.
        if p is None or q is None:
            return p is q
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
