# expect: WA
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Fills the dictionary first, then looks up: an element can pair with itself.
        where = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in where:
                return [i, where[target - x]]
        return []
