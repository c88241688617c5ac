class Codec:
    # Recursive preorder with 'N' for empty children, read back through an iterator.

    def serialize(self, root):
        parts = []

        def walk(node):
            if node is None:
                parts.append("N")
                return
            parts.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return " ".join(parts)

    def deserialize(self, data):
        tokens = iter(data.split())

        def build():
            tok = next(tokens)
            if tok == "N":
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()
