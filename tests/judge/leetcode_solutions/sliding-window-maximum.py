class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Max-heap with lazy deletion: pop the top while it lies outside the window.
        heap = []
        out = []
        for i, x in enumerate(nums):
            heappush(heap, (-x, i))
            if i >= k - 1:
                while heap[0][1] <= i - k:
                    heappop(heap)
                out.append(-heap[0][0])
        return out
