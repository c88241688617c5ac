class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Recursive: count positions on the way back up from the tail.
        def walk(node):
            if node is None:
                return None, 0
            rest, k = walk(node.next)
            k += 1
            if k == n:
                return rest, k
            node.next = rest
            return node, k
        return walk(head)[0]
