# expect: WA
class Solution:
    def isValid(self, s: str) -> bool:
        # Matches every closer correctly but never checks that all openers were closed ("((").
        opener = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener:
                if not stack or stack.pop() != opener[ch]:
                    return False
            else:
                stack.append(ch)
        return True
