class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Set of all reachable subset sums, grown one number at a time; check for exactly half.
        sums = {0}
        for x in nums:
            sums |= {s + x for s in sums}
        total = sum(nums)
        return total % 2 == 0 and total // 2 in sums
