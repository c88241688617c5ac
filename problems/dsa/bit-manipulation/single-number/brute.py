class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Count each value's occurrences by scanning the whole list.
        for x in nums:
            if nums.count(x) == 1:
                return x
        raise ValueError("no unmatched value")
