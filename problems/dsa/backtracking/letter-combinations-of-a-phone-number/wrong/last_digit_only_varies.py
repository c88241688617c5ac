# expect: WA
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        # Bug: fixes the first letter of every earlier digit and only varies the last one.
        prefix = "".join(keys[d][0] for d in digits[:-1])
        return [prefix + ch for ch in keys[digits[-1]]]
