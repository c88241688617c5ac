class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        pad = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
        if digits == "":
            return []
        return ["".join(t) for t in itertools.product(*(pad[int(d)] for d in digits))]
