class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        res, path = [], []

        def backtrack(start: int) -> None:
            res.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue  # same value already started a branch at this depth
                path.append(nums[i])
                backtrack(i + 1)
                path.pop()

        backtrack(0)
        return res
