class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        n = len(t)
        positions = defaultdict(list)  # character -> indices j (1-based, descending) where t[j-1] is it
        for j in range(n, 0, -1):
            positions[t[j - 1]].append(j)
        ways = [1] + [0] * n  # ways[j]: selections from the prefix of s read so far spelling t[:j]
        for ch in s:
            for j in positions.get(ch, ()):
                ways[j] += ways[j - 1]
        return ways[n]
