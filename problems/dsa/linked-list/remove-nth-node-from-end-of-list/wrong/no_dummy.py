# expect: WA
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Two pointers without a dummy node: when the head itself must go (n == length), the
        # leader already is None and the code deletes the second node instead.
        lead = trail = head
        for _ in range(n):
            lead = lead.next
        if lead is None:
            if head.next is None:
                return None
            head.next = head.next.next
            return head
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
