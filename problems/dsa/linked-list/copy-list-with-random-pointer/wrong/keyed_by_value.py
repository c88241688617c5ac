# expect: WA
class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Finds the copy of node.random through a value -> copy dictionary: when values repeat,
        # every random link to any of the equal values lands on the same (last) copy.
        dummy = tail = Node(0)
        by_value = {}
        node = head
        while node:
            tail.next = Node(node.val)
            tail = tail.next
            by_value[node.val] = tail
            node = node.next
        node, copy = head, dummy.next
        while node:
            copy.random = by_value[node.random.val] if node.random else None
            node, copy = node.next, copy.next
        return dummy.next
