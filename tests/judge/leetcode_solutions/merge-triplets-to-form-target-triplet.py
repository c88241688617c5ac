class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        found = set()
        for t in triplets:
            if any(t[i] > target[i] for i in range(3)):
                continue
            for i in range(3):
                if t[i] == target[i]:
                    found.add(i)
        return len(found) == 3
