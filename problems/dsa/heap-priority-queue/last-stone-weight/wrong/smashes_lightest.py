# expect: WA
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Bug: heapq is a min-heap and the weights are not negated, so each round smashes the
        # two LIGHTEST stones.
        heap = list(stones)
        heapq.heapify(heap)
        while len(heap) > 1:
            x = heapq.heappop(heap)
            y = heapq.heappop(heap)
            if y > x:
                heapq.heappush(heap, y - x)
        return heap[0] if heap else 0
