# expect: WA
class Solution:
    def isValid(self, s: str) -> bool:
        # One counter per kind, never allowed below zero: ignores the nesting order ("([)]").
        count = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        for ch in s:
            if ch in count:
                count[ch] += 1
            else:
                count[opener[ch]] -= 1
                if count[opener[ch]] < 0:
                    return False
        return all(v == 0 for v in count.values())
