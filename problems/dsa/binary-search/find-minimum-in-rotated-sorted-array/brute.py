class Solution:
    def findMin(self, nums: List[int]) -> int:
        smallest = nums[0]
        for x in nums:
            if x < smallest:
                smallest = x
        return smallest
