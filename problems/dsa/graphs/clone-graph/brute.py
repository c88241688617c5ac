class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        # 1) list every original node; 2) make one copy per value; 3) copy each adjacency list.
        originals, stack, seen = [], [node], {node.val}
        while stack:
            n = stack.pop()
            originals.append(n)
            for nb in n.neighbors:
                if nb.val not in seen:
                    seen.add(nb.val)
                    stack.append(nb)
        copy_of = {n.val: Node(n.val) for n in originals}
        for n in originals:
            copy_of[n.val].neighbors = [copy_of[nb.val] for nb in n.neighbors]
        return copy_of[node.val]
