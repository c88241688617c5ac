class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Give every distinct subtree shape an integer id (structural interning).
        ids = {}

        def intern(node):
            if node is None:
                return 0
            key = (node.val, intern(node.left), intern(node.right))
            if key not in ids:
                ids[key] = len(ids) + 1
            return ids[key]

        seen = set()

        def collect(node):
            if node is None:
                return 0
            key = (node.val, collect(node.left), collect(node.right))
            if key not in ids:
                ids[key] = len(ids) + 1
            seen.add(ids[key])
            return ids[key]

        collect(root)
        return intern(subRoot) in seen
