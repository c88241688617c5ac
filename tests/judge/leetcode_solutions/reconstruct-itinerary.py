import sys


class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Recursive Hierholzer with a min-heap per airport.
        sys.setrecursionlimit(10000)
        graph = defaultdict(list)
        for a, b in tickets:
            heappush(graph[a], b)
        route = []

        def visit(airport: str) -> None:
            heap = graph[airport]
            while heap:
                visit(heappop(heap))
            route.append(airport)

        visit("JFK")
        return route[::-1]
