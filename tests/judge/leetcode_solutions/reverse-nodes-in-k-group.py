class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Recursive: reverse the first block, then let recursion handle the rest.
        node, count = head, 0
        while node and count < k:
            node = node.next
            count += 1
        if count < k:
            return head
        rest = self.reverseKGroup(node, k)
        prev, curr = rest, head
        for _ in range(k):
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev
