class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Multiply num1 by each digit of num2 into a digit list, add shifted partial products.
        if num1 == "0" or num2 == "0":
            return "0"
        a = [ord(c) - 48 for c in reversed(num1)]
        res = [0] * (len(num1) + len(num2))
        for shift, ch in enumerate(reversed(num2)):
            d = ord(ch) - 48
            carry = 0
            for i, x in enumerate(a):
                carry, res[shift + i] = divmod(res[shift + i] + x * d + carry, 10)
            k = shift + len(a)
            while carry:
                carry, res[k] = divmod(res[k] + carry, 10)
                k += 1
        while len(res) > 1 and res[-1] == 0:
            res.pop()
        return "".join(str(x) for x in reversed(res))
