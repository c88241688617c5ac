class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = deque()
        inside = set()
        best = 0
        for ch in s:
            while ch in inside:
                inside.discard(window.popleft())
            window.append(ch)
            inside.add(ch)
            best = max(best, len(window))
        return best
