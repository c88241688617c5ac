class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Ignore the structure and scan: obviously right, O(n).
        for i, x in enumerate(nums):
            if x == target:
                return i
        return -1
