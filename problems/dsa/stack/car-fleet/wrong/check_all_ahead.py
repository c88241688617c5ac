# expect: TLE
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Right idea, but every car compares itself with every car ahead: O(n^2).
        n = len(position)
        times = [(target - position[i]) / speed[i] for i in range(n)]
        fleets = 0
        for i in range(n):
            for j in range(n):
                if position[j] > position[i] and times[j] >= times[i]:
                    break
            else:
                fleets += 1
        return fleets
