# expect: TLE
class Solution:
    def isHappy(self, n: int) -> bool:
        # Keeps stepping until it reaches 1: never stops for an unhappy number.
        while n != 1:
            n = sum(int(d) ** 2 for d in str(n))
        return True
