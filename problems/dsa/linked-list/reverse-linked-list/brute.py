class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Copy the values out, then build a brand-new list from the back.
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        new_head = None
        for v in values:
            new_head = ListNode(v, new_head)
        return new_head
