# expect: WA
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Bug: cycles through letters in alphabetical order instead of favouring the most frequent.
        left = Counter(tasks)
        ready = {c: 0 for c in left}
        t = 0
        while left:
            avail = sorted(c for c in left if ready[c] <= t)
            if avail:
                c = avail[0]
                left[c] -= 1
                if left[c] == 0:
                    del left[c]
                ready[c] = t + n + 1
            t += 1
        return t
