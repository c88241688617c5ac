# expect: TLE
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Every query against every interval: O(n * q), up to 10^10 checks.
        out = []
        for q in queries:
            best = -1
            for l, r in intervals:
                if l <= q <= r and (best == -1 or r - l + 1 < best):
                    best = r - l + 1
            out.append(best)
        return out
