# expect: WA
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Bug: ranks points by |x| + |y| instead of the straight-line distance.
        return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
