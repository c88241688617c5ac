class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Set arithmetic: twice the sum of the distinct values exceeds the total by the lonely value.
        return 2 * sum(set(nums)) - sum(nums)
