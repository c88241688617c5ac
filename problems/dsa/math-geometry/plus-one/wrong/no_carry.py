# expect: WA
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Bumps the last digit and forgets that 9 + 1 carries.
        result = digits[:]
        result[-1] += 1
        return result
