class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]

        def best(lo: int, hi: int) -> int:
            @cache
            def go(i: int) -> int:
                if i > hi:
                    return 0
                return max(go(i + 1), nums[i] + go(i + 2))
            return go(lo)

        return max(best(0, n - 2), best(1, n - 1))
