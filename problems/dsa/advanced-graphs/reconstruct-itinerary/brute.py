class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Backtracking: try destinations in sorted order, undo when a dead end strands tickets.
        # The first complete trip found is the smallest one.
        import sys
        sys.setrecursionlimit(10000)
        out = defaultdict(list)
        for src, dst in sorted(tickets):
            out[src].append(dst)
        route = ["JFK"]

        def go():
            if len(route) == len(tickets) + 1:
                return True
            options = out[route[-1]]
            for i in range(len(options)):
                if i > 0 and options[i] == options[i - 1]:
                    continue
                dst = options.pop(i)
                route.append(dst)
                if go():
                    return True
                route.pop()
                options.insert(i, dst)
            return False

        go()
        return route
