class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        count, answer = 0, None

        def inorder(node: Optional[TreeNode]) -> None:
            nonlocal count, answer
            if node is None or answer is not None:
                return
            inorder(node.left)
            count += 1
            if count == k:
                answer = node.val
                return
            inorder(node.right)

        inorder(root)
        return answer
