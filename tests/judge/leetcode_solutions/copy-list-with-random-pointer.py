class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # One pass with a defaultdict that creates a node's copy the first time it is mentioned,
        # whether as someone's next, someone's random, or the node itself.
        copies = defaultdict(lambda: Node(0))
        copies[None] = None
        node = head
        while node:
            copy = copies[node]
            copy.val = node.val
            copy.next = copies[node.next]
            copy.random = copies[node.random]
            node = node.next
        return copies[head]
