# expect: WA
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # Compares the heads once and appends the whole other list after the first one.
        if not list1 or not list2:
            return list1 or list2
        first, second = (list1, list2) if list1.val <= list2.val else (list2, list1)
        tail = first
        while tail.next:
            tail = tail.next
        tail.next = second
        return first
