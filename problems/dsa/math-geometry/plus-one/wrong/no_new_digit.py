# expect: WA
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Handles the carry, but when every digit is 9 it never adds the new leading 1.
        result = digits[:]
        for i in range(len(result) - 1, -1, -1):
            if result[i] < 9:
                result[i] += 1
                return result
            result[i] = 0
        return result
