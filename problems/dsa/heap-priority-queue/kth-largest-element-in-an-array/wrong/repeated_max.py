# expect: TLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Removes the current maximum k - 1 times: O(n * k).
        nums = nums[:]
        for _ in range(k - 1):
            best = 0
            for i in range(1, len(nums)):
                if nums[i] > nums[best]:
                    best = i
            nums[best] = nums[-1]
            nums.pop()
        return max(nums)
