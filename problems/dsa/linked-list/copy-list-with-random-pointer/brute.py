class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Index every node by its position, find each random's position by walking from the head
        # (O(n^2)), then rebuild the copy from positions alone.
        originals = []
        node = head
        while node:
            originals.append(node)
            node = node.next
        copies = [Node(n.val) for n in originals]
        for i in range(len(copies) - 1):
            copies[i].next = copies[i + 1]
        for i, n in enumerate(originals):
            if n.random is not None:
                j, walker = 0, head
                while walker is not n.random:
                    walker = walker.next
                    j += 1
                copies[i].random = copies[j]
        return copies[0] if copies else None
