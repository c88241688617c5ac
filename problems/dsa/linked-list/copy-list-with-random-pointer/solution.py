"""
# Definition for a Node.
class Node:
    def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):
        self.val = int(x)
        self.next = next
        self.random = random
"""

class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        if head is None:
            return None
        # 1. Weave a copy after every original: A -> A' -> B -> B' -> ...
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        # 2. The copy of node.random is node.random.next.
        node = head
        while node:
            if node.random:
                node.next.random = node.random.next
            node = node.next.next
        # 3. Unweave, restoring the original list.
        new_head = head.next
        node = head
        while node:
            copy = node.next
            node.next = copy.next
            copy.next = copy.next.next if copy.next else None
            node = node.next
        return new_head
