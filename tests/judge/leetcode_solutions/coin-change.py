class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Breadth-first search over remainders: level k holds the totals reachable with k coins.
        if amount == 0:
            return 0
        seen = {0}
        frontier = deque([0])
        steps = 0
        while frontier:
            steps += 1
            for _ in range(len(frontier)):
                total = frontier.popleft()
                for c in coins:
                    nxt = total + c
                    if nxt == amount:
                        return steps
                    if nxt < amount and nxt not in seen:
                        seen.add(nxt)
                        frontier.append(nxt)
        return -1
