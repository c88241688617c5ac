# expect: WA
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Binary-searches the partner in the WHOLE array: when the answer is two equal values,
        # it finds the element itself and returns the same position twice.
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x)
            if j < len(numbers) and numbers[j] == target - x:
                return [min(i, j) + 1, max(i, j) + 1]
        return []
