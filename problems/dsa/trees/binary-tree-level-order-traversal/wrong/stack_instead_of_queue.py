# expect: WA
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Uses a stack and pops "len(stack)" nodes per level: levels get mixed up.
        result, stack = [], [root] if root else []
        while stack:
            level = []
            for _ in range(len(stack)):
                node = stack.pop()
                level.append(node.val)
                if node.left:
                    stack.append(node.left)
                if node.right:
                    stack.append(node.right)
            result.append(level)
        return result
