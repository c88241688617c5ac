class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Copy the values, reverse every full block of k in an array, rebuild the list.
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        full = len(values) - len(values) % k
        for start in range(0, full, k):
            values[start:start + k] = values[start:start + k][::-1]
        new_head = None
        for v in reversed(values):
            new_head = ListNode(v, new_head)
        return new_head
