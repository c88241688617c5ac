# expect: WA
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Carries at most one position: [1, 9, 9] becomes [1, 10, 0].
        result = digits[:]
        if result[-1] < 9:
            result[-1] += 1
            return result
        result[-1] = 0
        if len(result) == 1:
            return [1, 0]
        result[-2] += 1
        return result
