# expect: WA
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # After reversing a block, moves group_prev to kth (the block's NEW first node) instead
        # of the old first node, which is now the block's last: the next block starts too early.
        dummy = ListNode(0, head)
        group_prev = dummy
        while True:
            kth = group_prev
            for _ in range(k):
                kth = kth.next
                if kth is None:
                    return dummy.next
            group_next = kth.next
            prev, curr = group_next, group_prev.next
            while curr is not group_next:
                nxt = curr.next
                curr.next = prev
                prev, curr = curr, nxt
            group_prev.next = kth
            group_prev = kth
