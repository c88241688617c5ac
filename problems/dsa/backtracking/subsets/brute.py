class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Each bitmask from 0 to 2^n - 1 picks the elements whose bit is set.
        n = len(nums)
        return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
