# expect: WA
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Compares the level-order values but skips empty children, so [1,2] equals [1,null,2].
        def bfs(root):
            out, level = [], [root] if root else []
            while level:
                out.extend(n.val for n in level)
                level = [c for n in level for c in (n.left, n.right) if c]
            return out

        return bfs(p) == bfs(q)
