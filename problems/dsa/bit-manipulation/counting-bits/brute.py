class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = []
        for i in range(n + 1):
            count, x = 0, i
            while x:
                count += x & 1
                x >>= 1
            ans.append(count)
        return ans
