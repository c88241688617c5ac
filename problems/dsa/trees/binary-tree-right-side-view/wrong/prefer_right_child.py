# expect: WA
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Greedy descent: right child if there is one, else the left child. A deeper level on
        # the other side of the tree is never seen.
        view = []
        while root:
            view.append(root.val)
            root = root.right or root.left
        return view
