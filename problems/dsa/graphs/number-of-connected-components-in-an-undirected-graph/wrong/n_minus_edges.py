# expect: WA
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Assumes every edge merges two components: wrong as soon as there is a cycle.
        return max(n - len(edges), 1)
