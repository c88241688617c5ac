class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        left = list(itertools.accumulate([1] + nums[:-1], lambda a, b: a * b))
        right = list(itertools.accumulate([1] + nums[::-1][:-1], lambda a, b: a * b))[::-1]
        return [a * b for a, b in zip(left, right)]
