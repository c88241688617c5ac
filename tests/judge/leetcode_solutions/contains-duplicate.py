class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        s = sorted(nums)
        return any(a == b for a, b in zip(s, s[1:]))
