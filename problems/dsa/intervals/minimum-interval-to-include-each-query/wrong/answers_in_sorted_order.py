# expect: WA
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Right sweep, but returns the answers in sorted-query order instead of the input order.
        ivs = sorted(intervals)
        out = []
        heap = []
        i = 0
        for q in sorted(queries):
            while i < len(ivs) and ivs[i][0] <= q:
                heappush(heap, (ivs[i][1] - ivs[i][0] + 1, ivs[i][1]))
                i += 1
            while heap and heap[0][1] < q:
                heappop(heap)
            out.append(heap[0][0] if heap else -1)
        return out
