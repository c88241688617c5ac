# expect: TLE
class Solution:
    def getSum(self, a: int, b: int) -> int:
        # The C/Java loop copied to Python: with a negative operand the carry never dies out,
        # because Python integers have unlimited width (it keeps shifting left forever).
        while b != 0:
            a, b = a ^ b, (a & b) << 1
        return a
