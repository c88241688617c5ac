class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        # 1. middle: slow ends on the last node of the first half
        slow, fast = head, head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        # 2. cut and reverse the second half
        second, slow.next = slow.next, None
        prev = None
        while second:
            nxt = second.next
            second.next = prev
            prev, second = second, nxt
        # 3. weave the two halves
        first, second = head, prev
        while second:
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
