class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Obviously correct (though it uses the forbidden operator).
        return a + b
