class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Insert each new number into every gap of every permutation built so far.
        perms = [[]]
        for x in nums:
            perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
        return perms
