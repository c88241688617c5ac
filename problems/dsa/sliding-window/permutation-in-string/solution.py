class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m, n = len(s1), len(s2)
        if m > n:
            return False
        need = [0] * 26
        have = [0] * 26
        for ch in s1:
            need[ord(ch) - 97] += 1
        for ch in s2[:m]:
            have[ord(ch) - 97] += 1
        matches = sum(1 for i in range(26) if need[i] == have[i])
        for right in range(m, n):
            if matches == 26:
                return True
            i = ord(s2[right]) - 97
            have[i] += 1
            if have[i] == need[i]:
                matches += 1
            elif have[i] == need[i] + 1:
                matches -= 1
            j = ord(s2[right - m]) - 97
            have[j] -= 1
            if have[j] == need[j]:
                matches += 1
            elif have[j] == need[j] - 1:
                matches -= 1
        return matches == 26
