# expect: WA
class Codec:
    # Stores only the preorder values and rebuilds by inserting them into a binary search tree:
    # right only if the original happened to be a BST.

    def serialize(self, root):
        out, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            out.append(str(node.val))
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return " ".join(out)

    def deserialize(self, data):
        root = None
        for tok in data.split():
            new = TreeNode(int(tok))
            if root is None:
                root = new
                continue
            node = root
            while True:
                side = "left" if new.val < node.val else "right"
                if getattr(node, side) is None:
                    setattr(node, side, new)
                    break
                node = getattr(node, side)
        return root
