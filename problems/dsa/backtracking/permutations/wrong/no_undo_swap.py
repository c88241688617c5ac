# expect: WA
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res = []
        nums = nums[:]

        def go(first: int) -> None:
            if first == len(nums):
                res.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                go(first + 1)
                # bug: never swaps back, so later branches start from a scrambled array

        go(0)
        return res
