# expect: TLE
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Scans for the closest remaining point k times: O(n * k).
        rest = points[:]
        res = []
        for _ in range(k):
            best = 0
            for i in range(1, len(rest)):
                if rest[i][0] ** 2 + rest[i][1] ** 2 < rest[best][0] ** 2 + rest[best][1] ** 2:
                    best = i
            res.append(rest.pop(best))
        return res
