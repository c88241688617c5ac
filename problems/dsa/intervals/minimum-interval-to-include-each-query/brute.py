class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Every query against every interval.
        return [min((r - l + 1 for l, r in intervals if l <= q <= r), default=-1) for q in queries]
