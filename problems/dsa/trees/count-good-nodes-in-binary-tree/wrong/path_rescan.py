# expect: TLE
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Rescans the whole root-to-node path at every node instead of carrying the running
        # maximum down: O(n * h) time, quadratic on a deep tree (and only O(h) memory, so it
        # runs out of time, not memory).
        count = 0
        path = []
        stack = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                path.pop()
                continue
            if all(v <= node.val for v in path):
                count += 1
            path.append(node.val)
            stack.append((node, True))
            if node.right:
                stack.append((node.right, False))
            if node.left:
                stack.append((node.left, False))
        return count
