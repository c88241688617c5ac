class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap = []  # (size, right) of intervals whose left end is <= the current query
        i = 0
        for qi in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[qi]
            while i < len(intervals) and intervals[i][0] <= q:
                left, right = intervals[i]
                heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < q:  # ended before q: useless for every later query too
                heappop(heap)
            if heap:
                answer[qi] = heap[0][0]
        return answer
