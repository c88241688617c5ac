# expect: WA
class Solution:
    def getSum(self, a: int, b: int) -> int:
        # XOR adds each column but throws the carries away.
        return a ^ b
