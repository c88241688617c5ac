class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Enumerate how many of each coin to take, denomination by denomination.
        def count(i: int, left: int) -> int:
            if i == len(coins):
                return 1 if left == 0 else 0
            total = 0
            k = 0
            while k * coins[i] <= left:
                total += count(i + 1, left - k * coins[i])
                k += 1
            return total

        return count(0, amount)
