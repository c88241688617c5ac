class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Counting over the bounded value range, walked from the top.
        cnt = Counter(nums)
        for v in range(max(nums), min(nums) - 1, -1):
            k -= cnt.get(v, 0)
            if k <= 0:
                return v
