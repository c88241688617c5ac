class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Union-find style: map each run end to its length, merging neighbours as values arrive.
        length = {}
        best = 0
        for x in nums:
            if x in length:
                continue
            left = length.get(x - 1, 0)
            right = length.get(x + 1, 0)
            total = left + right + 1
            length[x] = total
            length[x - left] = total
            length[x + right] = total
            best = max(best, total)
        return best
