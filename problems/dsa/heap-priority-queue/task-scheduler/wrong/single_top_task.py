# expect: WA
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        f = max(Counter(tasks).values())
        # Bug: assumes only one letter reaches the top frequency (the "+ 1" should be "+ m").
        return max(len(tasks), (f - 1) * (n + 1) + 1)
