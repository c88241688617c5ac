# expect: WA
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # "If the walk is still going after 5000 steps it must be looping": but a list may have
        # up to 10^4 nodes and no cycle at all.
        steps = 0
        while head:
            steps += 1
            if steps > 5000:
                return True
            head = head.next
        return False
