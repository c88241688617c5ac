class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Try every count of every denomination (exhaustive search, no memo); keep the smallest total.
        coins = sorted(set(coins), reverse=True)
        best = -1

        def search(i: int, left: int, used: int) -> None:
            nonlocal best
            if left == 0:
                if best == -1 or used < best:
                    best = used
                return
            if i == len(coins):
                return
            c = coins[i]
            for k in range(left // c, -1, -1):
                search(i + 1, left - k * c, used + k)

        search(0, amount, 0)
        return best
