# expect: WA
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # The reset-on-empty scan, but it never checks that the whole loop has enough fuel.
        tank, start = 0, 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i + 1, 0
        return start if start < len(gas) else -1
