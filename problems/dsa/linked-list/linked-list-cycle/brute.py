class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Remember every node met (by identity): the first repeat proves a cycle.
        seen = set()
        node = head
        while node is not None:
            if id(node) in seen:
                return True
            seen.add(id(node))
            node = node.next
        return False
