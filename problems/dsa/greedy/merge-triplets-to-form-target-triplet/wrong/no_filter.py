# expect: WA
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # Only asks whether each target value appears in its position somewhere, forgetting that a
        # triplet with an entry above target can never be merged in.
        return all(any(t[k] == target[k] for t in triplets) for k in range(3))
