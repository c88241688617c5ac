# expect: WA
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        # Bug: assumes every key has three consecutive letters ("pqr", "stu", "vwx", "yz"...).
        res = [""]
        for d in digits:
            start = ord("a") + 3 * (int(d) - 2)
            letters = "".join(chr(c) for c in range(start, min(start + 3, ord("z") + 1)))
            res = [s + ch for s in res for ch in letters]
        return res
