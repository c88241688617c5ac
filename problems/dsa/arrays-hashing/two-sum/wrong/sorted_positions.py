# expect: WA
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Two pointers on a sorted copy: returns positions in the SORTED array, not the original.
        s = sorted(nums)
        lo, hi = 0, len(s) - 1
        while lo < hi:
            total = s[lo] + s[hi]
            if total == target:
                return [lo, hi]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []
