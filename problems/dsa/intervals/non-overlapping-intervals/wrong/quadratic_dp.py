# expect: TLE
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Correct O(n^2) DP (longest chain of compatible intervals): far too slow for n = 10^5.
        ivs = sorted(intervals)
        keep = [1] * len(ivs)
        for i in range(len(ivs)):
            s = ivs[i][0]
            best = 0
            for j in range(i):
                if ivs[j][1] <= s and keep[j] > best:
                    best = keep[j]
            keep[i] = best + 1
        return len(ivs) - max(keep)
