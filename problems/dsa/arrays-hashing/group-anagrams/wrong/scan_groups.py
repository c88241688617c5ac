# expect: TLE
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Correct, but every word is compared (by sorting both) with every group so far:
        # O(n * groups * k log k), hopeless with thousands of groups.
        groups = []
        for word in strs:
            for group in groups:
                if sorted(group[0]) == sorted(word):
                    group.append(word)
                    break
            else:
                groups.append([word])
        return groups
