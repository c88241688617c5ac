class Solution:
    def isValid(self, s: str) -> bool:
        # Adjacent matching pairs can always be removed; a valid string shrinks to nothing.
        while True:
            t = s.replace("()", "").replace("[]", "").replace("{}", "")
            if t == s:
                return s == ""
            s = t
