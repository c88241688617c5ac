class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Through Python's big integers.
        value = int("".join(map(str, digits))) + 1
        return [int(ch) for ch in str(value)]
