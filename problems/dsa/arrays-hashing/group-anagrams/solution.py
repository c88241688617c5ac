class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        base = ord("a")
        for word in strs:
            counts = [0] * 26  # letter counts: equal exactly for anagrams
            for ch in word:
                counts[ord(ch) - base] += 1
            groups[tuple(counts)].append(word)
        return list(groups.values())
