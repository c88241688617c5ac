class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        present = set(nums)
        for x in range(len(nums) + 1):
            if x not in present:
                return x
