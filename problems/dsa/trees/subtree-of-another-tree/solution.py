class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Pre-order serialization with null markers and a separator before every token:
        # subRoot is a subtree of root iff its string is a substring of root's string.
        def serialize(node: Optional[TreeNode]) -> str:
            parts, stack = [], [node]
            while stack:
                cur = stack.pop()
                if cur is None:
                    parts.append(",#")
                else:
                    parts.append("," + str(cur.val))
                    stack.append(cur.right)
                    stack.append(cur.left)
            return "".join(parts)

        return serialize(subRoot) in serialize(root)
