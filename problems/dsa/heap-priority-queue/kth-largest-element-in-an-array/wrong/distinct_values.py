# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Bug: ranks distinct values, but duplicates each take their own place.
        vals = sorted(set(nums), reverse=True)
        return vals[min(k, len(vals)) - 1]
