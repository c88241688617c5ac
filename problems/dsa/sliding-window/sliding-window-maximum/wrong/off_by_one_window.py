# expect: WA
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Evicts the front one step late: the window effectively has k + 1 elements.
        window = deque()
        out = []
        for i, x in enumerate(nums):
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if window[0] < i - k:
                window.popleft()
            if i >= k - 1:
                out.append(nums[window[0]])
        return out
