# expect: WA
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Bug: marks covered integer points and reads off runs, so [1, 2] and [3, 4] (which do
        # not overlap) come out as one block [1, 4].
        top = max(e for _, e in intervals)
        covered = [False] * (top + 2)
        for s, e in intervals:
            for x in range(s, e + 1):
                covered[x] = True
        out, x = [], 0
        while x <= top:
            if covered[x]:
                start = x
                while covered[x + 1]:
                    x += 1
                out.append([start, x])
            x += 1
        return out
