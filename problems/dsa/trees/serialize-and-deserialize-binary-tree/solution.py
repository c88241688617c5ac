# Definition for a binary tree node.
# class TreeNode(object):
#     def __init__(self, x):
#         self.val = x
#         self.left = None
#         self.right = None

class Codec:
    # Level order with '#' for every missing child: "1,2,#,3,..." (no recursion, any depth).

    def serialize(self, root):
        """Encodes a tree to a single string.

        :type root: TreeNode
        :rtype: str
        """
        out, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data):
        """Decodes your encoded data to tree.

        :type data: str
        :rtype: TreeNode
        """
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        waiting = deque([root])  # nodes whose two children come next, in order
        i = 1
        while waiting:
            node = waiting.popleft()
            left, right = tokens[i], tokens[i + 1]
            i += 2
            if left != "#":
                node.left = TreeNode(int(left))
                waiting.append(node.left)
            if right != "#":
                node.right = TreeNode(int(right))
                waiting.append(node.right)
        return root

# Your Codec object will be instantiated and called as such:
# ser = Codec()
# deser = Codec()
# ans = deser.deserialize(ser.serialize(root))
