class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        m, n = len(num1), len(num2)
        slots = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            d1 = ord(num1[i]) - 48
            for j in range(n - 1, -1, -1):
                total = slots[i + j + 1] + d1 * (ord(num2[j]) - 48)
                slots[i + j + 1] = total % 10
                slots[i + j] += total // 10
        k = 0
        while k < len(slots) - 1 and slots[k] == 0:
            k += 1
        return "".join(map(str, slots[k:]))
