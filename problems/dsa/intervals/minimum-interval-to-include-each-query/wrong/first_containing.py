# expect: WA
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Sorted by left end, returns the size of the FIRST interval containing q, not the smallest.
        ivs = sorted(intervals)
        out = []
        for q in queries:
            ans = -1
            for l, r in ivs:
                if l > q:
                    break
                if r >= q:
                    ans = r - l + 1
                    break
            out.append(ans)
        return out
