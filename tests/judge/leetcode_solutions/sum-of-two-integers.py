class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Recursive half-adder on 32-bit two's complement values.
        mask = 0xFFFFFFFF
        def add(x, y):
            if y == 0:
                return x
            return add((x ^ y) & mask, ((x & y) << 1) & mask)
        r = add(a & mask, b & mask)
        return r if r >> 31 == 0 else ~(r ^ mask)
