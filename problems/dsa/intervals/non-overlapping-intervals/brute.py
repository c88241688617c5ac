class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Quadratic DP: sort by start, keep[i] = largest compatible chain ending with interval i.
        ivs = sorted(intervals)
        keep = []
        for i, (s, e) in enumerate(ivs):
            keep.append(1 + max((keep[j] for j in range(i) if ivs[j][1] <= s), default=0))
        return len(ivs) - max(keep)
