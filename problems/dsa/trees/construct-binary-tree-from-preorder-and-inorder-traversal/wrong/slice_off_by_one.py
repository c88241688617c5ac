# expect: WA
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # The left subtree's pre-order slice is one element short (preorder[1:mid]).
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        if preorder[0] not in inorder:
            return root
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:mid], inorder[:mid])
        root.right = self.buildTree(preorder[mid:], inorder[mid + 1:])
        return root
