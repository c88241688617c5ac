# expect: WA
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Uses >= : a car that catches the fleet exactly at the target is counted as its own fleet.
        fleets, last = 0, -1.0
        for p, s in sorted(zip(position, speed), reverse=True):
            t = (target - p) / s
            if t >= last:
                fleets += 1
                last = t
        return fleets
