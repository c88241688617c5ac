class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # Recursive: the smaller head, followed by the merge of everything else.
        if not list1 or not list2:
            return list1 or list2
        if list2.val < list1.val:
            list1, list2 = list2, list1
        list1.next = self.mergeTwoLists(list1.next, list2)
        return list1
