# expect: WA
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Starts the XOR at nums[0] and then XORs every element again, so nums[0] cancels itself.
        acc = nums[0]
        for x in nums:
            acc ^= x
        return acc
