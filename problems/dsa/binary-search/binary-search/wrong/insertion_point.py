# expect: WA
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # bisect_left gives where the target WOULD go; without checking that the value there really
        # is the target, missing targets get an index instead of -1.
        i = bisect_left(nums, target)
        return i if i < len(nums) else -1
