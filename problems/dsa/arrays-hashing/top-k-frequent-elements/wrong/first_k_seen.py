# expect: WA
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Counts correctly, then returns the first k distinct values in order of appearance.
        count = Counter(nums)
        return list(count)[:k]
