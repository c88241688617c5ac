# expect: RE
class Solution:
    def isValid(self, s: str) -> bool:
        # Pops without checking that the stack is non-empty: IndexError on a leading closer.
        opener = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener:
                if stack.pop() != opener[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
