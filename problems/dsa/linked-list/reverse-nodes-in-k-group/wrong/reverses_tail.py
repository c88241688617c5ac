# expect: WA
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Also reverses the final block when it has fewer than k nodes.
        dummy = ListNode(0, head)
        group_prev = dummy
        while group_prev.next:
            first = group_prev.next
            prev, curr, count = None, first, 0
            while curr and count < k:
                nxt = curr.next
                curr.next = prev
                prev, curr = curr, nxt
                count += 1
            group_prev.next = prev
            first.next = curr
            group_prev = first
        return dummy.next
