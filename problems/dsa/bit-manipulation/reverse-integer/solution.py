class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        limit = 2**31 if sign < 0 else 2**31 - 1  # largest magnitude allowed for this sign
        x = abs(x)
        result = 0
        while x:
            x, digit = divmod(x, 10)
            if result > (limit - digit) // 10:
                return 0
            result = result * 10 + digit
        return sign * result
