class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        res, path = [], []

        def backtrack(start: int, remaining: int) -> None:
            if remaining == 0:
                res.append(path[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:  # sorted: every later candidate is too big as well
                    break
                path.append(nums[i])
                backtrack(i, remaining - nums[i])  # i, not i + 1: the number may be reused
                path.pop()

        backtrack(0, target)
        return res
