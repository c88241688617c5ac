# expect: WA
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Confuses the task with the zigzag traversal: every other level is reversed.
        result, level = [], [root] if root else []
        while level:
            vals = [n.val for n in level]
            result.append(vals if len(result) % 2 == 0 else vals[::-1])
            level = [c for n in level for c in (n.left, n.right) if c]
        return result
