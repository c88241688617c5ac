# expect: WA
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Only compares letter counts: ignores that each string must keep its order.
        return Counter(s1) + Counter(s2) == Counter(s3)
