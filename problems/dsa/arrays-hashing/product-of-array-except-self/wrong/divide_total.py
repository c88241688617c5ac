# expect: WA
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Divides the full product by each element: wrong whenever the array contains a zero.
        total = 1
        for x in nums:
            total *= x
        return [total // x if x != 0 else 0 for x in nums]
