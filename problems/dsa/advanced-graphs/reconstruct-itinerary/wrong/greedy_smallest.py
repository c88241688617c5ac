# expect: WA
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Always flies to the smallest remaining destination and never backtracks.
        out = defaultdict(list)
        for src, dst in sorted(tickets, reverse=True):
            out[src].append(dst)
        route = ["JFK"]
        while out[route[-1]]:
            route.append(out[route[-1]].pop())
        return route
