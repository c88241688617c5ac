# expect: WA
class Solution:
    def countBits(self, n: int) -> List[int]:
        # Adds 1 for every step of the recurrence, whether or not the dropped bit was a 1.
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + 1
        return ans
