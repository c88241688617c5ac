# expect: WA
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # Sums 0..n-1 instead of 0..n: the expected total is short by n.
        n = len(nums)
        return sum(range(n)) - sum(nums)
