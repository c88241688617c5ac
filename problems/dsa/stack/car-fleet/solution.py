class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)  # closest to the target first
        fleets = 0
        lead_dist, lead_speed = 0, 1  # the last fleet's arrival time as a fraction dist / speed
        for p, s in cars:
            dist = target - p
            # this car arrives strictly later than the fleet ahead: dist / s > lead_dist / lead_speed
            if dist * lead_speed > lead_dist * s:
                fleets += 1
                lead_dist, lead_speed = dist, s
        return fleets
