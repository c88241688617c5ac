# expect: WA
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Starts where the single-station surplus gas[i] - cost[i] is largest, which ignores
        # the deficits that follow it.
        if sum(gas) < sum(cost):
            return -1
        return max(range(len(gas)), key=lambda i: gas[i] - cost[i])
