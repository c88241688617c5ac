# expect: RE
class Solution:
    def copyRandomList(self, head):
        if head is None:
            return None
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            if node.random:
                node.next.random = node.random.next
            node = node.next.next
        new_head = head.next
        copy = new_head
        while copy.next:           # unweave the copies only; the original stays woven
            copy.next = copy.next.next
            copy = copy.next
        return new_head
