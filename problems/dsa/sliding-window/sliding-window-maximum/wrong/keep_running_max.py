# expect: WA
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Keeps one running maximum and never notices when it slides out of the window.
        out = []
        best = -inf
        for i, x in enumerate(nums):
            best = max(best, x)
            if i >= k - 1:
                out.append(best)
        return out
