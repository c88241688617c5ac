# expect: WA
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Allocates only m + n - 1 slots, so when the product has m + n digits the carry out of
        # the top slot is reduced mod 10 and the leading digit is lost.
        m, n = len(num1), len(num2)
        slots = [0] * (m + n - 1)
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                slots[i + j] += int(num1[i]) * int(num2[j])
        carry = 0
        for k in range(len(slots) - 1, -1, -1):
            carry, slots[k] = divmod(slots[k] + carry, 10)
        digits = "".join(map(str, slots)).lstrip("0")
        return digits or "0"
