# expect: WA
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Grade-school product, but only strips ONE leading zero: a product with zero
        # ("0" x "417") comes out as "000" instead of "0".
        m, n = len(num1), len(num2)
        slots = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                total = slots[i + j + 1] + int(num1[i]) * int(num2[j])
                slots[i + j + 1] = total % 10
                slots[i + j] += total // 10
        digits = "".join(map(str, slots))
        return digits[1:] if digits[0] == "0" else digits
