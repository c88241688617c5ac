# expect: WA
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end  # bug: an interval inside the block would shrink it
            else:
                merged.append([start, end])
        return merged
