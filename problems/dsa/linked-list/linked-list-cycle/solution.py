class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Floyd: in a cycle the fast pointer gains one node per step and must land on slow.
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
