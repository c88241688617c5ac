class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = [0] * 26
        base = ord("A")
        left = 0
        max_count = 0
        for right, ch in enumerate(s):
            idx = ord(ch) - base
            counts[idx] += 1
            if counts[idx] > max_count:
                max_count = counts[idx]
            if right - left + 1 - max_count > k:
                counts[ord(s[left]) - base] -= 1
                left += 1
        return len(s) - left
