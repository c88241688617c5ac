# expect: WA
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        res, path = [], []

        def backtrack(start: int) -> None:
            res.append(path[:])
            for i in range(start, len(nums)):
                if i > 0 and nums[i] == nums[i - 1]:
                    continue  # bug: "i > 0" also forbids taking a value twice, e.g. [2, 2]
                path.append(nums[i])
                backtrack(i + 1)
                path.pop()

        backtrack(0)
        return res
