class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Drive the whole loop from every station in turn and keep the first that never runs dry.
        n = len(gas)
        for s in range(n):
            tank = 0
            for step in range(n):
                i = (s + step) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return s
        return -1
