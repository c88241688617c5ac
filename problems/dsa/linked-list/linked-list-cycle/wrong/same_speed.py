# expect: TLE
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Typo: the "fast" pointer moves one step like the slow one, so inside a cycle it stays
        # exactly one node ahead and the two never meet.
        if head is None:
            return False
        slow, fast = head, head.next
        while fast and fast.next:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next
        return False
