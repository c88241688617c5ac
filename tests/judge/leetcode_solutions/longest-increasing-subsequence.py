class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Fenwick tree of prefix maxima over compressed values.
        rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(rank)
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            r = rank[x] - 1  # strictly smaller values only
            cur = 0
            while r > 0:
                cur = max(cur, tree[r])
                r -= r & -r
            cur += 1
            best = max(best, cur)
            r = rank[x]
            while r <= size:
                if tree[r] < cur:
                    tree[r] = cur
                r += r & -r
        return best
