# expect: WA
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # Merges every triplet that stays within target, but seeds the running maximum with the
        # first triplet without checking that it fits.
        merged = list(triplets[0])
        for t in triplets[1:]:
            if all(t[k] <= target[k] for k in range(3)):
                merged = [max(merged[k], t[k]) for k in range(3)]
        return merged == list(target)
