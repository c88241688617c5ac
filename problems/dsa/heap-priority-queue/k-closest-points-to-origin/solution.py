class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Max-heap (negated squared distances) of the k closest points seen so far.
        heap = []
        for x, y in points:
            d = -(x * x + y * y)
            if len(heap) < k:
                heappush(heap, (d, x, y))
            elif d > heap[0][0]:
                heapreplace(heap, (d, x, y))
        return [[x, y] for _, x, y in heap]
