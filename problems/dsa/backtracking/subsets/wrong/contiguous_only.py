# expect: WA
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Lists contiguous slices only: misses subsets such as [nums[0], nums[2]].
        n = len(nums)
        return [[]] + [nums[i:j] for i in range(n) for j in range(i + 1, n + 1)]
