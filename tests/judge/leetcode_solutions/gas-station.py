class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        # start right after the point where the running balance is lowest
        bal = 0
        low, ans = 0, 0
        for i, (g, c) in enumerate(zip(gas, cost)):
            bal += g - c
            if bal < low:
                low = bal
                ans = i + 1
        return ans % len(gas)
