# expect: WA
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        f = max(counts)
        m = sum(1 for c in counts if c == f)
        # Bug: forgets that when gaps overflow there is no idling and the answer is len(tasks).
        return (f - 1) * (n + 1) + m
