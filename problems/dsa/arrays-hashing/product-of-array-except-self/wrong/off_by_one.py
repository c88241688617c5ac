# expect: WA
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Prefix products include nums[i] itself.
        n = len(nums)
        answer = [1] * n
        prefix = 1
        for i in range(n):
            prefix *= nums[i]
            answer[i] = prefix
        suffix = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= suffix
            suffix *= nums[i]
        return answer
