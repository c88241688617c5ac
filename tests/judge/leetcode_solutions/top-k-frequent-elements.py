class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        freq = {}
        for x in nums:
            freq[x] = freq.get(x, 0) + 1
        heap = []  # min-heap of (count, value), kept at size k
        for value, c in freq.items():
            heappush(heap, (c, value))
            if len(heap) > k:
                heappop(heap)
        return [value for _, value in heap]
