class Solution:
    def reverse(self, x: int) -> int:
        # String version with a digit-by-digit overflow comparison.
        digits = str(abs(x))[::-1].lstrip("0") or "0"
        bound = str(2**31 if x < 0 else 2**31 - 1)
        if len(digits) > len(bound) or (len(digits) == len(bound) and digits > bound):
            return 0
        return -int(digits) if x < 0 else int(digits)
