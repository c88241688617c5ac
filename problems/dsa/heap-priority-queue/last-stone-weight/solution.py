class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-s for s in stones]  # heapq is a min-heap: negate for a max-heap
        heapq.heapify(heap)
        while len(heap) > 1:
            y = -heapq.heappop(heap)  # heaviest
            x = -heapq.heappop(heap)  # second heaviest
            if y > x:
                heapq.heappush(heap, x - y)
        return -heap[0] if heap else 0
