class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Copy the values, drop one, and build a new list.
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        del values[len(values) - n]
        new_head = None
        for v in reversed(values):
            new_head = ListNode(v, new_head)
        return new_head
