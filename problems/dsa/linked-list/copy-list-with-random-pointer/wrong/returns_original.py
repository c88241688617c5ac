# expect: WA
class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Returns the input itself: same shape, but not a copy.
        return head
