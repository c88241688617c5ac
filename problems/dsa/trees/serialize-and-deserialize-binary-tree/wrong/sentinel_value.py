# expect: WA
class Codec:
    # Marks a missing child with the number -1, assuming values are positive: a real node with
    # value -1 is read back as an empty subtree.

    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append(-1)
            else:
                out.append(node.val)
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(map(str, out))

    def deserialize(self, data):
        vals = iter(int(tok) for tok in data.split(","))

        def build():
            v = next(vals)
            if v == -1:
                return None
            node = TreeNode(v)
            node.left = build()
            node.right = build()
            return node

        return build()
