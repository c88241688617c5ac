class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Iterative: a stack holds the current path of nodes still waiting for a right child.
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0  # next in-order position to be matched
        for val in preorder[1:]:
            node = TreeNode(val)
            parent = None
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            if parent is None:
                stack[-1].left = node
            else:
                parent.right = node
            stack.append(node)
        return root
