# expect: WA
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Greedy: always pop the smallest balloon so the big ones stay around as neighbours.
        row = list(nums)
        total = 0
        while row:
            p = min(range(len(row)), key=lambda i: row[i])
            left = row[p - 1] if p > 0 else 1
            right = row[p + 1] if p + 1 < len(row) else 1
            total += left * row[p] * right
            row.pop(p)
        return total
