# expect: WA
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Recursive reversal that forgets `head.next = None`: the old head and its successor end up
        # pointing at each other (a two-node cycle).
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        return new_head
