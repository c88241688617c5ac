# expect: WA
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Weaves the second half WITHOUT reversing it: front, middle, front+1, middle+1, ...
        if head is None or head.next is None:
            return
        slow, fast = head, head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        second, slow.next = slow.next, None
        first = head
        while second:
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
