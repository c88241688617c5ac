class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        f = max(counts)
        m = sum(1 for c in counts if c == f)
        # f - 1 blocks of length n + 1, then the m tasks tied at the top frequency.
        return max(len(tasks), (f - 1) * (n + 1) + m)
