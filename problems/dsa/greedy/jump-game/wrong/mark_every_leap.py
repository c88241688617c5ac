# expect: TLE
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Dynamic programming from the back: a pad is good if any pad it can land on is good.
        # Correct, but a pad may scan up to n targets: O(n^2) on a row of long leaps.
        n = len(nums)
        good = [False] * n
        good[-1] = True
        for i in range(n - 2, -1, -1):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if good[j]:
                    good[i] = True
                    break
        return good[0]
