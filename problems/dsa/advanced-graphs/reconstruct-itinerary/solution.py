class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(list)
        for src, dst in sorted(tickets, reverse=True):
            out[src].append(dst)  # reverse-sorted: pop() gives the smallest destination
        route = []
        stack = ["JFK"]
        while stack:
            top = stack[-1]
            if out[top]:
                stack.append(out[top].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
