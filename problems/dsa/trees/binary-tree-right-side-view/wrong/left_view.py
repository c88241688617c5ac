# expect: WA
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Records the FIRST node of each level in left-to-right order: the left side view.
        view, level = [], [root] if root else []
        while level:
            view.append(level[0].val)
            level = [c for n in level for c in (n.left, n.right) if c]
        return view
