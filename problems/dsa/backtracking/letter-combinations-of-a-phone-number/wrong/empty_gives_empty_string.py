# expect: WA
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        res = [""]  # bug: for no digits this returns [""] instead of []
        for d in digits:
            res = [s + ch for s in res for ch in keys[d]]
        return res
