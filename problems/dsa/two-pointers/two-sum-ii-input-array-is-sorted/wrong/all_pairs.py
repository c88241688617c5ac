# expect: TLE
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Ignores the order and tries every pair: O(n^2).
        n = len(numbers)
        for i in range(n):
            for j in range(i + 1, n):
                if numbers[i] + numbers[j] == target:
                    return [i + 1, j + 1]
        return []
