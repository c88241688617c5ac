# expect: WA
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # Records the warmer temperature itself instead of how many days away it is.
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                answer[waiting.pop()] = t
            waiting.append(i)
        return answer
