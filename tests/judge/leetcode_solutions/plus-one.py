class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Explicit carry with a deque, prepending a digit only when needed.
        out = deque()
        carry = 1
        for d in reversed(digits):
            carry, d = divmod(d + carry, 10)
            out.appendleft(d)
        if carry:
            out.appendleft(carry)
        return list(out)
