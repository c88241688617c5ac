# expect: WA
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Remembers VALUES instead of nodes: two different nodes with equal values look like a
        # cycle.
        seen = set()
        while head:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False
