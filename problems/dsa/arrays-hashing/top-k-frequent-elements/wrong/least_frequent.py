# expect: WA
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # sorted() is ascending: this keeps the k LEAST frequent values.
        count = Counter(nums)
        return sorted(count, key=count.get)[:k]
