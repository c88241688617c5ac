# expect: WA
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Floor division loses the fractional part of the arrival times.
        fleets, last = 0, -1
        for p, s in sorted(zip(position, speed), reverse=True):
            t = (target - p) // s
            if t > last:
                fleets += 1
                last = t
        return fleets
