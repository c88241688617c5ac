class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        total = 0  # net fuel over the whole loop
        tank = 0  # net fuel since the current candidate start
        start = 0
        for i in range(len(gas)):
            d = gas[i] - cost[i]
            total += d
            tank += d
            if tank < 0:
                # No station in start..i can be the answer: try the next one.
                start = i + 1
                tank = 0
        return start if total >= 0 else -1
