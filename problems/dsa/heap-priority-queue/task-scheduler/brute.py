class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Unit-by-unit simulation: run the available task with the most copies left, or idle.
        left = Counter(tasks)
        ready = {c: 0 for c in left}  # earliest time each letter may run again
        t = 0
        while left:
            avail = [c for c in left if ready[c] <= t]
            if avail:
                c = max(avail, key=lambda c: (left[c], c))
                left[c] -= 1
                if left[c] == 0:
                    del left[c]
                ready[c] = t + n + 1
            t += 1
        return t
