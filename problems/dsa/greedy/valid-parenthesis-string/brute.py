from itertools import product


class Solution:
    def checkValidString(self, s: str) -> bool:
        # Try all 3^k ways of reading the k stars, and test each plain string with a counter.
        stars = [i for i, c in enumerate(s) if c == "*"]
        for choice in product(("(", ")", ""), repeat=len(stars)):
            chars = list(s)
            for i, c in zip(stars, choice):
                chars[i] = c
            depth = 0
            for c in "".join(chars):
                depth += 1 if c == "(" else -1
                if depth < 0:
                    break
            if depth == 0:
                return True
        return False
