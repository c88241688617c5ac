# expect: WA
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Moves the leader only n steps ahead and then runs it off the end: the trailer stops ON the
        # n-th node from the end instead of just before it, so the wrong node is removed.
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(n):
            lead = lead.next
        while lead:
            lead = lead.next
            trail = trail.next
        if trail.next:
            trail.next = trail.next.next
        return dummy.next
