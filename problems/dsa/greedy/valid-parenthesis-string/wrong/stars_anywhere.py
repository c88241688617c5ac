# expect: WA
class Solution:
    def checkValidString(self, s: str) -> bool:
        # Stack of open brackets and stack of stars; a ')' uses an open bracket first, then a star.
        # At the end it only compares how many opens and stars are left, forgetting that a star can
        # close an open bracket only if the star comes after it.
        opens, stars = [], []
        for i, c in enumerate(s):
            if c == "(":
                opens.append(i)
            elif c == "*":
                stars.append(i)
            elif opens:
                opens.pop()
            elif stars:
                stars.pop()
            else:
                return False
        return len(opens) <= len(stars)
