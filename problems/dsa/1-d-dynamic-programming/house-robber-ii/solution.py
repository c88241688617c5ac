class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]

        def line(houses: List[int]) -> int:
            a, b = 0, 0
            for x in houses:
                a, b = b, max(b, a + x)
            return b

        # the first and last house are neighbours: leave out one of them
        return max(line(nums[1:]), line(nums[:-1]))
