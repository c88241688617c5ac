# expect: WA
class Solution:
    def countBits(self, n: int) -> List[int]:
        # Builds the answer for 0..n-1 only: one element short.
        ans = [0] * n
        for i in range(1, n):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
