# expect: TLE
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Simulates the loop from each station that has a non-negative surplus: correct, but O(n^2)
        # when many starts get far before running dry.
        n = len(gas)
        for s in range(n):
            if gas[s] < cost[s]:
                continue
            tank = 0
            for step in range(n):
                i = (s + step) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return s
        return -1
