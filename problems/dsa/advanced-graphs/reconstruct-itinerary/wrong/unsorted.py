# expect: WA
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Hierholzer's algorithm but in input order: a valid trip, not the smallest one.
        out = defaultdict(list)
        for src, dst in reversed(tickets):
            out[src].append(dst)
        route = []
        stack = ["JFK"]
        while stack:
            if out[stack[-1]]:
                stack.append(out[stack[-1]].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
