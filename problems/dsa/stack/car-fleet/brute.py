from fractions import Fraction


class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # A car leads its own fleet exactly when no car ahead of it would arrive at the same time
        # or later (otherwise it catches that car, or the fleet that car is in).
        n = len(position)
        fleets = 0
        for i in range(n):
            ti = Fraction(target - position[i], speed[i])
            blocked = False
            for j in range(n):
                if position[j] > position[i] and Fraction(target - position[j], speed[j]) >= ti:
                    blocked = True
                    break
            if not blocked:
                fleets += 1
        return fleets
