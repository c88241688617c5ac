class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        # Treat each distinct value as one choice: take it 0..count times.
        res = [[]]
        for v, c in Counter(nums).items():
            res = [s + [v] * k for s in res for k in range(c + 1)]
        return res
