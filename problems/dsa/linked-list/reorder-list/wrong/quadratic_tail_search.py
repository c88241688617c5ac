# expect: TLE
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # For every front node, walk to the current tail and detach it: O(n^2).
        curr = head
        while curr and curr.next and curr.next.next:
            before_tail = curr
            while before_tail.next.next:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = curr.next
            curr.next = tail
            curr = tail.next
