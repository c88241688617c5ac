class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        dq = deque()
        node = head
        while node:
            dq.append(node)
            node = node.next
        tail = None
        front = True
        while dq:
            cur = dq.popleft() if front else dq.pop()
            front = not front
            if tail:
                tail.next = cur
            tail = cur
        if tail:
            tail.next = None
