# expect: RE
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Reads head.next before checking head: an empty list raises AttributeError.
        slow = fast = head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
