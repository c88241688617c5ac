# expect: WA
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Anagrams do have equal character-code sums, but so do "ad" and "bc": the key collides.
        groups = defaultdict(list)
        for word in strs:
            groups[(len(word), sum(map(ord, word)))].append(word)
        return list(groups.values())
