# expect: WA
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Walks down right children only: misses levels reachable only through a left subtree.
        view = []
        while root:
            view.append(root.val)
            root = root.right
        return view
