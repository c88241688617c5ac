# expect: WA
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Walks right-node-left: the k-th LARGEST value.
        stack, node = [], root
        while True:
            while node:
                stack.append(node)
                node = node.right
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.left
