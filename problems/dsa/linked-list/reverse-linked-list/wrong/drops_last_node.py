# expect: WA
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Stops one node early (`while curr.next`), so the old tail is never re-linked.
        if head is None:
            return None
        prev, curr = None, head
        while curr.next:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev if prev else curr
