# expect: WA
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val: int) -> int:
        # Bug: when the heap holds only k - 1 values, the new value should be kept, not swapped.
        heapq.heappushpop(self.heap, val)
        return self.heap[0]
