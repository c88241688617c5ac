# expect: WA
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Enqueues the right child before the left one: each level comes out reversed.
        result, level = [], [root] if root else []
        while level:
            result.append([n.val for n in level])
            level = [c for n in level for c in (n.right, n.left) if c]
        return result
