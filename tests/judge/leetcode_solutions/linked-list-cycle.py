class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Hash set of visited nodes (nodes hash by identity).
        visited = set()
        while head:
            if head in visited:
                return True
            visited.add(head)
            head = head.next
        return False
