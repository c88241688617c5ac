# expect: TLE
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Looks linear, but each `in` / index() on a list slice is itself a linear scan.
        for i, x in enumerate(nums):
            rest = nums[i + 1:]
            if target - x in rest:
                return [i, i + 1 + rest.index(target - x)]
        return []
