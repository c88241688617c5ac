class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        # Turn both lists into Python integers, add, and turn the sum back into a list.
        def to_int(node):
            digits = []
            while node:
                digits.append(str(node.val))
                node = node.next
            return int("".join(reversed(digits)))
        total = to_int(l1) + to_int(l2)
        dummy = tail = ListNode()
        for ch in reversed(str(total)):
            tail.next = ListNode(int(ch))
            tail = tail.next
        return dummy.next
