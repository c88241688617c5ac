# expect: WA
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # Zips the lists one node from each side in turn, as if their values interleaved perfectly.
        dummy = tail = ListNode()
        while list1 and list2:
            first, second = (list1, list2) if list1.val <= list2.val else (list2, list1)
            list1, list2 = list1.next, list2.next
            tail.next, first.next = first, second
            tail = second
        tail.next = list1 or list2
        return dummy.next
