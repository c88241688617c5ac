# expect: WA
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # The set of letters forgets how many times each letter occurs: "aab" joins "abb".
        groups = defaultdict(list)
        for word in strs:
            groups[frozenset(word)].append(word)
        return list(groups.values())
