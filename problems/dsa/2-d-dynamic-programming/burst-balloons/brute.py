class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Try every popping order.
        best = 0
        for order in permutations(range(len(nums))):
            alive = list(range(len(nums)))
            total = 0
            for i in order:
                p = alive.index(i)
                left = nums[alive[p - 1]] if p > 0 else 1
                right = nums[alive[p + 1]] if p + 1 < len(alive) else 1
                total += left * nums[i] * right
                alive.pop(p)
            best = max(best, total)
        return best
