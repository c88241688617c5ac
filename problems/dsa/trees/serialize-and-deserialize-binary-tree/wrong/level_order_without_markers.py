# expect: WA
class Codec:
    # Level order of the present nodes only, rebuilt as if the tree were complete: every tree
    # with a gap comes back with a different shape.

    def serialize(self, root):
        out, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            out.append(str(node.val))
            for child in (node.left, node.right):
                if child:
                    queue.append(child)
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        nodes = [TreeNode(int(tok)) for tok in data.split(",")]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
