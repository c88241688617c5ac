# expect: WA
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = []
        for x in nums:
            heapq.heappush(self.heap, x)
            if len(self.heap) > k:
                heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        # Bug: only admits a value that beats the LARGEST kept value; anything between the
        # kth largest and the largest should also push the current minimum out.
        elif val > max(self.heap):
            heapq.heapreplace(self.heap, val)
        return self.heap[0]
