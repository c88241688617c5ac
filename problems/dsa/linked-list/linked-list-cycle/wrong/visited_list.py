# expect: TLE
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Right idea, wrong container: `node in visited` on a list scans it, O(n^2) overall.
        visited = []
        node = head
        while node:
            if node in visited:
                return True
            visited.append(node)
            node = node.next
        return False
