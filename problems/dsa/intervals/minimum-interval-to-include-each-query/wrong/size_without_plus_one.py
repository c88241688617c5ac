# expect: WA
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Uses right - left as the size: the ranges are closed, so that is one too small.
        ivs = sorted(intervals)
        ans = {}
        heap = []
        i = 0
        for q in sorted(set(queries)):
            while i < len(ivs) and ivs[i][0] <= q:
                heappush(heap, (ivs[i][1] - ivs[i][0], ivs[i][1]))
                i += 1
            while heap and heap[0][1] < q:
                heappop(heap)
            ans[q] = heap[0][0] if heap else -1
        return [ans[q] for q in queries]
