# expect: WA
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Reverses the links correctly but returns the old head, which is now the tail.
        prev, curr = None, head
        while curr:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return head
