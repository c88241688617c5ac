class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # Merging a set of triplets one after another yields their entrywise maximum, whatever the
        # order, so try the maximum of every non-empty subset.
        n = len(triplets)
        for mask in range(1, 1 << n):
            chosen = [triplets[i] for i in range(n) if mask >> i & 1]
            if [max(t[k] for t in chosen) for k in range(3)] == list(target):
                return True
        return False
