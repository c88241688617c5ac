# expect: TLE
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Copies the root-to-node path into every stack entry and rescans it: O(n * h).
        count = 0
        stack = [(root, [])]
        while stack:
            node, path = stack.pop()
            if all(v <= node.val for v in path):
                count += 1
            path = path + [node.val]
            if node.left:
                stack.append((node.left, path))
            if node.right:
                stack.append((node.right, path))
        return count
