class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Collect the nodes in an array, then relink them front/back/front/back.
        nodes = []
        node = head
        while node:
            nodes.append(node)
            node = node.next
        i, j = 0, len(nodes) - 1
        order = []
        while i <= j:
            order.append(nodes[i])
            if i != j:
                order.append(nodes[j])
            i += 1
            j -= 1
        for a, b in zip(order, order[1:]):
            a.next = b
        if order:
            order[-1].next = None
