class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        # Every bitmask, deduplicated through sorted tuples.
        n = len(nums)
        seen = {tuple(sorted(nums[i] for i in range(n) if m >> i & 1)) for m in range(1 << n)}
        return [list(t) for t in seen]
