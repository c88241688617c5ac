# expect: WA
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Reverses the second half but forgets to cut it off the first half: the first half's
        # last node keeps pointing at the old middle, which corrupts the weave.
        if head is None or head.next is None:
            return
        slow, fast = head, head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        second = slow.next
        prev = None
        while second:
            nxt = second.next
            second.next = prev
            prev, second = second, nxt
        first, second = head, prev
        while second and second.next:
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
