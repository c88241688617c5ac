class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Max-heap of remaining counts plus a queue of (count, time it is ready again).
        heap = [-c for c in Counter(tasks).values()]
        heapify(heap)
        q = deque()
        t = 0
        while heap or q:
            t += 1
            if heap:
                c = heappop(heap) + 1
                if c:
                    q.append((c, t + n))
            else:
                t = q[0][1]  # jump over idle time
            if q and q[0][1] == t:
                heappush(heap, q.popleft()[0])
        return t
