# expect: WA
class Solution:
    def isHappy(self, n: int) -> bool:
        # Stops at the first single-digit value and declares happy only if it is 1:
        # 7 -> 49 -> 97 -> 130 -> 10 -> 1 is happy, but 7 is rejected immediately.
        while n >= 10:
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
