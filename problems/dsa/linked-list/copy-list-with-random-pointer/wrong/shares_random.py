# expect: WA
class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # New nodes along next, but random is copied as-is: it still points into the ORIGINAL list.
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val, None, node.random)
            tail = tail.next
            node = node.next
        return dummy.next
